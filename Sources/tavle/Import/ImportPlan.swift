import Foundation
import TavleCore

/// Turns a spreadsheet into new youths, checking every row before anything is written:
/// the import is all or nothing, and every bad row is reported with its line and column.
struct ImportPlan {
    struct Problem {
        let line: Int
        let column: String?
        let message: String

        var text: String {
            column.map { L.t(.importProblemColumn, String(line), Format.safe($0), message) } ?? L.t(.importProblem, String(line), message)
        }
    }

    var drafts: [(line: Int, youth: Youth)] = []
    var problems: [Problem] = []

    init(file: CSVFile, session: Session, actor: Actor, existing: [Youth]) {
        var columns: [ImportColumn: Int] = [:]
        for (i, h) in file.header.enumerated() {
            let trimmed = h.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || ImportColumn.ignored.contains(ImportColumn.normalise(trimmed)) { continue }
            guard let c = ImportColumn.match(trimmed) else {
                problems.append(Problem(line: 1, column: trimmed, message: L.t(.importUnknownColumn)))
                continue
            }
            if columns[c] != nil {
                problems.append(Problem(line: 1, column: trimmed, message: L.t(.importDuplicateColumn)))
            }
            columns[c] = i
        }
        for c in ImportColumn.required where columns[c] == nil {
            problems.append(Problem(line: 1, column: c.headers[L.lang == .nb ? 0 : 1], message: L.t(.importMissingColumn)))
        }
        guard problems.isEmpty else { return }
        if file.rows.isEmpty { problems.append(Problem(line: 2, column: nil, message: L.t(.importNoRows))) }
        var seen = Set(existing.map { ImportPlan.key($0.name, $0.born) })
        for row in file.rows {
            let before = problems.count
            let draft = youth(from: row, columns: columns, header: file.header, session: session, actor: actor)
            guard problems.count == before, let y = draft else { continue }
            let key = ImportPlan.key(y.name, y.born)
            if seen.contains(key) {
                problems.append(Problem(line: row.line, column: nil, message: L.t(.importDuplicateYouth, Format.safe(y.name), Format.day(y.born))))
                continue
            }
            seen.insert(key)
            drafts.append((row.line, y))
        }
    }

    static func key(_ name: String, _ born: Day) -> String { name.lowercased().split(separator: " ").joined(separator: " ") + "|" + born.iso }

    /// One row as a new youth, or nil with the row's problems recorded.
    private mutating func youth(from row: CSVFile.Row, columns: [ImportColumn: Int], header: [String], session: Session,
                                actor: Actor) -> Youth? {
        let today = session.today
        func raw(_ c: ImportColumn) -> String? {
            guard let i = columns[c], i < row.fields.count else { return nil }
            var v = row.fields[i].trimmingCharacters(in: .whitespacesAndNewlines)
            // `'=…` is how `tavle export` keeps a spreadsheet from running a cell as a formula.
            if v.hasPrefix("'"), let next = v.dropFirst().first, Exporter.formulaStarts.contains(next) { v.removeFirst() }
            return v.isEmpty ? nil : v
        }
        func headerName(_ c: ImportColumn) -> String { columns[c].map { header[$0].trimmingCharacters(in: .whitespaces) } ?? c.rawValue }
        func fail(_ c: ImportColumn?, _ message: String) { problems.append(Problem(line: row.line, column: c.map(headerName), message: message)) }
        func day(_ c: ImportColumn) -> Day? {
            guard let v = raw(c) else { return nil }
            guard let d = Day(parsing: v, allowNorwegian: true) else { fail(c, L.t(.importBadDate, Format.safe(v))); return nil }
            return d
        }
        func choice<C: Choice>(_ c: ImportColumn, _ t: C.Type, extra: [String: C] = [:]) -> C? {
            guard let v = raw(c) else { return nil }
            if let x = C.parse(v) ?? extra[v.lowercased()] { return x }
            fail(c, L.t(.importBadChoice, Format.safe(v), C.choices)); return nil
        }
        func staff(_ c: ImportColumn) -> StaffID? {
            guard let v = raw(c) else { return nil }
            do throws(TavleError) {
                let member = try session.team.resolveMember(v)
                return member.id
            } catch {
                if case .ambiguous = error { fail(c, error.message(L.lang).split(separator: "\n").joined(separator: " ")) }
                else { fail(c, L.t(.importBadStaff, Format.safe(v))) }
                return nil
            }
        }

        guard let name = raw(.name) else { fail(.name, L.t(.importRequired)); return nil }
        guard raw(.born) != nil else { fail(.born, L.t(.importRequired)); return nil }
        let born = day(.born)
        let intake = day(.intake) ?? today
        if intake > today { fail(.intake, L.t(.importFuture, Format.day(intake))) }
        let contact = staff(.contact)
        var domains: [Domain] = []
        if let v = raw(.domains) {
            for part in v.split(whereSeparator: { ",;/|".contains($0) }) {
                let p = part.trimmingCharacters(in: .whitespaces)
                guard !p.isEmpty else { continue }
                if let d = Domain.parse(p) { if !domains.contains(d) { domains.append(d) } }
                else { fail(.domains, L.t(.importBadChoice, Format.safe(p), Domain.choices)) }
            }
        }
        let source = choice(.referredBy, ReferralSource.self)
        let referral = source.map { Referral(source: $0, contact: raw(.referralContact)) }
            ?? raw(.referralContact).map { Referral(source: .other, contact: $0) }
        let mode = choice(.mode, Mode.self, extra: ["tavla": .intensive, "tavle": .intensive, "intensiv": .intensive,
                                                    "cm": .caseManagement, "case management": .caseManagement])
        let status = choice(.status, Status.self)
        let phase = choice(.phase, Phase.self)
        if phase == .discharged { fail(.phase, L.t(.importNoDischarged)) }
        let reason = choice(.reason, BoardReason.self)
        let since = day(.since)
        let evaluate = day(.evaluate)
        let crisisPlan = day(.crisisPlan)
        guard let born else { return nil }

        var y: Youth
        do {
            y = try Youth.intake(name: name, born: born, today: intake, primaryContact: contact, domains: domains,
                                 referral: referral, ageOverride: raw(.ageOverride))
        } catch {
            fail(born > intake ? .born : (error == .refused(LocalizedMessage(.refuseNameEmpty)) ? .name : .born), error.message(L.lang))
            return nil
        }
        y.phase = phase ?? .active
        // Every other column is the core's change value applied to the new record, so a row is
        // checked by the same rules as the board and the command line (a board period needs a plan).
        let context = ChangeContext(actor: actor, now: session.now, today: today, team: session.team)
        func change(_ c: ImportColumn, _ value: YouthChange, today day: Day? = nil) {
            var ctx = context
            if let day { ctx.today = day }
            do throws(TavleError) { try value.apply(to: &y, ctx) } catch { fail(c, error.message(L.lang)) }
        }
        for (c, field) in [(ImportColumn.secondContact, "second-contact"), (.whereabouts, "whereabouts"), (.warning, "warning"),
                           (.goals, "goals"), (.initials, "initials"), (.municipality, "municipality")] {
            guard let v = raw(c) else { continue }
            change(c, .set(field: field, value: v, ageOverride: nil))
        }
        if mode == .intensive {
            let start = since ?? today
            if start < intake { fail(.since, L.t(.importSinceBeforeIntake, Format.day(start), Format.day(intake))) }
            if start > today { fail(.since, L.t(.importFuture, Format.day(start))) }
            guard raw(.plan) != nil else { fail(.plan, L.t(.importPlanNeeded)); return nil }
            // The board period began on `start`: the rules see that day as "today".
            change(raw(.evaluate) != nil ? .evaluate : .plan, .putOnBoard(reason: reason ?? .other, plan: raw(.plan) ?? "", evaluate: evaluate),
                   today: start)
        } else if raw(.reason) != nil || raw(.since) != nil || raw(.evaluate) != nil {
            if mode == nil { fail(.mode, L.t(.importReasonNeedsMode)) }
        }
        // The sheet says what the status is: it is the youth's first status, not a change from crisis.
        if let s = status { change(.status, .status(s, why: y.status == .crisis && s != .crisis ? L.t(.importStatusWhy) : nil)) }
        if let d = crisisPlan { change(.crisisPlan, .crisisPlan(updated: d, outOfHours: nil)) }
        if let n = raw(.note) { change(.note, .note(text: n, kind: .note)) }
        return y
    }
}
