import ArgumentParser
import Foundation

/// What argument-parser knows about tavle's commands, read from its own description of the
/// command tree (the `--experimental-dump-help` JSON), so tavle can word help, usage and errors
/// itself while the parser keeps parsing and completions. Only the fields tavle uses are decoded.
struct CommandInfo: Decodable {
    var commandName: String
    var abstract: String?
    var discussion: String?
    var shouldDisplay: Bool?
    var subcommands: [CommandInfo]?
    var arguments: [ArgumentInfo]?

    /// One option, flag or positional argument.
    struct ArgumentInfo: Decodable {
        enum Kind: String, Decodable { case positional, option, flag }
        struct NameInfo: Decodable {
            var kind: String
            var name: String
            /// `--name`, `-n`.
            var text: String { (kind == "short" ? "-" : kind == "long" ? "--" : "-") + name }
        }
        var kind: Kind
        var shouldDisplay: Bool
        var isOptional: Bool
        var isRepeating: Bool
        var names: [NameInfo]?
        var preferredName: NameInfo?
        var valueName: String?
        var defaultValue: String?
        var allValues: [String]?
        var abstract: String?

        /// The parser's own `--help`, `-h`, `--version`, which tavle words itself.
        var isBuiltIn: Bool {
            (names ?? []).contains { $0.name == "help" || $0.name == "version" || $0.name == "experimental-dump-help" }
        }
        var longNames: [String] { (names ?? []).map(\.text) }
    }

    private struct Tool: Decodable { var command: CommandInfo }

    /// The whole tree, from the root command.
    static let root: CommandInfo = {
        do {
            _ = try Tavle.parseAsRoot(["--experimental-dump-help"])
        } catch {
            let json = Tavle.fullMessage(for: error)
            if let tool = try? JSONDecoder().decode(Tool.self, from: Data(json.utf8)) { return tool.command }
        }
        return CommandInfo(commandName: "tavle")
    }()

    var visibleSubcommands: [CommandInfo] {
        (subcommands ?? []).filter { $0.shouldDisplay != false && $0.commandName != "help" }
    }
    var visibleArguments: [ArgumentInfo] { (arguments ?? []).filter { $0.shouldDisplay && !$0.isBuiltIn } }
    var positionals: [ArgumentInfo] { (arguments ?? []).filter { $0.kind == .positional } }
    var optionsAndFlags: [ArgumentInfo] { (arguments ?? []).filter { $0.kind != .positional } }

    func subcommand(_ name: String) -> CommandInfo? { (subcommands ?? []).first { $0.commandName == name } }

    /// The command at `path` (names below the root), if every name exists.
    func find(_ path: [String]) -> CommandInfo? {
        var c = self
        for name in path {
            guard let s = c.subcommand(name) else { return nil }
            c = s
        }
        return c
    }

    /// The option or flag called `name` (`--kind`, `-h`).
    func option(named name: String) -> ArgumentInfo? { optionsAndFlags.first { $0.longNames.contains(name) } }
}

extension CommandInfo {
    init(commandName: String) { self.commandName = commandName }
}
