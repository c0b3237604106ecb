import Testing
@testable import TavleCore

@Suite struct MeetingStringsTests {
    @Test func theMeetingsWordsAreTheTeamsWords() {
        #expect(Shift.onCall.label(.nb) == "bakvakt")
        #expect(Shift.parse("bakvakt") == .onCall)
        #expect(Texts.text(.meetingProgress, .nb, ["3", "9"]).contains("3"))
    }
}
