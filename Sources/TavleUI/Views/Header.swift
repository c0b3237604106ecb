import TavleCore

/// The two header rows: team, day (and its name on a holiday) and duties on the first; the rota's
/// gaps in the coming week, the board share and who is due on the second.
enum Header {
    static func draw(_ s: AppState, into screen: inout Screen) {
        let lang = s.language, board = s.board, w = screen.width
        screen.fill(x: 0, y: 0, width: w, style: .reverse)
        var x = 1
        x += screen.put(board.team.name, x: x, y: 0, style: CellStyle(bold: true, reverse: true), maxWidth: w / 2)
        x += 2
        x += screen.put(Dates.weekdayDateAndName(board.today, lang), x: x, y: 0, style: .reverse, maxWidth: max(0, w - x))
        let duty = dutyParts(s)
        // Right side: the shared screen and read-only states are always visible.
        var tags: [String] = []
        if s.shared { tags.append(Texts.text(.headerShared, lang)) }
        else if s.isReadOnly { tags.append(Texts.text(.headerReadOnly, lang)) }
        if !s.shared && !s.showNames { tags.append(Texts.text(.headerInitials, lang)) }
        let tag = tags.joined(separator: " · ")
        let tw = tag.isEmpty ? 0 : DisplayWidth.of(tag) + 2
        if !duty.isEmpty {
            x += 2
            x += screen.put(fitted(duty, width: max(0, w - x - tw - 1)), x: x, y: 0, style: .reverse, maxWidth: max(0, w - x - tw - 1))
        }
        if !tag.isEmpty, w - tw + 1 > x + 1 {
            screen.put(tag, x: w - tw + 1, y: 0, style: CellStyle(bold: true, reverse: true))
        }

        // Row 1: ! 1 fil kan ikke leses · ! Ingen bakvakt 23.12 · På tavla 4 av 14 (29 %) · mål 20 % · 9 til gjennomgang · filters
        var parts: [(String, CellStyle)] = []
        // Files that cannot be read come first, at any width: youths may be missing from the board.
        if !board.problems.isEmpty {
            parts.append(("! " + Texts.text(.headerProblems, count: board.problems.count, lang), CellStyle(color: .red, bold: true)))
        }
        // A shift nobody has in the coming week comes next: it is what the team must act on.
        if let c = CoverageText.coverage(s), let gap = CoverageText.compact(c, lang) { parts.append((gap, CoverageText.style)) }
        let share = Board.percent(board.boardShare)
        let high = board.shareWarning != nil
        parts.append(((high ? "▲ " : "") + Texts.text(.headerShare, lang,
                        [String(board.intensive.count), String(board.activeCount), share]),
                      high ? CellStyle(color: .red, bold: true) : .bold))
        parts.append((Texts.text(.headerTarget, lang, [Board.percent(board.team.targetBoardShare)]), .plain))
        let due = board.dueCount
        parts.append((Texts.text(.headerDue, lang, [String(due)]),
                      due > 0 ? CellStyle(color: .yellow, bold: true) : .plain))
        if s.meeting.isOpen {
            parts.append(("◆ " + Texts.text(.headerMeeting, lang, [s.agenda.progress(lang)]), CellStyle(color: .cyan, bold: true)))
        }
        var px = 1
        for (i, (text, style)) in parts.enumerated() {
            let gap = i > 0 ? 3 : 0
            let room = w - px - gap - 1
            if room < 4 { break }
            if i > 0 { px += screen.put(" · ", x: px, y: 1, style: .dim) }
            px += screen.put(text, x: px, y: 1, style: style, maxWidth: room)
        }
    }

    /// As many whole parts as fit in `width`, joined by ` · `; the first alone (to be cut) if none does.
    static func fitted(_ parts: [String], width: Int) -> String {
        var out = parts.first ?? ""
        for p in parts.dropFirst() {
            let next = out + " · " + p
            if DisplayWidth.of(next) > width { break }
            out = next
        }
        return out
    }

    /// `bakvakt IS`, `dagvakt OB, SL`: who is on call and on duty today, when the team keeps a
    /// rota, on call first (it matters most out of hours).
    static func dutyParts(_ s: AppState) -> [String] {
        guard let rota = s.rota else { return [] }
        let duty = rota.duty(on: s.board.today)
        let order: [Shift] = [.onCall, .day, .evening, .weekend]
        return order.compactMap { shift -> String? in
            guard let staff = duty[shift], !staff.isEmpty else { return nil }
            let who = staff.map { s.board.team.tag($0) }.joined(separator: ", ")
            return shift.label(s.language) + " " + who
        }
    }
}
