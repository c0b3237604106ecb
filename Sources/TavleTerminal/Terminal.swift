import CNCurses
import Foundation
import Glibc
import TavleUI

/// The ncurses screen the board is drawn on: open once, paint `Screen`s, read `Key`s, close.
///
/// Main-loop contract: call `readKey(timeoutMilliseconds:)` with a timeout (250 ms is fine) and
/// check `pendingSignal` after every call. SIGINT, SIGTERM, SIGHUP and SIGQUIT only record
/// themselves and make a waiting `readKey` return; the loop then saves any draft, calls
/// `close()` and exits with 128 + signal. (Only a *second* SIGINT/SIGTERM/SIGQUIT, meaning the
/// loop is stuck, restores the terminal from the signal handler and kills the process.)
/// `exit()` anywhere restores the terminal through an atexit hook; a crash does not.
public final class Terminal {
    let screenHandle: OpaquePointer
    let palette: Palette
    /// False for test terminals: the test process keeps its own signal handlers.
    let ownsSignals: Bool
    let inputDescriptor: Int32
    /// Files opened by `openForTesting`, closed with the terminal.
    private let ownedFiles: [UnsafeMutablePointer<FILE>]
    /// False once `close()` has run; every other method then does nothing.
    public private(set) var isOpen = true
    private var sizeWhenClosed = (width: 0, height: 0)

    /// Mouse tracking is on (xterm's SGR mode): clicks and the wheel arrive as `.mouse` keys.
    public private(set) var mouseEnabled = false
    /// Tells a double-click from two clicks (see Terminal+Input.swift).
    var clicks = ClickCounter()
    /// The terminal has an alternate screen (`smcup`/`rmcup`) that gives back what was there
    /// before; without one (linux, vt100) the board is cleared away on exit instead.
    let hasAlternateScreen: Bool

    // Paint bookkeeping (see Terminal+Paint.swift).
    var lastPainted: Screen?
    var lastPaintedArea: (width: Int, height: Int)?
    var needsFullRepaint = true
    /// Reads in a row that failed long before their timeout, with no signal to explain them: a
    /// terminal that is gone without a hang-up (`Terminal+Input.swift`).
    var instantFailures = 0
    var cursorShown: Bool?

    private init(screen: OpaquePointer, palette: Palette, ownsSignals: Bool,
                 inputDescriptor: Int32, ownedFiles: [UnsafeMutablePointer<FILE>]) {
        self.hasAlternateScreen = tavle_has_string_capability("rmcup") != 0
        self.screenHandle = screen
        self.palette = palette
        self.ownsSignals = ownsSignals
        self.inputDescriptor = inputDescriptor
        self.ownedFiles = ownedFiles
    }

    deinit { close() }

    /// Takes over the process's terminal, or says why it cannot; never exits the process.
    /// With `mouse`, clicks and the wheel are reported where the terminal knows a mouse (its
    /// terminfo has `kmous`); Shift-drag still selects text in xterm, tmux and most others.
    public static func open(environment: [String: String] = ProcessInfo.processInfo.environment,
                            mouse: Bool = true) throws(TerminalError) -> Terminal
    {
        let term = try terminalName(in: environment)
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let terminal = try start(term: term, input: tavle_stdin(), output: tavle_stdout(),
                                 environment: environment, ownsSignals: true, ownedFiles: [])
        if mouse { terminal.enableMouse() }
        return terminal
    }

    /// xterm's mouse modes: 1000 reports presses, releases and the wheel; 1006 (SGR) writes
    /// them as `ESC [ < b ; x ; y M`, which has no column limit and no bytes above 127.
    static let mouseOn = "\u{1B}[?1000h\u{1B}[?1006h"
    static let mouseOff = "\u{1B}[?1006l\u{1B}[?1000l"

    /// Turns mouse reports on, if the terminal describes a mouse at all (vt100 does not).
    func enableMouse() {
        guard isOpen, !mouseEnabled, tavle_has_string_capability("kmous") != 0 else { return }
        // ncurses would take the start of a report for its own KEY_MOUSE and eat the rest.
        keyok(KEY_MOUSE, false)
        putp(Terminal.mouseOn)
        fflush(nil)
        mouseEnabled = true
        if ownsSignals { SignalGuard.alsoRestore(Terminal.mouseOff) }
    }

    /// The usable TERM value; checked before anything touches the terminal.
    static func terminalName(in environment: [String: String]) throws(TerminalError) -> String {
        guard let term = environment["TERM"], !term.isEmpty else { throw .noTermVariable }
        guard term != "dumb" else { throw .dumbTerminal }
        return term
    }

    /// A terminal that reads /dev/null and writes to `output`, sized `width`×`height`, for tests
    /// that paint and then read the ncurses window back. Installs no signal handlers.
    static func openForTesting(term: String, width: Int = 80, height: Int = 24,
                               environment: [String: String] = [:],
                               output: String = "/dev/null") throws(TerminalError) -> Terminal
    {
        guard let input = fopen("/dev/null", "r") else { throw .notATerminal }
        guard let outputFile = fopen(output, "w") else { fclose(input); throw .notATerminal }
        do {
            let terminal = try start(term: term, input: input, output: outputFile,
                                     environment: environment, ownsSignals: false,
                                     ownedFiles: [input, outputFile])
            terminal.resizeForTesting(width: width, height: height)
            return terminal
        } catch {
            fclose(input)
            fclose(outputFile)
            throw error
        }
    }

    /// What a SIGWINCH does to a real terminal, for tests.
    func resizeForTesting(width: Int, height: Int) {
        guard isOpen else { return }
        resize_term(Int32(height), Int32(width))
    }

    private static func start(term: String, input: UnsafeMutablePointer<FILE>,
                              output: UnsafeMutablePointer<FILE>, environment: [String: String],
                              ownsSignals: Bool,
                              ownedFiles: [UnsafeMutablePointer<FILE>]) throws(TerminalError) -> Terminal
    {
        guard !SignalGuard.cursesActive else { throw .alreadyOpen }
        setUpLocale()
        // Before newterm, so ncurses leaves SIGINT/SIGTERM to us (it only claims default handlers).
        if ownsSignals { _ = SignalGuard.install() }
        // newterm, unlike initscr, returns nil for an unknown TERM instead of exiting.
        guard let screen = newterm(term, output, input) else {
            if ownsSignals { SignalGuard.uninstall() }
            throw .unknownTerminal(term)
        }
        guard tavle_has_string_capability("cup") != 0 else {
            endwin()
            delscreen(screen)
            if ownsSignals { SignalGuard.uninstall() }
            throw .cannotAddressCursor(term)
        }
        SignalGuard.cursesStarted(captureRestoreBytes: ownsSignals)
        let inputDescriptor = fileno(input)
        configureInput(descriptor: inputDescriptor)
        let palette = Palette.start(environment: environment)
        return Terminal(screen: screen, palette: palette, ownsSignals: ownsSignals,
                        inputDescriptor: inputDescriptor, ownedFiles: ownedFiles)
    }

    private static func setUpLocale() {
        setlocale(LC_ALL, "")
        // Numbers formatted by C code keep their decimal point whatever the user's language.
        setlocale(LC_NUMERIC, "C")
        // SSH logins often arrive with no locale at all ("C"), where curses would print ø as
        // two garbage characters. The terminal itself is nearly always UTF-8 (tmux assumes the same).
        if tavle_locale_is_utf8() == 0 { setlocale(LC_CTYPE, "C.UTF-8") }
    }

    /// cbreak rather than raw: Ctrl-C stays SIGINT (one shutdown path for every signal) and
    /// Ctrl-Z suspends cleanly through ncurses' SIGTSTP handler.
    private static func configureInput(descriptor: Int32) {
        noecho()
        cbreak()
        let window = tavle_stdscr()
        keypad(window, true)
        set_escdelay(25)  // Esc would otherwise wait a full second for a possible escape sequence
        leaveok(window, true)
        curs_set(0)
        // Ctrl-S would freeze output (XON/XOFF) and look like a hang to someone trying to "save".
        var modes = termios()
        guard tcgetattr(descriptor, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON)
        if tcsetattr(descriptor, TCSANOW, &modes) == 0 {
            def_prog_mode()  // so ncurses re-applies it after endwin/suspend, not its older copy
        }
    }

    /// Columns × rows of the terminal now (already updated when `readKey` returns `.resize`).
    public var size: (width: Int, height: Int) {
        guard isOpen, let window = tavle_stdscr() else { return sizeWhenClosed }
        return (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// The first SIGINT, SIGTERM, SIGHUP or SIGQUIT received (or a hang-up noticed on input).
    public var pendingSignal: Int32? { SignalGuard.pendingSignal }

    /// Gives the terminal back to the shell (endwin) and restores the previous signal handlers.
    /// Safe to call more than once.
    public func close() {
        guard isOpen else { return }
        sizeWhenClosed = size
        if mouseEnabled {
            putp(Terminal.mouseOff)
            mouseEnabled = false
            if ownsSignals { SignalGuard.alsoRestore("") }
        }
        // Without an alternate screen the board would stay on the terminal, names and all.
        if !hasAlternateScreen, let window = tavle_stdscr() {
            wclear(window)
            wrefresh(window)
        }
        isOpen = false
        endwin()
        delscreen(screenHandle)
        SignalGuard.cursesEnded()
        if ownsSignals { SignalGuard.uninstall() }
        for file in ownedFiles { fclose(file) }
    }
}
