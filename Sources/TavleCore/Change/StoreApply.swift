import Foundation

/// The one way a person's change reaches a youth's file: `apply` takes the lock, re-reads the
/// youth, applies the change value (which checks every rule), numbers labels that now need it,
/// and journals and writes it under the change's word, with one change id for everything the
/// command wrote.
extension Store {
    /// Applies `change` to the youth `id`. With `basedOn`, a field the change touches that someone
    /// else changed after that version is a conflict (other fields are merged).
    @discardableResult
    public func apply(_ change: YouthChange, to id: String, basedOn: Int? = nil, actor: Actor) throws(TavleError) -> Youth {
        try applyReturningOld(change, to: id, basedOn: basedOn, actor: actor).new
    }

    /// `apply`, also returning the youth as it was (a front end says "no change" when they are equal).
    public func applyReturningOld(_ change: YouthChange, to id: String, basedOn: Int? = nil,
                                  actor: Actor) throws(TavleError) -> (old: Youth, new: Youth) {
        try withLock { () throws(TavleError) -> (old: Youth, new: Youth) in
            try applyLocked(change, to: id, basedOn: basedOn, actor: actor, changeID: Store.newChangeID())
        }
    }

    /// Takes in a new youth: `draft` checked by `Youth.intake`, then the changes the import or a
    /// referral makes at once (onto the board, a first note …), all as one change.
    @discardableResult
    public func createYouth(_ draft: Youth, then changes: [YouthChange] = [], actor: Actor) throws(TavleError) -> Youth {
        try withLock { () throws(TavleError) -> Youth in
            try createYouthLocked(draft, then: changes, actor: actor, changeID: Store.newChangeID())
        }
    }

    /// `createYouth` for a caller that holds the lock (a referral taken in). The draft's id is kept
    /// when it is free.
    func createYouthLocked(_ draft: Youth, then changes: [YouthChange] = [], actor: Actor,
                           changeID: String) throws(TavleError) -> Youth {
        var id = draft.id
        if id.isEmpty || FileIO.status(youthPath(id)) != nil {
            repeat { id = Identifier.random() } while FileIO.status(youthPath(id)) != nil || FileIO.status(referralPath(id)) != nil
        }
        guard Identifier.isValidYouthID(id) else { throw .invalidID(id) }
        var y = draft
        y.id = id
        y.labelNumber = nil
        try checkAll(changes, on: y, actor: actor)
        let others = try relabelOthers(for: y, actor: actor, changeID: changeID)
        y.labelNumber = others[id]
        var saved = try commitYouth(old: nil, new: y, basedOn: nil, actor: actor, action: JournalAction.create, change: changeID)
        for c in changes { saved = try applyLocked(c, to: id, basedOn: nil, actor: actor, changeID: changeID).new }
        return saved
    }

    /// `apply` for a caller that holds the lock (a meeting discussion, an import, an undo).
    func applyLocked(_ change: YouthChange, to id: String, basedOn: Int?, actor: Actor, changeID: String,
                     team known: Team? = nil) throws(TavleError) -> (old: Youth, new: Youth) {
        let team: Team
        if let known { team = known } else { team = try loadTeam() }
        let context = ChangeContext(actor: actor, now: Clock.now(zone: team.zone, environment: environment),
                                    today: team.today(environment: environment), team: team)
        let current = try loadYouth(id)
        var next = current
        try change.apply(to: &next, context)
        if next.initials != current.initials {
            // A new name or initials: the old number belonged to the old initials.
            next.labelNumber = nil
            next.labelNumber = try relabelOthers(for: next, actor: actor, changeID: changeID)[id]
        }
        try checkSize(next)
        let saved = try commitYouth(old: current, new: next, basedOn: basedOn, actor: actor, action: change.journalAction,
                                    change: changeID, why: change.why)
        return (current, saved)
    }

    /// Gives a number to every youth still followed up who now shares initials with `youth` (about
    /// to be written) and has none, writing the others at once; returns every number given,
    /// `youth`'s included.
    func relabelOthers(for youth: Youth, actor: Actor, changeID: String) throws(TavleError) -> [String: Int] {
        var names = try currentNames()
        names.removeAll { $0.id == youth.id }
        names.append(YouthName(youth))
        let numbers = Labels.numbersToAssign(names.filter { $0.initials == youth.initials }, last: youth.id)
        for (id, n) in numbers where id != youth.id {
            let current = try loadYouth(id)
            var next = current
            next.labelNumber = n
            _ = try commitYouth(old: current, new: next, basedOn: nil, actor: actor, action: JournalAction.label, change: changeID)
        }
        return numbers
    }

    /// Every change of one command tried in turn on a copy of `youth`, nothing written. A command
    /// that writes several changes (a discussion's decisions and plan, an intake and its first
    /// note) is refused as a whole before its first write when any of them is refused, so a
    /// refused command never leaves part of itself behind.
    func checkAll(_ changes: [YouthChange], on youth: Youth, actor: Actor) throws(TavleError) {
        guard !changes.isEmpty else { return }
        let team = try loadTeam()
        let context = ChangeContext(actor: actor, now: Clock.now(zone: team.zone, environment: environment),
                                    today: team.today(environment: environment), team: team)
        var next = youth
        for c in changes {
            try c.apply(to: &next, context)
            try checkSize(next)
        }
    }

    /// Every youth's names, from the index when it is current, else from the files.
    func currentNames() throws(TavleError) -> [YouthName] {
        if let fromIndex = try youthNames() { return fromIndex }
        return try loadBoard(today: (try loadTeam()).today(environment: environment), maintainIndex: false).youths.map(YouthName.init)
    }

    /// A youth file tavle could not read back (too large, a number out of range) is refused
    /// before anything is written, with the file named.
    func checkSize(_ y: Youth) throws(TavleError) {
        _ = try checkedBytes(y, path: youthPath(y.id))
    }

    /// A fresh id for one change (one command, one key).
    public static func newChangeID() -> String { Identifier.random(length: 10) }
}
