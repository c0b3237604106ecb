import TavleCore

/// The `L` page: each active member's caseload (primary and second contact, on the board and in
/// case management, visits this week) and the referral queue with days waiting. A pure function
/// of the state; `+` and `R` open the referral dialogs.
enum CaseloadView {
    static func lines(_ s: AppState, width: Int) -> [StyledLine] {
        let lang = s.language
        guard let page = s.caseload else { return [StyledLine(Texts.text(.statsLoading, lang), .dim)] }
        var out: [StyledLine] = []
        let load = page.caseload
        out.append(PageView.heading(Texts.text(.caseloadTitle, lang, [load.weekFrom.text(lang)])))
        let wide: [(TextKey, Int)] = [(.caseloadColPrimaryBoard, 14), (.caseloadColPrimaryCM, 12), (.caseloadColSecondBoard, 13),
                                      (.caseloadColSecondCM, 11), (.caseloadColVisits, 7)]
        // A narrow terminal gets short headers (and a line saying what they mean) before names are cut.
        let narrow = width - wide.reduce(0) { $0 + $1.1 } < 20
        let cols: [(TextKey, Int)] = narrow
            ? [(.caseloadShortPrimaryBoard, 8), (.caseloadShortPrimaryCM, 6), (.caseloadShortSecondBoard, 8),
               (.caseloadShortSecondCM, 6), (.caseloadColVisits, 7)]
            : wide
        let nameW = max(8, min(26, width - cols.reduce(0) { $0 + $1.1 }))
        func row(_ first: String, _ cells: [String], _ style: CellStyle) -> StyledLine {
            var text = DisplayWidth.pad(DisplayWidth.truncate(first, to: nameW - 1), to: nameW)
            for (i, c) in cells.enumerated() { text += DisplayWidth.pad(c, to: cols[i].1 - 1, alignRight: true) + " " }
            return StyledLine(text, style)
        }
        out.append(row(Texts.text(.caseloadColStaff, lang), cols.map { Texts.text($0.0, lang) }, .dim))
        for m in load.staff {
            out.append(row(m.initials + "  " + m.name, [String(m.primary.board), String(m.primary.caseManagement),
                                                         String(m.second.board), String(m.second.caseManagement),
                                                         String(m.visitsThisWeek)], .plain))
        }
        if narrow { out += Wrap.lines(Texts.text(.caseloadShortLegend, lang), width: width).map { StyledLine($0, .dim) } }
        out.append(.blank)
        out.append(PageView.heading(Texts.text(.referralsTitle, lang, [String(page.waiting.count)])))
        if page.waiting.isEmpty {
            out.append(StyledLine(Texts.text(.referralsNone, lang), .dim))
        } else {
            for r in page.waiting {
                let days = r.daysWaiting(today: s.board.today)
                let text = "▸ " + TextSafety.display(r.name) + "  " + r.born.text(lang) + "  · " + r.from.label(lang) + "  · "
                    + Texts.text(.referralsWaitingDays, count: days, lang, [String(days), r.received.text(lang)])
                // Waiting long is marked by a symbol and in bold, not by colour alone.
                let style = days >= 14 ? CellStyle(bold: true) : CellStyle.plain
                for (i, l) in Wrap.lines(text, width: width - 2).enumerated() { out.append(StyledLine((i == 0 ? "" : "  ") + l, style)) }
            }
            out.append(StyledLine(Texts.text(.referralsPageHint, lang), .dim))
        }
        return out
    }
}
