/// Why the full-screen board could not start; the caller shows its own localized message.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file, a cron job).
    case notATerminal
    /// `TERM` is unset or empty, so there is no way to know how to drive the terminal.
    case noTermVariable
    /// `TERM=dumb`: the terminal cannot move the cursor (Emacs shell buffers, some IDE consoles).
    case dumbTerminal
    /// No terminfo entry for this `TERM` value.
    case unknownTerminal(String)
    /// The terminfo entry exists but lacks cursor addressing (`cup`), like a printing terminal.
    case cannotAddressCursor(String)
    /// A `Terminal` is already open in this process; ncurses state is global.
    case alreadyOpen

    /// English text for logs and tests; user-facing text comes from the app's string catalog.
    public var description: String {
        switch self {
        case .notATerminal: "standard input or output is not a terminal"
        case .noTermVariable: "TERM is not set"
        case .dumbTerminal: "TERM=dumb cannot show a full-screen program"
        case .unknownTerminal(let name): "no terminfo entry for TERM=\(name)"
        case .cannotAddressCursor(let name): "TERM=\(name) cannot position the cursor"
        case .alreadyOpen: "the terminal is already open"
        }
    }
}
