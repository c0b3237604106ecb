import ArgumentParser
import Foundation
import TavleCore

/// `--data`, `--lang`, `--as`: accepted before or after the subcommand. The root command and
/// every subcommand include this group; argument-parser hands the root's parsed values down.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(L.t(.optData), valueName: "DIR"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp(L.t(.optLang), valueName: "nb|en"))
    var lang: String?

    @Option(name: .customLong("as"), help: ArgumentHelp(L.t(.optAs), valueName: "STAFF"))
    var actAs: String?

    func validate() throws {
        if let l = lang, Language(code: l) == nil { throw ValidationError(L.t(.usageBadLang, Format.safe(l))) }
        if let l = lang, let chosen = Language(code: l) { L.lang = chosen }
    }

    /// Opens the data directory and settles the language and the acting staff member.
    func session() throws -> Session {
        let s = try Session.open(dataFlag: data, langFlag: lang, actAs: actAs)
        L.lang = s.language
        return s
    }

    /// The data directory these options point at (without opening it).
    var root: String { get throws { try DataLocation.resolve(flag: data, environment: ProcessInfo.processInfo.environment) } }
}

/// `--if-version N` on every write command.
struct WriteOptions: ParsableArguments {
    @Option(name: .customLong("if-version"), help: ArgumentHelp(L.t(.optIfVersion), valueName: "N"))
    var ifVersion: Int?
}

/// `--meeting` on the changes the meeting view makes (status, plan, board period, evaluation,
/// crisis plan, review): the change is recorded in today's open meeting as well, as the board's
/// meeting view records it, so the minutes are the same however the meeting was run.
struct MeetingOption: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(L.t(.optInMeeting)))
    var meeting = false
}

/// `--json` on every listing.
struct JSONOption: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(L.t(.optJson)))
    var json = false
}

/// `--shared`: the meeting-room screen (initials only, no note text, never writes);
/// `--no-mouse`: the terminal keeps the mouse (clicks select text as in any other program).
struct BoardOptions: ParsableArguments {
    @Flag(name: .long, help: ArgumentHelp(L.t(.optShared)))
    var shared = false

    @Flag(name: .customLong("no-mouse"), help: ArgumentHelp(L.t(.optNoMouse)))
    var noMouse = false

    /// `--feed` (with `--shared`): the meeting-room screen from the screen feed only.
    @Flag(name: .long, help: ArgumentHelp(L.t(.optFeed)))
    var feed = false
}

/// `--output FILE` and `--allow-readable` on every command that prints youth data: the one rule
/// that nothing leaves the team by accident (issue 25). With `--output` the data goes to a private
/// file (`PrivateOutput`: 0600, or 0640 with the team's group in team mode, replaced in one step)
/// and stdout carries only a confirmation. Without it, stdout redirected to a regular file that
/// others can read (`tavle list > fil` under umask 022) is refused before anything is printed.
/// A listing added later takes this group and wraps its printing in `emit`.
struct PrivateOutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(L.t(.optOutput), valueName: "FILE"))
    var output: String?

    @Flag(name: .customLong("allow-readable"), help: ArgumentHelp(L.t(.optAllowReadable)))
    var allowReadable = false

    /// Runs `body`, whose `Console` output is youth data, to `--output` or to a private stdout.
    /// `confirmation` is said on stdout once the file is in place (default: "Wrote FILE").
    func emit(_ session: Session, confirmation: (() -> String)? = nil, _ body: () throws -> Void) throws {
        let access = session.team.access, root = session.store.root
        guard let path = output else {
            if !allowReadable, let mode = PrivateOutput.readableStandardOutput(access: access, root: root) {
                throw CLIError.environment(.outputRefused, "0" + String(mode, radix: 8))
            }
            try body()
            return
        }
        guard !path.trimmingCharacters(in: .whitespaces).isEmpty else { throw CLIError.usage(.usageOutputEmpty) }
        let writer: PrivateOutput.Writer
        do { writer = try PrivateOutput.Writer(path: path, access: access, root: root) } catch {
            if case .refused = error { throw error }
            if case .usage = error { throw error }
            throw CLIError.environment(.outputWriteFailed, Format.safe(path), error.message(L.lang))
        }
        Console.flush()
        Console.sink = writer
        do {
            try body()
        } catch {
            Console.sink = nil
            writer.discard()
            throw error
        }
        Console.sink = nil
        do { try writer.finish() } catch {
            throw CLIError.environment(.outputWriteFailed, Format.safe(path), error.message(L.lang))
        }
        Console.out(confirmation?() ?? L.t(.outputWritten, Format.safe(path), "0" + String(writer.mode, radix: 8)))
    }
}
