import TavleCore

/// One youth as text (`tavle show`): the record, the reasons for review, today's plan, and the
/// latest notes and contacts.
enum YouthDetail {
    static let recent = 10

    static func print(_ y: Youth, due: [DueReason], label: String, session: Session, all: Bool) {
        let team = session.team, today = session.today
        Console.out(L.t("show.title", Format.safe(y.name), Format.safe(label), y.id, String(y.version)))
        var fields: [(String, String)] = []
        fields.append((L.t("field.status"), Format.status(y.status)))
        if let p = y.currentPeriod {
            var line = L.t("show.onBoard", L.label(p.reason), String(y.daysOnBoard(today: today) ?? 1), Format.day(p.start))
            if let e = p.evaluate { line += " · " + L.t("show.evaluate", Format.day(e)) }
            fields.append((L.t("field.mode"), line))
            if !p.plan.isEmpty { fields.append((L.t("field.plan"), Format.safe(p.plan))) }
        } else {
            fields.append((L.t("field.mode"), L.label(y.mode)))
        }
        fields.append((L.t("field.phase"), L.label(y.phase) + (y.discharged.map { " " + Format.day($0) } ?? "")))
        fields.append((L.t("field.age"), L.t("show.age", String(y.age(on: today)), Format.day(y.born), Format.day(y.intake))))
        var contact = staffName(y.primaryContact, team)
        if let second = y.secondContact { contact += " · " + L.t("show.second", staffName(second, team)) }
        fields.append((L.t("field.contact"), contact))
        fields.append((L.t("field.whereabouts"), L.label(y.whereabouts)))
        if !y.warning.isEmpty { fields.append((L.t("field.warning"), Format.safe(y.warning))) }
        if !y.goals.isEmpty { fields.append((L.t("field.goals"), Format.safe(y.goals))) }
        if let c = y.crisisPlan {
            var line = L.t("show.crisisPlan", Format.day(c.updated))
            if let o = c.outOfHours, !o.isEmpty { line += " · " + L.t("show.outOfHours", Format.safe(o)) }
            fields.append((L.t("field.crisisPlan"), line))
        } else {
            fields.append((L.t("field.crisisPlan"), L.t("show.none")))
        }
        for o in y.orders {
            fields.append((L.t("field.order"), L.t("show.order", Format.safe(o.kind), Format.day(o.expires))))
        }
        if !y.domains.isEmpty { fields.append((L.t("field.domains"), y.domains.map { L.label($0) }.joined(separator: ", "))) }
        if let r = y.referral {
            fields.append((L.t("field.referral"), L.label(r.source) + (r.contact.map { " (" + Format.safe($0) + ")" } ?? "")))
        }
        if let a = y.ageOverride { fields.append((L.t("field.ageOverride"), Format.safe(a))) }
        if y.intakeCriteria.severeEatingDisorder { fields.append((L.t("field.eatingDisorder"), L.t("show.yes"))) }
        if let r = y.lastReview {
            fields.append((L.t("field.lastReview"), Format.day(r.day) + " " + Format.staff(r.by, team)))
        }
        if !y.services.isEmpty { fields.append((L.t("field.services"), y.services.map { L.label($0) }.joined(separator: ", "))) }
        for c in y.consents {
            var line = L.t("show.consent", L.label(c.party), L.label(c.givenBy), Format.day(c.given))
            if let w = c.withdrawn { line += " · " + L.t("show.withdrawn", Format.day(w)) }
            fields.append((L.t("field.consent"), line))
        }
        if let h = y.handover {
            var parts = [Format.safe(h.service)]
            if let c = h.contact { parts.append(Format.safe(c)) }
            if let d = h.day { parts.append(Format.day(d)) }
            fields.append((L.t("field.handover"), parts.joined(separator: " · ")))
        }
        if !y.handoverMissing.isEmpty {
            fields.append((L.t("field.handoverMissing"), y.handoverMissing.joined(separator: ", ")))
        }
        let width = fields.map { DisplayWidth.of($0.0) }.max() ?? 0
        let hang = String(repeating: " ", count: width + 4)
        for (k, v) in fields { Console.out(Format.wrap(v, first: "  " + DisplayWidth.pad(k, to: width) + "  ", rest: hang)) }

        if !due.isEmpty {
            Console.out()
            Console.out(L.t("show.due"))
            let w = due.map { DisplayWidth.of(L.label($0.severity)) }.max() ?? 0
            for d in due { Console.out(Format.dueLine(d, severityWidth: w)) }
        }
        let plans = y.plans.filter { $0.day >= today }
        if !plans.isEmpty {
            Console.out()
            Console.out(L.t("show.plans"))
            for p in plans {
                Console.out("  " + Format.day(p.day) + " " + p.time + "  " + Format.staff(p.staff, team) + (p.place.map { "  " + Format.safe($0) } ?? ""))
            }
        }
        printNotes(y, team: team, all: all)
        printContacts(y, team: team, all: all)
    }

    static func staffName(_ id: StaffID?, _ team: Team) -> String {
        guard let id else { return "–" }
        guard let m = team.member(id) else { return Format.safe(id) }
        return Format.safe(m.initials) + " " + Format.safe(m.name)
    }

    static func printNotes(_ y: Youth, team: Team, all: Bool) {
        guard !y.notes.isEmpty else { return }
        let shown = all ? y.notes : Array(y.notes.suffix(recent))
        Console.out()
        Console.out(shown.count < y.notes.count ? L.t("show.notesSome", String(shown.count), String(y.notes.count))
                                                : L.t("show.notes", String(y.notes.count)))
        for n in shown.reversed() {
            Console.out("  " + Format.time(n.at) + "  " + Format.staff(n.author, team) + "  " + L.label(n.kind)
                        + (n.documented != nil ? " · " + L.t("show.documented") : ""))
            Console.out(Format.block(n.text, indent: 6))
        }
        if shown.count < y.notes.count { Console.out("  " + L.t("show.more", y.id)) }
    }

    static func printContacts(_ y: Youth, team: Team, all: Bool) {
        guard !y.contacts.isEmpty else { return }
        let sorted = y.contacts.sorted { $0.at < $1.at }
        let shown = all ? sorted : Array(sorted.suffix(recent))
        Console.out()
        Console.out(shown.count < sorted.count ? L.t("show.contactsSome", String(shown.count), String(sorted.count))
                                               : L.t("show.contacts", String(sorted.count)))
        for c in shown.reversed() {
            var line = "  " + Format.time(c.at) + "  " + Format.staff(c.staff, team) + "  " + L.label(c.kind) + " · " + L.label(c.with)
            if let n = c.note { line += "  " + Format.safe(n) }
            Console.out(line)
        }
        if shown.count < sorted.count { Console.out("  " + L.t("show.more", y.id)) }
    }
}
