import Foundation
import Testing

/// Issue 27, point 3: the meeting-room screen's feed. A team-mode write keeps `<data>-screen/
/// feed.UID.json` (what the shared screen may show, nothing else); `tavle --shared --feed` draws it
/// in a real terminal (tmux) and refuses to write; and, as root, an unprivileged account in the
/// screen group only sees the board and nothing else (`ProjectorAccountTests`).
@Suite(.serialized) struct ScreenFeedCommandTests {
    static var myGroup: String { String(cString: getgrgid(getegid())!.pointee.gr_name) }

    func mode(_ path: String) -> Int? { (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? nil }

    /// A team directory with a feed folder for `screenGroup`, and one youth with a note.
    func team(_ s: Scratch, screenGroup: String = myGroup) throws -> (id: String, feed: String) {
        let me = currentUser
        let initR = try CLI.run(["init", "--data", s.data, "--group", Self.myGroup, "--leader", me, "--screen-group", screenGroup])
        guard initR.status == 0 else { throw CLIFailure("init: \(initR)") }
        let add = try CLI.run(["add", "--name", "Ola Nordmann", "--born", "2010-05-05", "--data", s.data])
        guard add.status == 0 else { throw CLIFailure("add: \(add)") }
        let id = add.out.trimmingCharacters(in: .whitespacesAndNewlines)
        let note = try CLI.run(["note", id, "Hemmelig notat om familien", "--data", s.data])
        guard note.status == 0 else { throw CLIFailure("note: \(note)") }
        return (id, s.data + "-screen/feed.\(geteuid()).json")
    }

    @Test func aTeamWriteKeepsTheFeedWithInitialsAndNoNameDateOrNote() throws {
        let s = Scratch()
        let (id, feed) = try team(s)
        #expect(mode(s.data + "-screen") == 0o3753, "setgid and sticky, r-x for the screen group, -wx for members")
        #expect(mode(feed) == 0o640)
        let text = try String(contentsOfFile: feed, encoding: .utf8)
        #expect(text.contains("\"initials\" : \"ON\"") || text.contains("\"initials\":\"ON\""), "\(text)")
        for secret in ["Ola", "Nordmann", "2010-05-05", "05.05.2010", "Hemmelig", currentUser] {
            #expect(!text.contains(secret), "\(secret) in the feed")
        }
        // A change shows in the feed.
        #expect(try CLI.run(["status", id, "crisis", "--data", s.data]).status == 0)
        #expect(try String(contentsOfFile: feed, encoding: .utf8).contains("\"crisis\""))
        #expect(try CLI.run(["check", "--data", s.data]).status == 0)
        // `check` names a folder others could read, and a feed behind the last change.
        chmod(s.data + "-screen", 0o2755)
        let open = try CLI.run(["check", "--data", s.data, "--lang", "en"])
        #expect(open.status == 2 && open.out.contains("3753"), "\(open)")
        chmod(s.data + "-screen", 0o3753)
        // `screen-feed` writes it on demand; a private directory has none.
        try FileManager.default.removeItem(atPath: feed)
        let behind = try CLI.run(["check", "--data", s.data, "--lang", "en"])
        #expect(behind.status == 2 && behind.out.contains("tavle screen-feed"), "\(behind)")
        let again = try CLI.run(["screen-feed", "--data", s.data, "--lang", "en"])
        #expect(again.status == 0 && again.out.contains("Wrote the screen feed"), "\(again)")
        #expect(FileManager.default.fileExists(atPath: feed))
        #expect(try CLI.run(["check", "--data", s.data]).status == 0)
        let p = Scratch()
        try emptyTeam(p)
        let priv = try CLI.run(["screen-feed", "--data", p.data])
        #expect(priv.status == 2, "\(priv)")
        #expect(try CLI.run(["init", "--screen-group", Self.myGroup, "--data", p.data]).status == 1)
        #expect(!FileManager.default.fileExists(atPath: p.data + "-screen"), "a private directory never gets a feed")
        // A team directory without the folder writes no feed and says how to set it up.
        let t = Scratch()
        #expect(try CLI.run(["init", "--data", t.data, "--group", Self.myGroup, "--leader", currentUser]).status == 0)
        let none = try CLI.run(["screen-feed", "--data", t.data, "--lang", "en"])
        #expect(none.status == 4 && none.err.contains("--screen-group"), "\(none)")
        // … and `init --screen-group` sets it up on the existing directory.
        let later = try CLI.run(["init", "--screen-group", Self.myGroup, "--data", t.data])
        #expect(later.status == 0, "\(later)")
        #expect(FileManager.default.fileExists(atPath: t.data + "-screen/feed.\(geteuid()).json"))
    }

    @Test func theFeedBoardWithoutAFeedFolderSaysSo() throws {
        let s = Scratch()
        try emptyTeam(s)
        let r = try CLI.run(["--shared", "--feed", "--data", s.data, "--lang", "en"])
        #expect(r.status == 4 && r.err.contains("screen-group"), "\(r)")
        // `--feed` belongs to the board alone: elsewhere it is refused, never ignored.
        for args in [["--feed", "list"], ["list", "--feed"], ["demo", "--shared", "--feed"]] {
            let refused = try CLI.run(args + ["--data", s.data])
            #expect(refused.status == 1, "\(args): \(refused)")
        }
    }

    @Test(.enabled(if: ScreenTmux.available))
    func theFeedBoardDrawsTheFeedFollowsChangesRefusesWritesAndQuits() throws {
        let s = Scratch()
        let (id, _) = try team(s)
        for (w, h) in [(80, 24), (60, 16)] {
            let t = try ScreenTmux()
            try t.start("'\(CLI.binary!)' --shared --feed --data '\(s.data)'", width: w, height: h, tail: "; echo EXIT=$?; sleep 30")
            let first = try t.wait(for: "ON")
            #expect(first.contains("ON") && !first.contains("Ola") && !first.contains("Nordmann"), "\(w)×\(h):\n\(first)")
            // A writing key is refused.
            try t.keys("n")
            let refused = try t.wait(for: "bare lesing", seconds: 3)
            #expect(!refused.contains("Nytt notat") && !refused.contains("Hemmelig"), "\(refused)")
            // A change elsewhere shows within seconds.
            #expect(try CLI.run(["status", id, "worried", "--data", s.data]).status == 0)
            let changed = try t.wait(for: "bekymring")
            #expect(changed.contains("bekymring"), "\(w)×\(h):\n\(changed)")
            print("--- tavle --shared --feed at \(w)×\(h)\n\(changed)")
            try t.keys("q")
            let closed = try t.wait(for: "EXIT=")
            #expect(closed.contains("EXIT=0"), "\(closed)")
            #expect(try CLI.run(["status", id, "stable", "--data", s.data]).status == 0)
        }
    }
}

/// Issue 27's projector-account test, as root: a Unix user in the screen group only (not the
/// team's group) sees the board through the feed, cannot read any youth file, cannot write, and
/// `q` ends its session.
@Suite(.serialized) struct ProjectorAccountTests {
    final class Accounts {
        let team: String, screen: String, leader: String, projector: String
        init() throws {
            let tag = String(getpid() % 100000)
            team = "tfg\(tag)"; screen = "tfs\(tag)"; leader = "tfl\(tag)"; projector = "tfp\(tag)"
            try Accounts.sh("/usr/sbin/groupadd", [team])
            try Accounts.sh("/usr/sbin/groupadd", [screen])
            try Accounts.sh("/usr/sbin/useradd", ["-M", "-N", "-G", team, "-s", "/bin/sh", leader])
            try Accounts.sh("/usr/sbin/useradd", ["-M", "-N", "-g", screen, "-s", "/bin/sh", projector])
        }
        deinit {
            for u in [leader, projector] { _ = try? CLI.run(program: "/usr/sbin/userdel", [u]) }
            for g in [team, screen] { _ = try? CLI.run(program: "/usr/sbin/groupdel", [g]) }
        }
        static func sh(_ program: String, _ args: [String]) throws {
            let r = try CLI.run(program: program, args)
            guard r.status == 0 else { throw CLIFailure("\(program) \(args): \(r)") }
        }
    }

    func asUser(_ user: String, _ program: String, _ args: [String]) throws -> CLI.Result {
        try CLI.run(program: "/usr/sbin/runuser", ["-u", user, "--", "/usr/bin/env", "HOME=/tmp", program] + args)
    }

    @Test(.enabled(if: geteuid() == 0 && ScreenTmux.available, "creates Unix users and groups: needs root (CI runs as root)"))
    func theProjectorAccountSeesTheBoardAndNothingElse() throws {
        let tavle = try #require(CLI.binary)
        let a = try Accounts()
        let scratch = "/tmp/tavle-projector-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        // The binary where every account can run it (the build folder may be private).
        let bin = scratch + "/tavle"
        try FileManager.default.copyItem(atPath: tavle, toPath: bin)
        chmod(bin, 0o755)
        let data = scratch + "/team"
        let initR = try CLI.run(["init", "--data", data, "--group", a.team, "--leader", a.leader, "--screen-group", a.screen])
        try #require(initR.status == 0, "\(initR)")
        let add = try asUser(a.leader, bin, ["add", "--name", "Ola Nordmann", "--born", "2010-05-05", "--data", data])
        try #require(add.status == 0, "\(add)")
        let id = add.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try asUser(a.leader, bin, ["note", id, "Hemmelig notat", "--data", data]).status == 0)
        // The leader (not in the screen group) wrote a feed of its own into the folder.
        let leaderUID = getpwnam(a.leader)!.pointee.pw_uid
        #expect(FileManager.default.fileExists(atPath: data + "-screen/feed.\(leaderUID).json"))

        // Every youth file (and every other file of the data directory) is unreadable.
        let files = try FileManager.default.subpathsOfDirectory(atPath: data).filter { !$0.hasPrefix("tmp") }
        #expect(files.contains("youths/\(id).json"))
        for f in files where !f.hasSuffix("youths") && f != "tmp" {
            let cat = try asUser(a.projector, "/bin/cat", [data + "/" + f])
            #expect(cat.status != 0 && !cat.out.contains("Ola"), "cat \(f): \(cat)")
        }
        // Neither can tavle read or write anything.
        for args in [["show", id], ["list"], ["note", id, "fra projektoren"], ["status", id, "crisis"], ["export"]] {
            let r = try asUser(a.projector, bin, args + ["--data", data])
            #expect(r.status != 0 && !r.out.contains("Ola") && !r.out.contains("Hemmelig"), "\(args): \(r)")
        }
        // Nor can it plant a feed the screen would trust, nor read the leader's through a member's path.
        let plant = try asUser(a.projector, "/bin/sh", ["-c", "echo '{}' > '\(data)-screen/feed.1.json'"])
        #expect(plant.status != 0, "the screen group may read the folder, not write in it: \(plant)")

        // The screen: its login is the feed board; the board shows initials, `q` ends the session.
        let t = try ScreenTmux()
        try t.start("/usr/sbin/runuser -u \(a.projector) -- /usr/bin/env HOME=/tmp TAVLE_LANG=nb TERM=xterm-256color '\(bin)' --shared --feed --data '\(data)'",
                    width: 80, height: 24, tail: "")
        let screen = try t.wait(for: "ON")
        #expect(screen.contains("ON") && !screen.contains("Ola") && !screen.contains("Hemmelig"), "\(screen)")
        try t.keys("n")
        _ = try t.wait(for: "bare lesing", seconds: 3)
        #expect(try asUser(a.leader, bin, ["status", id, "crisis", "--data", data]).status == 0)
        let crisis = try t.wait(for: "krise")
        #expect(crisis.contains("krise"), "the projector sees the leader's change:\n\(crisis)")
        try t.keys("q")
        var ended = false
        for _ in 0..<50 where !ended { usleep(100_000); ended = !t.alive() }
        #expect(ended, "q ends the projector's session")
        // The journal holds the leader's changes only: nothing the projector did was written.
        let journal = try String(contentsOfFile: data + "/journal.jsonl", encoding: .utf8)
        #expect(!journal.contains(a.projector))
    }
}

/// One tmux server of the test's own (`-L`), spawned directly (see TmuxEndToEndTests: Foundation's
/// `Process` would wait for the tmux server, which never closes what it inherits).
final class ScreenTmux {
    static var available: Bool {
        CLI.binary != nil && (FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux"))
    }
    let socket = "tavle-feed-" + UUID().uuidString.prefix(8)
    let dir: String
    init() throws {
        dir = "/tmp/tavle-feed-tmux-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }
    deinit {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(atPath: dir)
    }

    @discardableResult
    func run(_ args: [String]) throws -> (String, Int32) {
        let outPath = dir + "/out-" + UUID().uuidString
        defer { unlink(outPath) }
        let argv = ["/usr/bin/env", "tmux", "-L", socket, "-f", "/dev/null"] + args
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, args.first == "new-session" ? "/dev/null" : outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &empty)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, argv[0], &actions, &attr, cArgs, environ)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return ((try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "", status)
    }

    /// `command` in a session of `width`×`height`; `tail` runs after it in the same shell.
    func start(_ command: String, width: Int, height: Int, tail: String) throws {
        let env = "TAVLE_TODAY=2026-11-22 TAVLE_LANG=nb TERM=xterm-256color LANG=C.UTF-8"
        try run(["new-session", "-d", "-s", "t", "-x", String(width), "-y", String(height), "env \(env) \(command)\(tail)"])
    }

    func keys(_ keys: String...) throws { try run(["send-keys", "-t", "t"] + keys) }
    func screen() throws -> String { try run(["capture-pane", "-p", "-t", "t"]).0 }
    /// Whether the session is still there (its command has not ended).
    func alive() -> Bool { ((try? run(["has-session", "-t", "t"]))?.1 ?? 1) == 0 }

    @discardableResult
    func wait(for needles: String..., seconds: Double = 10) throws -> String {
        let end = Date().addingTimeInterval(seconds)
        var s = try screen()
        while !needles.allSatisfy(s.contains), Date() < end {
            usleep(100_000)
            s = try screen()
        }
        return s
    }
}
