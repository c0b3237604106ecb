import TavleCore

/// A flag on a board row: a distinct letter or symbol for each kind, so it never depends on colour.
struct Flag: Equatable {
    var text: String
    var style: CellStyle
}

/// What each column shows for one youth, and in which style.
enum RowCells {
    static func statusStyle(_ st: Status) -> CellStyle {
        switch st {
        case .stable: CellStyle(color: .green)
        case .worried: CellStyle(color: .yellow, bold: true)
        case .crisis: CellStyle(color: .red, bold: true)
        }
    }

    /// `!3` due for review with three reasons (`!!3` when one is urgent) · `K` no crisis plan · `V` order expiring · `N` new intake ·
    /// `J` a decision not written into the patient record in time.
    static func flags(_ e: BoardEntry, _ lang: Language, undocumented: Int = 0) -> [Flag] {
        var out: [Flag] = []
        if !e.due.isEmpty {
            let urgent = e.topSeverity == .urgent
            // Two marks when a reason is urgent: severity reads the same without colour (NO_COLOR).
            out.append(Flag(text: (urgent ? "!!" : "!") + String(e.due.count), style: CellStyle(color: urgent ? .red : .yellow, bold: true)))
        }
        if e.isDue("crisis-plan-missing") || (e.youth.needsCrisisPlan && e.youth.crisisPlan == nil) {
            out.append(Flag(text: Texts.text(.flagNoCrisisPlan, lang), style: CellStyle(color: .red, bold: true)))
        }
        if e.isDue("order-expiring") {
            out.append(Flag(text: Texts.text(.flagOrderExpiring, lang), style: CellStyle(color: .magenta, bold: true)))
        }
        if e.isDue("new-intake") {
            out.append(Flag(text: Texts.text(.flagNewIntake, lang), style: CellStyle(color: .cyan, bold: true)))
        }
        // A decision not written into the patient record in time (more than one working day).
        if undocumented > 0 {
            out.append(Flag(text: Texts.text(.flagUndocumented, lang), style: CellStyle(color: .yellow, bold: true, underline: true)))
        }
        return out
    }

    /// Today's plan: `OB 09:30 Hjemme · JA 14:00 Kontoret`. Narrower: without places; narrower
    /// still: as many whole entries as fit and `+N` for the rest (never a time cut in half).
    static func plan(_ y: Youth, _ s: AppState, width: Int = .max) -> String {
        // Places are never on the shared screen.
        if !s.shared {
            let full = planText(y, team: s.board.team, today: s.board.today, places: true)
            if DisplayWidth.of(full) <= width { return full }
        }
        let short = planEntries(y, team: s.board.team, today: s.board.today, places: false)
        if DisplayWidth.of(short.joined(separator: " · ")) <= width { return short.joined(separator: " · ") }
        for n in stride(from: short.count - 1, through: 1, by: -1) {
            let text = short.prefix(n).joined(separator: " · ") + " +" + String(short.count - n)
            if DisplayWidth.of(text) <= width { return text }
        }
        return short.first ?? ""
    }

    /// Each of today's plans as `OB 09:30 Hjemme` (or without the place).
    static func planEntries(_ y: Youth, team: Team, today: Day, places: Bool) -> [String] {
        y.plans(on: today).map { p in
            team.tag(p.staff) + " " + p.time + (places ? p.place.map { " " + $0 } ?? "" : "")
        }
    }

    /// The whole plan line, for measuring what the column would need.
    static func planText(_ y: Youth, team: Team, today: Day, places: Bool) -> String {
        planEntries(y, team: team, today: today, places: places).joined(separator: " · ")
    }

    /// The text and style of one column for one youth.
    static func cell(_ id: ColumnID, _ e: BoardEntry, _ s: AppState) -> (String, CellStyle) {
        let y = e.youth, lang = s.language, today = s.board.today
        switch id {
        case .label: return (s.label(y), .bold)
        case .age: return (String(y.age(on: today)), .plain)
        case .status: return (y.status.symbol + " " + y.status.label(lang), statusStyle(y.status))
        case .reason:
            if let p = y.currentPeriod { return (p.reason.label(lang), .plain) }
            // In case management, a phase other than "active" is worth seeing (clarification, discharge).
            return y.phase == .active ? ("", .plain) : (y.phase.label(lang), .dim)
        case .days:
            guard let d = y.daysOnBoard(today: today) else { return ("", .plain) }
            let long = d > s.board.team.rules.boardPeriodDays
            return (Texts.text(.daysShort, lang, [String(d)]), long ? CellStyle(color: .yellow, bold: true) : .plain)
        case .contact: return (s.board.team.tag(y.primaryContact), .plain)
        case .flags: return ("", .plain)  // drawn flag by flag (each its own style)
        case .plan: return (plan(y, s), .plain)
        case .lastContact:
            guard let t = y.lastContact else { return ("–", .dim) }
            return (Dates.ago(t.day, today: today, lang), .plain)
        case .whereabouts: return (y.whereabouts.label(lang), y.whereabouts == .home ? .plain : .bold)
        case .evaluate:
            guard let p = y.currentPeriod, let ev = p.evaluate else { return ("", .plain) }
            return (Dates.short(ev), ev < today ? CellStyle(color: .red, bold: true) : .plain)
        case .warning: return (s.hidesText ? "" : y.warning, CellStyle(color: .yellow))
        case .school:
            // The status word only (the shared screen shows no more of school or work).
            guard let e = y.schoolEntry(on: today) else { return ("–", .dim) }
            return (e.status.label(lang), e.status.isInSchoolOrWork ? .plain : CellStyle(color: .yellow))
        }
    }

    /// Column titles (the catalog's `col.*`).
    static func title(_ id: ColumnID, _ s: AppState) -> String {
        switch id {
        case .label: Texts.text(s.showNames && !s.shared ? .boardColName : .boardColInitials, s.language)
        default: Texts.text(id.titleKey, s.language)
        }
    }
}
