import ArgumentParser
import Foundation
import TavleCore

/// `tavle backup FILE`: a consistent snapshot of the whole directory (private file, 0600).
struct BackupCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "backup", abstract: L.t("help.backup.abstract"), discussion: L.t("help.backup.discussion"))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t("arg.backupFile"), valueName: "FILE"), completion: .file()) var file: String

    func run() throws {
        let session = try globals.session()
        _ = try session.requireActor()
        let path = DataLocation.resolve(flag: file, environment: [:])
        guard FileIO.status(path) == nil else { throw CLIError.data("refuse.fileExists", Format.safe(path)) }
        try session.store.backup(to: path)
        Console.out(L.t("done.backup", Format.safe(path)))
    }
}

/// `tavle restore FILE --data DIR`: a backup into a new, empty directory.
struct RestoreCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "restore", abstract: L.t("help.restore.abstract"), discussion: L.t("help.restore.discussion"))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t("arg.backupFile"), valueName: "FILE"), completion: .file()) var file: String
    @Option(help: ArgumentHelp(L.t("opt.restore.group"), valueName: "GROUP")) var group: String?

    func run() throws {
        let store = try Store.restore(from: file, into: globals.root, group: group)
        Console.out(L.t("done.restore", Format.safe(file), Format.safe(store.root)))
    }
}

/// `tavle migrate [--backup FILE]`: upgrades a directory written by an older tavle, after a backup.
struct MigrateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "migrate", abstract: L.t("help.migrate.abstract"), discussion: L.t("help.migrate.discussion"))
    }

    @OptionGroup var globals: GlobalOptions
    @Option(help: ArgumentHelp(L.t("opt.migrate.backup"), valueName: "FILE")) var backup: String?

    func run() throws {
        let session = try globals.session()
        let actor = try TeamWrite.leaderActor(session)
        let schema = try session.store.directorySchema()
        guard schema < Team.schemaVersion else {
            Console.out(L.t("done.migrateNothing", String(schema)))
            return
        }
        // The default never names an earlier backup: after an interrupted migrate, the first
        // backup (of the directory before any upgrade) is the one to roll back to.
        let path = backup.map { DataLocation.resolve(flag: $0, environment: [:]) } ?? MigrateCommand.freshBackupPath(session)
        let count = try session.store.migrate(actor: actor, backupPath: path)
        Console.out(L.t("done.migrate", String(count), String(schema), String(Team.schemaVersion), Format.safe(path)))
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
        CommandConfiguration(commandName: "purge", abstract: L.t("help.purge.abstract"), discussion: L.t("help.purge.discussion"))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t("arg.purgeIDs"), valueName: "ID")) var youths: [String] = []
    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(L.t("opt.purge.dryRun"))) var dryRun = false
    @Flag(help: ArgumentHelp(L.t("opt.purge.yes"))) var yes = false

    func validate() throws {
        if dryRun == yes { throw ValidationError(L.t("usage.purgeChoose")) }
    }

    func run() throws {
        let session = try globals.session()
        let actor = try TeamWrite.leaderActor(session)
        var candidates = try session.store.purgeCandidates(today: session.today)
        if !youths.isEmpty {
            let wanted = Set(youths)
            for id in wanted where !candidates.contains(where: { $0.id == id }) {
                throw CLIError.data("refuse.notPurgeable", Format.safe(id), String(session.team.retentionMonths))
            }
            candidates = candidates.filter { wanted.contains($0.id) }
        }
        guard !candidates.isEmpty else {
            Console.out(L.t("purge.none", String(session.team.retentionMonths)))
            return
        }
        for y in candidates {
            Console.out("  " + y.id + "  " + Format.safe(y.initials) + "  " + L.t("purge.discharged", Format.day(y.discharged)))
        }
        if dryRun {
            Console.out(L.t("purge.wouldPurge", String(candidates.count)))
            return
        }
        try session.store.purge(candidates.map(\.id), actor: actor)
        Console.out(L.t("done.purge", String(candidates.count)))
    }
}
