import TavleCore

/// Where the youth lives and where the work happens (issue 22): the board's municipality filter
/// (`M`) and the school or work dialog (`W` in the detail view); `BoardApp.boardCommand` hands
/// both here.
enum PlaceUpdate {
    /// `M`: the next of the team's municipalities, and after the last everyone again. The status
    /// line says which is shown and how many youths; a team with none is told how to add them.
    static func filterMunicipality(_ s: inout AppState) {
        let lang = s.language
        let list = s.board.team.municipalities
        guard !list.isEmpty else {
            s.municipality = nil
            s.message = StatusMessage(Texts.text(.msgNoMunicipalities, lang))
            return
        }
        let next: String?
        if let now = s.municipality, let i = list.firstIndex(of: now) { next = i + 1 < list.count ? list[i + 1] : nil }
        else { next = list[0] }
        s.municipality = next
        BoardApp.ensureSelectionVisible(&s)
        s.message = StatusMessage(next.map { Texts.text(.msgMunicipalityOnly, lang, [$0, String(s.visible.count)]) }
                                  ?? Texts.text(.msgAllShown, lang))
    }

    /// `W`: the school or work dialog for the youth in the detail view.
    static func schoolWork(_ s: inout AppState) {
        guard let e = s.currentEntry else { return }
        s.form = Form.school(e, today: s.board.today, lang: s.language)
    }
}
