import Testing
import TavleCore
@testable import TavleUI

/// Keys through the keymap and `update`: the state changes and the effects asked for.
@Suite struct UpdateTests {
    /// The demo board after a save: the glue reloads, so the test gives the new board.
    func reloaded(_ s: inout AppState, change: YouthChange, id: String) throws {
        var (team, youths) = try Demo.load(today: demoToday)
        let i = youths.firstIndex { $0.id == id }!
        let context = ChangeContext(actor: Actor(staff: "ingrid", unixUser: "ingrid"),
                                    now: Timestamp.local(day: demoToday, minutes: 9 * 60, in: team.zone), today: demoToday, team: team)
        try change.apply(to: &youths[i], context)
        youths[i].version += 1
        (s, _) = BoardApp.update(s, .boardLoaded(Board(team: s.board.team, youths: youths, today: demoToday)))
    }

    @Test func flipToIntensiveThroughTheDialogAndBackWithConfirmation() throws {
        var s = try demoState()
        select(&s, "filip")
        let version = s.board.entry("filip")!.youth.version
        #expect(press(&s, .char("i")).isEmpty)
        var f = try #require(s.form)
        #expect(f.kind == .putOnBoard && f.youthID == "filip")
        // The reason comes first (a choice), then the plan, then the evaluation date.
        #expect(f.fields.map(\.id) == ["reason", "plan", "evaluate"])
        #expect(f.value("evaluate") == "06.12.2026", "today + the team's board period (14 days)")
        press(&s, .right)  // next reason
        press(&s, .left)   // back
        while s.form!.value("reason") != "crisis" { press(&s, .right) }
        press(&s, .enter)  // to the plan
        #expect(s.form!.focus == 1)
        // Enter on an empty plan moves on; saving without a plan goes to the core, whose refusal
        // shows in the dialog with the cursor back on the plan (the rule is the core's, not the form's).
        press(&s, .enter)
        let empty = press(&s, .enter)
        #expect(empty == [.save(SaveRequest(youthID: "filip", basedOn: version, change:
            .putOnBoard(reason: .crisis, plan: "", evaluate: Day(year: 2026, month: 12, day: 6)!)))])
        s = BoardApp.update(s, .saveFailed(SaveFailure(youthID: "filip", message: "En tavleperiode trenger en plan.",
                                                       currentVersion: version, refusal: .refusePlanNeeded))).0
        f = try #require(s.form)
        #expect(f.error == "En tavleperiode trenger en plan." && f.focus == 1)
        type(&s, "Daglig kontakt; bolig avklares med NAV")
        press(&s, .enter)
        press(&s, .ctrl("u"))
        type(&s, "1.12")
        let effects = press(&s, .enter)
        #expect(effects == [.save(SaveRequest(youthID: "filip", basedOn: version, change:
            .putOnBoard(reason: .crisis, plan: "Daglig kontakt; bolig avklares med NAV", evaluate: Day(year: 2026, month: 12, day: 1)!)))])
        #expect(s.form != nil, "the dialog stays until the save is confirmed")
        let (saved, after) = BoardApp.update(s, .saved(SaveRequest(youthID: "filip", basedOn: version, change: .reviewed(note: nil))))
        s = saved
        #expect(s.form == nil && after.contains(.reload))
        try reloaded(&s, change: .putOnBoard(reason: .crisis, plan: "x", evaluate: nil), id: "filip")
        #expect(s.selectedID == "filip", "the selection follows the youth into the other group")
        #expect(render(s).row(containing: "Filip Aune")! < render(s).row(containing: "CASEMANAGEMENT")!)

        // And back: going off the board asks for confirmation, with an optional note.
        press(&s, .char("i"))
        f = try #require(s.form)
        #expect(f.kind == .takeOffBoard)
        #expect(render(s).contains("Ta Filip Aune av tavla?"))
        // Filip went on the board in crisis: coming off asks for the status after it and why.
        #expect(f.fields.map(\.id) == ["status", "why", "note"] && f.value("status") == "worried")
        press(&s, .enter)
        type(&s, "Roligere")
        let off = press(&s, .enter, .enter)
        #expect(off == [.save(SaveRequest(youthID: "filip", basedOn: s.board.entry("filip")!.youth.version,
                                          change: .takeOffBoard(note: nil, status: .worried, why: "Roligere")))], "\(s.form?.error ?? "")")
        // Esc instead would have cancelled without any effect.
        var t = try demoState()
        select(&t, "sofie")
        press(&t, .char("i"))
        #expect(t.form?.kind == .takeOffBoard)
        #expect(press(&t, .escape).isEmpty)
        #expect(t.form == nil && t.message?.text == "Avbrutt; ingenting er lagret.")
    }

    @Test func statusIsAChoiceOfThreeAndReviewIsConfirmed() throws {
        var s = try demoState()
        select(&s, "kristian")
        let v = s.board.entry("kristian")!.youth.version
        // s: the three statuses, the current one chosen; nothing is saved by the key itself.
        #expect(press(&s, .char("s")).isEmpty)
        #expect(s.form?.kind == .status && s.form?.value("status") == "worried")
        #expect(render(s).contains("1 ● stabil  2 ▲ bekymring  3 ■ krise"))
        press(&s, .right)
        #expect(s.form?.value("status") == "crisis", "→ steps")
        press(&s, .char("1"))
        #expect(s.form?.value("status") == "stable", "a digit picks")
        press(&s, .char("3"))
        #expect(press(&s, .enter) == [.save(SaveRequest(youthID: "kristian", basedOn: v, change: .status(.crisis, why: nil)))])
        // The status it already has: nothing to save.
        var t = try demoState()
        select(&t, "kristian")
        press(&t, .char("s"))
        #expect(press(&t, .enter).isEmpty && t.form == nil && t.message?.text == Texts.text(.msgUnchanged, .nb))
        // r: one confirmation, Enter.
        #expect(press(&t, .char("r")).isEmpty && t.form?.kind == .reviewed)
        let review = SaveRequest(youthID: "kristian", basedOn: v, change: .reviewed(note: nil))
        #expect(press(&t, .enter) == [.save(review)])
        (t, _) = BoardApp.update(t, .saved(review))
        #expect(t.form == nil)
        #expect(press(&t, .char("u")) == [.undo])
    }

    @Test func searchNarrowsTheList() throws {
        var s = try demoState()
        press(&s, .char("/"))
        #expect(s.searching)
        type(&s, "sæ")
        // Only Eirik Sæbø has "sæ" in the name.
        #expect(s.visibleEntries.map(\.id) == ["eirik"])
        #expect(s.selectedID == "eirik")
        let screen = render(s)
        #expect(screen.contains("Eirik Sæbø") && !screen.contains("Sofie Bakke"))
        #expect(screen.line(22).hasPrefix("Søk: sæ"))
        #expect(screen.cursor?.y == 22)
        press(&s, .backspace)
        press(&s, .backspace)
        type(&s, "KH")
        #expect(Set(s.visibleEntries.map(\.id)) == ["kristian", "karoline"])
        press(&s, .enter)
        #expect(!s.searching && s.search.text == "KH")
        #expect(render(s).line(22).contains("søk «KH»"), "a narrowed board says so")
        press(&s, .escape)
        #expect(s.visibleEntries.count == 14)
        // Esc while typing clears the search too.
        press(&s, .char("/"))
        type(&s, "zzz")
        #expect(s.visibleEntries.isEmpty)
        #expect(render(s).contains("(ingen treff)"))
        press(&s, .escape)
        #expect(!s.searching && s.visibleEntries.count == 14)
    }

    @Test func dueFilterShowsOnlyYouthsDueForReview() throws {
        var s = try demoState()
        press(&s, .char("f"))
        #expect(s.dueOnly)
        #expect(s.visibleEntries.count == 10)
        #expect(s.visibleEntries.allSatisfy { !$0.due.isEmpty })
        let screen = render(s)
        #expect(screen.contains("CASEMANAGEMENT (6 av 10)"))
        #expect(!screen.contains("Ida Strand"))
        #expect(screen.line(22).contains("til gjennomgang (10)"))
        press(&s, .char("j"))
        #expect(render(s).line(22).hasPrefix("Filter: bare til gjennomgang. Esc viser alle."), "the filter stays visible")
        press(&s, .char("f"))
        #expect(s.visibleEntries.count == 14)
    }

    @Test func pTogglesInitialsAndNames() throws {
        var s = try demoState()
        #expect(s.showNames)
        press(&s, .char("p"))
        #expect(!s.showNames && s.hidesText)
        #expect(!render(s).contains("Sofie Bakke") && render(s).contains("SB"))
        press(&s, .char("p"))
        #expect(render(s).contains("Sofie Bakke"))
    }

    @Test func movingGroupsAndEnds() throws {
        var s = try demoState()
        #expect(s.selectedID == "sofie")
        press(&s, .char("j"))
        press(&s, .down)
        #expect(s.selectedID == s.board.intensive[2].id)
        press(&s, .char("k"))
        #expect(s.selectedID == s.board.intensive[1].id)
        press(&s, .tab)
        #expect(s.selectedID == s.board.caseManagement[0].id)
        press(&s, .tab)
        #expect(s.selectedID == s.board.intensive[0].id)
        press(&s, .char("G"))
        #expect(s.selectedID == s.board.caseManagement.last!.id)
        press(&s, .down)
        #expect(s.selectedID == s.board.caseManagement.last!.id, "stops at the end")
        press(&s, .home)
        #expect(s.selectedID == "sofie")
    }

    @Test func enterOpensTheDetailAndEscGoesBack() throws {
        var s = try demoState()
        select(&s, "amina")
        #expect(press(&s, .enter) == [.loadDetail("amina")])
        #expect(s.mode == .detail && s.keyContext == .detail)
        press(&s, .escape)
        #expect(s.mode == .board && s.selectedID == "amina")
    }

    @Test func textFieldsTakeNorwegianLettersAndEditing() throws {
        var s = try demoState()
        select(&s, "noah")
        press(&s, .char("n"))
        #expect(s.form?.kind == .note && s.form?.focus == 1)
        type(&s, "Blåbær på tur")
        press(&s, .left, .left, .left, .left)
        press(&s, .backspace)
        type(&s, "ø")
        press(&s, .home)
        type(&s, "Æ ")
        press(&s, .end)
        type(&s, "!")
        press(&s, .delete)  // at the end: nothing
        #expect(s.form?.value("text") == "Æ Blåbær pø tur!")
        // The note kind is a choice above the text: ↑ then → picks "beslutning".
        press(&s, .up, .right)
        #expect(s.form?.value("kind") == "decision")
        press(&s, .down)
        let effects = press(&s, .enter)
        #expect(effects == [.save(SaveRequest(youthID: "noah", basedOn: s.board.entry("noah")!.youth.version,
                                              change: .note(text: "Æ Blåbær pø tur!", kind: .decision)))])
    }

    @Test func aConflictKeepsWhatWasTypedAndSaysWhoChangedWhat() throws {
        var s = try demoState()
        select(&s, "filip")
        press(&s, .char("i"))
        press(&s, .enter)
        type(&s, "Tett oppfølging")
        press(&s, .enter)
        press(&s, .enter)
        let failure = SaveFailure(youthID: "filip", message: "Konflikt …", conflict: ConflictInfo(field: "status", by: "Ole Bråten (OB)"),
                                  currentVersion: 9)
        let (after, effects) = BoardApp.update(s, .saveFailed(failure))
        let f = try #require(after.form)
        #expect(f.value("plan") == "Tett oppfølging")
        #expect(f.basedOn == 9, "Enter again saves on top of what is there now")
        #expect(f.error?.contains("Ole Bråten (OB) endret status for Filip Aune") == true)
        #expect(effects.contains(.reload))
        #expect(render(after).contains("Ole Bråten (OB) endret status"))
    }

    @Test func badInputIsExplainedInTheDialog() throws {
        var s = try demoState()
        select(&s, "ida")
        press(&s, .char("a"))
        #expect(s.form?.kind == .plan && s.form?.value("staff") == "siri", "who starts on the primary contact")
        type(&s, "25:00")
        press(&s, .enter, .enter)
        #expect(s.form?.error == "«25:00» er ikke et klokkeslett. Skriv for eksempel 09:30, 9.30 eller 930.")
        #expect(s.form?.focus == 2)
        press(&s, .ctrl("u"))
        type(&s, "930")
        press(&s, .tab)
        type(&s, "Skolen")
        #expect(press(&s, .enter) == [.save(SaveRequest(youthID: "ida", basedOn: s.board.entry("ida")!.youth.version,
                                                         change: .plan(day: nil, staff: "siri", time: "930", place: "Skolen")))])
        // A day typed wrong is explained under the day.
        press(&s, .backTab, .backTab)
        type(&s, "31.2")
        press(&s, .enter, .enter, .enter)
        #expect(s.form?.focusedField?.id == "day" && s.form?.error?.contains("«31.2» er ikke en dato") == true, "\(s.form?.error ?? "")")
    }

    /// An empty decision is refused with its own words (round 14); the dialog still goes back to the text.
    @Test func anEmptyDecisionGoesBackToTheText() throws {
        let s = try demoState()
        let e = try #require(s.board.entry("sofie"))
        #expect(Form.decision(e).field(for: .refuseDecisionEmpty) == "text")
        #expect(Form.decision(e).field(for: .refuseNoteEmpty) == "text")
    }

    @Test func contactDialogDefaultsToAVisitWithTheYouth() throws {
        var s = try demoState()
        select(&s, "lukas")
        press(&s, .char("c"))
        let effects = press(&s, .enter, .enter, .enter, .enter, .enter, .enter, .enter)
        #expect(effects == [.save(SaveRequest(youthID: "lukas", basedOn: s.board.entry("lukas")!.youth.version,
                                              change: .contact(with: .youth, kind: .visit, at: nil, staff: "ingrid", note: nil, place: nil)))])
        press(&s, .escape)
        press(&s, .char("c"))
        press(&s, .right)  // phone
        press(&s, .tab, .char(" "))  // network
        #expect(s.form?.value("kind") == "phone" && s.form?.value("with") == "network")
        // A time in the future is refused by the core's reader, under the time.
        s.now = Timestamp.local(day: demoToday, minutes: 9 * 60, in: s.board.team.zone)
        press(&s, .tab)
        type(&s, "23:00")
        press(&s, .enter, .enter, .enter, .enter, .enter)
        #expect(s.form?.focusedField?.id == "at" && s.form?.error?.contains("23:00") == true, "\(s.form?.error ?? "")")
        press(&s, .ctrl("u"))
        type(&s, "8:15")
        let earlier = press(&s, .enter, .enter, .enter, .enter, .enter)
        #expect(earlier == [.save(SaveRequest(youthID: "lukas", basedOn: s.board.entry("lukas")!.youth.version,
                                              change: .contact(with: .network, kind: .phone,
                                                               at: Timestamp.local(day: demoToday, minutes: 8 * 60 + 15, in: s.board.team.zone),
                                                               staff: "ingrid", note: nil, place: nil)))])
    }

    @Test func qQuitsButTypesInADialog() throws {
        var s = try demoState()
        #expect(press(&s, .char("q")) == [.quit])
        select(&s, "ida")
        press(&s, .char("n"))
        #expect(press(&s, .char("q")).isEmpty)
        #expect(s.form?.value("text") == "q")
    }

    @Test func helpOpensScrollsAndCloses() throws {
        var s = try demoState()
        press(&s, .char("?"))
        #expect(s.keyContext == .help)
        press(&s, .char("j"), .char("j"))
        #expect(s.help?.scroll == 2)
        press(&s, .escape)
        #expect(s.help == nil && s.keyContext == .board)
    }

    @Test func aDraftIsOfferedAgainInTheNoteDialog() throws {
        var s = try demoState()
        let draft = Draft(youthID: "maja", kind: .note, texts: ["text": "Snakket med mor om overgang til utek"], choices: ["kind": "note"],
                          saved: Timestamp.local(day: demoToday, minutes: 9 * 60 + 14, in: s.board.team.zone))
        (s, _) = BoardApp.update(s, .draftFound(draft))
        #expect(s.message?.text.contains("notatutkast for Maja Økland fra 22.11 09:14") == true)
        select(&s, "ida")
        press(&s, .char("n"))
        #expect(s.form?.value("text") == "", "another youth's dialog is not filled")
        press(&s, .escape)
        #expect(s.draft != nil)
        select(&s, "maja")
        press(&s, .char("n"))
        #expect(s.form?.value("text") == "Snakket med mor om overgang til utek")
        #expect(s.form?.notice?.contains("09:14") == true)
        type(&s, "ontakten.")
        let saving = press(&s, .enter)
        guard case .save(let req) = saving.first else { Issue.record("no save"); return }
        let (after, effects) = BoardApp.update(s, .saved(req))
        #expect(effects.contains(.discardDraft) && after.draft == nil)
        // The draft of an open dialog is what the glue keeps when the program must stop.
        var t = try demoState()
        select(&t, "ida")
        press(&t, .char("n"))
        #expect(t.form?.draft == nil, "nothing typed, nothing kept")
        type(&t, "Halvferdig")
        #expect(t.form?.draft?.texts == ["text": "Halvferdig"] && t.form?.draft?.youthID == "ida")
    }

    @Test func notOnTheTeamIsReadOnlyWithAMessage() throws {
        var s = AppState(board: try demoBoard(), language: .nb, readOnlyReason: "Unix-brukeren «x» er ikke med i teamet.")
        #expect(press(&s, .char("n")).isEmpty)
        #expect(s.form == nil && s.message?.isError == true)
        #expect(render(s).contains("BARE LESING"))
        #expect(!render(s).line(23).contains("notat"), "the hint bar offers only what works")
    }
}
