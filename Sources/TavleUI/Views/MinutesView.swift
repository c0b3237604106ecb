import TavleCore

/// The minutes after the meeting (`m` once it has ended): the same `MeetingMinutes` that
/// `tavle export minutes` writes, as lines that scroll, and then the meeting's decisions still to
/// be written into the patient record (`w` marks one). Names and decision text follow `p` and
/// the shared screen, as everywhere on the board.
enum MinutesView {
    static func draw(_ s: AppState, into screen: inout Screen, _ report: inout ViewReport) {
        let lang = s.language, w = screen.width
        screen.fill(x: 0, y: 0, width: w, style: .reverse)
        let day = s.minutes.record?.day ?? s.meeting.record?.day ?? s.board.today
        let title = Texts.text(.minutesTitle, lang, [Dates.weekdayAndDate(day, lang)])
        var right = ""
        if let m = s.minutes.record, let end = m.ended { right = Texts.text(.meetingEndedAt, lang, [end.clock]) }
        if DisplayWidth.of(title) + DisplayWidth.of(right) + 4 > w { right = "" }
        let rw = DisplayWidth.of(right)
        screen.put(title, x: 1, y: 0, style: CellStyle(bold: true, reverse: true), maxWidth: max(0, w - rw - 3))
        if !right.isEmpty { screen.put(right, x: w - rw - 1, y: 0, style: CellStyle(bold: true, reverse: true)) }
        let all = lines(s, width: w - 2)
        let vp = PageView.viewport(height: screen.height)
        let top = min(s.minutes.scroll, max(0, all.count - vp))
        report.scrollTop = top
        report.maxScroll = max(0, all.count - vp)
        report.page = max(1, vp - 1)
        for i in 0..<vp where top + i < all.count { all[top + i].draw(into: &screen, x: 1, y: 1 + i, width: w - 2) }
        if top > 0 { screen.put("↑", x: w - 1, y: 1, style: .bold) }
        if top + vp < all.count { screen.put("↓", x: w - 1, y: vp, style: .bold) }
    }

    static func lines(_ s: AppState, width: Int) -> [StyledLine] {
        let lang = s.language, names = !s.hidesText
        guard let m = s.minutes.record else { return [StyledLine(Texts.text(.minutesLoading, lang), .dim)] }
        var out: [StyledLine] = []
        let labelW = m.facts(names: names, lang).map { DisplayWidth.of($0.label) }.max().map { $0 + 2 } ?? 0
        for f in m.facts(names: names, lang) {
            for (i, l) in Wrap.hanging(f.value, first: max(10, width - labelW), rest: max(10, width - labelW)).enumerated() {
                out.append(StyledLine([(DisplayWidth.pad(i == 0 ? f.label + ":" : "", to: labelW), .dim), (l, .plain)]))
            }
        }
        func bullets(_ head: TextKey, _ items: [String]) {
            guard !items.isEmpty else { return }
            out.append(StyledLine("  " + Texts.text(head, lang), .dim))
            for item in items {
                for (i, l) in Wrap.lines(item, width: max(10, width - 5)).enumerated() {
                    out.append(StyledLine((i == 0 ? "   • " : "     ") + l))
                }
            }
        }
        func section(_ title: TextKey, _ entries: [MeetingMinutes.Entry]) {
            out.append(.blank)
            out.append(PageView.heading(Texts.text(title, lang)))
            if entries.isEmpty { out.append(StyledLine(Texts.text(.minutesNone, lang), .dim)) }
            for e in entries {
                var head: [(String, CellStyle)] = [(MeetingMinutes.text(e.youth, names: names), .bold)]
                if let st = e.status { head.append(("  " + st.symbol + " " + st.label(lang), RowCells.statusStyle(st))) }
                if e.seconds > 0 { head.append(("  " + MeetingMinutes.duration(e.seconds), .dim)) }
                out.append(StyledLine(head))
                if s.hidesText {
                    // The shared screen and initials mode: no decision text, only how many.
                    if !e.decisions.isEmpty {
                        out.append(StyledLine("  " + Texts.text(.meetingDecisionsHidden, count: e.decisions.count, lang), .dim))
                    }
                } else {
                    bullets(.minutesDecisions, e.decisions.map(\.text))
                }
                // A plan's place is free text: left out where text is hidden.
                bullets(.minutesPlan, e.plans.map { p in
                    var p = p
                    if s.hidesText { p.place = nil }
                    return MeetingMinutes.text(p, names: names, lang)
                })
                bullets(.minutesChanges, MeetingMinutes.changeLines(e, text: !s.hidesText, lang))
                // The four answers and the youth's own goals: left out where text is hidden (the
                // shared screen shows no answer and no goal).
                if !s.hidesText {
                    bullets(.minutesAnswers, MeetingMinutes.answerLines(e.answers, text: true, lang))
                    bullets(.minutesGoals, e.goals)
                }
                if e.isEmpty { out.append(StyledLine("  " + Texts.text(.minutesNoDecision, lang), .dim)) }
            }
        }
        section(.minutesDiscussed, m.discussed)
        if !m.otherRecorded.isEmpty { section(.minutesOther, m.otherRecorded) }
        out.append(.blank)
        out.append(PageView.heading(Texts.text(m.isOpen ? .minutesNotYetDiscussed : .minutesNotDiscussed, lang)))
        if m.notDiscussed.isEmpty {
            out.append(StyledLine(Texts.text(.minutesNone, lang), .dim))
        } else {
            for y in m.notDiscussed { out.append(StyledLine("✗ " + MeetingMinutes.text(y, names: names), CellStyle(color: .red, bold: true))) }
        }
        // Then what must go into the patient record: the board is a worklist, not the record.
        out.append(.blank)
        out.append(PageView.heading(Texts.text(.minutesToRecord, lang, [String(m.pending.count)])))
        if m.pending.isEmpty {
            out.append(m.hasDecisions ? StyledLine("✓ " + Texts.text(.minutesAllRecorded, lang), CellStyle(color: .green, bold: true))
                                      : StyledLine(Texts.text(.minutesNone, lang), .dim))
        }
        for p in m.pending {
            let who = MeetingMinutes.text(p.youth, names: names)
            let lead = "☐ " + who + "  " + p.decision.at.clock
            if s.hidesText {
                out.append(StyledLine(lead, .bold))
            } else {
                let wrapped = Wrap.hanging(p.decision.text, first: max(10, width - DisplayWidth.of(lead) - 2), rest: max(10, width - 4))
                for (i, l) in wrapped.enumerated() {
                    out.append(i == 0 ? StyledLine([(lead + "  ", .bold), (l, .plain)]) : StyledLine("    " + l))
                }
            }
        }
        if !m.pending.isEmpty { out.append(StyledLine(Texts.text(.minutesMarkHint, lang), .dim)) }
        return out
    }
}
