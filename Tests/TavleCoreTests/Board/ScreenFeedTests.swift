import Foundation
import Testing
@testable import TavleCore

/// The meeting-room screen's feed holds what `SharedScreen` lets the shared screen show, and
/// nothing else (issue 27, point 3): encoded on the demo, it holds no name, no date of birth, no
/// typed text and no staff name; read back, it gives the same board the shared screen draws.
@Suite struct ScreenFeedTests {
    let written = Timestamp.local(day: fixedToday, minutes: 8 * 60, in: TimeZone(identifier: "Europe/Oslo")!)

    func demo() throws -> (Team, [Youth], Board) {
        let (team, youths) = try Demo.load(today: fixedToday)
        return (team, youths, Board(team: team, youths: youths, today: fixedToday))
    }

    /// What must never be in the feed: each youth's name, date of birth (every way it is written),
    /// typed text (notes, warning, goals, plans, places, municipality, order kinds, referral) and
    /// each colleague's name and Unix users.
    static func forbidden(_ team: Team, _ youths: [Youth]) -> [String] {
        var out: [String] = []
        for y in youths {
            out += [y.name, y.born.iso, y.born.norwegian, y.warning, y.goals]
            out += y.name.split(separator: " ").map(String.init)
            out += y.notes.map { String($0.text.prefix(24)) }
            out += y.boardPeriods.map { String($0.plan.prefix(24)) } + y.boardPeriods.compactMap(\.endNote)
            out += y.plans.compactMap(\.place) + y.contacts.compactMap(\.place) + y.contacts.compactMap(\.note)
            out += y.orders.map(\.kind) + y.school.compactMap(\.note) + y.reviews.compactMap(\.note)
            out += [y.municipality, y.referral?.contact, y.crisisPlan?.outOfHours, y.handover?.service].compactMap { $0 }
            // The 18th birthday gives the date of birth away.
            out.append(y.born.birthday(18).iso)
        }
        for m in team.staff { out += [m.name] + m.name.split(separator: " ").map(String.init) + m.unixUsers + [m.id] }
        return Set(out.filter { $0.count >= 4 }).sorted()
    }

    @Test func theDemosFeedHoldsNoNameNoBirthDateNoTypedTextAndNoStaffName() throws {
        let (team, youths, board) = try demo()
        let feed = ScreenFeed.make(board: board, written: written)
        // The team's name and time zone are on every shared screen ("FACT ung Nordbyen" holds the
        // municipality "Nordby", "Europe/Oslo" another): taken out before the search.
        let text = String(decoding: try Coding.encodeFile(feed), as: UTF8.self)
            .replacingOccurrences(of: team.timeZone, with: "").replacingOccurrences(of: team.name, with: "")
        let words = Self.forbidden(team, youths)
        #expect(words.count > 50)
        let leaks = words.filter { text.localizedCaseInsensitiveContains($0) }
        #expect(leaks.isEmpty, "in the feed: \(leaks)")
        #expect(feed.youths.count == board.activeCount)
        #expect(feed.schema == ScreenFeed.schemaVersion)
    }

    @Test func everyFieldOfTheFeedIsAnItemTheSharedScreenShows() {
        // The feed's youth record, field by field, against the one list (a new field must be placed here).
        let items: [String: SharedScreen.Item] = [
            "initials": .label, "number": .label, "age": .age, "status": .status, "mode": .mode, "phase": .phase,
            "period": .boardPeriod, "due": .dueReasons, "primary": .staffInitials, "second": .staffInitials,
            "plans": .planTimes, "whereabouts": .whereabouts, "domains": .domains, "intake": .intake,
            "crisisPlan": .crisisPlanDate, "orderExpiry": .orderExpiry, "lastContact": .lastContact, "school": .schoolStatus,
        ]
        let f = ScreenFeed.FeedYouth(initials: "KH", number: 1, age: 16, status: .stable, mode: .intensive, phase: .active, period: nil,
                                     due: [], primary: nil, second: nil, plans: [], whereabouts: .home, domains: [],
                                     intake: fixedToday, crisisPlan: nil, orderExpiry: [], lastContact: nil, school: nil)
        let fields = Mirror(reflecting: f).children.compactMap(\.label)
        for field in fields {
            guard let item = items[field] else { Issue.record("feed field \(field) is not placed on the SharedScreen list"); continue }
            #expect(SharedScreen.allows(item, shared: true), "\(field)")
        }
    }

    @Test func theBoardReadBackFromTheFeedShowsWhatTheSharedScreenShows() throws {
        let (_, _, board) = try demo()
        let feed = ScreenFeed.make(board: board, written: written)
        let bytes = try Coding.encodeFile(feed)
        let back = try Coding.decodeFile(ScreenFeed.self, from: bytes, path: "feed.json", supported: ScreenFeed.schemaVersion)
        #expect(back == feed)
        let shown = back.board()
        #expect(shown.today == board.today)
        #expect(shown.intensive.count == board.intensive.count)
        #expect(shown.caseManagement.count == board.caseManagement.count)
        #expect(shown.dueCount == board.dueCount)
        // In the same order, ties between names included (the stand-ins have none).
        #expect(shown.all.map(\.id) == feed.youths.indices.map { "r\($0 + 1)" })
        // Row by row (the feed keeps the board's order): label, age, status, mode, reasons, contact, days.
        // The label as the chair's board shows it: the demo's two youths sharing initials have no
        // stored numbers (data from before stable labels), and the stand-ins' order is urgency's,
        // not the ids', so the screen must be given the numbers, not work them out again.
        let pairs = zip(board.all, feed.youths.indices.map { shown.entry("r\($0 + 1)")! })
        let labels = board.labels, shownLabels = shown.labels
        #expect(Set(labels.values).count == labels.count)
        for (real, stand) in pairs {
            let y = real.youth, s = stand.youth
            #expect(shownLabels[s.id] == labels[y.id])
            #expect(s.age(on: fixedToday) == y.age(on: fixedToday))
            #expect(s.status == y.status && s.mode == y.mode && s.phase == y.phase)
            #expect(stand.due.map(\.rule) == real.due.map(\.rule))
            #expect(shown.team.tag(s.primaryContact) == board.team.tag(y.primaryContact))
            #expect(s.daysOnBoard(today: fixedToday) == y.daysOnBoard(today: fixedToday))
            #expect(s.plans(on: fixedToday).map(\.time) == y.plans(on: fixedToday).map(\.time))
            #expect(s.schoolEntry(on: fixedToday)?.status == y.schoolEntry(on: fixedToday)?.status)
            #expect(s.notes.isEmpty && s.warning.isEmpty && s.goals.isEmpty && s.name == s.initials)
        }
        // Colleagues are their initials.
        #expect(shown.team.staff.allSatisfy { $0.name == $0.initials && $0.unixUsers.isEmpty })
    }

    /// The feed keeps a reason's rule and severity and the shared screen's words, no argument: the
    /// full message gave the 16th birthday and the service of a consent (round 14's review).
    @Test func aReasonKeepsOnlyTheSharedScreensWords() throws {
        let order = DueReason(rule: "order-expiring", severity: .urgent,
                              message: LocalizedMessage(.ruleOrderExpiringExpired, ["Omsorgsovertakelse", "2026-12-01"]))
        let fed = ScreenFeed.reason(order)
        #expect(fed.rule == "order-expiring" && fed.severity == .urgent && fed.message.args.isEmpty)
        #expect(fed.message.text(.nb) == order.text(.nb, shared: true))
        let (_, _, board) = try demo()
        let bytes = String(decoding: try JSONEncoder().encode(ScreenFeed.make(board: board, written: written)), as: UTF8.self)
        // The arguments that say too much (other rules' dates are shown elsewhere on the screen).
        let telling = ["consent-renewal", "consent-missing", "turning-18", "ageing-out", "order-expiring", "safety-concern"]
        var looked = 0
        for e in board.all {
            for r in e.due where telling.contains(r.rule) {
                for a in r.message.args where a.count > 3 && Int(a) == nil && !(r.rule == "order-expiring" && Day(parsing: a) != nil) {
                    looked += 1
                    #expect(!bytes.contains(a), "\(r.rule): \(a) in the feed")
                }
            }
        }
        #expect(looked > 0, "the demo has such reasons")
    }

    @Test func aFeedFromANewerTavleIsRefusedAsNewer() throws {
        let (_, _, board) = try demo()
        var feed = ScreenFeed.make(board: board, written: written)
        feed.schema = ScreenFeed.schemaVersion + 1
        let bytes = try Coding.encodeFile(feed)
        #expect(throws: TavleError.self) {
            try Coding.decodeFile(ScreenFeed.self, from: bytes, path: "feed.json", supported: ScreenFeed.schemaVersion)
        }
    }
}
