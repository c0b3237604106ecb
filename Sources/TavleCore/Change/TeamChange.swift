/// A staff member's detail that `tavle staff set` changes.
public enum StaffField: String, Choice {
    case phone, name, role, initials
    public static let labelPrefix = "stafffield"
}

/// A change to the team file, as a value: a setting, or a staff member's detail. Front ends build
/// one and hand it to `Store.apply(_:actor:)`, which checks it here (the leader-only rule, the
/// setting's range, what a name, initials, role or phone may be), journals the old and new values
/// under `journalAction` and writes the team file. No front end validates or journals on its own.
public enum TeamChange: Sendable, Equatable {
    /// A setting, from the text a person typed (`180`, `0,2`, `20 %`).
    case setting(SettingKey, String)
    /// A staff member (by id or unique initials) gets a new value of `field` (an empty phone clears it).
    case staff(String, StaffField, String)

    /// The journal's word: `settings set reviewIntervalDays`, `staff set phone`.
    public var journalAction: String {
        switch self {
        case .setting(let key, _): "settings set " + key.rawValue
        case .staff(_, let field, _): "staff set " + field.rawValue
        }
    }

    /// Applies the change to `team` after checking every rule; throws the refusal.
    public func apply(to team: inout Team, actor: Actor) throws(TavleError) {
        try TeamChange.requireLeader(team, actor)
        switch self {
        case .setting(let key, let text):
            try TeamSettings.setting(key).store(text: text, in: &team)
            // A warning below the target would warn while the team is under its own target.
            if key == .targetBoardShare || key == .boardShareWarning, team.boardShareWarning < team.targetBoardShare {
                throw .refused(LocalizedMessage(.refuseBoardShareWarningBelowTarget,
                                                [Board.percent(team.boardShareWarning), Board.percent(team.targetBoardShare)]))
            }
        case .staff(let query, let field, let text):
            let member = try team.resolveMember(query)
            guard let i = team.staff.firstIndex(where: { $0.id == member.id }) else { throw .staffNotFound(query) }
            let value = TextSafety.clean(text).trimmingCharacters(in: .whitespaces)
            switch field {
            case .name:
                guard !value.isEmpty else { throw .usage(LocalizedMessage(.usageStaffName)) }
                guard value.count <= 100 else { throw .usage(LocalizedMessage(.staffsetNameTooLong)) }
                team.staff[i].name = value
            case .initials:
                let initials = value.uppercased()
                guard !initials.isEmpty, initials.count <= 4, !initials.contains(where: \.isWhitespace) else {
                    throw .usage(LocalizedMessage(.usageStaffInitials))
                }
                try StaffChange.refuseClash(initials, in: team, except: member.id)
                team.staff[i].initials = initials
            case .role:
                guard let role = Role.parse(value) else {
                    throw .usage(LocalizedMessage(.staffsetBadRole, [TextSafety.display(value), Role.choices]))
                }
                // The team must keep a leader, or nobody could change it again.
                if member.role == .leader, role != .leader,
                   !team.staff.contains(where: { $0.id != member.id && $0.active && $0.role == .leader }) {
                    throw .refused(LocalizedMessage(.staffsetLastLeader, [TextSafety.display(member.name)]))
                }
                team.staff[i].role = role
            case .phone:
                team.staff[i].phone = try TeamChange.phone(value)
            }
        }
    }

    /// Changes to the team are the leader's: membership and thresholds decide who sees what.
    static func requireLeader(_ team: Team, _ actor: Actor) throws(TavleError) {
        guard let me = team.member(actor.staff), me.active, me.role == .leader else {
            throw .notAllowed(LocalizedMessage(.refuseLeaderOnly))
        }
    }

    /// A phone number as typed (`+47 912 34 567`, `22 33 44 55`), kept as typed; empty clears it.
    /// Digits, spaces and `+ - ( ) .`, with 3 to 15 digits (the international limit).
    static func phone(_ text: String) throws(TavleError) -> String? {
        guard !text.isEmpty else { return nil }
        let digits = text.count(where: { $0.isASCII && $0.isNumber })
        let allowed = text.allSatisfy { ($0.isASCII && $0.isNumber) || " +-().".contains($0) }
        guard allowed, (3...15).contains(digits), text.count <= 30 else {
            throw .usage(LocalizedMessage(.staffsetBadPhone, [TextSafety.display(text)]))
        }
        return text
    }
}

extension Store {
    /// Applies `change` to the team file under the lock: re-reads it, checks the change, journals
    /// the fields that changed (old and new values) and replaces the file. With `basedOn`, refuses
    /// when someone changed the team since that version. Returns the team before and after.
    @discardableResult
    public func apply(_ change: TeamChange, actor: Actor, basedOn: Int? = nil) throws(TavleError) -> (old: Team, new: Team) {
        var old: Team?
        let new = try updateTeam(actor: actor, action: change.journalAction, basedOn: basedOn) { team in
            old = team
            try change.apply(to: &team, actor: actor)
            try refuseRemovingMunicipalitiesInUse(from: old ?? team, to: team)
        }
        return (old ?? new, new)
    }

    /// A municipality a youth lives in stays on the team's list until the youth is moved: a
    /// youth's municipality is always one of the team's. (Read under the team's lock, from the
    /// board index without maintaining it.)
    func refuseRemovingMunicipalitiesInUse(from old: Team, to new: Team) throws(TavleError) {
        let removed = Set(old.municipalities).subtracting(new.municipalities)
        guard !removed.isEmpty else { return }
        let youths = try loadBoard(today: new.today(), maintainIndex: false).youths
        for m in removed.sorted() {
            let ids = youths.filter { $0.municipality == m }.map(\.id).sorted()
            guard !ids.isEmpty else { continue }
            throw .refused(LocalizedMessage(.refuseMunicipalityInUse, count: ids.count,
                                            [TextSafety.display(m), String(ids.count), ids.prefix(5).joined(separator: ", ")]))
        }
    }
}
