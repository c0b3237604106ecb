import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Everything a command or the board needs to act: the store, the team, the language,
/// "today", and who is acting. Shared by the command line and the terminal UI.
public struct Session: Sendable {
    public let store: Store
    public let team: Team
    public let language: Language
    public let today: Day
    /// The acting staff member and the real Unix user. Nil when the Unix user is not on the
    /// team: reading is allowed, writing is refused with `.notOnTeam`.
    public let actor: Actor?
    public let unixUser: String
    public let environment: [String: String]

    /// Opens the data directory (`--data`, `$TAVLE_DATA`, `/etc/tavle/config.json`, XDG).
    /// `actAs` (`--as`) is allowed for the leader role only.
    public static func open(dataFlag: String?, langFlag: String?, actAs: String?,
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws(TavleError) -> Session {
        let root = try DataLocation.resolve(flag: dataFlag, environment: environment)
        let store = try Store(root: root, environment: environment)
        let team = try store.loadTeam()
        let lang = Language.choose(flag: langFlag, environment: environment, team: team.language)
        let user = Session.currentUnixUser()
        let me = team.member(unixUser: user)
        var actor = me.map { Actor(staff: $0.id, unixUser: user) }
        if let other = actAs, !other.isEmpty {
            guard let me, me.role == .leader else {
                throw .notAllowed(LocalizedMessage(.sessionAsLeaderOnly, [TextSafety.display(other)]))
            }
            let target = try team.resolveMember(other)
            actor = Actor(staff: target.id, unixUser: user)
        }
        return Session(store: store, team: team, language: lang, today: team.today(environment: environment),
                       actor: actor, unixUser: user, environment: environment)
    }

    /// The acting staff member, or the error telling a Unix user how to join the team.
    public func requireActor() throws(TavleError) -> Actor {
        guard let actor else { throw .notOnTeam(user: unixUser) }
        return actor
    }

    /// Whether this process acts as the server's administrator: root, or the Unix user who owns
    /// the data directory. The administrator may run `backup`, `check`, `migrate` and `restore`
    /// without being on the team (issue 27).
    public var isAdministrator: Bool {
        let uid = geteuid()
        return uid == 0 || FileIO.status(store.root).map { $0.st_uid == uid } == true
    }

    /// Who a maintenance command (`backup`, `migrate`) acts as: the team member, else the
    /// administrator as `Actor.admin` (journaled with the Unix user and the staff field `admin`),
    /// else the error telling the user how to join the team. `leader`: a team member must be the
    /// team's leader.
    public func maintenanceActor(leader: Bool) throws(TavleError) -> Actor {
        if let actor {
            guard !leader || team.member(actor.staff)?.role == .leader else { throw .refused(LocalizedMessage(.refuseLeaderOnly)) }
            return actor
        }
        guard isAdministrator else { throw .notOnTeam(user: unixUser) }
        return Actor.admin(unixUser: unixUser)
    }

    /// Now, in the team's time zone (pinned day honoured).
    public var now: Timestamp { Clock.now(zone: team.zone, environment: environment) }

    /// The Unix user running this process (by effective uid).
    public static func currentUnixUser() -> String {
        if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.environment["USER"] ?? "uid\(geteuid())"
    }

    /// The real name from the password database (GECOS), if any.
    public static func realName(of user: String) -> String? {
        guard let pw = getpwnam(user), let gecos = pw.pointee.pw_gecos else { return nil }
        let name = String(cString: gecos).split(separator: ",").first.map(String.init) ?? ""
        return name.isEmpty ? nil : name
    }
}
