import ArgumentParser
import Foundation
import TavleCore

/// `tavle staff add|list|set|deactivate`: the team's members.
struct StaffCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "staff", abstract: L.t(.helpStaffAbstract), discussion: L.t(.helpStaffDiscussion),
                             subcommands: [StaffAdd.self, StaffList.self, StaffSet.self, StaffDeactivate.self, StaffReactivate.self])
    }

    @OptionGroup var globals: GlobalOptions

    /// Bare `tavle staff`: tavle's own help for the group (the parser's printed "OVERVIEW:").
    func run() throws { GroupHelp.show(["staff"]) }
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
        let added = try session.store.apply(.add(name: name, initials: initials, role: role, unixUsers: unixUser, id: id), actor: actor)
        Console.out(L.t(.doneStaffAdd, Format.safe(added.member.name), added.member.id, L.label(added.member.role)))
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
        let done = try session.store.apply(.deactivate(staff), actor: actor)
        Console.out(L.t(.doneStaffDeactivate, Format.safe(done.member.name), done.member.id))
        // tavle cannot take a Unix user out of a group: say exactly what the administrator runs.
        if let group = done.team.group, !done.member.unixUsers.isEmpty {
            Console.out(L.t(.doneStaffDeactivateGroup, done.member.unixUsers.map { "sudo gpasswd -d \($0) \(group)" }.joined(separator: "; ")))
        }
    }
}

struct StaffReactivate: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "reactivate", abstract: L.t(.helpStaffReactivateAbstract),
                             discussion: L.t(.helpStaffReactivateDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argStaff), valueName: "STAFF")) var staff: String

    func run() throws {
        let session = try globals.session()
        let actor = try TeamWrite.leaderActor(session)
        let done = try session.store.apply(.reactivate(staff), actor: actor)
        Console.out(L.t(.doneStaffReactivate, Format.safe(done.member.name), done.member.id, done.member.initials))
    }
}
