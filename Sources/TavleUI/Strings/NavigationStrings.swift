import TavleCore

/// Strings of big boards, the mouse, the keymap's policy and the symbol legend, bokmål and
/// English, merged into `UIStrings.catalog`. Both tables have the same keys (a test checks it).
enum NavigationStrings {
    static let catalog = Catalog([.nb: nb, .en: en])

    static let nb: [String: String] = [
        "refuse.followsChair": "Fellesskjermen følger møtelederen; ungdommen velges på møteleders tavle.",
        "help.pointSelect": "Velg det som er under pekeren: en rad, en gruppe, et felt; et tastehint nederst kjøres",
        "help.pointOpen": "Vis alt om ungdommen under pekeren",
        "help.wheelDown": "Bla ned", "help.wheelUp": "Bla opp",
        "helpSection.pages": "Detaljvisning, dagsplan og teamets tall",
        "helpSection.mouse": "Musen (Shift og dra markerer tekst som vanlig; tavle --no-mouse slår den av)",
        "key.click": "Klikk", "key.doubleClick": "Dobbeltklikk", "key.wheelUp": "Hjul↑", "key.wheelDown": "Hjul↓",
        "legend.status": "status: {1} (også i farge)",
        "legend.shareAbove": "foran andelen på tavla øverst: over varselgrensen (også i rødt)",
        "legend.morePlans": "i «I dag»: så mange avtaler til i dag som ikke får plass (Enter viser alle)",
        "legend.nothing": "ikke registrert (ingen kontakt, ingen primærkontakt)",
        "legend.position": "den valgte ungdommens plass i lista (nederst til høyre)",
        "legend.more": "mer over / under (ytterst til høyre)",
        "legend.check": "drøftet i dagens møte; ellers i orden (samtykke, ført i journalen, målet nådd)",
        "legend.cross": "ikke drøftet i møtet; ellers ikke i orden (samtykke trukket, målet ikke nådd)",
        "legend.notYet": "på agendaen, ikke drøftet ennå",
        "legend.timeLeft": "tid igjen av tavlemøtet",
        "legend.severity": "grunner til gjennomgang: haster · bør tas opp · til orientering",
        "legend.focusedField": "feltet du skriver i (i en dialog)",
        "legend.choice": "et valg: ←→ eller mellomrom blar",
        "legend.picked": "med / ikke med (mellomrom krysser av)",
    ]

    static let en: [String: String] = [
        "refuse.followsChair": "The shared screen follows the chair; the youth is chosen on the chair's board.",
        "help.pointSelect": "Select what is under the pointer: a row, a group, a field; a key hint at the bottom runs",
        "help.pointOpen": "Show everything about the youth under the pointer",
        "help.wheelDown": "Scroll down", "help.wheelUp": "Scroll up",
        "helpSection.pages": "Detail view, day plan and the team's numbers",
        "helpSection.mouse": "The mouse (Shift-drag selects text as usual; tavle --no-mouse turns it off)",
        "key.click": "Click", "key.doubleClick": "Double-click", "key.wheelUp": "Wheel↑", "key.wheelDown": "Wheel↓",
        "legend.status": "status: {1} (also in colour)",
        "legend.shareAbove": "before the board share at the top: above the warning level (also in red)",
        "legend.morePlans": "in \"Today\": this many more of today's plans than fit (Enter shows them all)",
        "legend.nothing": "nothing recorded (no contact, no primary contact)",
        "legend.position": "the selected youth's place in the list (at the bottom right)",
        "legend.more": "more above / below (at the right edge)",
        "legend.check": "discussed in today's meeting; elsewhere in order (consent, in the record, target met)",
        "legend.cross": "not discussed in the meeting; elsewhere not in order (consent withdrawn, target missed)",
        "legend.notYet": "on the agenda, not discussed yet",
        "legend.timeLeft": "time left of the board meeting",
        "legend.severity": "reasons for review: urgent · should be raised · for information",
        "legend.focusedField": "the field you type in (in a dialog)",
        "legend.choice": "a choice: ←→ or Space steps through it",
        "legend.picked": "in / not in (Space ticks)",
    ]
}
