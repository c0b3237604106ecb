import TavleCore

/// Full-screen pages that scroll: the day plan (`d`) and the team's numbers (`S`). A title
/// bar on top, the lines below, the status line and the key-hint bar at the bottom.
enum PageView {
    static func viewport(height: Int) -> Int { max(1, height - 3) }

    static func lines(_ s: AppState, width: Int) -> [StyledLine] {
        switch s.mode {
        case .stats: StatsView.lines(s, width: width - 2)
        case .caseload: CaseloadView.lines(s, width: width - 2)
        case .fidelity: FidelityView.lines(s, width: width - 2)
        default: DayPlanView.lines(s, width: width - 2)
        }
    }

    static func draw(_ s: AppState, into screen: inout Screen, _ report: inout ViewReport) {
        let lang = s.language, w = screen.width
        screen.fill(x: 0, y: 0, width: w, style: .reverse)
        let title = switch s.mode {
        case .stats: Texts.text(.statsTitle, lang) + "  " + Dates.weekdayAndDate(s.board.today, lang)
        case .caseload: Texts.text(.caseloadPageTitle, lang) + "  " + Dates.weekdayAndDate(s.board.today, lang)
        case .fidelity: FidelityView.title(s)
        default: Texts.text(.dayplanTitle, lang, [Dates.weekdayDateAndName(s.board.today, lang)])
        }
        var right = s.mode == .dayPlan ? MeetingView.onCallText(s) : ""
        // The on-call goes at the right only when the title still fits whole beside it.
        if DisplayWidth.of(title) + DisplayWidth.of(right) + 4 > w { right = "" }
        let rw = DisplayWidth.of(right)
        screen.put(title, x: 1, y: 0, style: CellStyle(bold: true, reverse: true), maxWidth: max(0, w - rw - 3))
        if !right.isEmpty { screen.put(right, x: w - rw - 1, y: 0, style: CellStyle(bold: true, reverse: true)) }
        let all = lines(s, width: w)
        let vp = viewport(height: screen.height)
        let top = min(s.pageScroll, max(0, all.count - vp))
        report.scrollTop = top
        report.maxScroll = max(0, all.count - vp)
        report.page = max(1, vp - 1)
        for i in 0..<vp where top + i < all.count { all[top + i].draw(into: &screen, x: 1, y: 1 + i, width: w - 2) }
        if top > 0 { screen.put("↑", x: w - 1, y: 1, style: .bold) }
        if top + vp < all.count { screen.put("↓", x: w - 1, y: vp, style: .bold) }
    }

    static func heading(_ text: String) -> StyledLine { StyledLine(text.uppercased(), CellStyle(color: .blue, bold: true)) }
}

/// The day plan: today's rota (on duty, on call) and the coming week's gaps in it, and who sees
/// whom today, by staff member, with times.
enum DayPlanView {
    static func lines(_ s: AppState, width: Int) -> [StyledLine] {
        let lang = s.language, team = s.board.team
        let plan = DayPlan(board: s.board, rota: s.rota, day: s.board.today)
        // `@OB Ole Bråten` for the team; `@OB` alone on the shared screen.
        let named = { (id: StaffID, gap: String) -> String in
            guard SharedScreen.allows(.staffNames, shared: s.shared), let m = team.member(id) else { return team.tag(id) }
            return m.tag + gap + m.name
        }
        var out: [StyledLine] = [PageView.heading(Texts.text(.dayplanRota, lang))]
        if plan.duties.isEmpty {
            out.append(StyledLine(Texts.text(.rotaNobody, lang) + " " + Texts.text(.dayplanRotaHint, lang), .dim))
        } else {
            let labelW = Shift.allCases.map { DisplayWidth.of($0.label(lang)) }.max()! + 2
            for d in plan.duties {
                let who = d.staff.map { named($0, " ") }.joined(separator: ", ")
                out.append(StyledLine([(DisplayWidth.pad(d.shift.label(lang), to: labelW), d.shift == .onCall ? CellStyle(color: .cyan, bold: true) : .dim),
                                       (who, d.shift == .onCall ? .bold : .plain)]))
            }
        }
        // The coming week's gaps, one line each (setting the shift clears them).
        if let c = CoverageText.coverage(s) {
            for l in CoverageText.lines(c, lang) { out.append(StyledLine(l, CoverageText.style)) }
        }
        out.append(.blank)
        out.append(PageView.heading(Texts.text(.dayplanVisits, lang)))
        // Every youth's plan for today, grouped by the staff member who sees them.
        let nameW = min(18, plan.staff.flatMap(\.visits).map { DisplayWidth.of(s.label($0.youth)) }.max() ?? 4)
        for day in plan.staff {
            let who = named(day.staff, "  ")
            out.append(StyledLine([(who, .bold), ("  (" + String(day.visits.count) + ")", .dim)]))
            for v in day.visits {
                let y = v.youth
                var segs: [(String, CellStyle)] = [("   " + v.time + "  ", .plain), (DisplayWidth.pad(DisplayWidth.truncate(s.label(y), to: nameW), to: nameW) + " ", .bold),
                                                   (y.status.symbol + " ", RowCells.statusStyle(y.status))]
                if y.mode == .intensive { segs.append((Texts.text(.dayplanOnBoard, lang) + " ", CellStyle(color: .magenta))) }
                if SharedScreen.allows(.places, shared: s.shared), let place = v.place { segs.append((place, .plain)) }
                out.append(StyledLine(segs))
            }
        }
        if plan.staff.isEmpty { out.append(StyledLine(Texts.text(.dayplanNone, lang), .dim)) }
        // Board youths are seen every day: one without a plan is worth saying out loud.
        let unplanned = plan.unplanned.map { s.label($0) }
        if !unplanned.isEmpty {
            out.append(.blank)
            for l in Wrap.lines("⚠ " + Texts.text(.dayplanUnplanned, lang, [unplanned.joined(separator: ", ")]), width: width) {
                out.append(StyledLine(l, CellStyle(color: .yellow, bold: true)))
            }
        }
        return out
    }
}

/// The team's numbers (`S`): board share today and per week (a bar chart), days on the board,
/// contacts per youth per week, youths seen by more than one, meetings held.
enum StatsView {
    static func lines(_ s: AppState, width: Int) -> [StyledLine] {
        let lang = s.language, c = Catalog.shared
        guard let st = s.stats else { return [StyledLine(Texts.text(.statsLoading, lang), .dim)] }
        var out: [StyledLine] = []
        // Narrowed by the board's municipality filter (`M`): it says so first.
        if let m = st.municipality { out.append(StyledLine(c.text(.statsNarrowed, lang, [TextSafety.display(m)]), CellStyle(bold: true))) }
        let b = st.boardShare
        var share: [(String, CellStyle)] = [(c.text(.statsBoardShare, lang, [pct(b.share), String(b.onBoard), String(b.active), pct(b.target)]), .bold)]
        if b.share > b.warningAbove {
            share.insert(("▲ ", CellStyle(color: .red, bold: true)), at: 0)
            share.append(("  " + Texts.text(.statsAboveWarning, lang, [pct(b.warningAbove)]), CellStyle(color: .red, bold: true)))
        }
        out.append(StyledLine(share))
        out.append(.blank)
        out.append(PageView.heading(c.text(.statsShareWeeksTitle, lang)))
        out += chart(st.weeks, target: b.target, warning: b.warningAbove, lang)
        out.append(.blank)
        let d = st.daysOnBoard
        let longest = d.longest.map { n in
            String(n) + (d.longestYouth.flatMap { id in s.board.entry(id).map { " (" + s.label($0.youth) + ")" } } ?? "")
        } ?? c.text(.statsNone, lang)
        out.append(StyledLine(c.text(.statsDaysOnBoard, lang, [d.median.map { num($0, lang) } ?? c.text(.statsNone, lang), longest])))
        out.append(.blank)
        out.append(PageView.heading(c.text(.statsContacts, lang)))
        let labelW = max(DisplayWidth.of(c.text(.statsContactsAll, lang)), DisplayWidth.of(c.text(.statsContactsBoard, lang)),
                         DisplayWidth.of(Texts.text(.statsWeek, lang))) + 2
        let colW = 10
        let fit = max(1, (width - labelW) / colW)
        let weeks = st.contacts.suffix(fit)
        out.append(StyledLine(DisplayWidth.pad(Texts.text(.statsWeek, lang), to: labelW)
            + weeks.map { DisplayWidth.pad(weekNumber($0.week), to: colW) }.joined(), .dim))
        for (key, pick): (TextKey, (WeekContacts) -> ContactCounts) in [(.statsContactsAll, { (w: WeekContacts) in w.all }), (.statsContactsBoard, { (w: WeekContacts) in w.board })] {
            let cells = weeks.map { w -> String in
                let cc = pick(w)
                return DisplayWidth.pad(num(cc.contactsPerYouth, lang) + "+" + num(cc.attemptsPerYouth, lang), to: colW)
            }
            out.append(StyledLine([(DisplayWidth.pad(c.text(key, lang), to: labelW), .dim), (cells.joined(), .plain)]))
        }
        out.append(StyledLine(Texts.text(.statsContactsLegend, lang), .dim))
        out.append(.blank)
        let m = st.multipleStaff
        let ok = m.meetsTarget
        let text = (ok ? "✓ " : "✗ ") + c.text(.statsMultipleStaff, lang, [pct(m.share), String(m.seenByMoreThanOne), String(m.youths), pct(m.target)])
        for l in Wrap.lines(text, width: width) { out.append(StyledLine(l, CellStyle(color: ok ? .green : .red, bold: true))) }
        out.append(.blank)
        // Where the work happens, school or work, and the municipalities (issue 22).
        let cs = st.communityShare, sw = st.schoolOrWorkShare
        out.append(StyledLine([(DisplayWidth.pad(c.text(.statsCommunity, lang), to: 22), .dim),
                               (c.text(.statsCommunityValue, lang, [pct(cs.share) + " %", String(cs.numerator), String(cs.denominator),
                                                                    String(st.contacts.count)]), .plain)]))
        out.append(StyledLine([(DisplayWidth.pad(c.text(.statsSchoolOrWork, lang), to: 22), .dim),
                               (c.text(.statsSchoolOrWorkValue, lang, [pct(sw.share) + " %", String(sw.numerator), String(sw.denominator)]), .plain)]))
        let fq = st.fourQuestions
        out.append(StyledLine([(DisplayWidth.pad(c.text(.statsFourQuestions, lang), to: 22), .dim),
                               (c.text(.statsFourQuestionsValue, lang, [pct(fq.share) + " %", String(fq.answered), String(fq.discussions),
                                                                        String(FourQuestionsShare.weeks)]), .plain)]))
        if !st.byMunicipality.isEmpty {
            var places = st.byMunicipality.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            if st.withoutMunicipality.numerator > 0 { places.append((c.text(.statsNoMunicipality, lang), st.withoutMunicipality)) }
            let text = places.map { $0.0 + " " + String($0.1.numerator) + " (" + pct($0.1.share) + " %)" }.joined(separator: " · ")
            for (i, l) in Wrap.lines(text, width: max(10, width - 22)).enumerated() {
                out.append(StyledLine([(DisplayWidth.pad(i == 0 ? c.text(.statsByMunicipality, lang) : "", to: 22), .dim), (l, .plain)]))
            }
        }
        out.append(.blank)
        let mc = st.meetings
        out.append(StyledLine(c.text(.statsMeetings, lang, [String(mc.held), String(mc.coveredAll)])))
        if !mc.notCovered.isEmpty {
            out.append(StyledLine("✗ " + Texts.text(.statsNotCovered, lang, [mc.notCovered.map(Dates.short).joined(separator: ", ")]),
                                  CellStyle(color: .yellow, bold: true)))
        }
        return out
    }

    static func pct(_ x: Double) -> String { String(Int((x * 100).rounded())) }

    /// `1,5` in bokmål, `1.5` in English.
    static func num(_ x: Double, _ lang: Language) -> String {
        let r = (x * 10).rounded() / 10
        let t = r == r.rounded() ? String(Int(r)) : String(r)
        return lang == .nb ? t.replacingOccurrences(of: ".", with: ",") : t
    }

    /// `2026-W47` → `47`.
    static func weekNumber(_ label: String) -> String { String(label.split(separator: "W").last ?? Substring(label)) }

    static let blocks: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// Twelve bars, four rows high, then the share and the week number under each. A bar above
    /// the warning level is red and marked `▲`; above the target, yellow.
    static func chart(_ weeks: [WeekShare], target: Double, warning: Double, _ lang: Language) -> [StyledLine] {
        let rows = 4
        let top = max(weeks.map(\.share).max() ?? 0, warning, target, 0.01)
        var out: [StyledLine] = []
        for r in 0..<rows {
            var segs: [(String, CellStyle)] = []
            for w in weeks {
                let units = Int((w.share / top * Double(rows * 8)).rounded())
                let fill = max(0, min(8, units - (rows - 1 - r) * 8))
                let style = w.share > warning ? CellStyle(color: .red, bold: true) : w.share > target ? CellStyle(color: .yellow) : CellStyle(color: .green)
                segs.append((String(repeating: String(blocks[fill]), count: 3) + " ", style))
            }
            let axis = r == 0 ? DisplayWidth.pad(pct(top) + " %", to: 5, alignRight: true) + "┤" : "     │"
            out.append(StyledLine([(axis, .dim)] + segs))
        }
        out.append(StyledLine([("     └", .dim)] + weeks.map { w -> (String, CellStyle) in
            (DisplayWidth.pad((w.share > warning ? "▲" : "") + pct(w.share), to: 4), w.share > warning ? CellStyle(color: .red, bold: true) : .plain)
        }))
        out.append(StyledLine("  " + Texts.text(.statsWeek, lang).prefix(4).padding(toLength: 4, withPad: " ", startingAt: 0)
            + weeks.map { DisplayWidth.pad(weekNumber($0.week), to: 4) }.joined(), .dim))
        return out
    }
}
