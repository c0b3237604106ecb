import Testing
@testable import TavleCore

@Suite struct MeetingStringsTests {
    @Test func bothLanguagesHaveTheSameKeys() {
        #expect(Set(MeetingStrings.nb.keys).symmetricDifference(MeetingStrings.en.keys).sorted() == [])
        // The core keeps its own string on a clash: a meeting key must never shadow or be shadowed.
        #expect(Set(MeetingStrings.nb.keys).intersection(CoreStrings.nb.keys).sorted() == [])
    }

    @Test func everyLabelAndMessageOfTheMeetingExists() {
        func labels<C: Choice>(_ t: C.Type) -> [String] { C.allCases.map { C.labelPrefix + "." + $0.rawValue } }
        let keys = labels(MeetingEventKind.self) + labels(MeetingOutcome.self) + labels(AgendaSection.self) + labels(Shift.self)
            + labels(Weekday.self) + labels(ReadinessProblem.self) + MeetingAgenda.questionKeys
            + ["refuse.meeting.exists", "refuse.meeting.none", "refuse.meeting.ended", "refuse.meeting.badSeconds",
               "refuse.rota.changeEmpty", "refuse.rota.alreadyOnShift", "refuse.rota.notOnShift", "refuse.rota.noSuchChange",
               "refuse.documented.noNote", "refuse.documented.notDecision", "meeting.progress", "meeting.confirmUndiscussed"]
        for lang in Language.allCases {
            for k in keys { #expect(CoreStrings.catalog.tables[lang]?[k] != nil, "\(k) missing in \(lang)") }
        }
        #expect(Shift.onCall.label(.nb) == "bakvakt")
        #expect(Shift.parse("bakvakt") == .onCall)
    }
}
