/// Strings of the store's defences (issue 28: ranges, sizes, import transactions, purge, backup,
/// restore, check), bokmål and English, merged into `CoreStrings.catalog`.
enum StoreSafetyStrings {
    static let nb: [String: String] = [
        "refuse.outOfRange": "Endringen ble ikke lagret: {1} ville fått et tall utenfor det tavle godtar ({2}). Ingenting er endret.",
        "refuse.fileTooLarge": "Endringen ble ikke lagret: {1} ville blitt {2} byte, mer enn grensen på {3} byte som tavle leser. Ingenting er endret. Hold notatene korte og før det kliniske i pasientjournalen.",
        "refuse.meeting.secondsRange": "Tiden må være mellom 0 og {2} sekunder, ikke {1}.",
    ]

    static let en: [String: String] = [
        "refuse.outOfRange": "The change was not saved: {1} would get a number outside what tavle accepts ({2}). Nothing was changed.",
        "refuse.fileTooLarge": "The change was not saved: {1} would become {2} bytes, more than the limit of {3} bytes tavle reads. Nothing was changed. Keep notes short and put the clinical detail in the patient record.",
        "refuse.meeting.secondsRange": "The time must be between 0 and {2} seconds, not {1}.",
    ]
}
