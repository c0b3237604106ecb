import ArgumentParser
import Foundation
import TavleCore

/// Parses, runs, and turns every error into a message on stderr and a documented exit code:
/// 0 success, 1 usage, 2 data, 3 conflict, 4 environment. Never a trap or a stack trace.
enum TavleMain {
    static func run() -> Never {
        let arguments = Array(CommandLine.arguments.dropFirst())
        L.lang = Startup.language(arguments: arguments)
        var code: Int32 = 0
        do {
            var command = try Tavle.parseAsRoot(arguments)
            try command.run()
        } catch {
            code = report(error)
        }
        Console.flush()
        exit(code)
    }

    /// Prints what went wrong and returns the exit code.
    static func report(_ error: Error) -> Int32 {
        switch error {
        case let e as TavleError:
            Console.error(CandidateText.message(e, arguments: Array(CommandLine.arguments.dropFirst())) ?? e.message(L.lang))
            return e.exitCode
        case let e as CLIError:
            Console.error(e.message)
            return e.exitCode
        case let e as ExitCode:
            return e.rawValue
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
