import ArgumentParser
import Foundation
import TavleCore

/// `tavle init`: a new data directory, private by default or shared with the team's Unix group.
struct InitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "init", abstract: L.t(.helpInitAbstract), discussion: L.t(.helpInitDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Option(help: ArgumentHelp(L.t(.optInitTeam), valueName: "NAME")) var team: String?
    @Option(help: ArgumentHelp(L.t(.optInitGroup), valueName: "GROUP")) var group: String?
    @Option(help: ArgumentHelp(L.t(.optInitLeader), valueName: "USER")) var leader: String?
    @Flag(help: ArgumentHelp(L.t(.optInitDemo))) var demo = false
    @Option(name: .customLong("screen-group"), help: ArgumentHelp(L.t(.optInitScreenGroup), valueName: "GROUP"))
    var screenGroup: String?

    func validate() throws {
        if demo && (group != nil || team != nil || leader != nil || screenGroup != nil) { throw ValidationError(L.t(.usageDemoAlone)) }
    }

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        let root = try globals.root
        let me = Session.currentUnixUser()
        if demo {
            let today = Clock.today(zone: TimeZone(identifier: "Europe/Oslo") ?? .current, environment: env)
            try Demo.install(at: root, today: today, user: me, userName: Session.realName(of: me))
            Console.out(L.t(.doneInitDemo, Format.safe(root)))
            return
        }
        let screenGID = try screenGroup.map(InitCommand.groupID)
        // The feed alone, for a team directory that is there already.
        if let s = screenGID, group == nil, team == nil, leader == nil {
            let store = try Store(root: root)
            guard (try store.loadTeam()).access == .group else { throw CLIError.usage(.usageScreenGroupNeedsTeam) }
            try InitCommand.screen(store, gid: s, name: screenGroup ?? "")
            return
        }
        if screenGID != nil && group == nil { throw CLIError.usage(.usageScreenGroupNeedsTeam) }
        let gid = try group.map(InitCommand.groupID)
        let user = leader ?? env["SUDO_USER"].flatMap { $0.isEmpty ? nil : $0 } ?? me
        guard !user.isEmpty, !user.contains(where: { $0 == "/" || $0 == ":" || $0.isWhitespace }) else {
            throw CLIError.usage(.usageUnixUser, Format.safe(user))
        }
        if let given = leader { try InitCommand.checkLeader(given, gid: gid, group: group ?? "") }
        let name = TextSafety.clean(Session.realName(of: user) ?? user).trimmingCharacters(in: .whitespaces)
        let staffID = try StaffIDs.choose(explicit: nil, name: StaffIDs.fold(user).isEmpty ? name : user, taken: [])
        var initials = String(Youth.deriveInitials(name).prefix(3))
        if initials.isEmpty { initials = String(user.prefix(2)).uppercased() }
        var t = Team(name: TextSafety.clean(team ?? L.t(.initDefaultTeam)).trimmingCharacters(in: .whitespaces))
        if let l = globals.lang.flatMap(Language.init(code:)) { t.language = l }
        t.staff = [StaffMember(id: staffID, initials: initials, name: name, role: .leader, unixUsers: [user])]
        let store = try Store.create(root: root, team: t, group: gid, actor: Actor(staff: staffID, unixUser: me))
        Console.out(L.t(gid == nil ? .doneInit : .doneInitGroup, Format.safe(root), Format.safe(t.name), Format.safe(group ?? "")))
        Console.out(L.t(.doneInitLeader, Format.safe(name), staffID, Format.safe(user)))
        if let s = screenGID { try InitCommand.screen(store, gid: s, name: screenGroup ?? "") }
        Console.out(L.t(.doneInitNext))
    }

    /// `<data>-screen` for the screen group, with a first feed in it (docs/meeting-room-screen.md).
    static func screen(_ store: Store, gid: gid_t, name: String) throws {
        try ScreenFeedFiles.createDirectory(for: store.root, group: gid)
        try ScreenFeedFiles.write(store)
        Console.out(L.t(.doneInitScreen, Format.safe(ScreenFeedFiles.directory(of: store.root)), Format.safe(name)))
    }

    /// The gid of the team's Unix group, which must exist (create it with `groupadd` first).
    /// `--leader USER` names someone who can run tavle on the team: a user of this machine, and in
    /// team mode one in the team's group (else nobody could add the rest of the team).
    static func checkLeader(_ user: String, gid: gid_t?, group: String) throws {
        guard let pw = getpwnam(user) else { throw CLIError.data(.refuseLeaderUnknown, Format.safe(user)) }
        guard let gid else { return }
        if pw.pointee.pw_gid == gid { return }
        var count: Int32 = 64
        var groups = [gid_t](repeating: 0, count: Int(count))
        if getgrouplist(user, pw.pointee.pw_gid, &groups, &count) == -1 {
            groups = [gid_t](repeating: 0, count: Int(count))
            _ = getgrouplist(user, pw.pointee.pw_gid, &groups, &count)
        }
        guard groups.prefix(Int(max(0, count))).contains(gid) else {
            throw CLIError.data(.refuseLeaderNotInGroup, Format.safe(user), Format.safe(group))
        }
    }

    static func groupID(_ name: String) throws -> gid_t {
        guard let g = getgrnam(name) else { throw CLIError.data(.refuseNoGroup, Format.safe(name)) }
        return g.pointee.gr_gid
    }
}
