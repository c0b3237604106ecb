import ArgumentParser
import Foundation
import TavleCore

/// `tavle staff add|list|set|deactivate`: the team's members.
struct StaffCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "staff", abstract: L.t(.helpStaffAbstract), discussion: L.t(.helpStaffDiscussion),
                             subcommands: [StaffAdd.self, StaffList.self, StaffSet.self, StaffDeactivate.self])
    }

    @OptionGroup var globals: GlobalOptions
}

/// Changes to the team are for the team leader: membership is access to health data.
enum TeamWrite {
    static func leaderActor(_ session: Session) throws -> Actor {
        let actor = try session.requireActor()
        guard session.team.member(actor.staff)?.role == .leader else { throw CLIError.data(.refuseLeaderOnly) }
        return actor
    }
}

struct StaffAdd: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: L.t(.helpStaffAddAbstract),
                             discussion: L.t(.helpStaffAddDiscussion, Role.allValueStrings.joined(separator: ", ")))
    }

    @OptionGroup var globals: GlobalOptions
    @Option(help: ArgumentHelp(L.t(.optStaffName), valueName: "NAME")) var name: String
    @Option(help: ArgumentHelp(L.t(.optStaffInitials), valueName: "XX")) var initials: String
    @Option(help: ArgumentHelp(L.t(.optStaffRole))) var role: Role
    @Option(name: .customLong("unix-user"), help: ArgumentHelp(L.t(.optStaffUnixUser), valueName: "USER")) var unixUser: [String] = []
    @Option(help: ArgumentHelp(L.t(.optStaffId), valueName: "ID")) var id: String?

    func run() throws {
        let session = try globals.session()
        let actor = try TeamWrite.leaderActor(session)
        let cleanName = TextSafety.clean(name).trimmingCharacters(in: .whitespaces)
        let cleanInitials = TextSafety.clean(initials).trimmingCharacters(in: .whitespaces).uppercased()
        guard !cleanName.isEmpty else { throw CLIError.usage(.usageStaffName) }
        guard !cleanInitials.isEmpty, cleanInitials.count <= 4 else { throw CLIError.usage(.usageStaffInitials) }
        for u in unixUser where u.isEmpty || u.contains(where: { $0 == "/" || $0 == ":" || $0.isWhitespace }) {
            throw CLIError.usage(.usageUnixUser, Format.safe(u))
        }
        var newID = ""
        let team = try session.store.updateTeam(actor: actor, action: "staff add") { team in
            newID = try StaffIDs.choose(explicit: id, name: cleanName, taken: Set(team.staff.map(\.id)))
            for u in unixUser {
                if let other = team.member(unixUser: u) {
                    throw TavleError.refused(LocalizedMessage(.refuseOther, [L.t(.refuseUnixUserTaken, Format.safe(u), other.id)]))
                }
            }
            team.staff.append(StaffMember(id: newID, initials: cleanInitials, name: cleanName, role: role, unixUsers: unixUser))
        }
        if team.staff.filter({ $0.active && $0.initials == cleanInitials }).count > 1 {
            Console.error(L.t(.warnInitialsTaken, cleanInitials))
        }
        Console.out(L.t(.doneStaffAdd, Format.safe(cleanName), newID, L.label(role)))
    }
}

/// Staff ids: given (and checked), or made from the first name (`Ole Bråten` → `ole`, then `oleb`, `ole2` …).
enum StaffIDs {
    static func choose(explicit: String?, name: String, taken: Set<String>) throws(TavleError) -> StaffID {
        if let e = explicit {
            guard Identifier.isValidStaffID(e) else { throw .invalidID(e) }
            guard !taken.contains(e) else { throw .refused(LocalizedMessage(.refuseOther, [L.t(.refuseStaffIDTaken, e)])) }
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
    static func fold(_ s: String) -> String {
        let lower = s.lowercased().replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ø", with: "o")
            .replacingOccurrences(of: "å", with: "a")
        let plain = lower.folding(options: .diacriticInsensitive, locale: Locale(identifier: "en_US_POSIX"))
        return String(plain.unicodeScalars.filter { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") }.map(Character.init))
    }
}

struct StaffList: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: L.t(.helpStaffListAbstract), discussion: L.t(.helpStaffListDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Flag(help: ArgumentHelp(L.t(.optStaffAll))) var all = false
    @OptionGroup var output: JSONOption

    struct StaffJSON: Encodable {
        let id: String
        let initials: String
        let name: String
        let role: String
        let phone: String?
        let unixUsers: [String]
        let active: Bool
    }

    func run() throws {
        let session = try globals.session()
        let staff = session.team.staff.filter { all || $0.active }
        if output.json {
            try JSONOutput.print(staff.map {
                StaffJSON(id: $0.id, initials: JSONOutput.safe($0.initials), name: JSONOutput.safe($0.name), role: $0.role.rawValue,
                          phone: $0.phone.map { JSONOutput.safe($0) }, unixUsers: $0.unixUsers.map { JSONOutput.safe($0) }, active: $0.active)
            })
            return
        }
        let active = session.team.staff.filter(\.active).count
        Console.out(L.n(.staffHeader, active, Format.safe(session.team.name), String(active)))
        var t = Table([Table.Column(header: L.t(.colInitials)), Table.Column(header: L.t(.colName), shrinkOrder: 1, minWidth: 8),
                       Table.Column(header: L.t(.colRole), shrinkOrder: 0, minWidth: 8), Table.Column(header: L.t(.colPhone)),
                       Table.Column(header: L.t(.colStaffID)),
                       Table.Column(header: L.t(.colUnixUser), shrinkOrder: 0), Table.Column(header: L.t(.colActive))])
        for m in staff {
            t.add([Format.safe(m.initials), Format.safe(m.name), L.label(m.role), Format.safe(m.phone ?? "–"), Format.safe(m.id),
                   Format.safe(m.unixUsers.joined(separator: ", ")), m.active ? L.t(.showYes) : L.t(.showNo)])
        }
        Console.out(t.render(width: Console.width))
        if let actor = session.actor { Console.out(); Console.out(L.t(.staffYou, Format.safe(session.unixUser), actor.staff)) }
        else { Console.out(); Console.out(L.t(.staffNotYou, Format.safe(session.unixUser))) }
    }
}

/// `tavle staff set STAFF phone|name|role|initials VALUE`: a colleague's details (the leader only, journaled).
struct StaffSet: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "set", abstract: L.t(.helpStaffSetAbstract), discussion: L.t(.helpStaffSetDiscussion, Role.choices))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argStaff), valueName: "STAFF")) var staff: String
    @Argument(help: ArgumentHelp(L.t(.argStaffField), valueName: "phone|name|role|initials")) var field: String
    @Argument(help: ArgumentHelp(L.t(.argStaffValue), valueName: "VALUE")) var value: String
    @OptionGroup var write: WriteOptions

    func validate() throws {
        guard StaffField.parse(field) != nil else { throw ValidationError(L.t(.usageStaffField, Format.safe(field), StaffField.choices)) }
    }

    func run() throws {
        let session = try globals.session()
        let actor = try session.requireActor()
        let f = StaffField.parse(field)!
        let (old, new) = try session.store.apply(.staff(staff, f, value), actor: actor, basedOn: write.ifVersion)
        let id = try old.resolveMember(staff).id
        guard let before = old.member(id), let after = new.member(id) else { throw TavleError.staffNotFound(staff) }
        func shown(_ m: StaffMember) -> String {
            switch f {
            case .phone: m.phone.map { Format.safe($0) } ?? "–"
            case .name: Format.safe(m.name)
            case .role: L.label(m.role)
            case .initials: Format.safe(m.initials)
            }
        }
        let who = Format.safe(after.name) + " (" + after.id + ")"
        if new.version == old.version {
            Console.out(L.t(.staffsetUnchanged, who, L.label(f), shown(after), String(new.version)))
        } else {
            Console.out(L.t(.staffsetDone, who, L.label(f), shown(before), shown(after), String(new.version)))
        }
        if f == .initials, new.staff.filter({ $0.active && $0.initials == after.initials }).count > 1 {
            Console.error(L.t(.warnInitialsTaken, after.initials))
        }
    }
}

struct StaffDeactivate: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "deactivate", abstract: L.t(.helpStaffDeactivateAbstract),
                             discussion: L.t(.helpStaffDeactivateDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argStaff), valueName: "STAFF")) var staff: String

    func run() throws {
        let session = try globals.session()
        let actor = try TeamWrite.leaderActor(session)
        guard let member = session.team.findMember(staff) else { throw TavleError.staffNotFound(staff) }
        guard member.id != actor.staff else { throw CLIError.data(.refuseDeactivateSelf) }
        try session.store.updateTeam(actor: actor, action: "staff deactivate") { team in
            guard let i = team.staff.firstIndex(where: { $0.id == member.id }) else { throw TavleError.staffNotFound(staff) }
            team.staff[i].active = false
        }
        Console.out(L.t(.doneStaffDeactivate, Format.safe(member.name), member.id))
    }
}
