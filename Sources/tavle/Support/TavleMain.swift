import ArgumentParser
import Foundation
import TavleCore

/// `--shared` (the meeting room's screen: initials only, no note text, never writes) is a flag of
/// the board. argument-parser accepts the root's flags before any subcommand, so `tavle --shared
/// list` (and even `note --shared`) parsed and printed full names; every command that cannot
/// honour it wholly refuses it instead (exit 1).
enum SharedScreen {
    static func refuseOutsideTheBoard(_ command: ParsableCommand, arguments: [String]) throws {
        let before = arguments.prefix { $0 != "--" }
        // `--feed` (the screen feed) belongs to `tavle` and `tavle board` alone: the demo has no feed.
        if before.contains("--feed"), !(command is Tavle), !(command is BoardCommand) { throw CLIError.usage(.usageFeedOnlyBoard) }
        guard before.contains("--shared"), !(command is Tavle), !(command is BoardCommand), !(command is DemoCommand) else { return }
        throw CLIError.usage(.usageSharedOnlyBoard)
    }
}

/// Parses, runs, and turns every error into a message on stderr and a documented exit code:
/// 0 success, 1 usage, 2 data, 3 conflict, 4 environment. Never a trap or a stack trace.
enum TavleMain {
    static func run() -> Never {
        let arguments = Array(CommandLine.arguments.dropFirst())
        var code: Int32 = 0
        do {
            L.lang = try Startup.language(arguments: arguments)
            if let topic = HelpTopic(arguments) {
                try topic.run()
                Console.flush()
                exit(0)
            }
            var command = try Tavle.parseAsRoot(arguments)
            try SharedScreen.refuseOutsideTheBoard(command, arguments: arguments)
            try command.run()
        } catch {
            code = report(error)
        }
        Console.flush()
        exit(code)
    }

    /// Prints what went wrong and returns the exit code.
    static func report(_ error: Error) -> Int32 {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let parse = ParserErrorText(error), !parse.isRequest {
            if parse.isHelpRequest {
                let inv = Invocation(arguments)
                if let typed = inv.unknownCommand { return report(HelpTopic.unknown(typed, in: inv)) }
                Console.out(HelpText.render(inv.path, inv.command))
                return 0
            }
            if let inner = parse.validationError { return report(inner) }
            Console.error(parse.message(arguments))
            return 1
        }
        switch error {
        case let e as TavleError:
            Console.error(CandidateText.message(e, arguments: arguments) ?? e.message(L.lang))
            return e.exitCode
        case let e as CLIError:
            Console.error(e.message)
            return e.exitCode
        case let e as ExitCode:
            return e.rawValue
        case let v as ValidationError:
            // A command's own refusal, already in the user's words, with the usage line.
            let inv = Invocation(arguments)
            let name = (["tavle"] + inv.path).joined(separator: " ")
            Console.error(TextSafety.displayMultiline(v.message) + "\n" + L.t(.helpTitleUsage) + " "
                          + HelpText.usage(inv.path, inv.command) + "\n" + L.t(.parseSeeHelp, name))
            return 1
        default:
            // argument-parser's own errors and requests (help, version, completion scripts).
            let code = Tavle.exitCode(for: error)
            let text = Tavle.fullMessage(for: error)
            if code == .success {
                Console.out(text)
                return 0
            }
            if code == .validationFailure {
                // The message quotes the bad argument, which a script may have relayed from a file.
                Console.error(TextSafety.displayMultiline(text))
                return 1
            }
            // Anything else is unexpected: an environment failure, said plainly.
            Console.error(L.t(.errorUnexpected, TextSafety.display(String(describing: error))))
            return 4
        }
    }
}
