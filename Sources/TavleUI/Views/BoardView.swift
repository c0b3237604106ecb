import TavleCore

/// The board: column titles, the two groups with their rows, scrolled to show the selection.
enum BoardView {
    static func draw(_ s: AppState, into screen: inout Screen, _ report: inout ViewReport) {
        let w = screen.width
        let layout = ColumnLayout(s, width: w)
        // Column titles
        for c in layout.columns {
            put(RowCells.title(c.id, s), c, y: 2, style: CellStyle(dim: true, underline: true), into: &screen)
        }
        let lines = ListLayout(s)
        let vp = BoardGeometry.viewport(height: screen.height)
        let top = BoardGeometry.scroll(s, lines, viewport: vp)
        report.boardTop = top
        report.page = BoardGeometry.page(height: screen.height)
        for i in 0..<vp where top + i < lines.count {
            let y = BoardGeometry.topRows + i
            switch lines.line(top + i) {
            case .heading(let mode):
                heading(mode, s, y: y, width: w, into: &screen)
                report.targets.append(PointerTarget(x: 0, y: y, width: w, kind: .group(mode)))
            case .row(let e):
                row(e, s, layout, y: y, into: &screen)
                report.targets.append(PointerTarget(x: 0, y: y, width: w, kind: .youth(e.id)))
            case .empty(let mode):
                let key: TextKey = s.isFiltered ? .boardNoneFiltered : (mode == .intensive ? .boardNoneIntensive : .boardNone)
                screen.put(Texts.text(key, s.language), x: 4, y: y, style: .dim, maxWidth: w - 5)
            case .gap: break
            }
        }
        // Scrolled into a group: its heading stays on the first line (over a row the scroll
        // keeps clear of the selection).
        if let mode = lines.stickyGroup(top: top) {
            let y = BoardGeometry.topRows
            screen.fill(x: 0, y: y, width: w, style: .plain)
            heading(mode, s, y: y, width: w, into: &screen)
            report.targets.append(PointerTarget(x: 0, y: y, width: w, kind: .group(mode)))
        }
        // More above / below: a small arrow at the right edge, so a scrolled list is never mistaken for all.
        if top > 0 { screen.put("↑", x: w - 1, y: BoardGeometry.topRows, style: .bold) }
        if top + vp < lines.count { screen.put("↓", x: w - 1, y: BoardGeometry.topRows + vp - 1, style: .bold) }
    }

    /// `23/104`: where the selected youth is in the list shown (nil when the list is empty).
    static func counter(_ s: AppState) -> String? {
        let n = s.visible.count
        guard n > 0 else { return nil }
        let i = s.selectedID.flatMap { s.visible.index(of: $0) }.map { String($0 + 1) } ?? "–"
        return i + "/" + String(n)
    }

    static func heading(_ mode: Mode, _ s: AppState, y: Int, width: Int, into screen: inout Screen) {
        let lang = s.language
        let all = mode == .intensive ? s.board.intensive : s.board.caseManagement
        let shown = mode == .intensive ? s.visibleIntensive : s.visibleCaseManagement
        let focused = s.selectedID.flatMap { s.board.entry($0) }?.youth.mode == mode
        let count = s.isFiltered ? Texts.text(.boardCountOf, lang, [String(shown.count), String(all.count)]) : String(all.count)
        let title = Texts.text(mode == .intensive ? .boardIntensive : .boardCaseManagement, lang).uppercased()
        let text = "  " + title + " (" + count + ")"
        // The group with the selection is underlined: Tab moves to the other.
        let style = CellStyle(color: mode == .intensive ? .magenta : .blue, bold: true, underline: focused)
        var x = screen.put(text, x: 0, y: y, style: style, maxWidth: width)
        x += 1
        if x < width - 1 { screen.put(String(repeating: "─", count: width - x - 1), x: x, y: y, style: .dim) }
    }

    static func row(_ e: BoardEntry, _ s: AppState, _ layout: ColumnLayout, y: Int, into screen: inout Screen) {
        let selected = e.id == s.selectedID && s.mode == .board
        for c in layout.columns {
            if c.id == .flags {
                var x = c.x
                for f in RowCells.flags(e, s.language, undocumented: s.undocumented[id: e.id] ?? 0) {
                    let fw = DisplayWidth.of(f.text)
                    if x + fw > c.x + c.width { break }
                    screen.put(f.text, x: x, y: y, style: f.style)
                    x += fw + 1
                }
                continue
            }
            var (text, style) = RowCells.cell(c.id, e, s)
            if c.id == .plan { text = RowCells.plan(e.youth, s, width: c.width) }
            // A long name is shortened as people shorten names (`M. Lønning`), not cut mid-word.
            if c.id == .label && !s.hidesText {
                let number = s.nameNumber(e.youth)
                text = NameFit.fit(e.youth.name, width: c.width - DisplayWidth.of(number)) + number
            }
            put(text, c, y: y, style: style, into: &screen)
        }
        // The youth under discussion in the open meeting (the shared screen's board shows it too).
        if s.meeting.isOpen, s.meeting.currentID == e.id { screen.put("◆", x: 0, y: y, style: .bold) }
        if selected {
            screen.put("▶", x: 0, y: y, style: .bold)
            // Reverse video over the whole row, keeping each cell's text and colour.
            for x in 0..<screen.width {
                var cell = screen[x, y]
                cell.style.reverse = true
                cell.style.bold = true
                screen[x, y] = cell
            }
        }
    }

    static func put(_ text: String, _ c: ColumnLayout.Placed, y: Int, style: CellStyle, into screen: inout Screen) {
        let t = DisplayWidth.truncate(TextSafety.display(text), to: c.width)
        let x = c.alignRight ? c.x + c.width - DisplayWidth.of(t) : c.x
        screen.put(t, x: x, y: y, style: style, maxWidth: c.width)
    }
}
