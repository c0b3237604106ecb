import TavleCore

/// Strings of the data commands' defences (issue 28: import, export, check, backup, restore,
/// migrate, purge, `--shared`), bokmål and English, merged into `L`.
enum StoreCommandStrings {
    static let catalog = Catalog([.nb: nb, .en: en])

    static let nb: [String: String] = [
        "usage.meeting.secondsRange": "Tiden må være mellom 0 og 86400 sekunder (ett døgn).",
    ]

    static let en: [String: String] = [
        "usage.meeting.secondsRange": "The time must be between 0 and 86400 seconds (a day).",
    ]
}
