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

    /// An active team member by id or unique initials.
    func member(_ query: String) throws(TavleError) -> StaffMember {
        guard let m = team.findMember(query), m.active else { throw .staffNotFound(query) }
        return m
    }
}

/// A youth found from what the user typed, with the labels that tell youths apart (`KH²`).
/// On a write (`resolve(_:labels: false)`) `labels` holds only the found youth's label, or nothing
/// when it was named by its exact id.
struct ResolvedYouth {
    let id: String
    let labels: [String: String]
    var label: String { labels[id] ?? id }
}

extension Session {
    /// Finds a youth by id, unique initials (also `KH²`), or unique name prefix. A valid id
    /// whose file exists is taken as it is, so a damaged file is named rather than "not found".
    /// With `labels: false` only the found youth's label is worked out, and an exact id needs no
    /// look-up at all, so that a write costs about the same at 10,000 youths as at 100.
    func resolve(_ query: String, labels wantLabels: Bool = true) throws(TavleError) -> ResolvedYouth {
        let q = query.trimmingCharacters(in: .whitespaces)
        let exact = Identifier.isValidYouthID(q) && FileIO.status(store.youthPath(q)) != nil
        if exact && !wantLabels { return ResolvedYouth(id: q, labels: [:]) }
        let all: [YouthName]
        if let fromIndex = try store.youthNames() { all = fromIndex } else { all = try store.loadBoard(today: today).youths.map(YouthName.init) }
        if wantLabels {
            let labels = Board.distinctInitials(all)
            return ResolvedYouth(id: exact ? q : try store.resolveYouth(q, among: all).youth.id, labels: labels)
        }
        let found = try store.resolveYouth(q, among: all)
        return ResolvedYouth(id: found.youth.id, labels: [found.youth.id: found.label])
    }
}

/// The one path every write command takes: open the session → check the user is on the team →
/// resolve the youth → change it under the lock (with `--if-version` as the base) → confirm.
enum YouthWriter {
    /// Runs `change` on the youth `query` and prints one confirmation line from `done`.
    @discardableResult
    static func write(_ globals: GlobalOptions, youth query: String, ifVersion: Int?, action: String,
                      change: (inout Youth, WriteContext) throws -> Void,
                      done: (Youth, WriteContext) -> String) throws -> Youth {
        let session = try globals.session()
        let context = WriteContext(session: session, actor: try session.requireActor())
        let target = try session.resolve(query, labels: false)
        var before: Int?
        // The store keeps only TavleErrors; the command line's own errors are carried past it.
        var ownError: Error?
        let saved: Youth
        do {
            saved = try session.store.updateYouth(target.id, basedOn: ifVersion, actor: context.actor, action: action) { youth in
                before = youth.version
                do { try change(&youth, context) } catch let e as TavleError { throw e } catch {
                    ownError = error
                    throw TavleError.refused(LocalizedMessage(.refuseOther, [""]))
                }
            }
        } catch {
            throw ownError ?? error
        }
        // Named by id, the youth is confirmed with its plain initials: the id beside them tells it apart.
        let head = Format.safe(target.labels[saved.id] ?? saved.initials) + " (" + saved.id + ")"
        if saved.version == before {
            Console.out(L.t(.doneUnchanged, head, String(saved.version)))
        } else {
            Console.out(L.t(.doneLine, head, done(saved, context), String(saved.version)))
        }
        return saved
    }
}
