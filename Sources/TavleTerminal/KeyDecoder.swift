import CNCurses
import TavleUI

/// Turns what `get_wch` returned into a `Key`; pure, so the mapping is tested without a terminal.
enum KeyDecoder {
    /// A character (`get_wch` returned OK). Nil for input that is no key (C1 controls, NUL).
    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 10, 13: return .enter
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace  // Ctrl-H is what many terminals send for Backspace
        case 0: return nil  // Ctrl-Space / Ctrl-@: nothing binds it and it reads as a stray NUL
        case 1...26: return .ctrl(Character(Unicode.Scalar(value + 96)!))  // 1 → "a"
        case 28...31: return .ctrl(Character(Unicode.Scalar(value + 64)!))  // caret form: 29 → "]"
        case 0x80...0x9F: return nil  // C1 controls never come from a real key
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .char(Character(scalar))
        }
    }

    /// A function key (`get_wch` returned KEY_CODE_YES).
    static func keyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE, KEY_A3: return .pageUp  // A1/A3/C1/C3: the numeric keypad's corners
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_RESIZE: return .resize
        default: return nil
        }
    }
}

/// Mouse reports the terminal sends once mouse tracking is on (`MouseMode`): xterm's SGR form
/// `ESC [ < b ; x ; y M` (press) or `m` (release), and the old X10 form `ESC [ M b x y` from
/// terminals that do not know SGR. They arrive as ordinary characters after an ESC; ncurses'
/// own mouse handling is switched off so it never swallows them.
enum MouseDecoder {
    /// What follows an ESC: a mouse report becomes `.mouse` (or nil for one that means nothing
    /// here, like motion); anything else is given back through `pushBack` (in the order read)
    /// and the ESC stays an Esc key. `next` returns the next character already waiting, or nil.
    static func afterEscape(next: () -> UInt32?, pushBack: ([UInt32]) -> Void) -> Key? {
        var read: [UInt32] = []
        func take() -> UInt32? { let c = next(); if let c { read.append(c) }; return c }
        guard take() == 0x5B else { pushBack(read); return .escape }            // [
        switch take() {
        case 0x3C:                                                               // < : SGR
            var body = ""
            while let c = take(), read.count < 24 {
                if c == 0x4D || c == 0x6D { return sgr(body, press: c == 0x4D).map(Key.mouse) }  // M, m
                guard (0x30...0x39).contains(c) || c == 0x3B else { break }     // digits and ;
                body.unicodeScalars.append(Unicode.Scalar(c)!)
            }
        case 0x4D:                                                               // M : X10
            if let b = take(), let x = take(), let y = take() { return x10(b, x, y).map(Key.mouse) }
        default: break
        }
        pushBack(read)
        return .escape
    }

    /// `b;x;y` of an SGR report (x and y count from 1).
    static func sgr(_ body: String, press: Bool) -> MouseEvent? {
        let n = body.split(separator: ";").compactMap { Int($0) }
        guard n.count == 3 else { return nil }
        return event(code: n[0], x: n[1] - 1, y: n[2] - 1, release: !press)
    }

    /// The three bytes of an X10 report, each offset by 32 (x and y count from 1).
    static func x10(_ b: UInt32, _ x: UInt32, _ y: UInt32) -> MouseEvent? {
        guard b >= 32, x >= 33, y >= 33 else { return nil }
        let code = Int(b) - 32
        return event(code: code, x: Int(x) - 33, y: Int(y) - 33, release: code & 3 == 3 && code & 64 == 0)
    }

    /// The button code: the low two bits are the button, 32 marks motion, 64 the wheel
    /// (4, 8 and 16 are Shift, Meta and Ctrl, which mean nothing here).
    static func event(code: Int, x: Int, y: Int, release: Bool) -> MouseEvent? {
        guard x >= 0, y >= 0, code & 32 == 0 else { return nil }
        if code & 64 != 0 {
            switch code & 3 {
            case 0: return MouseEvent(.wheelUp, x: x, y: y)
            case 1: return MouseEvent(.wheelDown, x: x, y: y)
            default: return nil   // sideways
            }
        }
        return MouseEvent(release ? .release : .press, button: code & 3, x: x, y: y)
    }
}

/// Counts clicks: a second press of the left button on the same cell soon after the first is
/// a double-click. Kept outside the decoder because it needs the time.
struct ClickCounter {
    /// How close together two presses must be (seconds), as most desktops default to.
    static let interval = 0.4
    private var last: (x: Int, y: Int, time: Double)?

    mutating func count(_ event: MouseEvent, at time: Double) -> MouseEvent {
        guard event.kind == .press, event.button == 0 else { return event }
        var e = event
        if let l = last, l.x == e.x, l.y == e.y, time - l.time <= ClickCounter.interval {
            e.clicks = 2
            last = nil   // a third press starts again
        } else {
            last = (e.x, e.y, time)
        }
        return e
    }
}
