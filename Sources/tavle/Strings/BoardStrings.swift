import TavleCore

/// The strings of the board's command-line options, bokmål and English, merged into `L`.
enum BoardStrings {
    static let catalog = Catalog([.nb: nb, .en: en])

    static let nb: [String: String] = [
        "opt.noMouse": "Ikke bruk musen på tavla (klikk markerer da tekst som ellers i terminalen).",
    ]

    static let en: [String: String] = [
        "opt.noMouse": "Do not use the mouse on the board (clicks then select text as elsewhere in the terminal).",
    ]
}
