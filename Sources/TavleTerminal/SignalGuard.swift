import CNCurses
import Glibc

/// The only Swift caller of the shim's signal/exit safety net.
///
/// The shim keeps its state in `static` C variables, which exist once per object file that
/// uses them; keeping every call in this one file makes them one set of variables.
enum SignalGuard {
    /// The first of SIGINT, SIGTERM, SIGHUP or SIGQUIT that arrived since the process started.
    static var pendingSignal: Int32? {
        let signal = tavle_pending_signal()
        return signal == 0 ? nil : signal
    }

    /// True while a `Terminal` owns the screen (curses started and not yet ended).
    static var cursesActive: Bool { tavle_is_curses_active() != 0 }

    /// Called before `newterm`, so ncurses sees our handlers and does not install its own
    /// SIGINT/SIGTERM handlers (which would exit from inside the handler). SIGWINCH and SIGTSTP
    /// are left to ncurses: it turns them into KEY_RESIZE and a clean suspend/resume.
    static func install() -> Bool {
        tavle_save_shell_modes()
        return tavle_install_signal_handlers() == 0
    }

    /// Puts back whatever handlers the process had before `install`.
    static func uninstall() {
        tavle_restore_signal_handlers()
    }

    /// Records that curses owns the terminal, and makes sure `exit()` ends it.
    static func cursesStarted(captureRestoreBytes: Bool) {
        if captureRestoreBytes { tavle_capture_restore_bytes() }
        tavle_set_curses_active(1)
        tavle_register_atexit()
    }

    /// Bytes the emergency path and the exit hook also write (mouse tracking off); empty when
    /// `close()` has written them itself.
    static func alsoRestore(_ bytes: String) {
        tavle_set_extra_restore_bytes(bytes)
    }

    static func cursesEnded() {
        tavle_set_curses_active(0)
    }

    /// Treats a vanished terminal like SIGHUP, for when the signal itself never reaches us.
    static func noteHangUp() {
        tavle_note_signal(SIGHUP)
    }
}
