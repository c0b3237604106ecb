import Foundation

/// Whether a reference is used to read or to change a record: a discharged youth may be read by
/// its label, but only its exact id may change it.
public enum ReferencePurpose: Sendable { case read, write }

/// One youth or colleague that a reference could mean, as a refusal lists them: enough to tell
/// them apart (label, full name, age, mode, id) and what to type to name just that one.
public struct Candidate: Sendable, Equatable, Hashable {
    public enum Kind: Sendable, Hashable { case youth, staff }
    public var kind: Kind
    public var id: String
    /// The label (`KH²`) or a colleague's initials.
    public var label: String
    /// What to type for exactly this one: the typeable label (`KH2`) when it is unique, else the id.
    public var reference: String
    public var name: String
    public var age: Int?
    public var mode: Mode?
    public var role: Role?
    public var discharged: Bool

    public init(kind: Kind, id: String, label: String, reference: String, name: String, age: Int? = nil, mode: Mode? = nil,
                role: Role? = nil, discharged: Bool = false) {
        self.kind = kind; self.id = id; self.label = label; self.reference = reference; self.name = name; self.age = age
        self.mode = mode; self.role = role; self.discharged = discharged
    }

    /// A youth as a candidate; a discharged youth is named by its id (its label may be reused).
    public init(_ y: YouthName, today: Day) {
        self.init(kind: .youth, id: y.id, label: y.label, reference: y.discharged ? y.id : y.asciiLabel, name: y.name,
                  age: y.born.map { $0.age(on: today) }, mode: y.mode, discharged: y.discharged)
    }

    /// A colleague as a candidate (named by id: initials are what was ambiguous).
    public init(_ m: StaffMember) {
        self.init(kind: .staff, id: m.id, label: m.initials, reference: m.id, name: m.name, role: m.role, discharged: !m.active)
    }
}

extension Store {
    /// The youth `query` names, or a refusal: by exact id; by label (`KH²` or `KH2`); by initials
    /// held by exactly one youth still followed up; or by the start of the name or of one of its
    /// words, folded (`saebo` → Sæbø). A reference that fits two is refused with every candidate,
    /// always. Discharged youths are never chosen by initials or name: they are listed, marked; a
    /// read may use their label, a write needs their exact id.
    public func resolveYouth(_ query: String, among names: [YouthName], for purpose: ReferencePurpose,
                             today: Day) throws(TavleError) -> YouthName {
        if let y = try resolveYouthExactly(query, among: names, for: purpose, today: today) { return y }
        // The start of the name or of one of its words (initials here are only discharged ones').
        let q = query.trimmingCharacters(in: .whitespaces)
        let lower = q.lowercased()
        // Only a refusal lists candidates (the label step worked their numbers out already).
        func list(_ l: [YouthName]) -> [Candidate] { CandidateList(query: lower, among: names, today: today)(l) }
        let byInitials = names.filter { $0.initials.lowercased() == lower }
        let byName = names.filter { Folding.matchesPrefix(q, of: $0.name) }
        let activeByName = byName.filter { !$0.discharged }
        if activeByName.count == 1 && byInitials.isEmpty { return activeByName[0] }
        let all = byInitials + byName.filter { n in !byInitials.contains { $0.id == n.id } }
        if activeByName.count > 1 || (activeByName.count == 1 && !byInitials.isEmpty) { throw .ambiguous(query, list(all)) }
        if !all.isEmpty { throw .dischargedNeedsID(query, list(all)) }
        throw .youthNotFound(query)
    }

    /// The youth `query` names by exact id, label or initials (the first three steps of
    /// `resolveYouth`), a refusal, or nil when none of them names anyone (only the name is left to
    /// try). Needs only the youths whose id is `query` or whose initials start it
    /// (`youthNames(near:)`), so a label costs as little at 10,000 youths as at 100 (issue 29).
    public func resolveYouthExactly(_ query: String, among names: [YouthName], for purpose: ReferencePurpose,
                                    today: Day) throws(TavleError) -> YouthName? {
        let q = query.trimmingCharacters(in: .whitespaces)
        guard !q.isEmpty, !q.contains("/"), !q.contains("\0") else { throw .invalidID(query) }
        if let y = names.first(where: { $0.id == q }) { return y }
        let lower = q.lowercased()
        let list = CandidateList(query: lower, among: names, today: today)
        // A label: KH², or KH2 as typed.
        let byLabel = list.prefixed.map(list.numbered).filter {
            $0.number != nil && ($0.label.lowercased() == lower || $0.asciiLabel.lowercased() == lower)
        }
        let activeByLabel = byLabel.filter { !$0.discharged }
        if activeByLabel.count == 1 { return activeByLabel[0] }
        if activeByLabel.count > 1 { throw .ambiguous(query, list(byLabel)) }
        if byLabel.count == 1 {
            guard purpose == .read else { throw .dischargedNeedsID(query, list(byLabel)) }
            return byLabel[0]
        }
        // Initials.
        let byInitials = names.filter { $0.initials.lowercased() == lower }
        let activeByInitials = byInitials.filter { !$0.discharged }
        if activeByInitials.count == 1 { return activeByInitials[0] }
        if activeByInitials.count > 1 { throw .ambiguous(query, list(byInitials)) }
        return nil
    }
}

/// How a refusal lists the youths a query could mean: each numbered as its label shows (the
/// numbers of those whose initials start the query worked out over them), those still followed up
/// first, then by initials, number and id.
private struct CandidateList {
    /// Those whose initials could start the query: only they can have it as their label (a whole
    /// group of equal initials is always among them, so their numbers are as over every youth).
    let prefixed: [YouthName]
    let numbers: [String: Int]
    let today: Day

    init(query lower: String, among names: [YouthName], today: Day) {
        prefixed = names.filter { !$0.initials.isEmpty && lower.hasPrefix($0.initials.lowercased()) }
        numbers = Labels.numbers(prefixed)
        self.today = today
    }

    func numbered(_ n: YouthName) -> YouthName {
        YouthName(id: n.id, name: n.name, initials: n.initials, number: numbers[n.id] ?? n.number, discharged: n.discharged,
                  born: n.born, mode: n.mode)
    }

    func callAsFunction(_ list: [YouthName]) -> [Candidate] {
        list.map(numbered).sorted { ($0.discharged ? 1 : 0, $0.initials, $0.number ?? 0, $0.id) < ($1.discharged ? 1 : 0, $1.initials, $1.number ?? 0, $1.id) }
            .map { Candidate($0, today: today) }
    }
}

extension Team {
    /// The active colleague `query` names: by id, or by initials that exactly one active member
    /// has. Initials that two active members share are refused with both listed.
    public func resolveMember(_ query: String) throws(TavleError) -> StaffMember {
        var q = query.trimmingCharacters(in: .whitespaces)
        // `@OB`, as colleagues are written beside youths, is the same as `OB`.
        if q.hasPrefix("@") { q.removeFirst() }
        if let m = staff.first(where: { $0.id == q }) {
            guard m.active else { throw .staffNotFound(query) }
            return m
        }
        let matches = staff.filter { $0.active && $0.initials.lowercased() == q.lowercased() }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 { throw .ambiguous(query, matches.map(Candidate.init)) }
        throw .staffNotFound(query)
    }
}
