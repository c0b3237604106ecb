import CNCurses
import Testing
@testable import TavleTerminal

/// Every test that starts ncurses lives in an extension of this suite: ncurses is global state,
/// and `.serialized` only orders the tests inside one suite tree.
@Suite(.serialized) struct CursesTests {}

/// Reads back what a painted terminal holds, through ncurses' own window contents.
enum WindowContents {
    /// Row `y` as ncurses stores it (a wide character once, its right half skipped).
    static func row(_ y: Int) -> String {
        guard let window = tavle_stdscr() else { return "" }
        var buffer = [wchar_t](repeating: 0, count: Int(getmaxx(window)) + 1)
        let count = mvwinnwstr(window, Int32(y), 0, &buffer, Int32(buffer.count - 1))
        guard count > 0 else { return "" }
        return String(String.UnicodeScalarView(buffer.prefix(Int(count)).compactMap {
            Unicode.Scalar(UInt32(bitPattern: $0))
        }))
    }

    /// The character, attributes and colour pair of one cell.
    static func cell(_ x: Int, _ y: Int) -> (text: String, attributes: attr_t, pair: Int16) {
        guard let window = tavle_stdscr() else { return ("", 0, 0) }
        var complex = cchar_t()
        guard wmove(window, Int32(y), Int32(x)) == OK, win_wch(window, &complex) == OK else {
            return ("", 0, 0)
        }
        var characters = [wchar_t](repeating: 0, count: 8)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        getcchar(&complex, &characters, &attributes, &pair, nil)
        let scalars = characters.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        return (String(String.UnicodeScalarView(scalars)), attributes, pair)
    }

    static func has(_ attribute: Int32, _ x: Int, _ y: Int) -> Bool {
        cell(x, y).attributes & attr_t(bitPattern: attribute) != 0
    }

    static var cursor: (x: Int, y: Int) {
        guard let window = tavle_stdscr() else { return (-1, -1) }
        return (Int(getcurx(window)), Int(getcury(window)))
    }
}
