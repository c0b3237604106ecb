import Foundation
import TavleCore
import TavleTerminal
import TavleUI

/// The terminal board's main loop: the glue between the command line, the ncurses backend and
/// the terminal-independent board (`BoardSession`). Everything it shows and every change it
/// makes comes from TavleUI; this file only reads keys, paints and handles signals.
enum BoardRunner {
    /// How long a key is waited for before the loop looks for changes by others (well under
    /// the 1 s within which another process's change must show).
    static let tickMilliseconds: Int32 = 250

    /// Runs the board until `q` or a signal. Returns the exit code: 0 after `q`, 128 + signal
    /// after SIGINT/SIGTERM/SIGHUP (a note being typed is kept as a draft first), and 4 when
    /// there is no usable terminal (with a message pointing to `tavle list`).
    static func run(session: Session, shared: Bool, source: BoardSource? = nil, mouse: Bool = true) -> Int32 {
        let terminal: Terminal
        do {
            terminal = try Terminal.open(environment: session.environment, mouse: mouse)
        } catch {
            printError(message(for: error, session.language))
            return 4
        }
        let start = terminal.size
        let board = BoardSession(session: session, shared: shared, source: source, width: start.width, height: start.height)
        terminal.paint(board.screen)
        board.beforeLongRead = { [unowned board] in terminal.paint(board.screen) }
        while true {
            let key = terminal.readKey(timeoutMilliseconds: tickMilliseconds)
            if let signal = terminal.pendingSignal {
                // The SSH connection dropped, or someone stopped us: keep what was being typed.
                let kept = board.saveDraft()
                terminal.close()
                if kept { printError(Texts.text(.draftSavedOnExit, session.language)) }
                return 128 + signal
            }
            var dirty = false
            if let key {
                if key != .resize { board.key(key) }
                dirty = true
            }
            if board.quitRequested {
                // q on the "too small" screen can leave a dialog open: what was typed is kept.
                let kept = board.saveDraft()
                terminal.close()
                if kept { printError(Texts.text(.draftSavedOnExit, session.language)) }
                return 0
            }
            // Size first (KEY_RESIZE, or a change that arrived without one), then others' changes.
            let size = terminal.size
            if size.width != board.state.width || size.height != board.state.height {
                board.resize(width: size.width, height: size.height)
                dirty = true
            }
            if board.tick() { dirty = true }
            if board.redrawRequested {
                board.redrawRequested = false
                terminal.invalidate()
                dirty = true
            }
            if dirty { terminal.paint(board.screen) }
        }
    }

    /// The user's words for why the terminal cannot be used, each pointing to `tavle list`.
    static func message(for error: TerminalError, _ lang: Language) -> String {
        switch error {
        case .notATerminal: Texts.text(.terminalNotATerminal, lang)
        case .noTermVariable: Texts.text(.terminalNoTerm, lang)
        case .dumbTerminal: Texts.text(.terminalDumb, lang)
        case .unknownTerminal(let term): Texts.text(.terminalUnknown, lang, [TextSafety.display(term)])
        case .cannotAddressCursor(let term): Texts.text(.terminalNoCursor, lang, [TextSafety.display(term)])
        case .alreadyOpen: Texts.text(.terminalAlreadyOpen, lang)
        }
    }

    static func printError(_ text: String) {
        Console.stderr(text + "\n")
    }
}
