import Foundation
import TavleCore

/// The core's numbers (`TeamStats`, the one statistics engine) as `tavle stats` prints them; the
/// board's `S` view formats the same value. `--json` prints the value itself.
enum StatsText {
    /// Youths discharged in the last 12 months by reason and by destination (only those that
    /// occur; "not recorded" for youths discharged before reasons were kept). Nothing when none.
    static func discharges(_ d: DischargeCounts) {
        guard d.total > 0 else { return }
        Console.out()
        Console.out(L.t(.statsDischarges, String(d.total)))
        func words<C: Choice>(_ type: C.Type, _ counts: [String: Int]) -> String {
            var parts = C.allCases.compactMap { c in counts[c.rawValue].flatMap { $0 > 0 ? L.label(c) + " " + String($0) : nil } }
            if d.notRecorded > 0 { parts.append(L.t(.showNotRecorded) + " " + String(d.notRecorded)) }
            return parts.joined(separator: ", ")
        }
        var rows = [(L.t(.statsDischargeReasons), words(DischargeReason.self, d.byReason)),
                    (L.t(.statsDischargeDestinations), words(DischargeDestination.self, d.byDestination))]
        if d.handoverIncomplete > 0 { rows.append((L.t(.statsDischargeAnyway), String(d.handoverIncomplete))) }
        let w = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        for (k, v) in rows { Console.out(Format.wrap(v, first: "  " + DisplayWidth.pad(k, to: w) + "  ", rest: String(repeating: " ", count: w + 4))) }
    }

    static func print(_ st: TeamStats, teamName: String, labels: [String: String]) {
        Console.out(L.t(.statsHeader, Format.safe(teamName), Format.day(st.today)))
        if let m = st.municipality { Console.out(L.t(.statsNarrowed, Format.safe(m))) }
        let b = st.boardShare
        var rows: [(String, String)] = []
        rows.append((L.t(.statsActive), String(b.active)))
        rows.append((L.t(.statsOnBoard), L.t(.statsShare, String(b.onBoard), Format.percent(b.share), Format.percent(b.target),
                                               Format.percent(b.warningAbove))))
        let d = st.daysOnBoard
        if let mean = d.mean, let median = d.median, let longest = d.longest {
            rows.append((L.t(.statsDays), L.t(.statsDaysValue, number(mean), number(median), String(longest))))
        }
        rows.append((L.t(.statsDue), L.t(.statsDueValue, String(st.due.youths))))
        let m = st.multipleStaff
        rows.append((L.t(.statsSeen), L.t(.statsSeenValue, Format.percent(m.share))))
        let c = st.communityShare, sw = st.schoolOrWorkShare
        rows.append((L.t(.statsCommunity), L.t(.statsCommunityValue, Format.percent(c.share), String(c.numerator), String(c.denominator),
                                               String(st.contacts.count))))
        rows.append((L.t(.statsSchoolOrWork), L.t(.statsSchoolOrWorkValue, Format.percent(sw.share), String(sw.numerator), String(sw.denominator))))
        let fq = st.fourQuestions
        rows.append((L.t(.statsFourQuestions), L.t(.statsFourQuestionsValue, Format.percent(fq.share), String(fq.answered),
                                                    String(fq.discussions), String(FourQuestionsShare.weeks))))
        let w = rows.map { DisplayWidth.of($0.0) }.max() ?? 0
        for (k, v) in rows { Console.out("  " + DisplayWidth.pad(k, to: w) + "  " + v) }
        if b.aboveWarning {
            Console.out("! " + Texts.text(.teamShareHigh, L.lang, [Board.percent(b.share), Board.percent(b.target), Board.percent(b.warningAbove)]))
        }
        if !st.byMunicipality.isEmpty || st.withoutMunicipality.numerator > 0 {
            Console.out()
            Console.out(L.t(.statsByMunicipality))
            var list = st.byMunicipality.map { (Format.safe($0.key), $0.value) }.sorted { $0.0 < $1.0 }
            if st.withoutMunicipality.numerator > 0 { list.append((L.t(.statsNoMunicipality), st.withoutMunicipality)) }
            let mw = list.map { DisplayWidth.of($0.0) }.max() ?? 0
            for (name, f) in list {
                Console.out("  " + DisplayWidth.pad(name, to: mw) + DisplayWidth.pad(String(f.numerator), to: 5, alignRight: true)
                            + "  " + DisplayWidth.pad(Format.percent(f.share), to: 5, alignRight: true))
            }
        }
        discharges(st.discharges)
        if !st.due.byRule.isEmpty {
            Console.out()
            Console.out(L.t(.statsDueRules))
            // Words, never rule ids (those are in --json).
            let rules = st.due.byRule.map { (ReviewRules.name($0.key, L.lang), $0.value) }
                .sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
            let rw = rules.map { DisplayWidth.of($0.0) }.max() ?? 0
            for (rule, n) in rules { Console.out("  " + DisplayWidth.pad(rule, to: rw) + DisplayWidth.pad(String(n), to: 4, alignRight: true)) }
        }
        Console.out()
        Console.out(L.t(.statscmdShareWeeks, String(st.weeks.count)))
        for line in bars(st.weeks, target: b.target, warning: b.warningAbove) { Console.out(line) }
        Console.out("  " + L.t(.statscmdBarLegend, Format.percent(b.target)))
        Console.out()
        Console.out(L.t(.statscmdPerYouth, String(st.contacts.count)))
        var t = Table([Table.Column(header: L.t(.statscmdColWeek)),
                       Table.Column(header: L.t(.statscmdColYouths), alignRight: true),
                       Table.Column(header: L.t(.statscmdColContacts), alignRight: true),
                       Table.Column(header: L.t(.statscmdColAttempts), alignRight: true),
                       Table.Column(header: L.t(.statscmdColWithYouth), alignRight: true),
                       Table.Column(header: L.t(.statscmdColWithNetwork), alignRight: true),
                       Table.Column(header: L.t(.statscmdColPerYouth), alignRight: true),
                       Table.Column(header: L.t(.statscmdColBoardYouths), alignRight: true),
                       Table.Column(header: L.t(.statscmdColPerBoardYouth), alignRight: true)])
        for w in st.contacts {
            t.add([w.week, String(w.all.youths), String(w.all.contacts), String(w.all.attempts), String(w.all.withYouth),
                   String(w.all.withNetwork), number2(w.all.contactsPerYouth + w.all.attemptsPerYouth), String(w.board.youths),
                   number2(w.board.contactsPerYouth + w.board.attemptsPerYouth)])
        }
        Console.out(t.render(width: Console.width))
        Console.out()
        Console.out((m.meetsTarget ? "  " : "! ") + L.t(.statscmdMultipleStaff, Format.percent(m.share),
                    String(m.seenByMoreThanOne), String(m.youths), Format.percent(m.target)))
        let mt = st.meetings
        Console.out("  " + L.t(.statscmdMeetings, String(mt.held), String(mt.coveredAll), Format.day(mt.from)))
        if !mt.notCovered.isEmpty { Console.out("  " + L.t(.statscmdNotCovered, mt.notCovered.map { Format.day($0) }.joined(separator: ", "))) }
        if !mt.notEnded.isEmpty { Console.out("  " + L.t(.statscmdNotEnded, mt.notEnded.map { Format.day($0) }.joined(separator: ", "))) }
        if !d.list.isEmpty {
            Console.out()
            Console.out(L.t(.statsBoardYouths))
            for y in d.list {
                Console.out("  " + DisplayWidth.pad(Format.safe(labels[y.id] ?? y.label), to: 5)
                            + DisplayWidth.pad(String(y.days), to: 4, alignRight: true) + "  " + L.label(y.reason))
            }
        }
    }

    /// The value for `--json`, with the text it carries made safe.
    static func json(_ st: TeamStats, labels: [String: String]) -> TeamStats {
        var out = st
        out.municipality = JSONOutput.safe(st.municipality)
        out.byMunicipality = Dictionary(uniqueKeysWithValues: st.byMunicipality.map { (JSONOutput.safe($0.key), $0.value) })
        out.daysOnBoard.list = st.daysOnBoard.list.map { var y = $0; y.label = JSONOutput.safe(labels[y.id] ?? y.label); return y }
        return out
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
