import ArgumentParser
import Foundation
import TavleCore

/// `tavle staff add|list|deactivate`: the team's members.
struct StaffCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "staff", abstract: L.t("help.staff.abstract"), discussion: L.t("help.staff.discussion"),
                             subcommands: [StaffAdd.self, StaffList.self, StaffDeactivate.self])
    }

    @OptionGroup var globals: GlobalOptions
}

/// Changes to the team are for the team leader: membership is access to health data.
enum TeamWrite {
    static func leaderActor(_ session: Session) throws -> Actor {
        let actor = try session.requireActor()
        guard session.team.member(actor.staff)?.role == .leader else { throw CLIError.data("refuse.leaderOnly") }
        return actor
    }
}

struct StaffAdd: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: L.t("help.staffAdd.abstract"),
                             discussion: L.t("help.staffAdd.discussion", Role.choices))
    }

    @OptionGroup var globals: GlobalOptions
    @Option(help: ArgumentHelp(L.t("opt.staff.name"), valueName: "NAME")) var name: String
    @Option(help: ArgumentHelp(L.t("opt.staff.initials"), valueName: "XX")) var initials: String
    @Option(help: ArgumentHelp(L.t("opt.staff.role"))) var role: Role
    @Option(name: .customLong("unix-user"), help: ArgumentHelp(L.t("opt.staff.unixUser"), valueName: "USER")) var unixUser: [String] = []
    @Option(help: ArgumentHelp(L.t("opt.staff.id"), valueName: "ID")) var id: String?

    func run() throws {
        let session = try globals.session()
        let actor = try TeamWrite.leaderActor(session)
        let cleanName = TextSafety.clean(name).trimmingCharacters(in: .whitespaces)
        let cleanInitials = TextSafety.clean(initials).trimmingCharacters(in: .whitespaces).uppercased()
        guard !cleanName.isEmpty else { throw CLIError.usage("usage.staffName") }
        guard !cleanInitials.isEmpty, cleanInitials.count <= 4 else { throw CLIError.usage("usage.staffInitials") }
        for u in unixUser where u.isEmpty || u.contains(where: { $0 == "/" || $0 == ":" || $0.isWhitespace }) {
            throw CLIError.usage("usage.unixUser", Format.safe(u))
        }
        var newID = ""
        let team = try session.store.updateTeam(actor: actor, action: "staff add") { team in
            newID = try StaffIDs.choose(explicit: id, name: cleanName, taken: Set(team.staff.map(\.id)))
            for u in unixUser {
                if let other = team.member(unixUser: u) {
                    throw TavleError.refused(LocalizedMessage("refuse.other", [L.t("refuse.unixUserTaken", Format.safe(u), other.id)]))
                }
            }
            team.staff.append(StaffMember(id: newID, initials: cleanInitials, name: cleanName, role: role, unixUsers: unixUser))
        }
        if team.staff.filter({ $0.active && $0.initials == cleanInitials }).count > 1 {
            Console.error(L.t("warn.initialsTaken", cleanInitials))
        }
        Console.out(L.t("done.staffAdd", Format.safe(cleanName), newID, L.label(role)))
    }
}

/// Staff ids: given (and checked), or made from the first name (`Ole Bråten` → `ole`, then `oleb`, `ole2` …).
enum StaffIDs {
    static func choose(explicit: String?, name: String, taken: Set<String>) throws(TavleError) -> StaffID {
        if let e = explicit {
            guard Identifier.isValidStaffID(e) else { throw .invalidID(e) }
            guard !taken.contains(e) else { throw .refused(LocalizedMessage("refuse.other", [L.t("refuse.staffIDTaken", e)])) }
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
        CommandConfiguration(commandName: "list", abstract: L.t("help.staffList.abstract"), discussion: L.t("help.staffList.discussion"))
    }

    @OptionGroup var globals: GlobalOptions
    @Flag(help: ArgumentHelp(L.t("opt.staff.all"))) var all = false
    @OptionGroup var output: JSONOption

    struct StaffJSON: Encodable {
        let id: String
        let initials: String
        let name: String
        let role: String
        let unixUsers: [String]
        let active: Bool
    }

    func run() throws {
        let session = try globals.session()
        let staff = session.team.staff.filter { all || $0.active }
        if output.json {
            try JSONOutput.print(staff.map {
                StaffJSON(id: $0.id, initials: JSONOutput.safe($0.initials), name: JSONOutput.safe($0.name), role: $0.role.rawValue,
                          unixUsers: $0.unixUsers.map { JSONOutput.safe($0) }, active: $0.active)
            })
            return
        }
        Console.out(L.t("staff.header", Format.safe(session.team.name), String(session.team.staff.filter(\.active).count)))
        var t = Table([Table.Column(header: L.t("col.initials")), Table.Column(header: L.t("col.name"), shrinkOrder: 1, minWidth: 8),
                       Table.Column(header: L.t("col.role"), shrinkOrder: 0, minWidth: 8), Table.Column(header: L.t("col.staffID")),
                       Table.Column(header: L.t("col.unixUser"), shrinkOrder: 0), Table.Column(header: L.t("col.active"))])
        for m in staff {
            t.add([Format.safe(m.initials), Format.safe(m.name), L.label(m.role), Format.safe(m.id),
                   Format.safe(m.unixUsers.joined(separator: ", ")), m.active ? L.t("show.yes") : L.t("show.no")])
        }
        Console.out(t.render(width: Console.width))
        if let actor = session.actor { Console.out(); Console.out(L.t("staff.you", Format.safe(session.unixUser), actor.staff)) }
        else { Console.out(); Console.out(L.t("staff.notYou", Format.safe(session.unixUser))) }
    }
}

struct StaffDeactivate: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "deactivate", abstract: L.t("help.staffDeactivate.abstract"),
                             discussion: L.t("help.staffDeactivate.discussion"))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t("arg.staff"), valueName: "STAFF")) var staff: String

    func run() throws {
        let session = try globals.session()
        let actor = try TeamWrite.leaderActor(session)
        guard let member = session.team.findMember(staff) else { throw TavleError.staffNotFound(staff) }
        guard member.id != actor.staff else { throw CLIError.data("refuse.deactivateSelf") }
        try session.store.updateTeam(actor: actor, action: "staff deactivate") { team in
            guard let i = team.staff.firstIndex(where: { $0.id == member.id }) else { throw TavleError.staffNotFound(staff) }
            team.staff[i].active = false
        }
        Console.out(L.t("done.staffDeactivate", Format.safe(member.name), member.id))
    }
}
