import Foundation
import TavleCore

/// What a write command's change needs: the session, who acts, today and now.
struct WriteContext {
    let session: Session
    let actor: Actor

    var team: Team { session.team }
    var today: Day { session.today }
    var now: Timestamp { session.now }
    var settings: RuleSettings { session.team.rules }

    /// An active team member by id or initials that only one active member has (else the refusal
    /// lists them).
    func member(_ query: String) throws(TavleError) -> StaffMember { try team.resolveMember(query) }
}

/// A youth found from what the user typed, with the labels that tell youths apart (`KH²`).
/// A write by exact id (`resolve(_:for: .write, labels: false)`) looks nothing up at all.
struct ResolvedYouth {
    let id: String
    let labels: [String: String]
    var label: String { labels[id] ?? id }
}

extension Session {
    /// Finds a youth by id, label (`KH²`, `KH2`), initials only one youth still followed up has, or
    /// the start of the name (folded: `saebo` finds Sæbø). A reference that fits two is refused
    /// with the candidates. A valid id whose file exists is taken as it is, so a damaged file is
    /// named rather than "not found", and a write by id costs the same at 10,000 youths as at 100.
    func resolve(_ query: String, for purpose: ReferencePurpose = .read, labels wantLabels: Bool = true) throws(TavleError) -> ResolvedYouth {
        let q = query.trimmingCharacters(in: .whitespaces)
        let exact = Identifier.isValidYouthID(q) && FileIO.status(store.youthPath(q)) != nil
        if exact && !wantLabels { return ResolvedYouth(id: q, labels: [:]) }
        // Without labels to show, a label or initials needs only its namesakes, not every youth.
        if !wantLabels, let near = try store.youthNames(near: q),
           let y = try store.resolveYouthExactly(q, among: near, for: purpose, today: today) {
            return ResolvedYouth(id: y.id, labels: [:])
        }
        let all = try store.allYouthNames(today: today)
        let id = exact ? q : try store.resolveYouth(q, among: all, for: purpose, today: today).id
        return ResolvedYouth(id: id, labels: wantLabels ? Labels.labels(all) : [:])
    }
}

/// The one path every write command takes: open the session → check the user is on the team →
/// resolve the youth → build the core's change value → `Store.apply` (which validates, journals
/// and writes it, with `--if-version` as the base) → confirm who was changed, by full name and label.
enum YouthWriter {
    /// Builds the change from the context, applies it to the youth `query`, and prints one line:
    /// `Kristian Haug (KH²): notat lagret. Versjon 6.`
    /// With `inMeeting` (`--meeting`) the change goes through `Store.applyInMeeting`, as the
    /// board's meeting view sends it: recorded in today's open meeting too (refused when none is open).
    @discardableResult
    static func write(_ globals: GlobalOptions, youth query: String, ifVersion: Int?, inMeeting: Bool = false,
                      change: (WriteContext) throws -> YouthChange, done: (Youth, WriteContext) -> String) throws -> Youth {
        let session = try globals.session()
        let context = WriteContext(session: session, actor: try session.requireActor())
        let target = try session.resolve(query, for: .write, labels: false)
        let value = try change(context)
        if inMeeting {
            let before = try session.store.loadYouth(target.id).version
            try session.store.applyInMeeting(value, youth: target.id, day: session.today, basedOn: ifVersion, actor: context.actor)
            let saved = try session.store.loadYouth(target.id)
            Console.out(confirmation(saved, unchanged: saved.version == before, done(saved, context)))
            return saved
        }
        let (old, saved) = try session.store.applyReturningOld(value, to: target.id, basedOn: ifVersion, actor: context.actor)
        Console.out(confirmation(saved, unchanged: saved.version == old.version, done(saved, context)))
        return saved
    }

    /// `Kristian Haug (KH²): notat lagret. Versjon 6.` (or "ingen endring").
    static func confirmation(_ y: Youth, unchanged: Bool, _ what: String) -> String {
        let head = Format.safe(y.name) + " (" + Format.safe(y.label) + ")"
        return unchanged ? L.t(.doneUnchanged, head, String(y.version)) : L.t(.doneLine, head, what, String(y.version))
    }
}
