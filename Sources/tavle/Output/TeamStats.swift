import Foundation
import TavleCore

/// The team's numbers on one day (see domain: board share ~20 %, days on the board, contacts
/// per week, youths due, seen by more than one team member in two weeks, fidelity ≥ 90 %).
struct TeamStats: Encodable {
    struct DaysOnBoard: Encodable {
        let mean: Double?
        let median: Double?
        let max: Int?
        let youths: [Youth]
        struct Youth: Encodable { let id: String; let label: String; let reason: String; let days: Int }
    }

    struct Week: Encodable {
        let start: Day
        let end: Day
        let contacts: Int
        let attempts: Int
        let withYouth: Int
        let withNetwork: Int
    }

    let today: Day
    let active: Int
    let intensive: Int
    let caseManagement: Int
    let boardShare: Double
    let targetBoardShare: Double
    let boardShareWarning: Double
    let shareWarning: String?
    let daysOnBoard: DaysOnBoard
    let youthsDue: Int
    let dueByRule: [String: Int]
    let weeks: [Week]
    let contactsPerWeek: Double
    let contactsPerIntensiveYouthPerWeek: Double?
    let seenByMoreThanOne: Double?
    let seenByMoreThanOneDays = 14
    /// Board share per ISO week over the last 12 weeks, oldest first (the core's definitions).
    let boardShareWeeks: [WeekShare]
    /// Contacts and attempts per youth per ISO week over the last 8 weeks, oldest first.
    let contactsPerYouth: [WeekContacts]
    /// Active youths seen by more than one team member in the last 14 days, against the 90 % target.
    let multipleStaff: MultipleStaff
    /// Morning meetings in the last 12 weeks, and how many covered every board youth.
    let meetings: MeetingCounts

    init(youths: [TavleCore.Youth], meetings held: [Meeting], team: Team, today: Day, weeks count: Int) {
        let core = TavleCore.TeamStats(youths: youths, meetings: held, today: today, team: team)
        boardShareWeeks = core.weeks
        contactsPerYouth = core.contacts
        multipleStaff = core.multipleStaff
        meetings = core.meetings
        let board = Board(team: team, youths: youths, today: today)
        let labels = Board.distinctInitials(youths)
        self.today = today
        active = board.activeCount
        intensive = board.intensive.count
        caseManagement = board.caseManagement.count
        boardShare = board.boardShare
        targetBoardShare = team.targetBoardShare
        boardShareWarning = team.boardShareWarning
        shareWarning = board.shareWarning.map { JSONOutput.safe($0.text(L.lang)) }
        let onBoard = board.intensive.compactMap { e -> DaysOnBoard.Youth? in
            guard let p = e.youth.currentPeriod, let d = e.youth.daysOnBoard(today: today) else { return nil }
            return DaysOnBoard.Youth(id: e.youth.id, label: JSONOutput.safe(labels[e.youth.id] ?? e.youth.initials), reason: p.reason.rawValue, days: d)
        }.sorted { $0.days > $1.days }
        let days = onBoard.map(\.days).sorted()
        let median: Double? = days.isEmpty ? nil
            : days.count % 2 == 1 ? Double(days[days.count / 2]) : Double(days[days.count / 2 - 1] + days[days.count / 2]) / 2
        daysOnBoard = DaysOnBoard(mean: days.isEmpty ? nil : TeamStats.round(Double(days.reduce(0, +)) / Double(days.count)),
                                  median: median, max: days.last, youths: onBoard)
        let due = board.all.filter { !$0.due.isEmpty }
        youthsDue = due.count
        var byRule: [String: Int] = [:]
        for e in due { for d in e.due { byRule[d.rule, default: 0] += 1 } }
        dueByRule = byRule
        let activeYouths = board.all.map(\.youth)
        var out: [Week] = []
        for w in 0..<count {
            let end = today.adding(days: -7 * w), start = end.adding(days: -6)
            let cs = activeYouths.flatMap(\.shownContacts).filter { (start...end).contains($0.at.day(in: team.zone)) }
            out.append(Week(start: start, end: end, contacts: cs.filter { $0.kind != .attempt }.count,
                            attempts: cs.filter { $0.kind == .attempt }.count, withYouth: cs.filter { $0.with == .youth }.count,
                            withNetwork: cs.filter { $0.with == .network }.count))
        }
        weeks = out
        let total = out.reduce(0) { $0 + $1.contacts + $1.attempts }
        contactsPerWeek = TeamStats.round(Double(total) / Double(count))
        let from = today.adding(days: -7 * count + 1)
        let toIntensive = board.intensive.flatMap(\.youth.shownContacts).filter { $0.at.day(in: team.zone) >= from }.count
        contactsPerIntensiveYouthPerWeek = intensive == 0 ? nil : TeamStats.round(Double(toIntensive) / Double(intensive) / Double(count))
        let twoWeeks = today.adding(days: -13)
        let seen = activeYouths.filter { y in
            Set(y.shownContacts.filter { $0.kind != .attempt && $0.at.day(in: team.zone) >= twoWeeks }.map(\.staff)).count > 1
        }.count
        seenByMoreThanOne = active == 0 ? nil : TeamStats.round(Double(seen) / Double(active))
    }

    static func round(_ x: Double) -> Double { (x * 100).rounded() / 100 }

    func print(teamName: String) {
        Console.out(L.t(.statsHeader, Format.safe(teamName), Format.day(today)))
        var rows: [(String, String)] = []
        rows.append((L.t(.statsActive), String(active)))
        rows.append((L.t(.statsOnBoard), L.t(.statsShare, String(intensive), Format.percent(boardShare),
                                                Format.percent(targetBoardShare), Format.percent(boardShareWarning))))
        if let mean = daysOnBoard.mean, let median = daysOnBoard.median, let max = daysOnBoard.max {
            rows.append((L.t(.statsDays), L.t(.statsDaysValue, TeamStats.number(mean), TeamStats.number(median), String(max))))
        }
        rows.append((L.t(.statsDue), L.t(.statsDueValue, String(youthsDue))))
        rows.append((L.t(.statsPerWeek, String(weeks.count)), TeamStats.number(contactsPerWeek)
                     + (contactsPerIntensiveYouthPerWeek.map { " · " + L.t(.statsPerIntensive, TeamStats.number($0)) } ?? "")))
        if let s = seenByMoreThanOne { rows.append((L.t(.statsSeen), L.t(.statsSeenValue, Format.percent(s)))) }
        let w = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        for (k, v) in rows { Console.out("  " + DisplayWidth.pad(k, to: w) + "  " + v) }
        if let warn = shareWarning { Console.out("! " + warn) }
        if !dueByRule.isEmpty {
            Console.out()
            Console.out(L.t(.statsDueRules))
            let rules = dueByRule.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
            let rw = rules.map { DisplayWidth.of($0.key) }.max() ?? 0
            for (rule, n) in rules { Console.out("  " + DisplayWidth.pad(rule, to: rw) + DisplayWidth.pad(String(n), to: 4, alignRight: true)) }
        }
        Console.out()
        Console.out(L.t(.statsWeeks))
        for week in weeks {
            Console.out("  " + Format.day(week.start) + "–" + Format.day(week.end) + "  "
                        + L.t(.statsWeekValue, String(week.contacts), String(week.attempts), String(week.withYouth), String(week.withNetwork)))
        }
        printFidelity()
        if !daysOnBoard.youths.isEmpty {
            Console.out()
            Console.out(L.t(.statsBoardYouths))
            for y in daysOnBoard.youths {
                Console.out("  " + DisplayWidth.pad(y.label, to: 5) + DisplayWidth.pad(String(y.days), to: 4, alignRight: true) + "  "
                            + (BoardReason(rawValue: y.reason).map { L.label($0) } ?? y.reason))
            }
        }
    }

    /// The numbers fidelity scales look at: board share per week as a bar chart, contacts and
    /// attempts per youth per week, seen by more than one team member, meetings that covered the board.
    func printFidelity() {
        Console.out()
        Console.out(L.t(.statscmdShareWeeks, String(boardShareWeeks.count)))
        for line in TeamStats.bars(boardShareWeeks, target: targetBoardShare, warning: boardShareWarning) { Console.out(line) }
        Console.out("  " + L.t(.statscmdBarLegend, Format.percent(targetBoardShare)))
        Console.out()
        Console.out(L.t(.statscmdPerYouth, String(contactsPerYouth.count)))
        var t = Table([Table.Column(header: L.t(.statscmdColWeek)),
                       Table.Column(header: L.t(.statscmdColYouths), alignRight: true),
                       Table.Column(header: L.t(.statscmdColContacts), alignRight: true),
                       Table.Column(header: L.t(.statscmdColAttempts), alignRight: true),
                       Table.Column(header: L.t(.statscmdColBoardYouths), alignRight: true),
                       Table.Column(header: L.t(.statscmdColBoardContacts), alignRight: true),
                       Table.Column(header: L.t(.statscmdColBoardAttempts), alignRight: true)])
        for w in contactsPerYouth {
            t.add([w.week, String(w.all.youths), TeamStats.number2(w.all.contactsPerYouth), TeamStats.number2(w.all.attemptsPerYouth),
                   String(w.board.youths), TeamStats.number2(w.board.contactsPerYouth), TeamStats.number2(w.board.attemptsPerYouth)])
        }
        Console.out(t.render(width: Console.width))
        Console.out()
        Console.out((multipleStaff.meetsTarget ? "  " : "! ") + L.t(.statscmdMultipleStaff, Format.percent(multipleStaff.share),
                    String(multipleStaff.seenByMoreThanOne), String(multipleStaff.youths), Format.percent(multipleStaff.target)))
        Console.out("  " + L.t(.statscmdMeetings, String(meetings.held), String(meetings.coveredAll), Format.day(meetings.from)))
        if !meetings.notCovered.isEmpty {
            Console.out("  " + L.t(.statscmdNotCovered, meetings.notCovered.map { Format.day($0) }.joined(separator: ", ")))
        }
        if !meetings.notEnded.isEmpty {
            Console.out("  " + L.t(.statscmdNotEnded, meetings.notEnded.map { Format.day($0) }.joined(separator: ", ")))
        }
    }

    /// One bar per week: `  2026-W47  ████████┊·······  29 %  4/14`. The bar's full width is the
    /// larger of 40 % and the highest week; `┊` marks the target where the bar does not reach it.
    static func bars(_ weeks: [WeekShare], target: Double, warning: Double, cells: Int = 30) -> [String] {
        let top = max(0.4, (weeks.map(\.share).max() ?? 0) * 1.1)
        let targetCell = Int((target / top * Double(cells)).rounded())
        return weeks.map { w in
            let filled = Int((w.share / top * Double(cells)).rounded())
            var bar = ""
            for i in 0..<cells { bar += i < filled ? "█" : (i == targetCell ? "┊" : "·") }
            let mark = w.share > warning ? " !" : ""
            return "  " + w.week + "  " + bar + "  " + DisplayWidth.pad(Format.percent(w.share), to: 5, alignRight: true)
                + "  " + String(w.onBoard) + "/" + String(w.active) + mark
        }
    }

    /// `1.43` (English) or `1,43` (bokmål): two decimals, for per-youth averages.
    static func number2(_ x: Double) -> String {
        let s = String(format: "%.2f", x)
        return L.lang == .nb ? s.replacingOccurrences(of: ".", with: ",") : s
    }

    /// `12`, `12.5` (English) or `12,5` (bokmål).
    static func number(_ x: Double) -> String {
        let s = x == x.rounded() ? String(Int(x)) : String(format: "%.1f", x)
        return L.lang == .nb ? s.replacingOccurrences(of: ".", with: ",") : s
    }
}
