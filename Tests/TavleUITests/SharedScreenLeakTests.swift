import Foundation
import Testing
import TavleCore
@testable import TavleUI

/// Issue 13, point 5: the projector shows the minimum. Every view is rendered in shared mode on the
/// demo, at two sizes and in both languages, and no cell may hold what `SharedScreen` keeps off it:
/// a full name, a date of birth, or any free text (notes, decisions, plans' places, the warning,
/// goals (the list too), a consent's note, the crisis plan's text, the board period's plan).
@Suite struct SharedScreenLeakTests {
    /// The words that must never be on the shared screen, from the demo's youths.
    static func forbidden(_ board: Board, full: [Youth]) -> [String] {
        var out: [String] = []
        // Issue 23: the family and network (names, phones) and the four answers (what is needed,
        // and each answer as the minutes write it), from the full records (never in the index).
        for y in full {
            for p in y.network { out.append(p.name); if let ph = p.phone { out.append(ph) } }
            for lang in Language.allCases { out += MeetingMinutes.answerLines(y.answers, text: true, lang) }
        }
        // Round 14: the staff's names (the day plan and a decision's author showed them).
        for m in board.team.staff { out.append(m.name) }
        for y in board.all.map(\.youth) {
            out.append(y.name)
            out.append(y.born.norwegian)
            out.append(y.born.iso)
            for n in y.notes { out.append(String(n.text.prefix(24))) }
            if !y.warning.isEmpty { out.append(String(y.warning.prefix(24))) }
            if !y.goals.isEmpty { out.append(String(y.goals.prefix(24))) }
            // Issue 23: each of the youth's own goals, and who an `other` consent party is.
            for g in y.goalList { out.append(String(g.text.prefix(24))) }
            for c in y.consents { if let n = c.note { out.append(String(n.prefix(24))) } }
            if let p = y.currentPeriod, !p.plan.isEmpty { out.append(String(p.plan.prefix(24))) }
            if let t = y.crisisPlan?.outOfHours, !t.isEmpty { out.append(String(t.prefix(24))) }
            for p in y.plans { if let place = p.place, place.count > 3 { out.append(place) } }
            // Round 14: the review reasons gave birthdays (turning 18, a consent from 16, turning
            // 26), an order's kind, another service and the safety answer in their own words. (The
            // birthdays alone are not listed: one of them is another youth's review date.)
            for lang in Language.allCases {
                for o in y.orders { out.append(o.kind) }
                for r in ReviewRules.due(y, today: board.today, settings: board.team.rules)
                    where ["turning-18", "ageing-out", "order-expiring", "consent-renewal", "consent-missing", "safety-concern"].contains(r.rule) {
                    out.append(String(r.message.text(lang).prefix(20)))
                }
            }
        }
        return out.filter { $0.count >= 4 }
    }

    @Test func noViewInSharedModeShowsANameABirthDateOrFreeText() throws {
        var leaks: [String] = []
        for lang in [Language.nb, .en] {
            for (w, h) in [(80, 24), (120, 40)] {
                var s = try demoState(lang, shared: true, width: w, height: h)
                let full = try Demo.load(today: demoToday).youths
                #expect(full.contains { !$0.network.isEmpty } && full.contains { $0.answers != nil }, "the demo shows a network and answers")
                let words = Self.forbidden(s.board, full: full)
                func look(_ what: String) {
                    let text = (0..<h).map { render(s).line($0) }.joined(separator: "\n")
                    for word in words where text.contains(word) { leaks.append("\(lang) \(w)×\(h) \(what): \(word)") }
                }
                look("board")
                for id in s.board.all.map(\.youth.id) {
                    select(&s, id)
                    guard s.selectedID == id else { continue }
                    _ = press(&s, .enter)
                    // As the glue loads it: the full record, network and answers included.
                    s.detail?.youth = full.first { $0.id == id }
                    look("detail of \(id)")
                    _ = press(&s, .escape)
                }
                _ = press(&s, .char("d")); look("day plan"); _ = press(&s, .escape)
                _ = press(&s, .char("?")); look("help"); _ = press(&s, .escape)
                s.mode = .meeting
                let start = Timestamp.local(day: demoToday, minutes: 9 * 60, in: s.board.team.zone)
                var m = Meeting(day: demoToday, chair: "ingrid", attendees: ["ingrid"], started: start, minutes: 15,
                                board: s.board.intensive.map(\.id))
                // The four questions answered for each board youth in today's meeting.
                for y in full where y.answers != nil {
                    var e = MeetingEvent(at: start, by: "ingrid", youth: y.id, kind: .answers)
                    e.answers = y.answers
                    m.events.append(e)
                }
                (s, _) = BoardApp.update(s, .meetingLoaded(m, current: nil))
                s.mode = .meeting
                for id in s.board.intensive.map(\.id) { s.meeting.currentID = id; look("meeting on \(id)") }
                s.mode = .board
            }
        }
        let list = Set(leaks).sorted().joined(separator: "\n")
        #expect(leaks.isEmpty, "shown on the shared screen:\n\(list)")
    }

    /// A consent on the shared screen is its state alone: whom it is with names another service,
    /// and who gave it when can give a birthday (round 14's review).
    @Test func aConsentOnTheSharedScreenIsItsStateAlone() throws {
        let s = try demoState(.nb, shared: true, width: 120, height: 40)
        let full = try Demo.load(today: demoToday).youths
        let y = try #require(full.first { !$0.consents.isEmpty })
        let text = DetailView.consentLines(y, s, width: 100).map { $0.text }.joined(separator: "\n")
        #expect(!text.isEmpty)
        for c in y.consents {
            #expect(!text.contains(c.party.label(.nb)) && !text.contains(c.given.text(.nb)), "\(text)")
        }
        let team = try demoState(.nb, shared: false, width: 120, height: 40)
        #expect(DetailView.consentLines(y, team, width: 100).map { $0.text }.joined().contains(y.consents[0].party.label(.nb)))
    }
}
