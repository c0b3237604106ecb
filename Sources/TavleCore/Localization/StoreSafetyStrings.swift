/// Strings of the store's defences (issue 28: ranges, sizes, import transactions, purge, backup,
/// restore, check), bokmål and English, merged into `CoreStrings.catalog`.
enum StoreSafetyStrings {
    static let nb: [String: String] = [
        "refuse.outOfRange": "Endringen ble ikke lagret: {1} ville fått et tall utenfor det tavle godtar ({2}). Ingenting er endret.",
        "refuse.fileTooLarge": "Endringen ble ikke lagret: {1} ville blitt {2} byte, mer enn grensen på {3} byte som tavle leser. Ingenting er endret. Hold notatene korte og før det kliniske i pasientjournalen.",
        "refuse.meeting.secondsRange": "Tiden må være mellom 0 og {2} sekunder, ikke {1}.",
        "refuse.backupExists": "{1} finnes allerede. En sikkerhetskopi overskriver aldri en annen; velg et nytt filnavn.",
        "refuse.restoreNeedsGroup": "{1} er en sikkerhetskopi av en teammappe laget før tavle skrev ned teamets gruppe. Oppgi gruppen med --group GRUPPE, så blir dataene gjenopprettet i den (ikke i din egen gruppe). Ingenting er skrevet.",
        "refuse.restoreGroupDiffers": "Sikkerhetskopien hører til gruppen {2}, ikke {1}. Gjenopprett uten --group (eller med --group {2}). Ingenting er skrevet.",
        "refuse.restoreNoGroup": "Gruppen {1} finnes ikke her. Lag den først (groupadd {1}) og legg teamet inn i den. Ingenting er skrevet.",
        "refuse.restoreNotInGroup": "Du er ikke med i gruppen {1}, så dataene kan ikke gis til den. Kjør gjenopprettingen som et medlem av {1} (eller som root). Ingenting er skrevet.",
    ]

    static let en: [String: String] = [
        "refuse.outOfRange": "The change was not saved: {1} would get a number outside what tavle accepts ({2}). Nothing was changed.",
        "refuse.fileTooLarge": "The change was not saved: {1} would become {2} bytes, more than the limit of {3} bytes tavle reads. Nothing was changed. Keep notes short and put the clinical detail in the patient record.",
        "refuse.meeting.secondsRange": "The time must be between 0 and {2} seconds, not {1}.",
        "refuse.backupExists": "{1} already exists. A backup never overwrites another; choose a new file name.",
        "refuse.restoreNeedsGroup": "{1} is a backup of a team directory made before tavle recorded the team's group. Give the group with --group GROUP and the data is restored into it (not into your own group). Nothing was written.",
        "refuse.restoreGroupDiffers": "The backup belongs to the group {2}, not {1}. Restore without --group (or with --group {2}). Nothing was written.",
        "refuse.restoreNoGroup": "The group {1} does not exist here. Create it first (groupadd {1}) and add the team to it. Nothing was written.",
        "refuse.restoreNotInGroup": "You are not in the group {1}, so the data cannot be given to it. Run the restore as a member of {1} (or as root). Nothing was written.",
    ]
}
