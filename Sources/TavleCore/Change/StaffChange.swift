import Foundation

/// Who joins the team, leaves it and comes back, as a value: the command line builds one and
/// hands it to `Store.apply(_:actor:)`, which checks it here and journals it. Members are never
/// deleted (the journal names who did what), and a returning member gets their old id back.
public enum StaffChange: Sendable, Equatable {
    case add(name: String, initials: String, role: Role, unixUsers: [String], id: StaffID?)
    /// A member (by id or unique initials) who leaves.
    case deactivate(String)
    /// A member who left (by id) and comes back.
    case reactivate(String)

    public var journalAction: String {
        switch self {
        case .add: "staff add"
        case .deactivate: "staff deactivate"
        case .reactivate: "staff reactivate"
        }
    }

    /// Applies the change to `team` after checking every rule; returns the member it is about.
    public func apply(to team: inout Team, actor: Actor) throws(TavleError) -> StaffMember {
        try TeamChange.requireLeader(team, actor)
        switch self {
        case .add(let rawName, let rawInitials, let role, let unixUsers, let explicitID):
            let name = TextSafety.clean(rawName).trimmingCharacters(in: .whitespaces)
            let initials = TextSafety.clean(rawInitials).trimmingCharacters(in: .whitespaces).uppercased()
            guard !name.isEmpty, name.count <= 100 else { throw .usage(LocalizedMessage(.usageStaffName)) }
            guard !initials.isEmpty, initials.count <= 4, !initials.contains(where: \.isWhitespace) else {
                throw .usage(LocalizedMessage(.usageStaffInitials))
            }
            for u in unixUsers where u.isEmpty || u.contains(where: { $0 == "/" || $0 == ":" || $0.isWhitespace }) {
                throw .usage(LocalizedMessage(.usageUnixUser, [TextSafety.display(u)]))
            }
            // Someone who was here before comes back under their old id (`reactivate`), not as a second member.
            if let former = team.staff.first(where: { !$0.active && $0.initials == initials
                && Folding.fold($0.name) == Folding.fold(name) }) {
                throw .refused(LocalizedMessage(.refuseStaffReturning, [TextSafety.display(former.name), former.id]))
            }
            try StaffChange.refuseClash(initials, in: team, except: nil)
            // A Unix user is one person's, a former member's too: their journal lines name it.
            for u in unixUsers {
                if let other = team.staff.first(where: { $0.unixUsers.contains(u) }) {
                    throw .refused(LocalizedMessage(other.active ? .refuseUnixUserTaken : .refuseUnixUserFormer,
                                                    [TextSafety.display(u), other.id]))
                }
            }
            let id = try StaffIDs.choose(explicit: explicitID, name: name, taken: Set(team.staff.map(\.id)))
            let member = StaffMember(id: id, initials: initials, name: name, role: role, unixUsers: unixUsers)
            team.staff.append(member)
            return member
        case .deactivate(let query):
            let member = try team.resolveMember(query)
            guard member.id != actor.staff else { throw .refused(LocalizedMessage(.refuseDeactivateSelf)) }
            guard let i = team.staff.firstIndex(where: { $0.id == member.id }) else { throw .staffNotFound(query) }
            team.staff[i].active = false
            return team.staff[i]
        case .reactivate(let query):
            // By id, or by the initials of one former member (`staff reactivate OB`).
            let former = team.staff.filter { !$0.active && $0.initials.uppercased() == query.uppercased() }
            guard let i = team.staff.firstIndex(where: { $0.id == query })
                    ?? (former.count == 1 ? team.staff.firstIndex(where: { $0.id == former[0].id }) : nil) else {
                if former.count > 1 {
                    throw .refused(LocalizedMessage(.refuseStaffReactivateWhich, [TextSafety.display(query), former.map(\.id).joined(separator: ", ")]))
                }
                throw .staffNotFound(query)
            }
            let member = team.staff[i]
            guard !member.active else {
                throw .refused(LocalizedMessage(.refuseStaffAlreadyActive, [TextSafety.display(member.name), member.id]))
            }
            try StaffChange.refuseClash(member.initials, in: team, except: member.id)
            for u in member.unixUsers {
                if let other = team.member(unixUser: u) {
                    throw .refused(LocalizedMessage(.refuseUnixUserTaken, [TextSafety.display(u), other.id]))
                }
            }
            team.staff[i].active = true
            return team.staff[i]
        }
    }

    /// Two active members never share initials: `@OB` on the board must name one person.
    static func refuseClash(_ initials: String, in team: Team, except id: StaffID?) throws(TavleError) {
        if let other = team.staff.first(where: { $0.active && $0.id != id && $0.initials == initials }) {
            throw .refused(LocalizedMessage(.refuseInitialsActive, [initials, TextSafety.display(other.name), other.id]))
        }
    }
}

/// Staff ids: given (and checked), or made from the first name (`Ole Bråten` → `ole`, then `oleb`, `ole2` …).
public enum StaffIDs {
    public static func choose(explicit: String?, name: String, taken: Set<String>) throws(TavleError) -> StaffID {
        if let e = explicit {
            guard Identifier.isValidStaffID(e) else { throw .invalidID(e) }
            guard !taken.contains(e) else { throw .refused(LocalizedMessage(.refuseStaffIDTaken, [e])) }
            return e
        }
        let parts = name.split(separator: " ").map { fold(String($0)) }.filter { !$0.isEmpty }
        var candidates: [String] = []
        if let first = parts.first {
            candidates.append(first)
            if parts.count > 1, let last = parts.last { candidates.append(first + String(last.prefix(1))) }
        }
        let base = candidates.first ?? "staff"
        for n in 2...999 { candidates.append(base + String(n)) }
        return candidates.first { Identifier.isValidStaffID($0) && !taken.contains($0) } ?? "staff" + Identifier.random(length: 4)
    }

    /// Lower-case ASCII letters and digits: `Bråten` → `braten`, `Ødegård` → `odegard`.
    public static func fold(_ s: String) -> String {
        let lower = s.lowercased().replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ø", with: "o")
            .replacingOccurrences(of: "å", with: "a")
        let plain = lower.folding(options: .diacriticInsensitive, locale: Locale(identifier: "en_US_POSIX"))
        return String(plain.unicodeScalars.filter { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") }.map(Character.init))
    }
}

extension Store {
    /// Applies `change` to the team file under the lock (re-read, checked, journaled, replaced).
    /// Returns the member it is about and the team after.
    @discardableResult
    public func apply(_ change: StaffChange, actor: Actor) throws(TavleError) -> (member: StaffMember, team: Team) {
        var member: StaffMember?
        let team = try updateTeam(actor: actor, action: change.journalAction) { team in
            member = try change.apply(to: &team, actor: actor)
        }
        guard let member else { throw .staffNotFound("") }
        return (member, team)
    }
}
