import Foundation
import Testing

/// Issue 27, point 1: docs/install.md's steps, run as root through `scripts/install.sh` into a
/// scratch prefix, for an unprivileged leader and clinician the test creates (and removes):
/// install, the team's directory, the team at work, the admin's backup, `check`, an upgrade
/// (install again) with `migrate`, and the uninstall that leaves the data.
@Suite(.serialized) struct InstallScriptTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// Unix users and a group of the test's own, removed afterwards.
    final class Accounts {
        let group: String, leader: String, clinician: String, outsider: String, screen: String
        init() throws {
            let tag = String(getpid() % 100000)
            group = "tvg\(tag)"; leader = "tvl\(tag)"; clinician = "tvc\(tag)"; outsider = "tvo\(tag)"; screen = "tvs\(tag)"
            try Accounts.sh("/usr/sbin/groupadd", [group])
            try Accounts.sh("/usr/sbin/groupadd", [screen])
            for u in [leader, clinician] { try Accounts.sh("/usr/sbin/useradd", ["-M", "-N", "-G", group, "-s", "/bin/sh", u]) }
            try Accounts.sh("/usr/sbin/useradd", ["-M", "-N", "-s", "/bin/sh", outsider])
        }
        deinit {
            for u in [leader, clinician, outsider] { _ = try? CLI.run(program: "/usr/sbin/userdel", [u]) }
            _ = try? CLI.run(program: "/usr/sbin/groupdel", [group])
            _ = try? CLI.run(program: "/usr/sbin/groupdel", [screen])
        }
        static func sh(_ program: String, _ args: [String]) throws {
            let r = try CLI.run(program: program, args)
            guard r.status == 0 else { throw CLIFailure("\(program) \(args): \(r)") }
        }
    }

    /// `tavle args…` as `user`, the way a member logs in: only the config, no `--data`.
    func asUser(_ user: String, _ tavle: String, _ args: [String], config: String) throws -> CLI.Result {
        try CLI.run(program: "/usr/sbin/runuser", ["-u", user, "--", "/usr/bin/env", "HOME=/tmp", "TAVLE_CONFIG=\(config)", tavle] + args)
    }

    func mode(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? nil
    }

    @Test(.enabled(if: geteuid() == 0, "creates Unix users and a group: needs root (CI runs as root)"))
    func theDocumentedInstallUpgradeAndUninstall() throws {
        let binary = try #require(CLI.binary)
        let accounts = try Accounts()
        let scratch = "/tmp/tavle-install-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o755])
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let prefix = scratch + "/usr/local", config = scratch + "/etc/tavle/config.json", data = scratch + "/srv/tavle/team"
        let script = Self.repo + "/scripts/install.sh"
        let installArgs = [script, "--prefix", prefix, "--binary", binary, "--config", config, "--data", data,
                           "--group", accounts.group, "--leader", accounts.leader, "--team", "FACT ung Testby",
                           "--screen-group", accounts.screen]

        // 1. Install: binary, man pages, completions, config, the team's directory.
        let install = try CLI.run(program: "/bin/bash", installArgs)
        #expect(install.status == 0, "\(install)")
        let tavle = prefix + "/bin/tavle"
        #expect(mode(tavle) == 0o755)
        for page in ["/share/man/man1/tavle.1", "/share/man/nb/man1/tavle.1", "/share/bash-completion/completions/tavle",
                     "/share/zsh/site-functions/_tavle", "/share/fish/vendor_completions.d/tavle.fish"] {
            #expect(mode(prefix + page) == 0o644, "\(page)")
        }
        let nbPage = try String(contentsOfFile: prefix + "/share/man/nb/man1/tavle.1", encoding: .utf8)
        #expect(nbPage.contains(".TH") && nbPage.contains("Eksempler"), "the bokmål page is a man page in bokmål")
        #expect(try String(contentsOfFile: prefix + "/share/man/man1/tavle.1", encoding: .utf8).contains("Examples"))
        #expect(try String(contentsOfFile: config, encoding: .utf8).contains(data))
        #expect(mode(config) == 0o644)
        #expect(mode(data) == 0o2770, "the team's directory: setgid, the group's only")
        // The meeting-room screen's feed folder (docs/meeting-room-screen.md): root's, the screen group's.
        #expect(mode(data + "-screen") == 0o3753)
        let screenGID = try #require(getgrnam(accounts.screen)).pointee.gr_gid
        #expect((try FileManager.default.attributesOfItem(atPath: data + "-screen")[.groupOwnerAccountID] as? Int) == Int(screenGID))

        // 2. The leader adds the clinician; the clinician adds a youth: by the config alone.
        let staff = try asUser(accounts.leader, tavle, ["staff", "add", "--name", "Kari Klinik", "--initials", "KK",
                                                        "--role", "case-manager", "--unix-user", accounts.clinician], config: config)
        #expect(staff.status == 0, "\(staff)")
        let add = try asUser(accounts.clinician, tavle, ["add", "--name", "Ola Nordmann", "--born", "2010-05-05"], config: config)
        #expect(add.status == 0, "\(add)")
        let youths = try FileManager.default.contentsOfDirectory(atPath: data + "/youths")
        #expect(youths.count == 1)
        for y in youths { #expect(mode(data + "/youths/" + y) == 0o660) }
        // Someone outside the team reads nothing.
        let outside = try asUser(accounts.outsider, tavle, ["list"], config: config)
        #expect(outside.status != 0 && !outside.out.contains("Ola"), "\(outside)")

        // 3. Upgrade as documented: backup (as root, not on the team) → install → check → migrate.
        // The docs' `/root`: a folder that exists (backup refuses one that does not, a mistyped path).
        try FileManager.default.createDirectory(atPath: scratch + "/root-backups", withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        let backup = scratch + "/root-backups/tavle-team.json"
        let b = try CLI.run([ "backup", backup], env: ["TAVLE_CONFIG": config])
        #expect(b.status == 0, "\(b)")
        #expect(mode(backup) == 0o600)
        let again = try CLI.run(program: "/bin/bash", installArgs)
        #expect(again.status == 0, "\(again)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: data + "/youths") == youths, "an upgrade never touches the data")
        let check = try asUser(accounts.leader, tavle, ["check"], config: config)
        #expect(check.status == 0, "\(check)")
        let migrate = try asUser(accounts.leader, tavle, ["migrate", "--lang", "en"], config: config)
        #expect(migrate.status == 0 && migrate.out.contains("nothing"), "\(migrate)")

        // 4. Uninstall: what was installed goes, the data stays.
        let gone = try CLI.run(program: "/bin/bash", [script, "--uninstall", "--prefix", prefix])
        #expect(gone.status == 0, "\(gone)")
        #expect(!FileManager.default.fileExists(atPath: tavle))
        #expect(!FileManager.default.fileExists(atPath: prefix + "/share/man/nb/man1/tavle.1"))
        #expect(!FileManager.default.fileExists(atPath: config))
        #expect(try FileManager.default.contentsOfDirectory(atPath: data + "/youths") == youths)
        #expect(FileManager.default.fileExists(atPath: backup))
        // The clinician's change left a feed of the clinician's own; the uninstall left the folder.
        let clinicianUID = try #require(getpwnam(accounts.clinician)).pointee.pw_uid
        #expect(FileManager.default.fileExists(atPath: data + "-screen/feed.\(clinicianUID).json"))
    }

    /// A mistyped group or leader, or a folder name the config cannot hold, is refused before
    /// anything is installed (it failed after the binary and man pages were in place).
    @Test(.enabled(if: geteuid() == 0, "install.sh runs as root"))
    func namedAccountsAreCheckedBeforeAnythingIsInstalled() throws {
        let binary = try #require(CLI.binary)
        let scratch = "/tmp/tavle-install-bad-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let base = [Self.repo + "/scripts/install.sh", "--prefix", scratch + "/usr", "--binary", binary, "--config", scratch + "/config.json"]
        for (extra, said) in [(["--data", scratch + "/team", "--group", "nosuchgroup-tavle", "--leader", "root"], "there is no group nosuchgroup-tavle"),
                              (["--data", scratch + "/team", "--group", "root", "--leader", "nosuchuser-tavle"], "there is no Unix user nosuchuser-tavle"),
                              (["--data", scratch + "/te\"am"], "cannot go in the config")] {
            let r = try CLI.run(program: "/bin/bash", base + extra)
            #expect(r.status == 1 && r.err.contains(said), "\(extra): \(r)")
            #expect(!FileManager.default.fileExists(atPath: scratch), "\(extra): nothing installed")
        }
    }

    @Test func badArgumentsAreRefusedWithTheUsage() throws {
        let r = try CLI.run(program: "/bin/bash", [Self.repo + "/scripts/install.sh", "--frobnicate"])
        #expect(r.status == 1, "\(r)")
        #expect(r.err.contains("unknown option --frobnicate") && r.err.contains("--prefix"), "\(r)")
    }
}
