import Foundation
import Testing

@Suite("exit codes and errors")
struct ExitCodeTests {
    @Test("a missing data directory is exit 4 and says how to create one")
    func missingDirectory() throws {
        let s = Scratch()
        let r = try CLI.run(["list", "--data", s.path + "/nothing-here"])
        #expect(r.status == 4, "\(r)")
        #expect(r.err.contains("tavle init"))
        #expect(r.out.isEmpty)
        let viaEnv = try CLI.run(["due"], env: ["TAVLE_DATA": s.path + "/nothing-here"])
        #expect(viaEnv.status == 4)
    }

    @Test("usage errors are exit 1: unknown command, bad value, missing argument, bad language")
    func usage() throws {
        let s = Scratch()
        try emptyTeam(s)
        for args in [["frobnicate"], ["list", "--mode", "sideways"], ["show"], ["status", "x", "panic"],
                     ["add", "--name", "X", "--born", "31.02.2010"], ["list", "--lang", "de"],
                     ["note", "x", "y", "--decision", "--warning"]] {
            let r = try CLI.run(args + ["--data", s.data])
            #expect(r.status == 1, "\(args): \(r)")
            #expect(!r.err.isEmpty)
            #expect(!r.err.contains("Fatal error"))
        }
    }

    @Test("--help and --version are exit 0 on stdout")
    func help() throws {
        let r = try CLI.run(["--help"])
        #expect(r.status == 0)
        #expect(r.out.contains("Bruk: tavle"))
        #expect(try CLI.run(["--version"]).out.hasPrefix("tavle "))
    }

    @Test("every command has help with examples", arguments: [
        "board", "list", "due", "show", "stats", "add", "intensive", "case-management", "evaluate", "status", "note", "contact",
        "plan", "crisis-plan", "order", "reviewed", "discharge", "set", "consent", "service", "handover", "staff", "staff add",
        "staff list", "staff deactivate", "log", "init", "demo", "import", "export", "check", "backup", "restore", "migrate",
        "purge", "screen-feed",
    ])
    func helpHasExamples(command: String) throws {
        let en = try CLI.run(command.split(separator: " ").map(String.init) + ["--help"], env: ["TAVLE_LANG": "en"])
        #expect(en.status == 0, "\(en)")
        #expect(en.out.contains("Examples:"), "\(command)")
        #expect(en.out.contains("tavle " + command), "\(command)")
        let nb = try CLI.run(command.split(separator: " ").map(String.init) + ["--help"])
        #expect(nb.out.contains("Eksempler:"), "\(command)")
    }

    @Test("a Unix user who is not on the team is told how to join, and nothing is written")
    func notOnTeam() throws {
        let s = Scratch()
        let other = currentUser == "nobody" ? "root" : "nobody"
        let made = try CLI.run(["init", "--data", s.data, "--leader", other])
        #expect(made.status == 0, "\(made)")
        let before = journalLines(s)
        let r = try CLI.run(["add", "--name", "Kari Nordmann", "--born", "2010-05-05", "--data", s.data, "--lang", "en"])
        #expect(r.status == 2, "\(r)")
        #expect(r.err.contains("not on the team"))
        #expect(r.err.contains("--unix-user \(currentUser)"))
        #expect(r.out.isEmpty)
        #expect(journalLines(s) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.data + "/youths").isEmpty)
        let staff = try CLI.run(["staff", "add", "--name", "Meg Selv", "--initials", "MS", "--role", "leader", "--data", s.data])
        #expect(staff.status == 2)
        #expect(journalLines(s) == before)
        // Reading is still allowed.
        #expect(try CLI.run(["list", "--data", s.data]).status == 0)
    }

    @Test("--as is for the team leader, and the journal records the real Unix user")
    func actAs() throws {
        let s = Scratch()
        try demoTeam(s)
        let r = try CLI.run(["note", "sofie", "Skrevet for Ole", "--as", "ole", "--data", s.data])
        #expect(r.status == 0, "\(r)")
        let log = try CLI.run(["log", "sofie", "--json", "--data", s.data]).jsonArray()
        let last = try #require(log.last)
        #expect(last["staff"] as? String == "ole")
        #expect(last["user"] as? String == currentUser)
        let unknown = try CLI.run(["note", "sofie", "x", "--as", "ingen-slik", "--data", s.data])
        #expect(unknown.status == 2)
    }
}
