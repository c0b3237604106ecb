import TavleCore

/// One youth as text (`tavle show`): the record, the reasons for review, today's plan, and the
/// latest notes and contacts.
enum YouthDetail {
    static let recent = 10

    static func print(_ y: Youth, due: [DueReason], label: String, session: Session, all: Bool) {
        let team = session.team, today = session.today
        Console.out(L.t(.showTitle, Format.safe(y.name), Format.safe(label), y.id, String(y.version)))
        var fields: [(String, String)] = []
        fields.append((L.t(.fieldStatus), Format.status(y.status)))
        if let p = y.currentPeriod {
            var line = L.t(.showOnBoard, L.label(p.reason), String(y.daysOnBoard(today: today) ?? 1), Format.day(p.start))
            if let e = p.evaluate { line += " · " + L.t(.showEvaluate, Format.day(e)) }
            fields.append((L.t(.fieldMode), line))
            if !p.plan.isEmpty { fields.append((L.t(.fieldPlan), Format.safe(p.plan))) }
        } else {
            fields.append((L.t(.fieldMode), L.label(y.mode)))
        }
        fields.append((L.t(.fieldPhase), L.label(y.phase) + (y.discharged.map { " " + Format.day($0) } ?? "")))
        if y.phase == .discharged {
            // Discharged before reasons were recorded (schema 5): said so, never guessed.
            fields.append((L.t(.fieldDischargeReason), y.dischargeReason.map { L.label($0) } ?? L.t(.showNotRecorded)))
            fields.append((L.t(.fieldDischargeTo), y.dischargeTo.map { L.label($0) } ?? L.t(.showNotRecorded)))
            if let n = y.dischargeNote { fields.append((L.t(.fieldDischargeNote), Format.safe(n))) }
            if let m = y.dischargeHandoverMissing, !m.isEmpty {
                fields.append((L.t(.fieldDischargeHandover), m.map { L.label($0) }.joined(separator: ", ")))
            }
        }
        fields.append((L.t(.fieldAge), L.t(.showAge, String(y.age(on: today)), Format.day(y.born), Format.day(y.intake))))
        var contact = staffName(y.primaryContact, team)
        if let second = y.secondContact { contact += " · " + L.t(.showSecond, staffName(second, team)) }
        fields.append((L.t(.fieldContact), contact))
        fields.append((L.t(.fieldWhereabouts), L.label(y.whereabouts)))
        if let m = y.municipality { fields.append((L.t(.fieldMunicipality), Format.safe(m))) }
        if let s = y.schoolEntry(on: today) {
            fields.append((L.t(.fieldSchool), L.t(.showSchool, L.label(s.status), Format.day(s.since)) + (s.note.map { " · " + Format.safe($0) } ?? "")))
        }
        if !y.warning.isEmpty { fields.append((L.t(.fieldWarning), Format.safe(y.warning))) }
        if y.goalList.isEmpty, !y.goals.isEmpty { fields.append((L.t(.fieldGoals), Format.safe(y.goals))) }
        for g in y.goalList { fields.append((L.t(.fieldGoals), GoalText.line(g))) }
        if let a = y.answers {
            for (i, line) in MeetingMinutes.answerLines(a, text: true, L.lang).enumerated() {
                fields.append((L.t(.detailAnswers), (i == 0 ? Format.day(a.day) + ": " : "") + Format.safe(line)))
            }
        }
        for e in y.network { fields.append((L.t(.detailNetwork), Format.safe(NetworkText.line(e, L.lang)))) }
        if let c = y.crisisPlan {
            var line = L.t(.showCrisisPlan, Format.day(c.updated))
            if let o = c.outOfHours, !o.isEmpty { line += " · " + L.t(.showOutOfHours, Format.safe(o)) }
            fields.append((L.t(.fieldCrisisPlan), line))
        } else {
            fields.append((L.t(.fieldCrisisPlan), L.t(.showNone)))
        }
        for o in y.orders {
            fields.append((L.t(.fieldOrder), L.t(.showOrder, Format.safe(o.kind), Format.day(o.expires))))
        }
        if !y.domains.isEmpty { fields.append((L.t(.fieldDomains), y.domains.map { L.label($0) }.joined(separator: ", "))) }
        if let r = y.referral {
            fields.append((L.t(.fieldReferral), L.label(r.source) + (r.contact.map { " (" + Format.safe($0) + ")" } ?? "")
                                + (y.referralTimingText(L.lang).map { " · " + $0 } ?? "")))
        }
        if let a = y.ageOverride { fields.append((L.t(.fieldAgeOverride), Format.safe(a))) }
        fields.append((L.t(.fieldCriteria), y.intakeCriteriaText(L.lang)))
        if y.intakeCriteria.severeEatingDisorder { fields.append((L.t(.fieldEatingDisorder), L.t(.showYes))) }
        if let r = y.lastReview {
            fields.append((L.t(.fieldLastReview), Format.day(r.day) + " " + Format.staff(r.by, team)))
        }
        if !y.services.isEmpty { fields.append((L.t(.fieldServices), y.services.map { L.label($0) }.joined(separator: ", "))) }
        for c in y.consents {
            var line = L.t(.showConsent, L.label(c.party), L.label(c.givenBy), Format.day(c.given))
            if let n = c.note { line += " · " + Format.safe(n) }
            if let w = c.withdrawn { line += " · " + L.t(.showWithdrawn, Format.day(w)) }
            fields.append((L.t(.fieldConsent), line))
        }
        if let h = y.handover {
            var parts = [Format.safe(h.service)]
            if let c = h.contact { parts.append(Format.safe(c)) }
            if let d = h.day { parts.append(Format.day(d)) }
            fields.append((L.t(.fieldHandover), parts.joined(separator: " · ")))
        }
        if !y.handoverMissing.isEmpty {
            fields.append((L.t(.fieldHandoverMissing), y.handoverMissing.map { L.label($0) }.joined(separator: ", ")))
        }
        let width = fields.map { DisplayWidth.of($0.0) }.max() ?? 0
        let hang = String(repeating: " ", count: width + 4)
        for (k, v) in fields { Console.out(Format.wrap(v, first: "  " + DisplayWidth.pad(k, to: width) + "  ", rest: hang)) }

        if !due.isEmpty {
            Console.out()
            Console.out(L.t(.showDue))
            let w = due.map { DisplayWidth.of(L.label($0.severity)) }.max() ?? 0
            for d in due { Console.out(Format.dueLine(d, severityWidth: w)) }
        }
        let plans = y.plans.filter { $0.day >= today }
        if !plans.isEmpty {
            Console.out()
            Console.out(L.t(.showPlans))
            for p in plans {
                Console.out("  " + Format.day(p.day) + " " + p.time + "  " + Format.staff(p.staff, team) + (p.place.map { "  " + Format.safe($0) } ?? ""))
            }
        }
        printNotes(y, team: team, all: all)
        printContacts(y, team: team, all: all)
        printSchool(y, team: team)
    }

    /// Every school or work status, newest first (only when there is a history: more than one).
    static func printSchool(_ y: Youth, team: Team) {
        guard y.school.count > 1 else { return }
        Console.out()
        Console.out(L.t(.showSchoolHistory, String(y.school.count)))
        for e in y.school.reversed() {
            Console.out("  " + Format.day(e.since) + "  " + Format.staff(e.by, team) + "  " + L.label(e.status)
                        + (e.note.map { "  " + Format.safe($0) } ?? ""))
        }
    }

    static func staffName(_ id: StaffID?, _ team: Team) -> String {
        guard let id else { return "–" }
        guard let m = team.member(id) else { return Format.safe(id) }
        return Format.safe(m.tag) + " " + Format.safe(m.name)
    }

    static func printNotes(_ y: Youth, team: Team, all: Bool) {
        guard !y.shownNotes.isEmpty else { return }
        let shown = all ? y.shownNotes : Array(y.shownNotes.suffix(recent))
        Console.out()
        Console.out(shown.count < y.shownNotes.count ? L.t(.showNotesSome, String(shown.count), String(y.shownNotes.count))
                                                : L.t(.showNotes, String(y.shownNotes.count)))
        for n in shown.reversed() {
            Console.out("  " + Format.time(n.at) + "  " + Format.staff(n.author, team) + "  " + L.label(n.kind)
                        + (n.documented != nil ? " · " + L.t(.showDocumented) : ""))
            Console.out(Format.block(n.text, indent: 6))
        }
        if shown.count < y.shownNotes.count { Console.out("  " + L.t(.showMore, y.id)) }
    }

    static func printContacts(_ y: Youth, team: Team, all: Bool) {
        guard !y.shownContacts.isEmpty else { return }
        let sorted = y.shownContacts.sorted { $0.at < $1.at }
        let shown = all ? sorted : Array(sorted.suffix(recent))
        Console.out()
        Console.out(shown.count < sorted.count ? L.t(.showContactsSome, String(shown.count), String(sorted.count))
                                               : L.t(.showContacts, String(sorted.count)))
        for c in shown.reversed() {
            var line = "  " + Format.time(c.at) + "  " + Format.staff(c.staff, team) + "  " + L.label(c.kind) + " · " + L.label(c.with)
            if let a = c.arena, !(a == .phone && c.kind == .phone) { line += " · " + L.label(a) }
            if let p = c.place { line += " (" + Format.safe(p) + ")" }
            if let n = c.note { line += "  " + Format.safe(n) }
            Console.out(line)
        }
        if shown.count < sorted.count { Console.out("  " + L.t(.showMore, y.id)) }
    }
}
