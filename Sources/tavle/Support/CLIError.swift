import TavleCore

/// An error of the command line itself, already in the user's words, with its exit code.
/// (Core errors are `TavleError`s; these cover what only the command line checks.)
struct CLIError: Error {
    let message: String
    let exitCode: Int32

    /// Bad use of a command: exit 1.
    static func usage(_ key: TextKey, _ args: String...) -> CLIError { CLIError(message: L.t(key, args: args), exitCode: 1) }

    /// Not found, bad file, refused: exit 2.
    static func data(_ key: TextKey, _ args: String...) -> CLIError { CLIError(message: L.t(key, args: args), exitCode: 2) }

    /// Data errors already put into words (several lines, e.g. an import's bad rows): exit 2.
    static func dataText(_ text: String) -> CLIError { CLIError(message: text, exitCode: 2) }

    /// No usable terminal, directory, disk: exit 4.
    static func environment(_ key: TextKey, _ args: String...) -> CLIError { CLIError(message: L.t(key, args: args), exitCode: 4) }
}
