import TavleCore

/// Everything about one youth (Enter): the record, why they are due, the board periods,
/// contacts over 8 weeks, plans and the last notes. Two columns when the terminal is wide.
enum DetailView {
    static let twoColumnWidth = 100
    static let lastNotes = 6

    static func viewport(height: Int) -> Int { max(1, height - 3) }

    /// How many lines the content takes at this width (for scrolling).
    static func lineCount(_ s: AppState, width: Int) -> Int {
        let (left, right) = columns(s, width: width)
        return width >= twoColumnWidth ? max(left.count, right.count) : left.count + 1 + right.count
    }

    static func draw(_ s: AppState, into screen: inout Screen, _ report: inout ViewReport) {
        let w = screen.width
        guard let d = s.detail, let entry = s.board.entry(d.youthID) ?? d.youth.map({ BoardEntry(youth: $0, due: []) }) else {
            screen.put(Texts.text(.detailGone, s.language), x: 1, y: 2, style: .bold, maxWidth: w - 2)
            return
        }
        titleBar(entry, d.youth ?? entry.youth, s, into: &screen)
        let (left, right) = columns(s, width: w)
        let vp = viewport(height: screen.height)
        let maxScroll = max(0, lineCount(s, width: w) - vp)
        let top = min(d.scroll, maxScroll)
        report.scrollTop = top
        report.maxScroll = maxScroll
        report.page = max(1, vp - 1)
        if w >= twoColumnWidth {
            let lw = leftWidth(w)
            for i in 0..<vp {
                if top + i < left.count { left[top + i].draw(into: &screen, x: 1, y: 1 + i, width: lw - 1) }
                if top + i < right.count { right[top + i].draw(into: &screen, x: lw + 2, y: 1 + i, width: w - lw - 3) }
                screen.put("│", x: lw, y: 1 + i, style: .dim)
            }
        } else {
            let all = left + [.blank] + right
            for i in 0..<vp where top + i < all.count { all[top + i].draw(into: &screen, x: 1, y: 1 + i, width: w - 2) }
        }
        if top > 0 { screen.put("↑", x: w - 1, y: 1, style: .bold) }
        if top < maxScroll { screen.put("↓", x: w - 1, y: vp, style: .bold) }
    }

    static func leftWidth(_ w: Int) -> Int { min(60, w / 2) }

    static func titleBar(_ e: BoardEntry, _ y: Youth, _ s: AppState, into screen: inout Screen) {
        let lang = s.language, w = screen.width
        screen.fill(x: 0, y: 0, width: w, style: .reverse)
        var parts: [(String, CellStyle)] = [(s.labels[y.id] ?? y.initials, CellStyle(bold: true, reverse: true))]
        if !s.hidesText { parts.append(("  " + y.name, CellStyle(bold: true, reverse: true))) }
        parts.append(("  " + Texts.text(.detailAge, lang, [String(y.age(on: s.board.today))]), .reverse))
        var st = RowCells.statusStyle(y.status); st.reverse = true
        parts.append(("  " + y.status.symbol + " " + y.status.label(lang), st))
        if let p = y.currentPeriod {
            parts.append(("  " + Texts.text(.detailOnBoardFor, lang, [p.reason.label(lang), String(p.days(today: s.board.today))]),
                          CellStyle(bold: true, reverse: true)))
        } else {
            parts.append(("  " + Mode.caseManagement.label(lang), .reverse))
        }
        StyledLine(parts).draw(into: &screen, x: 1, y: 0, width: w - 2)
    }

    /// The content, as a left (the record) and a right (what is going on) column of lines.
    static func columns(_ s: AppState, width: Int) -> (left: [StyledLine], right: [StyledLine]) {
        guard let d = s.detail else { return ([], []) }
        let summary = s.board.entry(d.youthID)
        guard let y = d.youth ?? summary?.youth else { return ([], []) }
        let due = summary?.due ?? ReviewRules.due(y, today: s.board.today, settings: s.board.team.rules)
        let colWidth = width >= twoColumnWidth ? (width - leftWidth(width) - 3) : width - 2
        let leftW = width >= twoColumnWidth ? leftWidth(width) - 1 : width - 2
        return (facts(y, s, width: leftW), activity(y, due, loaded: d.youth != nil, s, width: colWidth))
    }

    static func heading(_ key: TextKey, _ lang: Language) -> StyledLine {
        StyledLine(Texts.text(key, lang).uppercased(), CellStyle(color: .blue, bold: true))
    }

    static let labelWidth = 17

    static func field(_ key: TextKey, _ value: String, _ lang: Language, style: CellStyle = .plain) -> StyledLine {
        StyledLine([(DisplayWidth.pad(Texts.text(key, lang), to: labelWidth - 1) + " ", .dim), (value, style)])
    }

    static func staffName(_ id: StaffID?, _ team: Team) -> String {
        guard let id else { return "–" }
        guard let m = team.member(id) else { return id }
        return m.name + " (" + m.tag + ")"
    }

    static func facts(_ y: Youth, _ s: AppState, width: Int) -> [StyledLine] {
        let lang = s.language, team = s.board.team, today = s.board.today, hide = s.hidesText
        let may = { (item: SharedScreen.Item) in SharedScreen.allows(item, shared: s.shared) }
        var out: [StyledLine] = [heading(.detailFacts, lang)]
        let age = Texts.text(.detailAge, lang, [String(y.age(on: today))])
        out.append(may(.birthDate) ? field(.detailBorn, y.born.text(lang) + "  (" + age + ")", lang) : field(.detailAgeLabel, age, lang))
        out.append(field(.detailIntake, y.intake.text(lang), lang))
        if let r = y.referral, may(.referral) {
            // Where the youth came from and who referred (a name: not on the shared screen).
            var text = r.source.label(lang)
            if let c = r.contact, !c.isEmpty, !hide { text += " · " + c }
            if let t = y.referralTimingText(lang) { text += " · " + t }
            out.append(field(.detailReferral, text, lang))
        }
        out.append(field(.detailPhase, y.phase.label(lang), lang))
        out.append(field(.detailWhereabouts, y.whereabouts.label(lang), lang, style: y.whereabouts == .home ? .plain : .bold))
        if let m = y.municipality, may(.municipality) { out.append(field(.detailMunicipality, m, lang)) }
        out += schoolLines(y, s, width: width)
        out.append(field(.detailPrimary, may(.staffNames) ? staffName(y.primaryContact, team) : team.tag(y.primaryContact), lang))
        out.append(field(.detailSecond, may(.staffNames) ? staffName(y.secondContact, team) : team.tag(y.secondContact), lang))
        if !y.domains.isEmpty {
            out.append(field(.detailDomains, y.domains.map { $0.label(lang) }.joined(separator: ", "), lang))
        }
        // All three intake criteria; one not assessed is shown as such (never a silent yes).
        for (i, l) in Wrap.lines(y.intakeCriteriaText(lang), width: max(10, width - labelWidth)).enumerated() {
            out.append(i == 0 ? field(.detailCriteria, l, lang, style: y.unassessedCriteria.isEmpty ? .plain : .bold)
                              : StyledLine(String(repeating: " ", count: labelWidth) + l))
        }
        if let cp = y.crisisPlan {
            out.append(field(.detailCrisisPlan, Texts.text(.detailUpdated, lang, [cp.updated.text(lang)]), lang))
            // Who to call out of hours is a safety line: it wraps, it is never cut.
            if let o = cp.outOfHours, !hide {
                for (i, l) in Wrap.lines(o, width: max(10, width - labelWidth)).enumerated() {
                    out.append(i == 0 ? field(.detailOutOfHours, l, lang) : StyledLine(String(repeating: " ", count: labelWidth) + l))
                }
            }
        } else {
            out.append(field(.detailCrisisPlan, Texts.text(.detailNone, lang),
                             lang, style: y.mode == .intensive ? CellStyle(color: .red, bold: true) : .plain))
        }
        for o in y.orders {
            let days = today.days(to: o.expires)
            let style: CellStyle = days <= team.rules.orderExpiringDays ? CellStyle(color: .magenta, bold: true) : .plain
            let kind = may(.orderKind) ? o.kind : Texts.text(.detailOrder, lang)
            out.append(field(.detailOrder, Texts.text(.detailOrderExpires, lang, [kind, o.expires.text(lang)]), lang, style: style))
        }
        out.append(field(.detailPlanReviewed, y.planReviewed?.text(lang) ?? "–", lang))
        if let r = y.lastReview {
            out.append(field(.detailLastReview, r.day.text(lang) + "  " + team.tag(r.by), lang))
        } else {
            out.append(field(.detailLastReview, "–", lang))
        }
        if let t = y.lastContact {
            out.append(field(.detailLastContact, Dates.shortDateTime(t) + "  (" + Dates.ago(t.day, today: today, lang) + ")", lang))
        }
        // Services that also follow the youth (marked, the referrer, or handed over to).
        let services = ShareParty.allCases.filter { y.isFollowed(by: $0) }
        if !services.isEmpty, may(.otherServices) {
            out.append(field(.detailServices, services.map { $0.label(lang) }.joined(separator: ", "), lang))
        }
        out += consentLines(y, s, width: width)
        out += handoverLines(y, s, width: width)
        out += decisionLines(y, s, width: width)
        if hide {
            out.append(.blank)
            // The shared screen refuses `p`, so it does not offer it.
            out.append(StyledLine(Texts.text(s.shared ? .detailTextHiddenShared : .detailTextHidden, lang), .dim))
        } else {
            // The youth's own goals as a list (`T` adds one); the single goal text of older records otherwise.
            let single: [(TextKey, String)] = y.goalList.isEmpty ? [(.detailGoals, y.goals)] : []
            for (key, text): (TextKey, String) in [(.detailWarning, y.warning)] + single where !text.isEmpty {
                let lines = Wrap.lines(text, width: max(10, width - labelWidth))
                for (i, l) in lines.enumerated() {
                    out.append(i == 0 ? field(key, l, lang, style: key == .detailWarning ? CellStyle(color: .yellow, bold: true) : .plain)
                               : StyledLine(String(repeating: " ", count: labelWidth) + l))
                }
            }
            out += goalLines(y, s, width: width)
            out += answerLines(y, s, width: width)
            out += networkLines(y, s, width: width)
        }
        return out
    }

    /// The four questions as last answered in a board meeting (never on the shared screen).
    static func answerLines(_ y: Youth, _ s: AppState, width: Int) -> [StyledLine] {
        guard SharedScreen.allows(.answers, shared: s.shared), let a = y.answers else { return [] }
        let lang = s.language
        let lines = MeetingMinutes.answerLines(a, text: true, lang)
        var out: [StyledLine] = []
        for (i, line) in lines.enumerated() {
            let text = i == 0 ? a.day.text(lang) + ": " + line : line
            let style: CellStyle = line.hasSuffix(QuestionAnswer.concern.label(lang)) ? CellStyle(color: .yellow, bold: true) : .plain
            for (j, l) in Wrap.lines(text, width: max(10, width - labelWidth)).enumerated() {
                out.append(i == 0 && j == 0 ? field(.detailAnswers, l, lang, style: style)
                           : StyledLine(String(repeating: " ", count: labelWidth) + l, style))
            }
        }
        return out
    }

    /// The youth's family and network, numbered (`N` adds or removes one; never on the shared screen).
    static func networkLines(_ y: Youth, _ s: AppState, width: Int) -> [StyledLine] {
        guard SharedScreen.allows(.network, shared: s.shared) else { return [] }
        let lang = s.language
        guard !y.network.isEmpty else { return [field(.detailNetwork, Texts.text(.detailNetworkNone, lang), lang, style: .dim)] }
        var out: [StyledLine] = []
        for e in y.network {
            for (j, l) in Wrap.lines(NetworkText.line(e, lang), width: max(10, width - labelWidth)).enumerated() {
                out.append(out.isEmpty && j == 0 ? field(.detailNetwork, l, lang) : StyledLine(String(repeating: " ", count: labelWidth) + l))
            }
        }
        return out
    }

    /// Each of the youth's own goals, numbered, with its date; a reached one dimmed with its day.
    static func goalLines(_ y: Youth, _ s: AppState, width: Int) -> [StyledLine] {
        let lang = s.language
        var out: [StyledLine] = []
        for g in y.goalList {
            var text = "\(g.number). " + g.text + " (" + g.date.text(lang) + ")"
            if let done = g.done { text += " · " + Texts.text(.detailGoalDone, lang, [done.text(lang)]) }
            let style: CellStyle = g.done == nil ? .plain : .dim
            for (i, l) in Wrap.lines(text, width: max(10, width - labelWidth)).enumerated() {
                out.append(i == 0 && out.isEmpty ? field(.detailGoal, l, lang, style: style)
                           : StyledLine(String(repeating: " ", count: labelWidth) + l, style))
            }
        }
        return out
    }

    /// School or work: the status that holds today (`W` changes it) and, off the shared screen,
    /// since when, its note and the earlier ones. The shared screen shows the status word only.
    static func schoolLines(_ y: Youth, _ s: AppState, width: Int) -> [StyledLine] {
        let lang = s.language, today = s.board.today
        guard let now = y.schoolEntry(on: today) else {
            return [field(.detailSchool, Texts.text(.detailSchoolNone, lang), lang, style: .dim)]
        }
        let style: CellStyle = now.status.isInSchoolOrWork ? CellStyle(color: .green) : CellStyle(color: .yellow, bold: true)
        guard SharedScreen.allows(.schoolHistory, shared: s.shared) else {
            return [field(.detailSchool, now.status.label(lang), lang, style: style)]
        }
        var out = [field(.detailSchool, Texts.text(.detailSchoolSince, lang, [now.status.label(lang), now.since.text(lang)]), lang, style: style)]
        let pad = String(repeating: " ", count: labelWidth)
        if let n = now.note, !s.hidesText {
            for l in Wrap.lines(n, width: max(10, width - labelWidth), maxLines: 2) { out.append(StyledLine(pad + l)) }
        }
        let earlier = y.school.filter { $0 != now && $0.since <= today }.suffix(3)
        if !earlier.isEmpty {
            out.append(StyledLine(pad + Texts.text(.detailSchoolHistory, lang), .dim))
            for e in earlier.reversed() { out.append(StyledLine(pad + "  " + Dates.short(e.since) + "  " + e.status.label(lang), .dim)) }
        }
        return out
    }

    /// Consent per party: the standing consent (who gave it, when, its scope) or, after a
    /// withdrawal, that sharing is NOT allowed. The symbol follows `Youth.mayShare`, the core's
    /// rule, so a share is never shown as allowed after it was withdrawn.
    static func consentLines(_ y: Youth, _ s: AppState, width: Int) -> [StyledLine] {
        let lang = s.language
        var out: [StyledLine] = []
        for party in ShareParty.allCases {
            guard let c = y.consents.last(where: { $0.party == party }) else { continue }
            let allowed = y.mayShare(with: party)
            // On the shared screen the state alone: whom the youth shares with names another
            // service, and who gave it when can give a birthday (a consent from 16).
            if !SharedScreen.allows(.otherServices, shared: s.shared) {
                let text = (allowed ? "✓ " : "✗ ") + Texts.text(allowed ? .detailShareAllowed : .detailShareNotAllowed, lang)
                out.append(field(.detailConsent, text, lang, style: allowed ? CellStyle(color: .green) : CellStyle(color: .red, bold: true)))
                continue
            }
            var text = party.label(lang)
            if let n = c.note, !s.hidesText { text += " (" + n + ")" }
            text += ": "
            if allowed {
                text += Texts.text(.detailShareAllowed, lang) + ", " + Texts.text(.detailGiven, lang, [c.givenBy.label(lang), c.given.text(lang)])
                if let scope = c.scope, !s.hidesText { text += " · " + Texts.text(.detailScope, lang, [scope]) }
            } else {
                text += Texts.text(.detailShareNotAllowed, lang) + ", "
                    + Texts.text(.detailWithdrawn, lang, [c.withdrawn?.text(lang) ?? "?"])
                    + " (" + Texts.text(.detailGiven, lang, [c.givenBy.label(lang), c.given.text(lang)]) + ")"
            }
            let lines = Wrap.lines((allowed ? "✓ " : "✗ ") + text, width: max(10, width - labelWidth))
            let style: CellStyle = allowed ? CellStyle(color: .green) : CellStyle(color: .red, bold: true)
            for (i, l) in lines.enumerated() {
                out.append(i == 0 ? field(.detailConsent, l, lang, style: style) : StyledLine(String(repeating: " ", count: labelWidth) + l, style))
            }
        }
        return out
    }

    /// The handover at discharge, and in the discharge phase what it still lacks.
    static func handoverLines(_ y: Youth, _ s: AppState, width: Int) -> [StyledLine] {
        let lang = s.language
        var out: [StyledLine] = []
        if let h = y.handover {
            // The service is typed text: the shared screen shows only that there is a handover.
            var text = SharedScreen.allows(.freeText, shared: s.shared) ? h.service : "✓"
            if let c = h.contact, !s.hidesText { text += " · " + c }
            if let d = h.day { text += " · " + d.text(lang) }
            if let ok = h.consented { text += " · " + Texts.text(ok ? .detailHandoverConsented : .detailHandoverNoConsent, lang) }
            out.append(field(.detailHandover, text, lang))
            if let f = h.followUp, !s.hidesText {
                for l in Wrap.lines(f, width: max(10, width - labelWidth), maxLines: 2) {
                    out.append(StyledLine(String(repeating: " ", count: labelWidth) + l))
                }
            }
        }
        let missing = y.handoverMissing
        if !missing.isEmpty {
            let what = missing.map { $0.label(lang) }.joined(separator: ", ")
            for (i, l) in Wrap.lines("⚠ " + Texts.text(.detailHandoverMissing, lang, [what]), width: max(10, width - labelWidth)).enumerated() {
                out.append(i == 0 ? field(.detailHandover, l, lang, style: CellStyle(color: .yellow, bold: true))
                           : StyledLine(String(repeating: " ", count: labelWidth) + l, CellStyle(color: .yellow, bold: true)))
            }
        }
        return out
    }

    /// Decisions and whether each is written into the patient record; late ones are flagged.
    static func decisionLines(_ y: Youth, _ s: AppState, width: Int) -> [StyledLine] {
        let lang = s.language, team = s.board.team
        let decisions = y.shownNotes.filter { $0.kind == .decision }.suffix(4)
        guard !decisions.isEmpty else { return [] }
        let late = Set(Documentation.undocumented([y], today: s.board.today).map(\.note))
        var out: [StyledLine] = [.blank, heading(.detailDecisions, lang)]
        for n in decisions.reversed() {
            let who = team.tag(n.author)
            let (mark, style): (String, CellStyle) = n.documented != nil
                ? ("✓ " + Texts.text(.detailDocumented, lang, [n.documented.map { Dates.short($0.day) } ?? ""]), CellStyle(color: .green))
                : late.contains(n.id) ? ("✗ " + Texts.text(.detailNotDocumentedLate, lang), CellStyle(color: .yellow, bold: true))
                : ("… " + Texts.text(.detailNotDocumented, lang), .dim)
            out.append(StyledLine([(Dates.shortDateTime(n.at) + " " + who + "  ", .dim), (mark, style)]))
            if !s.hidesText {
                for l in Wrap.lines(n.text, width: max(10, width - 2), maxLines: 2) { out.append(StyledLine("  " + l)) }
            }
        }
        if !late.isEmpty, !s.isReadOnly { out.append(StyledLine(Texts.text(.detailDocumentedHint, lang), .dim)) }
        return out
    }

    static func severitySymbol(_ sev: Severity) -> (String, CellStyle) {
        switch sev {
        case .urgent: ("!!", CellStyle(color: .red, bold: true))
        case .warning: ("! ", CellStyle(color: .yellow, bold: true))
        case .info: ("i ", CellStyle(color: .cyan))
        }
    }

    static func activity(_ y: Youth, _ due: [DueReason], loaded: Bool, _ s: AppState, width: Int) -> [StyledLine] {
        let lang = s.language, team = s.board.team, today = s.board.today, hide = s.hidesText
        var out: [StyledLine] = []
        // Why due
        out.append(heading(.detailDue, lang))
        if due.isEmpty { out.append(StyledLine(Texts.text(.detailNotDue, lang), .dim)) }
        for r in due {
            let (sym, style) = severitySymbol(r.severity)
            for (i, l) in Wrap.lines(r.text(lang, shared: s.shared), width: max(10, width - 3)).enumerated() {
                out.append(StyledLine([(i == 0 ? sym + " " : "   ", style), (l, .plain)]))
            }
        }
        out.append(.blank)
        // Board periods
        out.append(heading(.detailBoard, lang))
        if let p = y.currentPeriod {
            var line = Texts.text(.detailPeriodNow, lang, [p.reason.label(lang), p.start.text(lang), String(p.days(today: today))])
            if let ev = p.evaluate { line += " · " + Texts.text(.detailEvaluate, lang, [ev.text(lang)]) }
            out.append(StyledLine(line, .bold))
            let by = SharedScreen.allows(.staffNames, shared: s.shared) ? staffName(p.decidedBy, team) : team.tag(p.decidedBy)
            out.append(StyledLine(Texts.text(.detailDecidedBy, lang, [by]), .dim))
            if !hide && !p.plan.isEmpty {
                for (i, l) in Wrap.lines(p.plan, width: max(10, width - 6)).enumerated() {
                    out.append(StyledLine([(i == 0 ? Texts.text(.detailPlanLabel, lang) : "      ", .dim), (l, .plain)]))
                }
            }
        } else {
            out.append(StyledLine(Texts.text(.detailNotOnBoard, lang), .dim))
        }
        let history = y.boardPeriods.filter { $0.end != nil }
        if !history.isEmpty {
            out.append(StyledLine(Texts.text(.detailHistory, lang), .dim))
            for p in history.reversed() {
                let end = p.end!
                var line = "  " + Dates.short(p.start) + "–" + end.text(lang) + "  " + p.reason.label(lang) + "  "
                    + Texts.text(.daysShort, lang, [String(p.days(today: today))])
                if !hide, let n = p.endNote, !n.isEmpty { line += "  · " + n }
                out.append(StyledLine(line))
            }
        }
        out.append(.blank)
        // Contacts chart (needs the full record)
        out.append(heading(.detailContacts, lang))
        if loaded {
            out += ContactChart.lines(y, today: today, lang)
            // The latest contacts with their arena (home, school, in the community …).
            let recent = y.shownContacts.sorted { $0.at > $1.at }.prefix(3)
            if !recent.isEmpty {
                out.append(StyledLine(Texts.text(.detailRecentContacts, lang), .dim))
                for c in recent {
                    var text = c.kind.label(lang) + " · " + c.with.label(lang)
                    if let a = c.arena, SharedScreen.allows(.contactArena, shared: s.shared), !(a == .phone && c.kind == .phone) {
                        text += " · " + a.label(lang)
                    }
                    if let p = c.place, !hide, SharedScreen.allows(.places, shared: s.shared) { text += " (" + p + ")" }
                    out.append(StyledLine([("  " + Dates.shortDateTime(c.at) + " ", .dim), (team.tag(c.staff) + "  ", .bold), (text, .plain)]))
                }
            }
        }
        else { out.append(StyledLine(Texts.text(.detailLoading, lang), .dim)) }
        out.append(.blank)
        // Plans
        out.append(heading(.detailPlans, lang))
        let plans = y.plans.filter { $0.day >= today }.sorted { ($0.day, $0.time) < ($1.day, $1.time) }
        if plans.isEmpty { out.append(StyledLine(Texts.text(.detailNoPlans, lang), .dim)) }
        for p in plans.prefix(6) {
            let day = p.day == today ? Texts.text(.agoToday, lang) : Dates.short(p.day)
            let place = !s.shared ? (p.place.map { "  " + $0 } ?? "") : ""
            out.append(StyledLine([(DisplayWidth.pad(day, to: 7) + p.time + "  ", .plain),
                                   (team.tag(p.staff), .bold), (place, .plain)]))
        }
        out.append(.blank)
        // Notes
        out.append(heading(.detailNotes, lang))
        if !loaded {
            out.append(StyledLine(Texts.text(.detailLoading, lang), .dim))
        } else if y.shownNotes.isEmpty {
            out.append(StyledLine(Texts.text(.detailNoNotes, lang), .dim))
        } else if hide {
            out.append(StyledLine(Texts.text(.detailNotesHidden, lang, [String(y.shownNotes.count)]), .dim))
        } else {
            for n in y.shownNotes.suffix(lastNotes).reversed() {
                let kindStyle: CellStyle = n.kind == .note ? .dim : CellStyle(color: n.kind == .warning ? .yellow : .magenta, bold: true)
                out.append(StyledLine([(Dates.shortDateTime(n.at) + "  ", .dim), (team.tag(n.author) + "  ", .bold),
                                       (n.kind.label(lang), kindStyle)]))
                for l in Wrap.lines(n.text, width: max(10, width - 2), maxLines: 4) { out.append(StyledLine("  " + l)) }
            }
            if y.shownNotes.count > lastNotes {
                out.append(StyledLine(Texts.text(.detailMoreNotes, lang, [String(y.shownNotes.count - lastNotes)]), .dim))
            }
        }
        return out
    }
}
