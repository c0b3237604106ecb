import CNCurses
import Glibc
import TavleUI

extension Terminal {
    /// Draws `screen` and shows the cursor at `screen.cursor` (hidden when nil).
    ///
    /// Rows that equal the last painted frame are skipped, and ncurses sends only what differs
    /// from the physical screen, so calling this with a full new frame every time is cheap.
    /// A screen larger than the terminal is cut; where it is smaller, the rest stays blank.
    public func paint(_ screen: Screen) {
        guard isOpen, let window = tavle_stdscr() else { return }
        let area = size
        let full = needsFullRepaint || lastPaintedArea.map { $0 != area } ?? true
            || lastPainted.map { $0.width != screen.width || $0.height != screen.height } ?? true
        if full { werase(window) }
        for y in 0..<max(0, min(screen.height, area.height))
        where full || rowChanged(y, from: lastPainted, to: screen) {
            paintRow(y, of: screen, limit: area.width, in: window)
        }
        wattrset(window, 0)
        placeCursor(screen.cursor, visibleWidth: min(screen.width, area.width),
                    visibleHeight: min(screen.height, area.height), in: window)
        wrefresh(window)
        lastPainted = screen
        lastPaintedArea = area
        needsFullRepaint = false
    }

    /// Makes the next `paint` redraw the whole terminal, e.g. for Ctrl-L after another program
    /// wrote over it.
    public func invalidate() {
        guard isOpen else { return }
        needsFullRepaint = true
        clearok(tavle_curscr(), true)
    }

    private func rowChanged(_ y: Int, from old: Screen?, to new: Screen) -> Bool {
        guard let old else { return true }
        let range = (y * new.width)..<((y + 1) * new.width)
        return old.cells[range] != new.cells[range]
    }

    private func paintRow(_ y: Int, of screen: Screen, limit: Int, in window: UnsafeMutablePointer<WINDOW>) {
        for run in StyledRun.runs(of: screen, row: y, limit: limit, width: Self.terminalWidth) {
            wattrset(window, palette.attributes(for: run.style))
            // glibc's wchar_t is the Unicode scalar value, in every locale.
            let wide = run.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
            // Ends with ERR in the bottom-right cell (the cursor cannot advance); the cell is drawn.
            _ = mvwaddnwstr(window, Int32(y), Int32(run.x), wide, Int32(wide.count))
        }
    }

    /// The measure ncurses itself uses, so runs land where ncurses puts them.
    static func terminalWidth(_ scalar: Unicode.Scalar) -> Int {
        Int(tavle_wcwidth(scalar.value))
    }

    private func placeCursor(_ cursor: (x: Int, y: Int)?, visibleWidth: Int, visibleHeight: Int,
                             in window: UnsafeMutablePointer<WINDOW>) {
        if let cursor, (0..<visibleWidth).contains(cursor.x), (0..<visibleHeight).contains(cursor.y) {
            leaveok(window, false)
            setCursorVisible(true)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            // leaveok: no cursor motion is spent on a cursor nobody sees.
            leaveok(window, true)
            setCursorVisible(false)
        }
    }

    private func setCursorVisible(_ visible: Bool) {
        guard cursorShown != visible else { return }
        curs_set(visible ? 1 : 0)
        cursorShown = visible
    }
}
