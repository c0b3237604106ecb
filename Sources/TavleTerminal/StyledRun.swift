import TavleUI

/// A stretch of one row in one style: what `paint` hands to ncurses in a single call.
struct StyledRun: Equatable {
    /// First column of the run.
    var x: Int
    var style: CellStyle
    /// Text that takes exactly `columns` columns by the terminal's own measure.
    var text: String
    var columns: Int
}

extension StyledRun {
    /// Splits row `y` of `screen` into styled runs, cut at `limit` columns.
    ///
    /// `width` is the terminal's measure of a scalar (the C library's `wcwidth`, which ncurses
    /// uses too). Each cell is fitted to the columns the view gave it by that measure, so a
    /// character the two disagree on cannot shift the rest of the row, and no run can wrap.
    static func runs(of screen: Screen, row y: Int, limit: Int,
                     width: (Unicode.Scalar) -> Int) -> [StyledRun] {
        guard y >= 0, y < screen.height else { return [] }
        let end = min(screen.width, max(0, limit))
        var runs: [StyledRun] = []
        var x = 0
        while x < end {
            let cell = screen[x, y]
            var span = 1
            while !cell.isContinuation, x + span < screen.width, screen[x + span, y].isContinuation {
                span += 1
            }
            let text: String
            if cell.isContinuation {
                text = " "  // an orphaned right half (its left half was overwritten)
            } else if x + span > end {
                span = end - x  // a wide character cut by the terminal's edge
                text = String(repeating: " ", count: span)
            } else {
                text = fit(cell.text, columns: span, width: width)
            }
            if var last = runs.last, last.style == cell.style {
                last.text += text
                last.columns += span
                runs[runs.count - 1] = last
            } else {
                runs.append(StyledRun(x: x, style: cell.style, text: text, columns: span))
            }
            x += span
        }
        return runs
    }

    /// `text` made to take exactly `columns` columns: cut where the terminal finds it wider,
    /// padded where narrower, `?` where the locale cannot show it at all.
    static func fit(_ text: String, columns: Int, width: (Unicode.Scalar) -> Int) -> String {
        var out = ""
        var used = 0
        for scalar in text.unicodeScalars {
            let w = width(scalar)
            if w < 0 {  // unprintable here (e.g. a non-UTF-8 locale)
                if used == 0 { out = "?"; used = 1 }
                break
            }
            if used == 0, w == 0 { break }  // a combining mark with nothing to combine with
            if used + w > columns { break }
            out.unicodeScalars.append(scalar)
            used += w
        }
        if used == 0 { out = columns > 0 ? "?" : ""; used = min(1, columns) }
        if used < columns { out += String(repeating: " ", count: columns - used) }
        return out
    }
}
