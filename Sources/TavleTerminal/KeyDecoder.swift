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
