import ArgumentParser
import TavleCore

/// `tavle screen-feed`: writes this user's meeting-room screen feed now (after an upgrade, after
/// `init --screen-group` on an existing directory, from cron for a new day). Every change in team
/// mode writes it anyway; this says why when it cannot.
struct ScreenFeedCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "screen-feed", abstract: L.t(.helpScreenFeedAbstract),
                             discussion: L.t(.helpScreenFeedDiscussion))
    }

    @OptionGroup var globals: GlobalOptions

    func run() throws {
        let session = try globals.session()
        let root = session.store.root
        guard session.team.access == .group else { throw CLIError.data(.feedPrivate, Format.safe(root)) }
        guard let path = try ScreenFeedFiles.write(session.store) else {
            throw CLIError.environment(.feedNoDirectory, Format.safe(ScreenFeedFiles.directory(of: root)))
        }
        Console.out(L.t(.doneScreenFeed, Format.safe(path)))
    }
}
