import ArgumentParser
import Foundation
import TavleCore

/// `tavle backup FILE`: a consistent snapshot of the whole directory (private file, 0600).
struct BackupCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "backup", abstract: L.t(.helpBackupAbstract), discussion: L.t(.helpBackupDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argBackupFile), valueName: "FILE"), completion: .file()) var file: String

    func run() throws {
        let session = try globals.session()
        // A team member, or the server's administrator (root, the directory's owner).
        let actor = try session.maintenanceActor(leader: false)
        let path = try DataLocation.resolve(flag: file, environment: [:])
        guard FileIO.status(path) == nil else { throw CLIError.data(.refuseFileExists, Format.safe(path)) }
        try session.store.backup(to: path)
        // A backup holds every note: reading it all is logged, by staff member or `admin`.
        AccessRecording.record(session, youth: nil, how: "backup", staff: actor.staff)
        Console.out(L.t(.doneBackup, Format.safe(path)))
    }
}

/// `tavle restore FILE --data DIR`: a backup into a new, empty directory.
struct RestoreCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "restore", abstract: L.t(.helpRestoreAbstract), discussion: L.t(.helpRestoreDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argBackupFile), valueName: "FILE"), completion: .file()) var file: String
    @Option(help: ArgumentHelp(L.t(.optRestoreGroup), valueName: "GROUP")) var group: String?

    func run() throws {
        let store = try Store.restore(from: file, into: globals.root, group: group)
        Console.out(L.t(.doneRestore, Format.safe(file), Format.safe(store.root)))
    }
}

/// `tavle migrate [--backup FILE]`: upgrades a directory written by an older tavle, after a backup.
struct MigrateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "migrate", abstract: L.t(.helpMigrateAbstract), discussion: L.t(.helpMigrateDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Option(help: ArgumentHelp(L.t(.optMigrateBackup), valueName: "FILE")) var backup: String?

    func run() throws {
        let session = try globals.session()
        // The team's leader, or the server's administrator, journaled as `admin`.
        let actor = try session.maintenanceActor(leader: true)
        let schema = try session.store.directorySchema()
        let unsealed = session.store.logsNeedSealing()
        guard schema < Team.schemaVersion || unsealed else {
            Console.out(L.t(.doneMigrateNothing, String(schema)))
            return
        }
        // The default never names an earlier backup: after an interrupted migrate, the first
        // backup (of the directory before any upgrade) is the one to roll back to.
        let path = try backup.map { try DataLocation.resolve(flag: $0, environment: [:]) } ?? MigrateCommand.freshBackupPath(session)
        let count = try session.store.migrate(actor: actor, backupPath: path)
        if schema < Team.schemaVersion {
            Console.out(L.t(.doneMigrate, String(count), String(schema), String(Team.schemaVersion), Format.safe(path)))
        } else {
            Console.out(L.t(.doneMigrateSealed, String(schema), Format.safe(path)))
        }
    }
}

extension MigrateCommand {
    /// `backups/before-schema-N-DATE.json`, or `…-2.json`, `…-3.json` when taken.
    static func freshBackupPath(_ session: Session) -> String {
        let base = session.store.root + "/backups/before-schema-\(Team.schemaVersion)-\(session.today.iso)"
        var path = base + ".json"
        var n = 2
        while FileIO.status(path) != nil { path = base + "-\(n).json"; n += 1 }
        return path
    }
}

/// `tavle purge --dry-run | --yes [ID …]`: deletes discharged youths whose retention has run out.
struct PurgeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "purge", abstract: L.t(.helpPurgeAbstract), discussion: L.t(.helpPurgeDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argPurgeIDs), valueName: "ID")) var youths: [String] = []
    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(L.t(.optPurgeDryRun))) var dryRun = false
    @Flag(help: ArgumentHelp(L.t(.optPurgeYes))) var yes = false

    func validate() throws {
        if dryRun == yes { throw ValidationError(L.t(.usagePurgeChoose)) }
    }

    func run() throws {
        let session = try globals.session()
        let actor = try TeamWrite.leaderActor(session)
        let store = session.store
        var (candidates, unreadable) = try store.purgeCandidatesAndProblems(today: session.today)
        var referrals = try store.referralPurgeCandidates(today: session.today)
        if !youths.isEmpty {
            let wanted = Set(youths)
            for id in wanted.sorted() where !candidates.contains(where: { $0.id == id }) && !referrals.contains(where: { $0.id == id }) {
                // A damaged file is said as such (not "not yet"), and a typo as not found.
                if let bad = unreadable.first(where: { $0.path == store.youthPath(id) }) { throw bad.error }
                if FileIO.status(store.youthPath(id)) == nil && FileIO.status(store.referralPath(id)) == nil {
                    throw CLIError.data(.purgeNoSuchID, Format.safe(id))
                }
                throw CLIError.data(.refuseNotPurgeable, Format.safe(id), String(session.team.retentionMonths))
            }
            candidates = candidates.filter { wanted.contains($0.id) }
            referrals = referrals.filter { wanted.contains($0.id) }
            unreadable = []
        }
        // A youth file that cannot be read may be one past its time: said, never passed over.
        let cannotTell = unreadable.isEmpty ? nil : CLIError.dataText(
            ([L.n(.purgeUnreadableYouths, unreadable.count, String(unreadable.count))]
             + unreadable.map { "  " + $0.error.message(L.lang) }).joined(separator: "\n"))
        guard !candidates.isEmpty || !referrals.isEmpty else {
            Console.out(L.t(.purgeNone, String(session.team.retentionMonths)))
            if let cannotTell { throw cannotTell }
            return
        }
        for y in candidates {
            Console.out("  " + y.id + "  " + Format.safe(y.initials) + "  " + L.t(.purgeDischarged, Format.day(y.discharged)))
        }
        for r in referrals {
            Console.out("  " + r.id + "  " + Format.safe(Youth.deriveInitials(r.name)) + "  " + L.t(.purgeDeclined, Format.day(r.decided)))
        }
        // "3 ungdommer og 1 avslått henvisning".
        var what: [String] = []
        if !candidates.isEmpty { what.append(L.n(.purgeYouths, candidates.count, String(candidates.count))) }
        if !referrals.isEmpty { what.append(L.n(.purgeReferrals, referrals.count, String(referrals.count))) }
        let total = candidates.count + referrals.count
        let phrase = what.joined(separator: " " + L.t(.purgeAnd) + " ")
        if dryRun {
            Console.out(L.n(.purgeWouldPurge, total, phrase))
            let backups = store.backupsPurgeCannotRead()
            if !backups.isEmpty { Console.error(PurgeCommand.backupsText(.purgeBackupsUnreadable, backups)) }
            if let cannotTell { throw cannotTell }
            return
        }
        let skipped = try store.purge(candidates.map(\.id) + referrals.map(\.id), actor: actor)
        Console.out(L.n(.donePurge, total, phrase))
        // Done, but not everywhere: a backup it could not rewrite may still hold them (exit 4),
        // and a youth file it could not read is said too (exit 2 alone).
        let unfinished = (skipped.isEmpty ? [] : [PurgeCommand.backupsText(.purgeBackupsNotRewritten, skipped)]) + (cannotTell.map { [$0.message] } ?? [])
        if !unfinished.isEmpty { throw CLIError(message: unfinished.joined(separator: "\n"), exitCode: skipped.isEmpty ? 2 : 4) }
    }

    /// The backups a purge cannot reach, one per line, and what to do about them.
    static func backupsText(_ key: PluralKey, _ paths: [String]) -> String {
        ([L.n(key, paths.count, String(paths.count))] + paths.map { "  " + Format.safe($0) } + [L.t(.purgeBackupsAdvice)])
            .joined(separator: "\n")
    }
}
