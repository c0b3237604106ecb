import Foundation

/// The referral queue in the data directory: `referrals/<id>.json`, one file per referral, written
/// through the store's one write path (lock, journal entry with target `referral`, atomic replace).
/// A referral taken in (accept or clarify) becomes the youth with the same id under the same lock
/// hold and change id, so the decision and the new youth are one change.
extension Store {
    public var referralsDir: String { root + "/referrals" }

    public func referralPath(_ id: String) -> String { referralsDir + "/" + id + ".json" }

    // MARK: Reading

    public func loadReferral(_ id: String) throws(TavleError) -> IncomingReferral {
        guard Identifier.isValidYouthID(id) else { throw .invalidID(id) }
        let path = referralPath(id)
        guard FileIO.status(path) != nil else { throw .refused(LocalizedMessage(.refuseReferralNotFound, [TextSafety.display(id)])) }
        let r = try Coding.decodeFile(IncomingReferral.self, from: try FileIO.read(path), path: path,
                                      supported: IncomingReferral.schemaVersion)
        guard r.id == id else { throw .badFile(path: path, problem: LocalizedMessage(.fileWrongID, [r.id, id])) }
        return r
    }

    /// Every referral, oldest received first, and a problem for each file that could not be read.
    public func referrals() throws(TavleError) -> (referrals: [IncomingReferral], problems: [LoadProblem]) {
        guard let st = FileIO.status(referralsDir) else { return ([], []) }
        guard (st.st_mode & S_IFMT) == S_IFDIR else {
            throw .badFile(path: referralsDir, problem: LocalizedMessage(.fileNotDirectoryLink))
        }
        var out: [IncomingReferral] = [], problems: [LoadProblem] = []
        for name in try FileIO.list(referralsDir).sorted() where name.hasSuffix(".json") {
            let id = String(name.dropLast(5))
            do { out.append(try loadReferral(id)) } catch { problems.append(LoadProblem(path: referralsDir + "/" + name, error: error)) }
        }
        return (out.sorted { ($0.received, $0.id) < ($1.received, $1.id) }, problems)
    }

    /// The referral a person means: its id, or the one waiting referral whose name contains the text.
    public func resolveReferral(_ query: String) throws(TavleError) -> IncomingReferral {
        let q = query.trimmingCharacters(in: .whitespaces)
        if Identifier.isValidYouthID(q), FileIO.status(referralPath(q)) != nil { return try loadReferral(q) }
        let all = try referrals().referrals.filter(\.isWaiting)
        let hits = all.filter { $0.name.range(of: q, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
        guard hits.count == 1 else {
            if hits.isEmpty {
                // A referral already decided is named as such, not as unknown.
                let decided = try referrals().referrals.filter { !$0.isWaiting && $0.name.range(of: q, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
                if decided.count == 1, let d = decided[0].decision {
                    throw .refused(LocalizedMessage(.refuseReferralDecided, [decided[0].id, LocalizedMessage.word(d.labelKey)]))
                }
                throw .refused(LocalizedMessage(.refuseReferralNotFound, [TextSafety.display(q)]))
            }
            throw .refused(LocalizedMessage(.refuseReferralAmbiguous, [TextSafety.display(q), hits.map(\.id).joined(separator: ", ")]))
        }
        return hits[0]
    }

    /// Declined referrals whose retention (`team.retentionMonths` from the decision) has run out by `today`.
    public func referralPurgeCandidates(today: Day) throws(TavleError) -> [IncomingReferral] {
        let team = try loadTeam()
        return try referrals().referrals.filter { r in
            guard r.decision == .decline, let d = r.decided else { return false }
            return d.adding(months: team.retentionMonths) <= today
        }.sorted { $0.id < $1.id }
    }

    // MARK: Writing

    /// Puts a referral in the queue (`IncomingReferral.make` checked it) and returns it with its id,
    /// one no youth or referral has (`make` gives none; the demo's own is kept).
    @discardableResult
    public func addReferral(_ draft: IncomingReferral, actor: Actor) throws(TavleError) -> IncomingReferral {
        try withLock { () throws(TavleError) -> IncomingReferral in
            let team = try loadTeam()
            var r = draft
            // A given id (the demo's) is kept when it is valid and free.
            func taken(_ id: String) -> Bool { FileIO.status(youthPath(id)) != nil || FileIO.status(referralPath(id)) != nil }
            if r.id.isEmpty || !Identifier.isValidYouthID(r.id) || taken(r.id) {
                repeat { r.id = Identifier.random() } while taken(r.id)
            }
            r.version = 1
            r.schema = IncomingReferral.schemaVersion
            r.updated = Clock.now(zone: team.zone, environment: environment)
            try ensureModuleDirectory(referralsDir, team: team)
            let changes = RecordDiff.changes(from: [:], to: try object(r))
            try commit(r, changes: changes, target: "referral", id: r.id, version: r.version, path: referralPath(r.id),
                       actor: actor, action: JournalAction.create, mode: Store.fileMode(team.access))
            return r
        }
    }

    /// Decides a waiting referral. Accept and clarify take the youth in (`intake`, built from the
    /// referral by the front end and checked by the intake rules) with the referral's id, as one
    /// change; decline records where the youth was sent. Returns the referral and the new youth.
    public func decideReferral(_ id: String, _ decision: ReferralDecision, intake: IntakeRequest?, note: String?,
                               sentTo: DischargeDestination?, actor: Actor) throws(TavleError) -> (referral: IncomingReferral, youth: Youth?) {
        try withLock { () throws(TavleError) -> (referral: IncomingReferral, youth: Youth?) in
            let team = try loadTeam()
            let today = team.today(environment: environment)
            let current = try loadReferral(id)
            var next = current
            try next.decide(decision, note: note, sentTo: sentTo, by: actor.staff, today: today)
            let changeID = Store.newChangeID()
            var youth: Youth?
            if decision != .decline {
                guard var request = intake else { throw .refused(LocalizedMessage(.refuseReferralNeedsIntake)) }
                request.phase = decision == .accept ? .active : .clarification
                var draft = try request.draft(today: today, team: team)
                draft.id = id
                // A youth with this id already there was made by this decision before a crash cut it
                // short: the decision is finished, no second youth is made.
                if FileIO.status(youthPath(id)) != nil { youth = try loadYouth(id) }
                else { youth = try createYouthLocked(draft, actor: actor, changeID: changeID) }
            }
            let changes = RecordDiff.changes(from: try object(current), to: try object(next))
            next.version = current.version + 1
            next.updated = Clock.now(zone: team.zone, environment: environment)
            try commit(next, changes: changes, target: "referral", id: id, version: next.version, path: referralPath(id),
                       actor: actor, action: "referral " + decision.rawValue, mode: Store.fileMode(team.access), change: changeID)
            return (next, youth)
        }
    }
}

/// A change to the referral queue, as the board's dialogs and the command line build it.
public enum ReferralRequest: Sendable, Equatable {
    /// Put a referral in the queue (`IncomingReferral.make` built and checked it).
    case add(IncomingReferral)
    /// Decide a waiting referral; `intake` is the youth to take in (accept, clarify).
    case decide(id: String, ReferralDecision, intake: IntakeRequest?, note: String?, sentTo: DischargeDestination?)
}

extension IncomingReferral {
    /// The youth this referral becomes when taken in, with what the team adds at intake.
    public func intake(primaryContact: StaffID? = nil, domains: [Domain] = [], impairment: [Domain] = [],
                       longTermNeed: String? = nil, municipality: String? = nil, ageOverride: String? = nil) -> IntakeRequest {
        IntakeRequest(name: name, born: born, primaryContact: primaryContact, domains: domains, impairment: impairment,
                      referral: youthReferral, ageOverride: ageOverride, longTermNeed: longTermNeed, municipality: municipality)
    }
}

extension Store {
    /// Runs a referral request: the referral as it is now, and the youth taken in (if any).
    @discardableResult
    public func apply(_ request: ReferralRequest, actor: Actor) throws(TavleError) -> (referral: IncomingReferral, youth: Youth?) {
        switch request {
        case .add(let draft): return (try addReferral(draft, actor: actor), nil)
        case .decide(let id, let decision, let intake, let note, let sentTo):
            return try decideReferral(id, decision, intake: intake, note: note, sentTo: sentTo, actor: actor)
        }
    }
}
