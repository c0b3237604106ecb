import Testing
import TavleCore
@testable import TavleUI

/// Issue 22 on the board: the municipality filter (`M`), school or work (`W`) in the detail
/// view, the arena in the contact dialog, the school or work column and the shared screen.
/// The keys reach `PlaceUpdate` through `BoardApp.boardCommand`; these tests call it as that does.
@Suite struct PlaceBoardTests {
    func detail(_ s: inout AppState, _ id: String) throws {
        select(&s, id)
        press(&s, .enter)
        let (_, youths) = try Demo.load(today: demoToday)
        (s, _) = BoardApp.update(s, .detailLoaded(youths.first { $0.id == id }!))
    }

    @Test func theKeysAreBoundWhereTheIssueSays() throws {
        #expect(Keymap.binding(for: .char("M"), in: .board)?.command == .filterMunicipality)
        #expect(Keymap.binding(for: .char("W"), in: .detail)?.command == .schoolWork)
        #expect(Keymap.binding(for: .char("W"), in: .detail)?.writes == true)
        #expect(!Keymap.reserved.contains { $0.key == "M" || $0.key == "W" })
    }

    /// `M` and `W` through the keymap and `update`, as a person presses them.
    @Test func theKeysReachPlaceUpdateThroughUpdate() throws {
        var s = try demoState()
        press(&s, .char("M"))
        #expect(s.municipality == "Nordby")
        try detail(&s, "kristian")
        press(&s, .char("W"))
        #expect(s.form?.kind == .school)
    }

    @Test func municipalityFilterStepsThroughTheTeamsThenEveryone() throws {
        var s = try demoState()
        let all = s.visible.count
        let team = s.board.team.municipalities
        #expect(team == ["Nordby", "Sørvik", "Åsen"])
        var seen = 0
        for m in team {
            PlaceUpdate.filterMunicipality(&s)
            #expect(s.municipality == m)
            #expect(s.visibleEntries.allSatisfy { $0.youth.municipality == m })
            #expect(s.message?.text.contains(m) == true)
            seen += s.visible.count
            #expect(s.selectedID.map { s.visible.contains($0) } ?? true, "the selection stays on a shown youth")
            var quiet = s
            quiet.message = nil
            #expect(render(quiet).contains("kommune " + m), "the board says it is narrowed")
        }
        #expect(seen == all, "every youth is in exactly one")
        PlaceUpdate.filterMunicipality(&s)
        #expect(s.municipality == nil && s.visible.count == all)
    }

    @Test func aTeamWithoutMunicipalitiesIsToldHowToAddThem() throws {
        var s = try demoState()
        var team = s.board.team
        team.municipalities = []
        s.board = Board(team: team, youths: s.board.all.map(\.youth), today: demoToday)
        PlaceUpdate.filterMunicipality(&s)
        #expect(s.municipality == nil)
        #expect(s.message?.text.contains("tavle settings set municipalities") == true)
    }

    @Test func schoolOrWorkDialogBuildsTheCoresChange() throws {
        var s = try demoState()
        try detail(&s, "kristian")
        PlaceUpdate.schoolWork(&s)
        let f = try #require(s.form)
        #expect(f.kind == .school && f.youthID == "kristian")
        #expect(f.value("status") == "partly", "the status that holds today comes first")
        while s.form!.value("status") != "work" { press(&s, .right) }
        press(&s, .enter)
        type(&s, "1.11")
        press(&s, .enter)
        type(&s, "Lager")
        let effects = press(&s, .enter)
        let version = s.board.entry("kristian")!.youth.version
        #expect(effects == [.save(SaveRequest(youthID: "kristian", basedOn: version, change:
            .school(.work, since: Day(year: 2026, month: 11, day: 1)!, note: "Lager")))])
    }

    @Test func theContactDialogOffersTheArenaByDefaultFromTheKind() throws {
        var s = try demoState()
        select(&s, "noah")
        press(&s, .char("c"))
        var f = try #require(s.form)
        #expect(f.fields.map(\.id).contains("arena"))
        #expect(f.value("arena") == "", "by the kind")
        let version = s.board.entry("noah")!.youth.version
        if case .success(.youth(_, _, let change)) = f.submission(FormContext(s)) {
            #expect(change == .contact(with: .youth, kind: .visit, at: nil, staff: s.actorStaff ?? f.value("staff"), note: nil, place: nil, arena: nil))
        } else { Issue.record("a contact") }
        f.choose("arena", "community")
        if case .success(.youth(let id, let basedOn, let change)) = f.submission(FormContext(s)),
           case .contact(_, _, _, _, _, _, let arena) = change {
            #expect(id == "noah" && basedOn == version && arena == .community)
        } else { Issue.record("a contact in the community") }
    }

    @Test func theEditDialogOffersTheTeamsMunicipalities() throws {
        var s = try demoState()
        try detail(&s, "noah")
        press(&s, .char("e"))
        var f = try #require(s.form)
        f.choose("field", "municipality")
        f.choiceChanged("field")
        guard case .choice(let options, let i) = f.fields.first(where: { $0.id == "value" })!.value else {
            Issue.record("a choice"); return
        }
        #expect(options.map(\.value) == ["", "Nordby", "Sørvik", "Åsen"])
        #expect(options[i].value == "Nordby", "the youth's now")
    }

    @Test func theSchoolColumnShowsFrom120Columns() throws {
        let narrow = try demoState(width: 119, height: 30)
        #expect(ColumnLayout(narrow, width: 119).column(.school) == nil)
        // From 120 on, with names and a warning column or with initials only.
        var initials = try demoState(width: 120, height: 30)
        initials.showNames = false
        for s in [try demoState(width: 120, height: 30), initials, try demoState(.en, width: 120, height: 30)] {
            #expect(ColumnLayout(s, width: 120).column(.school) != nil, "names: \(s.showNames), \(s.language)")
            let screen = render(s)
            #expect(screen.contains(s.language == .nb ? "Skole/arbeid" : "School/work"))
        }
        #expect(render(try demoState(width: 120, height: 30)).contains("går på skole"))
    }

    @Test func theDetailShowsMunicipalitySchoolAndArenas() throws {
        var s = try demoState(width: 120, height: 50)
        try detail(&s, "kristian")
        let screen = render(s)
        #expect(screen.contains("Sørvik"))
        #expect(screen.contains("delvis på skole fra"))
        #expect(screen.contains("Siste kontakter"))
    }

    @Test func theSharedScreenShowsTheStatusWordOnly() throws {
        var s = try demoState(shared: true, width: 160, height: 50)
        try detail(&s, "kristian")
        let screen = render(s)
        #expect(screen.contains("delvis på skole"))
        #expect(!screen.contains("delvis på skole fra"), "no day")
        #expect(!screen.contains("Tre dager i uka"), "no note")
        #expect(!screen.contains("Sørvik"), "no municipality")
    }

    @Test func theStatsViewShowsTheNewFigures() throws {
        var s = try demoState(width: 100, height: 60)
        let (team, youths) = try Demo.load(today: demoToday)
        s.stats = TeamStats(youths: youths, meetings: [], today: demoToday, team: team)
        s.mode = .stats
        let screen = render(s)
        #expect(screen.contains("I nærmiljøet") && screen.contains("I skole eller arbeid") && screen.contains("Nordby"))
    }
}
