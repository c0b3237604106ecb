import TavleCore

/// The `?` overlay: every binding of the keymap by context, and the symbol legend. It opens at
/// the section of the view it was opened from.
enum HelpOverlay {
    static let sections: [(KeyContext, TextKey)] = [
        (.board, .helpSectionBoard), (.detail, .helpSectionPages), (.meeting, .helpSectionMeeting),
        (.dayPlan, .helpSectionDayPlan), (.stats, .helpSectionStats), (.caseload, .helpSectionCaseload), (.fidelity, .helpSectionFidelity),
        (.search, .helpSectionSearch),
        (.form, .helpSectionForm), (.help, .helpSectionHelp),
    ]

    /// Each binding once, under the first context it belongs to, in keymap order; the mouse's
    /// bindings (which work in every view) in a section of their own after the board's.
    static func grouped() -> [(KeyContext?, TextKey, [Binding])] {
        groupedIndices().map { ($0.0, $0.1, $0.2.map { Keymap.bindings[$0] }) }
    }

    /// `grouped()` as positions in `Keymap.bindings`.
    static func groupedIndices() -> [(KeyContext?, TextKey, [Int])] {
        let pointer = Keymap.bindings.indices.filter { i in
            Keymap.bindings[i].keys.allSatisfy { if case .pointer = $0 { return true }; return false }
        }
        var seen = Set(pointer)
        var out: [(KeyContext?, TextKey, [Int])] = sections.map { ctx, title in
            var list: [Int] = []
            for (i, b) in Keymap.bindings.enumerated() where b.contexts.contains(ctx) && !seen.contains(i) {
                seen.insert(i); list.append(i)
            }
            return (ctx, title, list)
        }
        out.insert((nil, .helpSectionMouse, pointer), at: 1)
        return out
    }

    static let keyColumn = 16

    /// The overlay's lines for a box `width` columns wide inside (long help texts wrap under
    /// themselves), and the line each section's title is on.
    static func content(_ lang: Language, shared: Bool, width: Int = 76) -> (lines: [StyledLine], sections: [KeyContext: Int]) {
        var out: [StyledLine] = []
        var starts: [KeyContext: Int] = [:]
        var listedAt: [Int: Int] = [:]
        for (ctx, title, indices) in groupedIndices() where !indices.isEmpty {
            if !out.isEmpty { out.append(.blank) }
            if let ctx { starts[ctx] = out.count }
            for i in indices { listedAt[i] = out.count }
            let list = indices.map { Keymap.bindings[$0] }
            out.append(StyledLine(Texts.text(title, lang), CellStyle(color: .blue, bold: true)))
            for b in list {
                let off = shared && b.refusedOnSharedScreen
                var help = Texts.text(b.help, lang)
                if off { help += " " + Texts.text(.helpNotShared, lang) }
                let keys = Keymap.keysText(b, lang)
                let keyWidth = max(keyColumn, DisplayWidth.of(keys) + 2)
                let wrapped = Wrap.lines(help, width: max(10, width - keyWidth))
                for (i, l) in wrapped.enumerated() {
                    out.append(StyledLine([(DisplayWidth.pad(i == 0 ? keys : "", to: keyWidth), off ? .dim : .bold), (l, off ? .dim : .plain)]))
                }
            }
        }
        // A view without a section of its own (the day plan, the numbers) opens where its keys are.
        for ctx in KeyContext.allCases where starts[ctx] == nil {
            starts[ctx] = Keymap.bindings.indices.first { Keymap.bindings[$0].contexts.contains(ctx) }.flatMap { listedAt[$0] }
        }
        out.append(.blank)
        out.append(StyledLine(Texts.text(.helpSectionSymbols, lang), CellStyle(color: .blue, bold: true)))
        let symbolWidth = Legend.entries(lang).map { DisplayWidth.of($0.symbol) }.max()! + 2
        for entry in Legend.entries(lang) {
            for (i, l) in Wrap.lines(entry.meaning, width: max(10, width - symbolWidth)).enumerated() {
                out.append(StyledLine([(DisplayWidth.pad(i == 0 ? entry.symbol : "", to: symbolWidth), entry.style), (l, .plain)]))
            }
        }
        return (out, starts)
    }

    static func lines(_ lang: Language, shared: Bool, width: Int = 76) -> [StyledLine] {
        content(lang, shared: shared, width: width).lines
    }

    static func viewport(height: Int) -> Int { max(1, height - 4) }
    static func innerWidth(_ screenWidth: Int) -> Int { max(10, screenWidth - 8) }

    static func draw(_ s: AppState, into screen: inout Screen, _ report: inout ViewReport) {
        let w = screen.width, h = screen.height
        let x0 = 2, y0 = 1, bw = w - 4, bh = h - 2
        guard bw > 10, bh > 3, let help = s.help else { return }
        Dialogs.box(x: x0, y: y0, width: bw, height: bh, title: Texts.text(.helpTitle, s.language), into: &screen)
        let (all, starts) = content(s.language, shared: s.shared, width: innerWidth(w))
        let vp = viewport(height: h)
        let maxScroll = max(0, all.count - vp)
        let top = min(help.scroll ?? starts[help.section] ?? 0, maxScroll)
        report.scrollTop = top
        report.maxScroll = maxScroll
        report.page = max(1, vp - 1)
        for i in 0..<vp where top + i < all.count {
            all[top + i].draw(into: &screen, x: x0 + 2, y: y0 + 1 + i, width: bw - 4)
        }
        if top > 0 { screen.put("↑", x: x0 + bw - 2, y: y0 + 1, style: .bold) }
        if top + vp < all.count { screen.put("↓", x: x0 + bw - 2, y: y0 + vp, style: .bold) }
    }
}
