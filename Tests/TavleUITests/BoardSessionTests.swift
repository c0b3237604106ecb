import Foundation
import Testing
import TavleCore
@testable import TavleUI

/// The running board against a real data directory (no terminal): keys go through the keymap,
/// `update` and the core, and the files and the journal change.
@Suite(.serialized) struct BoardSessionTests {
    func keys(_ b: BoardSession, _ keys: Key...) { for k in keys { b.key(k) } }
    func type(_ b: BoardSession, _ text: String) { for ch in text { b.key(.char(ch)) } }
    func moveTo(_ b: BoardSession, _ id: String) {
        b.key(.char("g"))
        for _ in 0..<20 where b.state.selectedID != id { b.key(.down) }
    }

    @Test func putAYouthOnTheBoardThroughTheDialog() throws {
        let dir = try DemoDirectory()
        let session = try dir.session()
        let b = BoardSession(session: session, shared: false)
        let journalBefore = session.store.journal.size()
        moveTo(b, "filip")
        keys(b, .char("i"))
        #expect(b.state.form?.kind == .putOnBoard)
        keys(b, .enter)
        type(b, "Daglig kontakt, finne bolig")
        keys(b, .enter, .enter)
        #expect(b.state.form == nil, "saved: \(b.state.form?.error ?? "")")
        #expect(b.state.message?.text.contains("Filip Aune (FA) er satt på tavla") == true)
        let filip = try session.store.loadYouth("filip")
        #expect(filip.mode == .intensive)
        #expect(filip.currentPeriod?.plan == "Daglig kontakt, finne bolig")
        #expect(filip.currentPeriod?.evaluate == demoToday.adding(days: 14))
        #expect(session.store.journal.size() > journalBefore)
        let last = try #require(session.store.journal.lastEntry())
        #expect(last.id == "filip" && last.action == "intensive" && last.user == session.unixUser)
        // The board was reloaded: Filip is in the intensive group, still selected.
        #expect(b.state.board.intensive.contains { $0.id == "filip" } && b.state.selectedID == "filip")
        #expect(session.store.verify() == [])

        // u undoes it, through the core (a new journal entry).
        keys(b, .char("u"))
        #expect(b.state.message?.text.hasPrefix("Angret: satt på tavla for Filip Aune (FA)") == true, "\(b.state.message?.text ?? "")")
        #expect(try session.store.loadYouth("filip").mode == .caseManagement)
        #expect(session.store.journal.lastEntry()?.action == "undo")
        keys(b, .char("u"))
        #expect(b.state.message?.text == "Du har ingen endring som kan angres.")
    }

    @Test func noteContactStatusAndPlanReachTheFile() throws {
        let dir = try DemoDirectory()
        let session = try dir.session()
        let b = BoardSession(session: session, shared: false)
        moveTo(b, "noah")
        let notes = try session.store.loadYouth("noah").notes.count
        keys(b, .char("n"))
        type(b, "Hjemmebesøk, god samtale om skolen – æøå")
        keys(b, .enter)
        keys(b, .char("c"), .enter, .enter, .enter, .enter, .enter, .enter, .enter)
        keys(b, .char("s"), .char("2"), .enter)
        keys(b, .char("a"))
        type(b, "14:30")
        keys(b, .enter, .enter)
        keys(b, .char("r"), .enter)
        let noah = try session.store.loadYouth("noah")
        #expect(noah.notes.count == notes + 1 && noah.notes.last?.text == "Hjemmebesøk, god samtale om skolen – æøå")
        #expect(noah.contacts.last?.kind == .visit && noah.lastContact?.day == demoToday)
        #expect(noah.status == .worried)
        #expect(noah.plans(on: demoToday).map(\.time) == ["14:30"])
        #expect(noah.reviews.last?.day == demoToday)
        #expect(b.state.board.entry("noah")?.youth.status == .worried)
        // The detail view shows the new note and today's contact in the chart.
        keys(b, .enter)
        let screen = BoardApp.view(b.state, width: 120, height: 40)
        #expect(screen.contains("Hjemmebesøk, god samtale"))
        #expect(screen.contains("14:30"))
    }

    @Test func aConflictIsReportedAndTheTypingKept() throws {
        let dir = try DemoDirectory()
        let session = try dir.session()
        let b = BoardSession(session: session, shared: false)
        moveTo(b, "thea")
        keys(b, .char("i"))
        while b.state.form!.value("reason") != "crisis" { keys(b, .right) }
        keys(b, .enter)
        type(b, "Krise etter brudd")
        keys(b, .enter)
        // Meanwhile Ole, in another terminal, changes Thea's status. Going onto the board for a
        // crisis sets the status too: the same field, changed after the dialog opened.
        try session.store.apply(.status(.worried, why: nil), to: "thea", actor: Actor(staff: "ole", unixUser: "ole"))
        keys(b, .enter)
        let f = try #require(b.state.form, "the dialog stays open")
        #expect(f.value("plan") == "Krise etter brudd")
        #expect(f.error?.contains("Ole Bråten (OB) endret status for Thea Nilsen") == true, "\(f.error ?? "")")
        #expect(try session.store.loadYouth("thea").mode == .caseManagement, "nothing of ours was saved")
        #expect(try session.store.loadYouth("thea").status == .worried, "nothing of Ole's was lost")
        // Enter again saves on top of the new version.
        keys(b, .enter)
        #expect(b.state.form == nil)
        #expect(try session.store.loadYouth("thea").mode == .intensive)
    }

    @Test func changesByAnotherProcessShowWithoutAKey() throws {
        let dir = try DemoDirectory()
        let session = try dir.session()
        let b = BoardSession(session: session, shared: true)
        b.tick()  // settle the watcher after start (the access log line)
        #expect(b.state.board.entry("oskar")?.youth.status == .stable)
        let other = try dir.session()
        try other.store.apply(.status(.worried, why: nil), to: "oskar", actor: Actor(staff: "siri", unixUser: "siri"))
        var seen = false
        for _ in 0..<8 where !seen {
            if b.tick() { seen = b.state.board.entry("oskar")?.youth.status == .worried }
            usleep(50_000)
        }
        #expect(seen, "the shared screen picked up the change")
    }

    @Test func theSharedScreenNeverWrites() throws {
        let dir = try DemoDirectory()
        let session = try dir.session()
        let journal = session.store.journal.size()
        let youthFile = try FileIO.read(session.store.youthPath("filip"))
        let b = BoardSession(session: session, shared: true)
        moveTo(b, "filip")
        keys(b, .char("i"), .char("s"), .char("n"), .char("r"), .char("u"), .enter, .escape)
        // Even a save that reached the runner is refused there.
        #expect(b.runner.perform(.save(SaveRequest(youthID: "filip", basedOn: 1, change: .status(.crisis, why: nil))))
            .contains { if case .saveFailed = $0 { return true }; return false })
        #expect(session.store.journal.size() == journal)
        #expect(try FileIO.read(session.store.youthPath("filip")) == youthFile)
    }

    @Test func aNoteBeingTypedSurvivesAHangUpAsADraft() throws {
        let dir = try DemoDirectory()
        let session = try dir.session()
        let b = BoardSession(session: session, shared: false)
        moveTo(b, "sara")
        keys(b, .char("n"))
        type(b, "Sara fortalte at hun har fått jobb på")
        #expect(b.saveDraft())
        let path = b.runner.drafts.path
        let st = try #require(FileIO.status(path))
        #expect(st.st_mode & 0o777 == 0o600, "a private file")
        // Next time: the board says there is a draft, and the note dialog offers it.
        let again = BoardSession(session: try dir.session(), shared: false)
        #expect(again.state.message?.text.contains("notatutkast for Sara Lie") == true)
        moveTo(again, "sara")
        keys(again, .char("n"))
        #expect(again.state.form?.value("text") == "Sara fortalte at hun har fått jobb på")
        type(again, " kafé.")
        keys(again, .enter)
        #expect(try session.store.loadYouth("sara").notes.last?.text == "Sara fortalte at hun har fått jobb på kafé.")
        #expect(FileIO.status(path) == nil, "the draft is gone once saved")
    }

    @Test func aUserNotOnTheTeamSeesTheBoardReadOnly() throws {
        let dir = try DemoDirectory()
        // Take the running user off the team.
        let me = try dir.session()
        try me.store.updateTeam(actor: me.actor!, action: "staff") { t in
            for i in t.staff.indices { t.staff[i].unixUsers.removeAll { $0 == me.unixUser } }
        }
        let session = try dir.session()
        #expect(session.actor == nil)
        let b = BoardSession(session: session, shared: false)
        #expect(b.state.isReadOnly)
        #expect(b.state.message?.text.contains("er ikke med i teamet") == true)
        let journal = session.store.journal.size()
        keys(b, .char("s"))
        #expect(session.store.journal.size() == journal)
        #expect(b.screen.line(0).contains("BARE LESING"))
    }
}
