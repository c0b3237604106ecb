import Foundation
import Testing

/// Issue 25: nothing leaves the team by accident. Every command that prints youth data refuses a
/// stdout redirected to a file others can read, `--output` writes a private file, and every read of
/// note text is access-logged.
@Suite("private outputs (issue 25)")
struct PrivateOutputTests {
    /// Every command of point 1 that exists today, with a youth and a meeting in the demo.
    static let commands: [[String]] = [
        ["list"], ["list", "--json"], ["due"], ["today"], ["stats"], ["on-call"], ["show", "sofie"], ["show", "sofie", "--json"],
        ["log"], ["log", "sofie"], ["log", "--json"], ["export", "--format", "csv"], ["export", "--format", "json"],
        ["export", "--format", "markdown"], ["export", "minutes"], ["fidelity"], ["fidelity", "--format", "html"],
        // Found printing names and decision text to a readable file without a word (round 14).
        ["meeting", "status"], ["documented", "--pending"], ["board"], ["board", "--shared"],
    ]

    /// A demo team that has held today's meeting (so `export minutes` has something to say).
    static func team() throws -> Scratch {
        let s = Scratch()
        try demoTeam(s)
        for args in [["meeting", "start", "--chair", "ingrid"], ["meeting", "discuss", "sofie", "--decision", "Hjemmebesøk"], ["meeting", "end", "--yes"]] {
            let r = try CLI.run(args + ["--data", s.data])
            guard r.status == 0 else { throw CLIFailure("\(args): \(r)") }
        }
        return s
    }

    /// Runs `tavle ARGS > FILE` through the shell under `umask`, as a user would.
    static func redirected(_ args: [String], data: String, file: String, umask: String, extra: String = "") throws -> CLI.Result {
        let bin = try #require(CLI.binary)
        let quoted = ([bin] + args + ["--data", data]).map { "'" + $0 + "'" }.joined(separator: " ")
        return try shell("umask \(umask); \(quoted) \(extra) > '\(file)'")
    }

    static func shell(_ script: String) throws -> CLI.Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script]
        p.environment = CLI.baseEnvironment()
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let e = err.fileHandleForReading.readAllRetryingInterrupts()
        p.waitUntilExit()
        return CLI.Result(status: p.terminationStatus, out: "", err: String(decoding: e, as: UTF8.self))
    }

    static func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? -1
    }

    @Test("under umask 022 and 000 every youth-data command refuses a readable stdout file (exit 4, nothing written, --output named)",
          arguments: ["022", "000"])
    func refusal(umask: String) throws {
        let s = try Self.team()
        let accessBefore = (try? String(contentsOfFile: s.data + "/access.jsonl", encoding: .utf8))?.count ?? 0
        for args in Self.commands {
            let file = s.path + "/out.txt"
            try? FileManager.default.removeItem(atPath: file)
            let r = try Self.redirected(args, data: s.data, file: file, umask: umask)
            #expect(r.status == 4, "\(args) under umask \(umask): \(r)")
            #expect(Self.size(file) == 0, "\(args): nothing written")
            #expect(r.err.contains("--output"), "\(args): \(r.err)")
            #expect(r.err.contains("Nektet"), "in bokmål by default: \(r.err)")
            // --allow-readable: the user said so.
            let allowed = try Self.redirected(args + ["--allow-readable"], data: s.data, file: file, umask: umask)
            #expect(allowed.status == 0, "\(args) --allow-readable: \(allowed)")
            #expect(Self.size(file) > 0, "\(args) --allow-readable wrote the data")
        }
        _ = accessBefore
        // Bare `tavle` (the board as text) has no --output of its own: it names `tavle board`'s.
        let bare = try Self.redirected([], data: s.data, file: s.path + "/bare.txt", umask: umask)
        #expect(bare.status == 4 && bare.err.contains("tavle board --output") && Self.size(s.path + "/bare.txt") == 0, "\(bare)")
        // English words too.
        let en = try Self.redirected(["list", "--lang", "en"], data: s.data, file: s.path + "/en.txt", umask: umask)
        #expect(en.status == 4 && en.err.contains("Refused") && en.err.contains("--output"), "\(en)")
    }

    @Test("a private stdout file (umask 077) and a pipe are unaffected")
    func privateStdout() throws {
        let s = try Self.team()
        for args in Self.commands {
            let file = s.path + "/out.txt"
            try? FileManager.default.removeItem(atPath: file)
            let r = try Self.redirected(args, data: s.data, file: file, umask: "077")
            #expect(r.status == 0, "\(args): \(r)")
            #expect(Self.size(file) > 0, "\(args)")
            let piped = try CLI.run(args + ["--data", s.data])
            #expect(piped.status == 0 && !piped.out.isEmpty, "\(args) to a pipe: \(piped)")
        }
    }

    @Test("--output writes the same data to a 0600 file, replacing one that was there, and stdout says only where")
    func outputPrivate() throws {
        let s = try Self.team()
        for (i, args) in Self.commands.enumerated() {
            let file = s.path + "/o\(i).txt"
            _ = FileManager.default.createFile(atPath: file, contents: Data("old".utf8), attributes: [.posixPermissions: 0o644])
            // Even with stdout a readable file, --output is never refused: stdout carries only a confirmation.
            let r = try Self.redirected(args + ["--output", file], data: s.data, file: s.path + "/confirm.txt", umask: "000")
            #expect(r.status == 0, "\(args): \(r)")
            #expect(try Self.mode(file) == 0o600, "\(args)")
            let piped = try CLI.run(args + ["--data", s.data])
            // Bytes, not String(contentsOfFile:), which would drop the CSV's byte-order mark.
            let written = String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self)
            if !args.contains("log") && !args.contains("on-call") {   // log and on-call show the access entry just made
                #expect(written == piped.out, "\(args): the file holds what stdout would have")
            } else {
                #expect(!written.isEmpty && written != "old", "\(args)")
            }
            let confirm = try String(contentsOfFile: s.path + "/confirm.txt", encoding: .utf8)
            #expect(confirm.contains(file) && !confirm.contains("Sofie"), "\(args): \(confirm)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: s.path).filter { $0.contains(".tavle-") }
        #expect(leftovers.isEmpty, "no temp files left: \(leftovers)")
    }

    @Test("in team mode --output is 0640 with the team's group, and a 0640 stdout of that group is accepted")
    func outputTeam() throws {
        let s = Scratch()
        guard let g = getgrgid(getgid()) else { return }
        let group = String(cString: g.pointee.gr_name)
        let r = try CLI.run(["init", "--data", s.data, "--team", "Testteam", "--group", group])
        try #require(r.status == 0, "\(r)")
        let file = s.path + "/list.txt"
        let w = try CLI.run(["list", "--data", s.data, "--output", file])
        #expect(w.status == 0, "\(w)")
        #expect(try Self.mode(file) == 0o640)
        let attrs = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attrs[.groupOwnerAccountID] as? Int) == Int(getgid()))
        let ok = try Self.redirected(["list"], data: s.data, file: s.path + "/team.txt", umask: "027")
        #expect(ok.status == 0, "group read by the team's group is allowed in team mode: \(ok)")
        let world = try Self.redirected(["list"], data: s.data, file: s.path + "/world.txt", umask: "022")
        #expect(world.status == 4, "\(world)")
    }

    @Test("the CSV export starts with a UTF-8 byte-order mark in bokmål, none in English")
    func csvBOM() throws {
        let s = Scratch()
        try demoTeam(s)
        let nb = try CLI.run(["export", "--format", "csv", "--data", s.data])
        #expect(nb.out.utf8.prefix(3).elementsEqual([0xEF, 0xBB, 0xBF]))
        let en = try CLI.run(["export", "--format", "csv", "--data", s.data, "--lang", "en"])
        #expect(en.status == 0 && !en.out.utf8.prefix(3).elementsEqual([0xEF, 0xBB, 0xBF]) && en.out.hasPrefix("\u{FEFF}") == false)
    }

    @Test("every read of note text leaves an access entry: log, log --json, show, show --json, exports, minutes, on-call",
          arguments: [(["log", "sofie"], "log", true), (["log", "--json"], "log", false), (["log"], "log", false),
                      (["show", "sofie"], "show", true), (["show", "sofie", "--json"], "show", true),
                      (["export", "--format", "csv"], "export", false), (["export", "minutes"], "minutes", false),
                      (["meeting", "status"], "meeting", false), (["documented", "--pending"], "documented", false),
                      (["board"], "board", false), (["board", "--shared"], "shared-screen", false)])
    func accessLogged(args: [String], how: String, forYouth: Bool) throws {
        let s = try Self.team()
        func entries() throws -> [[String: Any]] {
            let r = try CLI.run(["log", "--access", "--json", "--data", s.data])
            return try r.jsonArray()
        }
        let before = try entries().count
        let r = try CLI.run(args + ["--data", s.data])
        #expect(r.status == 0, "\(r)")
        let after = try entries()
        #expect(after.count == before + 1, "\(args): one access entry")
        let last = try #require(after.last)
        #expect(last["how"] as? String == how)
        if forYouth { #expect(last["youth"] as? String == "sofie") }
        // Written to a file, the read is logged just the same.
        let o = try CLI.run(args + ["--data", s.data, "--output", s.path + "/x"])
        let afterOutput = try entries().count
        #expect(o.status == 0 && afterOutput == before + 2, "\(o)")
    }

    @Test("--output inside the data directory is refused (exit 2) and the file there is untouched, links and .. resolved")
    func outputInsideTheDataDirectory() throws {
        let s = try Self.team()
        try FileManager.default.createSymbolicLink(atPath: s.path + "/link", withDestinationPath: s.data + "/youths")
        for target in [s.data + "/journal.jsonl", s.data + "/team.json", s.data + "/youths/sofie.json",
                       s.data + "/../" + (s.data as NSString).lastPathComponent + "/youths/new.json", s.path + "/link/sofie.json", s.data + "/x.txt"] {
            let path = URL(fileURLWithPath: target).standardized.resolvingSymlinksInPath().path
            let before = try? Data(contentsOf: URL(fileURLWithPath: path))
            let r = try CLI.run(["export", "--format", "json", "--output", target, "--data", s.data, "--lang", "en"])
            #expect(r.status == 2, "\(target): \(r)")
            #expect(r.err.contains("inside the data directory") && r.err.contains("Nothing was written"), "\(r.err)")
            #expect((try? Data(contentsOf: URL(fileURLWithPath: path))) == before, "\(target) unchanged")
        }
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: s.data).filter { $0.contains(".tavle-") || $0.hasSuffix("x.txt") || $0.hasSuffix("new.json") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        #expect(try CLI.run(["check", "--data", s.data]).status == 0)
        // An empty name is a usage error (it was exit 4, "could not write : does not exist").
        let empty = try CLI.run(["list", "--output", "", "--data", s.data, "--lang", "en"])
        #expect(empty.status == 1 && empty.err.contains("--output needs a file name"), "\(empty)")
        // A folder, with or without its slash (the temp file landed in the data directory).
        for folder in [s.data + "/", s.data, s.path] {
            let r = try CLI.run(["list", "--output", folder, "--data", s.data, "--lang", "en"])
            #expect(r.status == 1 && r.err.contains("is a folder"), "\(folder): \(r)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.data).filter { $0.contains(".tavle-") }.isEmpty)
        // Beside the data directory is fine.
        #expect(try CLI.run(["export", "--format", "json", "--output", s.path + "/ok.json", "--data", s.data]).status == 0)
    }

    @Test("the shared screen as text shows neither the youths' ids (often first names) nor the places of today's plans")
    func sharedTextHasInitialsOnly() throws {
        let s = try Self.team()
        #expect(try CLI.run(["plan", "sofie", "--who", "OB", "--when", "23:59", "--where", "Kafé Ærøy", "--data", s.data]).status == 0)
        let named = try CLI.run(["--data", s.data])
        #expect(named.status == 0 && named.out.contains("Kafé Ærøy") && named.out.contains("sofie"), "the team's own listing keeps them: \(named.out)")
        let shared = try CLI.run(["--shared", "--data", s.data])
        #expect(shared.status == 0, "\(shared)")
        #expect(shared.out.contains("SB"), "\(shared.out)")
        for word in ["Kafé", "sofie", "kristian", "Sofie", "Bakke"] {
            #expect(!shared.out.contains(word), "\(word) on the shared screen: \(shared.out)")
        }
        // A damaged file is counted, not named by its path (which holds the youth's id).
        try Data("{".utf8).write(to: URL(fileURLWithPath: s.data + "/youths/filip.json"))
        let damaged = try CLI.run(["--shared", "--data", s.data])
        #expect(damaged.err.contains("1 fil kan ikke leses") && !damaged.err.contains("filip") && !damaged.out.contains("filip"), "\(damaged)")
    }
}
