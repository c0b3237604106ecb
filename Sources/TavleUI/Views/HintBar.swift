import TavleCore

/// The bottom two rows: the status line (messages, the search line) and the key-hint bar,
/// generated from the keymap for the current context.
enum HintBar {
    /// Which hints stay when not all fit: help, quit, moving and the dialog keys first, then the
    /// everyday changes, then the rest. Shown in keymap order all the same.
    static func rank(_ label: TextKey, _ s: AppState) -> Int {
        let first: Set<TextKey> = [.hintHelp, .hintQuit, .hintMove, .hintOpenDetail, .hintBack, .hintFormSubmit,
                                  .hintFormCancel, .hintCloseHelp, .hintSearchKeep, .hintSearchClear, .hintScroll,
                                  .hintMeeting, .hintDiscussedNext, .hintRecordDecision, .hintEndMeeting,
                                  .hintBackMeeting, .hintMarkDocumented]
        let second: Set<TextKey> = [.hintToggleIntensive, .hintCycleStatus, .hintAddNote, .hintLogContact,
                                   .hintSetPlan, .hintSearch, .hintNextField, .hintChoose, .hintDayPlan, .hintStats,
                                   .hintMeetingMove]
        return first.contains(label) ? 0 : second.contains(label) ? 1 : 2
    }

    static func draw(_ s: AppState, into screen: inout Screen) {
        let y = screen.height - 1, w = screen.width
        let all = Keymap.bindings(in: s.keyContext).filter { b in
            b.hint != nil && !(s.isReadOnly && b.command.changesData) && !(s.shared && b.command == .toggleNames)
                // The shared screen follows the chair: choosing a youth is not its to do.
                && !(s.shared && s.keyContext == .meeting && b.command == .moveDown)
        }
        func width(_ b: Binding) -> Int {
            DisplayWidth.of(b.hintKeys ?? Keymap.name(b.keys[0], s.language)) + 1 + DisplayWidth.of(Texts.text(b.hint!, s.language))
        }
        // Whole hints only, as many as fit, by rank: a hint cut in half would say the wrong thing.
        var chosen = Set<Int>()
        var used = -2
        for i in all.indices.sorted(by: { (rank(all[$0].hint!, s), $0) < (rank(all[$1].hint!, s), $1) }) {
            if used + 2 + width(all[i]) <= w { chosen.insert(i); used += 2 + width(all[i]) }
        }
        var x = 0
        for (i, b) in all.enumerated() where chosen.contains(i) {
            x += screen.put(b.hintKeys ?? Keymap.name(b.keys[0], s.language), x: x, y: y, style: CellStyle(bold: true, reverse: true))
            x += screen.put(" " + Texts.text(b.hint!, s.language), x: x, y: y, style: .plain)
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
            let matches = Texts.text(.searchMatches, s.language, [String(s.visible.count)])
            let mx = w - DisplayWidth.of(matches) - 1
            if mx > px + DisplayWidth.of(field.text) + 2 { screen.put(matches, x: mx, y: y, style: .dim) }
            screen.cursor = (x: px + field.cursorColumn, y: y)
            return
        }
        guard let m = s.message ?? s.upgradeNotice.map({ StatusMessage($0, isError: true) }) else {
            // A narrowed board always says so, and how to see everyone again.
            var filters: [String] = []
            if s.dueOnly { filters.append(Texts.text(.headerFilterDue, s.language)) }
            if !s.search.isEmpty { filters.append(Texts.text(.headerFilterSearch, s.language, [s.search.text])) }
            if !filters.isEmpty {
                let text = Texts.text(.statusFiltered, s.language, [filters.joined(separator: " · ")])
                screen.put(text, x: 0, y: y, style: CellStyle(color: .cyan, bold: true), maxWidth: w)
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
            screen.put(line, x: 0, y: ly, style: style, maxWidth: w)
        }
    }
}
