import CNCurses
import Glibc
import TavleUI

extension Terminal {
    /// The next key, or nil after `timeoutMilliseconds` (negative: wait forever), when a signal
    /// arrived (see `pendingSignal`), or for input that is no key. `.resize` means `size` is new;
    /// `.mouse` is a click or the wheel (when mouse tracking is on).
    public func readKey(timeoutMilliseconds: Int32) -> Key? {
        guard isOpen, pendingSignal == nil, let window = tavle_stdscr() else { return nil }
        wtimeout(window, timeoutMilliseconds)
        var value: wint_t = 0
        let started = Terminal.monotonicSeconds()
        // Characters and function keys share a value range; only the return code tells them apart.
        let status = wget_wch(window, &value)
        if status != ERR { instantFailures = 0 }
        switch status {
        case OK:
            if value == 27, mouseEnabled { return escapeOrMouse(window) }
            return KeyDecoder.character(UInt32(value))
        case KEY_CODE_YES:
            let key = KeyDecoder.keyCode(Int32(bitPattern: UInt32(value)))
            if key == .resize { needsFullRepaint = true }
            return key
        default:
            // ERR: a timeout, a signal (EINTR), or a terminal that is gone. In the last case
            // every later call fails at once too, so make the loop stop instead of spinning.
            if ownsSignals, pendingSignal == nil, inputHasHungUp() { SignalGuard.noteHangUp(); return nil }
            // A read that fails at once, again and again, with nothing pending and no signal: the
            // terminal is gone in a way poll does not show (closed under `su`, an orphaned process
            // group). Stop rather than spin (25 in a row: never a real timeout of 1 ms or more).
            let quick = timeoutMilliseconds > 0 && Terminal.monotonicSeconds() - started < Double(timeoutMilliseconds) / 4000
            instantFailures = quick && pendingSignal == nil ? instantFailures + 1 : 0
            if ownsSignals, instantFailures >= 25 { SignalGuard.noteHangUp() }
            return nil
        }
    }

    /// After an ESC: a mouse report already waiting behind it, or the Esc key itself.
    private func escapeOrMouse(_ window: UnsafeMutablePointer<WINDOW>) -> Key? {
        wtimeout(window, 0)
        let key = MouseDecoder.afterEscape(next: {
            var v: wint_t = 0
            switch wget_wch(window, &v) {
            case OK: return UInt32(v)
            case KEY_CODE_YES:
                // A function key right after Esc: it stays a key of its own.
                ungetch(Int32(bitPattern: UInt32(v)))
                return nil
            default: return nil
            }
        }, pushBack: { read in
            // ncurses gives back the last pushed first.
            for c in read.reversed() { unget_wch(wchar_t(bitPattern: c)) }
        })
        guard case .mouse(let event) = key else { return key }
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return .mouse(clicks.count(event, at: Double(now.tv_sec) + Double(now.tv_nsec) / 1e9))
    }

    private func inputHasHungUp() -> Bool {
        var entry = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, 0) == 1 else { return false }
        if entry.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return true }
        guard entry.revents & Int16(POLLIN) != 0 else { return false }
        // Readable, yet ncurses got nothing: an end of file, or an I/O error (EIO). A byte that
        // did arrive in between goes back to ncurses.
        let flags = fcntl(inputDescriptor, F_GETFL)
        _ = fcntl(inputDescriptor, F_SETFL, flags | O_NONBLOCK)
        var byte: UInt8 = 0
        let n = read(inputDescriptor, &byte, 1)
        let e = errno
        _ = fcntl(inputDescriptor, F_SETFL, flags)
        if n == 1 { ungetch(Int32(byte)); return false }
        return n == 0 || e == EIO || e == ENXIO || e == EBADF
    }

    static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
