import Foundation

/// The rota in the data directory: `rota.json`, written through the store's one write path
/// (lock, journal entry with target `rota` and id `rota`, atomic replace).
extension Store {
    public var rotaPath: String { root + "/rota.json" }

    /// The rota; an empty one when the team has not made one yet.
    public func loadRota() throws(TavleError) -> Rota {
        guard FileIO.status(rotaPath) != nil else { return Rota() }
        return try Coding.decodeFile(Rota.self, from: try FileIO.read(rotaPath), path: rotaPath, supported: Rota.schemaVersion)
    }

    /// Changes the rota under the lock: re-reads it, applies `change`, journals the changed
    /// fields and replaces the file. With `basedOn`, refuses if someone changed it since.
    @discardableResult
    public func updateRota(actor: Actor, action: String, basedOn: Int? = nil,
                           _ change: (inout Rota, Team) throws -> Void) throws(TavleError) -> Rota {
        try withLock { () throws(TavleError) -> Rota in
            let team = try loadTeam()
            let exists = FileIO.status(rotaPath) != nil
            let current = try loadRota()
            if let b = basedOn, b != current.version { throw .versionMismatch(youth: "rota", expected: b, actual: current.version) }
            var next = current
            try Store.run { try change(&next, team) }
            let changes = RecordDiff.changes(from: exists ? try object(current) : [:], to: try object(next))
            if changes.isEmpty { return current }
            next.version = current.version + 1
            next.schema = Rota.schemaVersion
            next.updated = Clock.now(zone: team.zone, environment: environment)
            try commit(next, changes: changes, target: "rota", id: "rota", version: next.version, path: rotaPath,
                       actor: actor, action: exists ? action : "create", mode: Store.fileMode(team.access))
            return next
        }
    }
}

/// A one-off change to the rota on one date (tonight's on-call is ill, two swap a weekend): the
/// value the board's `V` and `tavle rota set --date` build; `Store.addRotaChange` checks it
/// (`Rota.addChange`'s rules) and journals it as `rota change`.
public struct RotaChangeRequest: Sendable, Equatable {
    public var day: Day
    public var shift: Shift
    /// Who takes the shift; nil when `replacing` is only taken off it.
    public var staff: StaffID?
    /// Who is taken off the shift that day.
    public var replacing: StaffID?
    public var note: String?
    public init(day: Day, shift: Shift, staff: StaffID?, replacing: StaffID?, note: String? = nil) {
        self.day = day; self.shift = shift; self.staff = staff; self.replacing = replacing; self.note = note
    }
}

extension Store {
    /// Adds a one-off change to the rota (the board and the command line both come here).
    @discardableResult
    public func addRotaChange(_ r: RotaChangeRequest, actor: Actor) throws(TavleError) -> Rota {
        try updateRota(actor: actor, action: "rota change") { rota, team in
            try rota.addChange(day: r.day, shift: r.shift, staff: r.staff, replacing: r.replacing, note: r.note, team: team)
        }
    }
}
