import TavleCore

/// Strings of the data commands' defences (issue 28: import, export, check, backup, restore,
/// migrate, purge, `--shared`), bokmål and English, merged into `L`.
enum StoreCommandStrings {
    static let catalog = Catalog([.nb: nb, .en: en])

    static let nb: [String: String] = [
        "usage.meeting.secondsRange": "Tiden må være mellom 0 og 86400 sekunder (ett døgn).",
        "opt.restore.group": "Teamets Unix-gruppe, for en sikkerhetskopi av en teammappe laget før tavle skrev ned gruppen.",
        "usage.sharedOnlyBoard": "--shared gjelder bare tavla (`tavle --shared`, `tavle board --shared`, `tavle demo --shared`): den viser bare initialer og ingen notattekst. Denne kommandoen kan ikke vise så lite; kjør den uten --shared.",
    ]

    static let en: [String: String] = [
        "usage.meeting.secondsRange": "The time must be between 0 and 86400 seconds (a day).",
        "opt.restore.group": "The team's Unix group, for a backup of a team directory made before tavle recorded the group.",
        "usage.sharedOnlyBoard": "--shared is for the board only (`tavle --shared`, `tavle board --shared`, `tavle demo --shared`): it shows initials only and no note text. This command cannot show that little; run it without --shared.",
    ]
}
