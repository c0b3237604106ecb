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
}
