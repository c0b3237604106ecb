import TavleCore

/// The `?` overlay: every binding of the keymap by context, and what the symbols mean.
enum HelpOverlay {
    static let sections: [(KeyContext, TextKey)] = [
        (.board, .helpSectionBoard), (.detail, .helpSectionDetail), (.meeting, .helpSectionMeeting),
        (.dayPlan, .helpSectionDayPlan), (.stats, .helpSectionStats), (.search, .helpSectionSearch),
        (.form, .helpSectionForm), (.help, .helpSectionHelp),
    ]

    /// Each binding once, under the first context it belongs to, in keymap order.
    static func grouped() -> [(KeyContext, TextKey, [Binding])] {
        var seen = Set<Int>()
        return sections.map { ctx, title in
            var list: [Binding] = []
            for (i, b) in Keymap.bindings.enumerated() where b.contexts.contains(ctx) && !seen.contains(i) {
                seen.insert(i); list.append(b)
            }
            return (ctx, title, list)
        }
    }

    static let keyColumn = 16

    /// The overlay's lines for a box `width` columns wide inside; long help texts wrap under themselves.
    static func lines(_ lang: Language, shared: Bool, width: Int = 76) -> [StyledLine] {
        var out: [StyledLine] = []
        for (_, title, list) in grouped() where !list.isEmpty {
            if !out.isEmpty { out.append(.blank) }
            out.append(StyledLine(Texts.text(title, lang), CellStyle(color: .blue, bold: true)))
            for b in list {
                let off = shared && (b.command.changesData || b.command == .toggleNames)
                var help = Texts.text(b.help, lang)
                if off { help += " " + Texts.text(.helpNotShared, lang) }
                let wrapped = Wrap.lines(help, width: max(10, width - keyColumn))
                for (i, l) in wrapped.enumerated() {
                    let keys = i == 0 ? Keymap.keysText(b, lang) : ""
                    out.append(StyledLine([(DisplayWidth.pad(keys, to: keyColumn), off ? .dim : .bold), (l, off ? .dim : .plain)]))
                }
            }
        }
        out.append(.blank)
        out.append(StyledLine(Texts.text(.helpSectionSymbols, lang), CellStyle(color: .blue, bold: true)))
        out.append(StyledLine(Status.allCases.flatMap { st -> [(String, CellStyle)] in
            [(st.symbol + " ", RowCells.statusStyle(st)), (st.label(lang) + "   ", .plain)]
        }))
        for (sym, key): (String, TextKey) in [("!3", .legendDue), (Texts.text(.flagNoCrisisPlan, lang), .legendNoCrisisPlan),
                           (Texts.text(.flagOrderExpiring, lang), .legendOrderExpiring),
                           (Texts.text(.flagNewIntake, lang), .legendNewIntake),
                           (Texts.text(.flagUndocumented, lang), .legendUndocumented), ("▶", .legendSelected),
                           ("KH²", .legendSameInitials), ("✓", .legendDiscussed), ("◆", .legendUnderDiscussion),
                           ("⚠", .legendWarningSymbol)] {
            out.append(StyledLine([(DisplayWidth.pad(sym, to: 4), .bold), (Texts.text(key, lang), .plain)]))
        }
        return out
    }

    static func viewport(height: Int) -> Int { max(1, height - 4) }
    static func innerWidth(_ screenWidth: Int) -> Int { max(10, screenWidth - 8) }

    static func draw(_ s: AppState, into screen: inout Screen) {
        let w = screen.width, h = screen.height
        let x0 = 2, y0 = 1, bw = w - 4, bh = h - 2
        guard bw > 10, bh > 3 else { return }
        Dialogs.box(x: x0, y: y0, width: bw, height: bh, title: Texts.text(.helpTitle, s.language), into: &screen)
        let all = lines(s.language, shared: s.shared, width: innerWidth(w))
        let vp = viewport(height: h)
        let top = min(s.helpScroll ?? 0, max(0, all.count - vp))
        for i in 0..<vp where top + i < all.count {
            all[top + i].draw(into: &screen, x: x0 + 2, y: y0 + 1 + i, width: bw - 4)
        }
        if top > 0 { screen.put("↑", x: x0 + bw - 2, y: y0 + 1, style: .bold) }
        if top + vp < all.count { screen.put("↓", x: x0 + bw - 2, y: y0 + vp, style: .bold) }
    }
}
