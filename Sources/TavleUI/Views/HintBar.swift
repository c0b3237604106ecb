import TavleCore

/// The bottom two rows: the status line (messages, the search line) and the key-hint bar,
/// generated from the keymap for the current context.
enum HintBar {
    /// The hints of the current context: every binding with a hint that may run now (its
    /// policy: not refused on the shared screen, not a write on a read-only board, its needs met).
    static func hints(_ s: AppState) -> [Binding] {
        Keymap.bindings(in: s.keyContext).filter { $0.hint != nil && $0.refusal(in: s) == nil }
    }

    static func draw(_ s: AppState, into screen: inout Screen, _ report: inout ViewReport) {
        let y = screen.height - 1, w = screen.width
        let all = hints(s)
        func keys(_ b: Binding) -> String { b.hintKeys ?? Keymap.name(b.keys[0], s.language) }
        func width(_ b: Binding) -> Int { DisplayWidth.of(keys(b)) + 1 + DisplayWidth.of(Texts.text(b.hint!, s.language)) }
        // Whole hints only, as many as fit, by the bindings' priority: a hint cut in half would say the wrong thing.
        var chosen = Set<Int>()
        var used = -2
        for i in all.indices.sorted(by: { (all[$0].priority, $0) < (all[$1].priority, $1) }) {
            if used + 2 + width(all[i]) <= w { chosen.insert(i); used += 2 + width(all[i]) }
        }
        var x = 0
        for (i, b) in all.enumerated() where chosen.contains(i) {
            let start = x
            x += screen.put(keys(b), x: x, y: y, style: CellStyle(bold: true, reverse: true))
            x += screen.put(" " + Texts.text(b.hint!, s.language), x: x, y: y, style: .plain)
            report.targets.append(PointerTarget(x: start, y: y, width: x - start, kind: .hint(b.command)))
            x += 2
        }
    }

    /// The status line: the search being typed, else the last message, else nothing.
    static func drawStatus(_ s: AppState, into screen: inout Screen) {
        let y = screen.height - 2, w = screen.width
        if s.searching {
            let prompt = Texts.text(.searchPrompt, s.language)
            let px = screen.put(prompt, x: 0, y: y, style: .bold)
            let field = s.search.visible(width: max(2, w - px - 1))
            screen.put(field.text, x: px, y: y, style: CellStyle(underline: true), maxWidth: w - px)
            let matches = Texts.text(.searchMatches, count: s.visible.count, s.language)
            let mx = w - DisplayWidth.of(matches) - 1
            if mx > px + DisplayWidth.of(field.text) + 2 { screen.put(matches, x: mx, y: y, style: .dim) }
            screen.cursor = (x: px + field.cursorColumn, y: y)
            return
        }
        // Where the selection is in the list (`23/104`), at the right as less and vim put it.
        let counter = s.mode == .board && s.form == nil && s.help == nil ? BoardView.counter(s) : nil
        var used = 0
        defer {
            if let counter, used + 2 + DisplayWidth.of(counter) <= w {
                screen.put(counter, x: w - DisplayWidth.of(counter), y: y, style: .bold)
            }
        }
        guard let m = s.message ?? s.upgradeNotice.map({ StatusMessage($0, isError: true) }) else {
            // A narrowed board always says so, and how to see everyone again.
            var filters: [String] = []
            if s.dueOnly { filters.append(Texts.text(.headerFilterDue, s.language)) }
            if let m = s.municipality { filters.append(Texts.text(.headerFilterMunicipality, s.language, [m])) }
            if !s.search.isEmpty { filters.append(Texts.text(.headerFilterSearch, s.language, [s.search.text])) }
            if !filters.isEmpty {
                let text = Texts.text(.statusFiltered, s.language, [filters.joined(separator: " · ")])
                used = screen.put(text, x: 0, y: y, style: CellStyle(color: .cyan, bold: true), maxWidth: w)
            }
            return
        }
        let style = m.isError ? CellStyle(color: .red, bold: true) : CellStyle(bold: true)
        // A long message (a conflict says who changed what) takes up to three lines, over the
        // bottom of the list, rather than being cut off.
        let lines = Wrap.lines((m.isError ? "✗ " : "") + m.text, width: w - 1, maxLines: 3)
        for (i, line) in lines.enumerated() {
            let ly = y - (lines.count - 1) + i
            screen.fill(x: 0, y: ly, width: w, style: .plain)
            used = screen.put(line, x: 0, y: ly, style: style, maxWidth: w)
        }
    }
}
