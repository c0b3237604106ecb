import Foundation
import Testing
import TavleCore
@testable import TavleUI

/// Terminal manners in the board itself: the "too small" screen takes only q (and keeps the
/// draft), messages go by themselves, an error under a field goes once the field is valid.
@Suite(.serialized) struct TerminalMannersTests {
    @Test func onTheTooSmallScreenQQuitsAndIsNeverTypedIntoAHiddenField() throws {
        var s = try demoState()
        select(&s, "ida")
        press(&s, .char("n"))
        type(&s, "Halvferdig")
        s.width = 50; s.height = 12
        #expect(s.keyContext == .tooSmall)
        #expect(press(&s, .char("x")).isEmpty && press(&s, .enter).isEmpty && press(&s, .escape).isEmpty)
        #expect(press(&s, .char("q")) == [.quit])
        #expect(s.form?.value("text") == "Halvferdig", "nothing typed into the hidden dialog")
        #expect(s.form != nil, "the dialog is still there, so its draft is kept on the way out")
        #expect(render(s).contains("Terminalen er for liten"))
        // Back to a usable size, the dialog carries on.
        s.width = 80; s.height = 24
        type(&s, " notat")
        #expect(s.form?.value("text") == "Halvferdig notat")
    }

    @Test func qOnTheTooSmallScreenKeepsTheDraft() throws {
        let dir = try DemoDirectory()
        let b = BoardSession(session: try dir.session(), shared: false)
        b.key(.char("G"))
        b.key(.char("n"))
        for ch in "Skrevet før vinduet ble lite" { b.key(.char(ch)) }
        b.resize(width: 40, height: 10)
        b.key(.char("q"))
        #expect(b.quitRequested)
        // The loop keeps the draft before it closes the terminal (BoardRunner does this on q).
        #expect(b.saveDraft())
        let draft = try #require(b.runner.drafts.load())
        #expect(draft.texts["text"] == "Skrevet før vinduet ble lite")
    }

    @Test func statusMessagesGoAfterAFewSeconds() throws {
        var s = try demoState()
        let t0 = Timestamp.local(day: demoToday, minutes: 600, in: s.board.team.zone)
        func at(_ seconds: Int64) -> Action { .clock(Timestamp(seconds: t0.seconds + seconds, offset: t0.offset)) }
        (s, _) = BoardApp.update(s, at(0))
        press(&s, .char("f"))
        #expect(s.message?.shownAt == t0, "timed from when it showed")
        let text = try #require(s.message?.text)
        #expect(render(s).contains(text))
        (s, _) = BoardApp.update(s, at(4))
        #expect(s.message != nil)
        (s, _) = BoardApp.update(s, at(5))
        #expect(s.message == nil && !render(s).contains(text))
        // An error stays longer: it asks for something.
        var r = AppState(board: try demoBoard(), language: .nb, readOnlyReason: "Unix-brukeren «x» er ikke med i teamet.")
        (r, _) = BoardApp.update(r, at(0))
        press(&r, .char("n"))
        (r, _) = BoardApp.update(r, at(9))
        #expect(r.message?.isError == true)
        (r, _) = BoardApp.update(r, at(10))
        #expect(r.message == nil)
        // The filter's own line stays: it is the board's state, not a message.
        #expect(render(s).line(22).contains("Filter"))
    }

    @Test func anErrorUnderAFieldClearsOnceTheFieldIsValid() throws {
        var s = try demoState()
        select(&s, "filip")
        // The plan is the core's rule: its refusal comes back from the save and names the field.
        let save = press(&s, .char("i"), .enter, .enter, .enter)
        #expect(save.count == 1)
        (s, _) = BoardApp.update(s, .saveFailed(SaveFailure(youthID: "filip", message: "Skriv hva planen er.", refusal: .refusePlanNeeded)))
        #expect(s.form?.error == "Skriv hva planen er." && s.form?.focus == 1)
        type(&s, "D")
        #expect(s.form?.error == nil, "the plan is valid now")
        // A bad date: the error stays while the date is still bad, and goes when it is good.
        press(&s, .enter, .ctrl("u"))
        type(&s, "31.02")
        press(&s, .enter)
        #expect(s.form?.error?.contains("31.02") == true)
        press(&s, .backspace)
        #expect(s.form?.error != nil, "still not a date")
        press(&s, .ctrl("u"))
        type(&s, "1.12")
        #expect(s.form?.error == nil)
        // An error about the save itself (a conflict) is not about a field: it stays.
        (s, _) = BoardApp.update(s, .saveFailed(SaveFailure(youthID: "filip", message: "x", conflict: ConflictInfo(field: "mode", by: "Ole"))))
        let conflict = s.form?.error
        #expect(conflict != nil)
        type(&s, "2")
        #expect(s.form?.error == conflict)
    }
}
