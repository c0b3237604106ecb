import TavleCore

/// The morning meeting (`m`): a title bar with progress and the countdown, the agenda on the
/// left (board youths by urgency, then review and move-up), and the youth under discussion on
/// the right with the four questions. The shared screen draws the same, initials only and
/// without free text.
enum MeetingView {
    /// Wide enough at 80 columns for `M. Lønning` beside the marks and the time spent.
    static func agendaWidth(_ w: Int) -> Int { min(32, max(22, w * 3 / 10)) }

    static func draw(_ s: AppState, into screen: inout Screen, _ report: inout ViewReport) {
        let w = screen.width, h = screen.height
        let agenda = s.agenda
        titleBar(s, agenda, into: &screen)
        subtitle(s, into: &screen)
        let aw = agendaWidth(w)
        let top = 2, bottom = h - 3
        guard bottom >= top else { return }
        // The agenda, scrolled to keep the youth under discussion in view.
        let lines = agendaLines(s, agenda, width: aw - 1)
        let vp = bottom - top + 1
        let cur = lines.firstIndex { $0.id != nil && $0.id == s.meeting.currentID } ?? 0
        let maxScroll = max(0, lines.count - vp)
        // Scrolled by the wheel, or centred on the youth under discussion.
        let scroll = max(0, min(s.meeting.agendaTop ?? (cur - vp / 2), maxScroll))
        report.scrollTop = scroll
        report.maxScroll = maxScroll
        report.page = max(1, vp - 1)
        for i in 0..<vp where scroll + i < lines.count {
            let l = lines[scroll + i]
            l.line.draw(into: &screen, x: 0, y: top + i, width: aw - 1)
            if let id = l.id { report.targets.append(PointerTarget(x: 0, y: top + i, width: aw - 1, kind: .agenda(id))) }
            if l.id != nil, l.id == s.meeting.currentID {
                for x in 0..<(aw - 1) {
                    var c = screen[x, top + i]; c.style.reverse = true; c.style.bold = true; screen[x, top + i] = c
                }
            }
        }
        if scroll > 0 { screen.put("↑", x: aw - 2, y: top, style: .bold) }
        if scroll + vp < lines.count { screen.put("↓", x: aw - 2, y: bottom, style: .bold) }
        for y in top...bottom { screen.put("│", x: aw - 1, y: y, style: .dim) }
        // The youth under discussion.
        let panel = panelLines(s, agenda, width: w - aw - 2)
        for (i, l) in panel.prefix(vp).enumerated() { l.draw(into: &screen, x: aw + 1, y: top + i, width: w - aw - 2) }
    }

    // MARK: Title

    /// `Tavlemøte søndag 22.11.2026 · 2 av 4 drøftet · ⏱ 12:05 igjen` (over time: `⚠ 1:30 OVER TIDEN` in red).
    static func titleBar(_ s: AppState, _ agenda: MeetingAgenda, into screen: inout Screen) {
        let lang = s.language, w = screen.width
        screen.fill(x: 0, y: 0, width: w, style: .reverse)
        var parts: [(String, CellStyle)] = [
            // Narrow: the date without the weekday, so the progress still fits.
            (Texts.text(.meetingTitle, lang, [w < 80 ? Dates.short(s.board.today) : Dates.weekdayAndDate(s.board.today, lang)]),
             CellStyle(bold: true, reverse: true)),
        ]
        if s.meeting.record != nil {
            parts.append(("  " + agenda.progress(lang), .reverse))
        }
        var clock: (String, CellStyle)?
        if let m = s.meeting.record, let cd = agenda.countdown {
            if let end = m.ended {
                clock = (Texts.text(.meetingEndedAt, lang, [end.clock]), CellStyle(bold: true, reverse: true))
            } else if cd.overTime {
                clock = ("⚠ " + Texts.text(.meetingOverTime, lang, [String(cd.clock.dropFirst())]).uppercased(),
                         CellStyle(color: .red, bold: true, reverse: true))
            } else {
                clock = ("⏱ " + Texts.text(.meetingTimeLeft, lang, [cd.clock]), CellStyle(bold: true, reverse: true))
            }
        }
        var tag = s.shared ? Texts.text(.headerShared, lang) : (s.isReadOnly ? Texts.text(.headerReadOnly, lang) : "")
        if !tag.isEmpty { tag = "  " + tag }
        let right = (clock?.0 ?? "") + tag
        let rw = DisplayWidth.of(right)
        StyledLine(parts).draw(into: &screen, x: 1, y: 0, width: max(0, w - rw - 3))
        if let clock {
            let x = w - rw - 1
            screen.put(clock.0, x: x, y: 0, style: clock.1)
            if !tag.isEmpty { screen.put(tag, x: x + DisplayWidth.of(clock.0), y: 0, style: CellStyle(bold: true, reverse: true)) }
        } else if !tag.isEmpty {
            screen.put(tag, x: w - rw - 1, y: 0, style: CellStyle(bold: true, reverse: true))
        }
    }

    /// Chair, who is present, and tonight's on-call beside it (crisis readiness out of hours).
    static func subtitle(_ s: AppState, into screen: inout Screen) {
        let lang = s.language, team = s.board.team
        var parts: [(String, CellStyle)] = []
        var present: [String] = []
        if let m = s.meeting.record {
            let chair = team.tag(m.chair)
            parts.append((Texts.text(.meetingChair, lang, [chair]) + "  ", .bold))
            present = m.attendees.filter { $0 != m.chair }.map { team.tag($0) }
        }
        parts.append((onCallText(s), CellStyle(color: .cyan, bold: true)))
        // The rota's gaps in the coming week, the same as the board's header shows: before the
        // attendees, so a narrow terminal cuts who is present rather than the warning.
        if let c = CoverageText.coverage(s), let gap = CoverageText.compact(c, lang) { parts.append(("  " + gap, CoverageText.style)) }
        if !present.isEmpty { parts.append(("  " + Texts.text(.meetingAttendees, lang, [present.joined(separator: " ")]), .dim)) }
        StyledLine(parts).draw(into: &screen, x: 1, y: 1, width: screen.width - 2)
    }

    /// `Bakvakt i kveld: IS` (or that nobody is on the rota).
    static func onCallText(_ s: AppState) -> String {
        let lang = s.language
        let who = (s.rota?.onCall(on: s.board.today) ?? []).map { s.board.team.tag($0) }
        let text = who.isEmpty ? Texts.text(.rotaNobody, lang) : who.joined(separator: ", ")
        return Texts.text(.rotaOnCallTonight, lang, [text])
    }

    // MARK: Agenda

    struct AgendaLine { var line: StyledLine; var id: String? }

    /// `✓` discussed, `◆` under discussion, `✗` not discussed (after the end), `·` not yet.
    static func mark(_ item: AgendaItem, _ s: AppState) -> (String, CellStyle) {
        if item.outcome == .discussed { return ("✓", CellStyle(color: .green, bold: true)) }
        if item.outcome == .notDiscussed { return ("✗", CellStyle(color: .red, bold: true)) }
        if item.id == s.meeting.currentID { return ("◆", .bold) }
        return ("·", .dim)
    }

    static func agendaLines(_ s: AppState, _ agenda: MeetingAgenda, width: Int) -> [AgendaLine] {
        let lang = s.language
        var out: [AgendaLine] = []
        let sections: [(AgendaSection, TextKey, CellColor)] = [
            (.board, .meetingSectionBoard, .magenta), (.review, .meetingSectionReview, .blue),
            (.moveUp, .meetingSectionMoveUp, .yellow), (.other, .meetingSectionOther, .normal),
        ]
        for (section, key, color) in sections {
            let items = agenda.section(section)
            if items.isEmpty && section != .board { continue }
            if !out.isEmpty { out.append(AgendaLine(line: .blank, id: nil)) }
            var title = Texts.text(key, lang).uppercased()
            if section == .board { title += " " + String(agenda.discussedCount) + "/" + String(agenda.boardCount) }
            out.append(AgendaLine(line: StyledLine(title, CellStyle(color: color, bold: true)), id: nil))
            if items.isEmpty { out.append(AgendaLine(line: StyledLine(" " + Texts.text(.boardNoneIntensive, lang), .dim), id: nil)) }
            // Names shortened so that two Mathiases still read as two (`M. Lønning`, `Mathias H.`).
            let nameW = max(3, width - 3 - 2 - 5)
            let names = s.hidesText
                ? items.map { DisplayWidth.truncate(s.label($0.entry.youth), to: nameW) }
                : NameFit.distinct(items.map { ($0.entry.youth.name, s.nameNumber($0.entry.youth), s.labelNumber($0.entry.youth)) },
                                   width: nameW)
            for (item, name) in zip(items, names) {
                let (m, ms) = mark(item, s)
                let y = item.entry.youth
                // Mark, status symbol, name, and the time spent at the right.
                var segs: [(String, CellStyle)] = [(" " + m + " ", ms), (y.status.symbol + " ", RowCells.statusStyle(y.status)),
                                                   (DisplayWidth.pad(name, to: nameW), .bold)]
                let secs = item.seconds + (item.id == s.meeting.currentID && s.meeting.isOpen ? s.secondsOnCurrent : 0)
                if secs > 0 || item.outcome == .discussed {
                    let t = String(secs / 60) + ":" + (secs % 60 < 10 ? "0" : "") + String(secs % 60)
                    segs.append((DisplayWidth.pad(t, to: 5, alignRight: true), .dim))
                }
                out.append(AgendaLine(line: StyledLine(segs), id: item.id))
            }
        }
        return out
    }

    // MARK: The youth under discussion

    static func panelLines(_ s: AppState, _ agenda: MeetingAgenda, width: Int) -> [StyledLine] {
        let lang = s.language, today = s.board.today, team = s.board.team, hide = s.hidesText
        guard let m = s.meeting.record else { return [StyledLine(Texts.text(.meetingNotStarted, lang), .dim)] }
        guard let id = s.meeting.currentID, let item = agenda.items.first(where: { $0.id == id }) else {
            return summary(s, m, agenda)
        }
        let e = item.entry, y = e.youth
        var out: [StyledLine] = []
        // Who, how they are, why on the board.
        var head: [(String, CellStyle)] = [(s.label(y), CellStyle(bold: true, underline: true)),
                                           ("  " + Texts.text(.detailAge, lang, [String(y.age(on: today))]), .plain),
                                           ("  " + y.status.symbol + " " + y.status.label(lang), RowCells.statusStyle(y.status))]
        if let p = y.currentPeriod {
            head.append(("  " + p.reason.label(lang) + ", " + Texts.text(.meetingDay, lang, [String(p.days(today: today))]), .bold))
        } else {
            head.append(("  " + item.section.label(lang), .dim))
        }
        out.append(StyledLine(head))
        // Crisis readiness first: on a small screen it is what must not fall off the bottom.
        out += crisisLines(s, y, width: width)
        var facts = Texts.text(.boardColContact, lang) + " " + team.tag(y.primaryContact)
        facts += " · " + y.whereabouts.label(lang)
        if let ev = y.currentPeriod?.evaluate { facts += " · " + Texts.text(.detailEvaluate, lang, [Dates.short(ev)]) }
        var factLine: [(String, CellStyle)] = [(facts + "  ", .plain)]
        for f in RowCells.flags(e, lang, undocumented: s.undocumented[id: y.id] ?? 0) { factLine.append((f.text + " ", f.style)) }
        out.append(StyledLine(factLine))
        let plan = RowCells.plan(y, s, width: width - 8)
        out.append(StyledLine([(Texts.text(.boardColPlan, lang) + ": ", .dim),
                               (plan.isEmpty ? Texts.text(.meetingNoPlanToday, lang) : plan, plan.isEmpty && y.mode == .intensive
                                   ? CellStyle(color: .yellow, bold: true) : .bold)]))
        if !hide {
            if !y.warning.isEmpty {
                // The warning wraps under its label: it is what the room must not miss.
                let label = Texts.text(.detailWarning, lang) + ": "
                for (i, l) in Wrap.hanging(y.warning, first: width - DisplayWidth.of(label), rest: max(10, width - 2)).enumerated() {
                    out.append(StyledLine([(i == 0 ? label : "  ", .dim), (l, CellStyle(color: .yellow, bold: true))]))
                }
            }
            // The four questions as answered today (`Q`), on one line; never on the shared screen.
            if SharedScreen.allows(.answers, shared: s.shared) {
                let answers = s.meeting.record?.item(y.id).answers
                let words = MeetingMinutes.answerLines(answers, text: false, lang)
                let line = words.isEmpty ? Texts.text(.meetingAnswersNone, lang)
                    : Texts.text(.meetingAnswers, lang, [answers.map { Dates.short($0.day) } ?? "", words.joined(separator: " · ")])
                let concern = answers.map { [$0.treatment, $0.safety, $0.family].contains(.concern) } ?? false
                out.append(StyledLine(DisplayWidth.truncate(line, to: max(5, width - 1)),
                                      words.isEmpty ? .dim : concern ? CellStyle(color: .yellow, bold: true) : .plain))
            }
            // The youth's own goals still being worked on (issue 23), on one line.
            let goals = y.openGoals.map(\.text)
            if !goals.isEmpty {
                let line = Texts.text(.meetingGoals, lang, [goals.joined(separator: "; ")])
                out.append(StyledLine(DisplayWidth.truncate(line, to: max(5, width - 1)), .plain))
            }
            if let p = y.currentPeriod, !p.plan.isEmpty {
                for (i, l) in Wrap.lines(p.plan, width: max(10, width - 6), maxLines: 2).enumerated() {
                    out.append(StyledLine([(i == 0 ? Texts.text(.detailPlanLabel, lang) : "      ", .dim), (l, .plain)]))
                }
            }
        }
        // Reasons due (the crisis plan is called out above already).
        for r in e.due.filter({ !(y.mode == .intensive && $0.rule == "crisis-plan-missing") }).prefix(2) {
            let (sym, style) = DetailView.severitySymbol(r.severity)
            out.append(StyledLine([(sym + " ", style), (DisplayWidth.truncate(r.text(lang, shared: s.shared), to: max(5, width - 3)), .plain)]))
        }
        out.append(.blank)
        // The four questions, two to a line.
        let qs = MeetingAgenda.questionKeys.enumerated().map { (i, k) in String(i + 1) + " " + Texts.text(k, lang) }
        let colW = max(26, qs.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        if width >= colW * 2 {
            out.append(StyledLine([(DisplayWidth.pad(qs[0], to: colW), CellStyle(color: .cyan, bold: true)), (qs[1], CellStyle(color: .cyan, bold: true))]))
            out.append(StyledLine([(DisplayWidth.pad(qs[2], to: colW), CellStyle(color: .cyan, bold: true)), (qs[3], CellStyle(color: .cyan, bold: true))]))
        } else {
            for q in qs { out.append(StyledLine(q, CellStyle(color: .cyan, bold: true))) }
        }
        out.append(.blank)
        // What the meeting recorded for the youth so far.
        let rec = m.item(y.id)
        if !rec.decisions.isEmpty {
            if hide {
                out.append(StyledLine(Texts.text(.meetingDecisionsHidden, count: rec.decisions.count, lang), .bold))
            } else {
                out.append(StyledLine(Texts.text(.meetingDecisions, lang), .bold))
                for d in rec.decisions {
                    for (i, l) in Wrap.lines(d.text, width: max(10, width - 4), maxLines: 2).enumerated() {
                        out.append(StyledLine((i == 0 ? " • " : "   ") + l))
                    }
                }
            }
        }
        for p in rec.plans {
            out.append(StyledLine(Texts.text(.meetingPlanSet, lang, [team.tag(p.staff), p.time]), .plain))
        }
        for c in rec.changes {
            out.append(StyledLine(Texts.text(.meetingChange, lang, [MeetingMinutes.fieldWord(c.field, lang), changeValue(c.field, c.old, lang),
                                                                           changeValue(c.field, c.new, lang)]), .plain))
        }
        let secs = rec.seconds + (m.isOpen ? s.secondsOnCurrent : 0)
        out.append(StyledLine(Texts.text(.meetingTimeOnYouth, lang, [MeetingUpdate.duration(secs, lang)]), .dim))
        return out
    }

    /// A status or mode value in the user's words.
    static func changeValue(_ field: String, _ raw: String?, _ lang: Language) -> String {
        if field == "status", let raw, let st = Status(rawValue: raw) { return st.symbol + " " + st.label(lang) }
        return MeetingMinutes.valueWord(field, raw, lang)
    }

    /// Crisis readiness for an intensive youth: a missing or outdated plan is called out (symbol
    /// and colour), and the plan's out-of-hours contact is shown beside tonight's on-call.
    static func crisisLines(_ s: AppState, _ y: Youth, width: Int) -> [StyledLine] {
        let lang = s.language
        guard y.needsCrisisPlan else { return [] }
        let readiness = CrisisReadiness(board: s.board, rota: s.rota ?? Rota())
        guard let item = readiness.items.first(where: { $0.youth == y.id }) else { return [] }
        var out: [StyledLine] = []
        for p in item.problems {
            let style = p == .noOutOfHours ? CellStyle(color: .yellow, bold: true) : CellStyle(color: .red, bold: true)
            out.append(StyledLine("⚠ " + p.label(lang), style))
        }
        if let updated = item.planUpdated, !item.problems.contains(.outdated) {
            out.append(StyledLine([(Texts.text(.detailCrisisPlan, lang) + ": ", .dim), (Texts.text(.detailUpdated, lang, [Dates.short(updated)]), .plain)]))
        }
        if let o = item.outOfHours, !o.isEmpty {
            // Who the family calls, and tonight's on-call: safety lines wrap, they are never cut.
            let label = Texts.text(.readinessOutOfHours, lang, [""])
            // A hanging indent under the label, or two columns when that would leave too little room.
            let lw = DisplayWidth.of(label)
            let indent = String(repeating: " ", count: width - lw >= 30 ? lw : 2)
            let rest = max(10, width - DisplayWidth.of(indent))
            let text = s.hidesText ? Texts.text(.meetingOutOfHoursHidden, lang) : o
            for (i, l) in Wrap.hanging(text, first: width - lw, rest: rest).enumerated() {
                out.append(StyledLine([(i == 0 ? label : indent, .dim), (l, .plain)]))
            }
            for l in Wrap.lines(onCallText(s), width: rest) {
                out.append(StyledLine([(indent, .dim), (l, CellStyle(color: .cyan))]))
            }
        }
        return out
    }

    /// When nobody is under discussion: everything is gone through, or the meeting has ended.
    static func summary(_ s: AppState, _ m: Meeting, _ agenda: MeetingAgenda) -> [StyledLine] {
        let lang = s.language
        var out: [StyledLine] = []
        if let end = m.ended {
            out.append(StyledLine(Texts.text(.meetingEnded, lang, [end.clock]), .bold))
            let missing = m.undiscussed
            if missing.isEmpty {
                out.append(StyledLine("✓ " + Texts.text(.meetingEndedAll, lang), CellStyle(color: .green, bold: true)))
            } else {
                let who = missing.map { id in s.board.entry(id).map { s.label($0.youth) } ?? id }.joined(separator: ", ")
                out.append(StyledLine("✗ " + Texts.text(.meetingNotDiscussedList, lang, [who]), CellStyle(color: .red, bold: true)))
            }
        } else {
            out.append(StyledLine(Texts.text(agenda.next == nil ? .meetingAllDone : .meetingPickNext, lang), .bold))
        }
        out.append(.blank)
        out.append(StyledLine(agenda.progress(lang), .plain))
        // Crisis readiness for the coming week: every shift nobody has, one line each.
        if let c = CoverageText.coverage(s), !c.isEmpty {
            out.append(.blank)
            for l in CoverageText.lines(c, lang) { out.append(StyledLine(l, CoverageText.style)) }
        }
        return out
    }
}
