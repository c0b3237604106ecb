import Foundation
import Testing

@Suite("staff, log, export")
struct TeamAndDataTests {
    @Test("staff add derives an id, staff deactivate keeps the member but inactive")
    func staff() throws {
        let s = Scratch()
        try emptyTeam(s)
        let add = try CLI.run(["staff", "add", "--name", "Åse Bråten", "--initials", "ÅB", "--role", "family-therapist",
                               "--unix-user", "ase", "--data", s.data])
        #expect(add.status == 0, "\(add)")
        var staff = try CLI.run(["staff", "list", "--json", "--data", s.data]).jsonArray()
        let ase = try #require(staff.first { $0["initials"] as? String == "ÅB" })
        #expect(ase["id"] as? String == "ase")
        #expect(ase["role"] as? String == "family-therapist")
        let bad = try CLI.run(["staff", "add", "--name", "X", "--initials", "XX", "--role", "boss", "--data", s.data])
        #expect(bad.status == 1)
        let badID = try CLI.run(["staff", "add", "--name", "X", "--initials", "XX", "--role", "leader", "--id", "Bad/Id",
                                 "--data", s.data])
        #expect(badID.status == 2)
        #expect(try CLI.run(["staff", "deactivate", "ase", "--data", s.data]).status == 0)
        staff = try CLI.run(["staff", "list", "--json", "--data", s.data]).jsonArray()
        #expect(!staff.contains { $0["id"] as? String == "ase" })
        staff = try CLI.run(["staff", "list", "--all", "--json", "--data", s.data]).jsonArray()
        #expect(staff.contains { $0["id"] as? String == "ase" && $0["active"] as? Bool == false })
    }

    /// Issue 27, point 5: a member who leaves and comes back keeps one id, and two active
    /// members never share initials (`@OB` must name one person).
    @Test("staff leave and return with the same id; initials are never shared by two active members")
    func staffLeaveAndReturn() throws {
        let s = Scratch()
        try demoTeam(s)
        let d = ["--data", s.data]
        func staff() throws -> [[String: Any]] { try CLI.run(["staff", "list", "--all", "--json"] + d).jsonArray() }
        let before = try staff().count
        // A second active OB is refused, naming the one there is; nothing is written.
        let journal = try String(contentsOfFile: s.data + "/journal.jsonl", encoding: .utf8)
        let clash = try CLI.run(["staff", "add", "--name", "Oda Berg", "--initials", "ob", "--role", "psychologist"] + d)
        #expect(clash.status == 2 && clash.err.contains("Ole Bråten (ole)"), "\(clash)")
        #expect(try String(contentsOfFile: s.data + "/journal.jsonl", encoding: .utf8) == journal)
        let setClash = try CLI.run(["staff", "set", "siri", "initials", "OB"] + d)
        #expect(setClash.status == 2 && setClash.err.contains("Ole Bråten"), "\(setClash)")
        // Ole leaves; adding him again is refused with the way back; reactivate brings back the old id.
        let leave = try CLI.run(["staff", "deactivate", "ole"] + d)
        #expect(leave.status == 0, "\(leave)")
        let again = try CLI.run(["staff", "add", "--name", "Ole Bråten", "--initials", "OB", "--role", "case-manager"] + d)
        #expect(again.status == 2 && again.err.contains("tavle staff reactivate ole"), "\(again)")
        let back = try CLI.run(["staff", "reactivate", "ole", "--lang", "en"] + d)
        #expect(back.status == 0 && back.out.contains("Ole Bråten (ole) is active again"), "\(back)")
        #expect(try staff().count == before, "no second Ole")
        #expect(try staff().contains { $0["id"] as? String == "ole" && $0["active"] as? Bool == true })
        #expect(try CLI.run(["staff", "reactivate", "ole"] + d).status == 2, "already active")
        // Someone new may take the initials of a member who has left.
        #expect(try CLI.run(["staff", "deactivate", "ole"] + d).status == 0)
        let oda = try CLI.run(["staff", "add", "--name", "Oda Berg", "--initials", "OB", "--role", "psychologist"] + d)
        #expect(oda.status == 0, "\(oda)")
        let blocked = try CLI.run(["staff", "reactivate", "ole"] + d)
        #expect(blocked.status == 2 && blocked.err.contains("Oda Berg"), "\(blocked)")
        // A Unix user stays one person's: a former member's is refused to a newcomer, and a member
        // whose Unix user was given to someone else meanwhile is not brought back beside them.
        #expect(try CLI.run(["staff", "add", "--name", "Tor Tveit", "--initials", "TT", "--role", "psychologist", "--unix-user", "tor"] + d).status == 0)
        #expect(try CLI.run(["staff", "deactivate", "TT"] + d).status == 0)
        let taken = try CLI.run(["staff", "add", "--name", "Ny To", "--initials", "NT", "--role", "psychologist", "--unix-user", "tor", "--lang", "en"] + d)
        #expect(taken.status == 2 && taken.err.contains("former member tor") && taken.err.contains("tavle staff reactivate tor"), "\(taken)")
        // Reactivate by initials, as install.md shows it.
        let byInitials = try CLI.run(["staff", "reactivate", "TT", "--lang", "en"] + d)
        #expect(byInitials.status == 0 && byInitials.out.contains("Tor Tveit (tor) is active again"), "\(byInitials)")
        #expect(try CLI.run(["staff", "deactivate", "TT"] + d).status == 0)
        // The log says it in words.
        let log = try CLI.run(["log", "--lang", "en"] + d).out
        #expect(log.contains("back on the team") && log.contains("active: no → yes"), "\(log)")
        #expect(try CLI.run(["check"] + d).status == 0)
    }

    /// In team mode, deactivating a member with a Unix user says how to take them out of the group.
    @Test("deactivate in team mode names the group command")
    func deactivateNamesTheGroup() throws {
        let s = Scratch()
        let group = String(cString: getgrgid(getegid())!.pointee.gr_name)
        let me = String(cString: getpwuid(geteuid())!.pointee.pw_name)
        #expect(try CLI.run(["init", "--data", s.data, "--group", group, "--leader", me]).status == 0)
        #expect(try CLI.run(["staff", "add", "--name", "Åse Bråten", "--initials", "ÅB", "--role", "psychologist",
                             "--unix-user", "ase", "--data", s.data]).status == 0)
        let r = try CLI.run(["staff", "deactivate", "ase", "--data", s.data])
        #expect(r.status == 0 && r.out.contains("sudo gpasswd -d ase \(group)"), "\(r)")
    }

    @Test("log shows who changed which field from what to what")
    func log() throws {
        let s = Scratch()
        try demoTeam(s)
        #expect(try CLI.run(["status", "filip", "crisis", "--data", s.data]).status == 0)
        let text = try CLI.run(["log", "filip", "--data", s.data, "--lang", "en"])
        #expect(text.status == 0)
        #expect(text.out.contains("the status: worried → crisis"), "\(text.out)")
        #expect(text.out.contains("(\(currentUser))"))
        let json = try CLI.run(["log", "filip", "--json", "--data", s.data]).jsonArray()
        let last = try #require(json.last)
        #expect(last["action"] as? String == "status")
        let change = try #require((last["changes"] as? [[String: Any]])?.first { $0["field"] as? String == "status" })
        #expect(change["old"] as? String == "worried" && change["new"] as? String == "crisis")
        let since = try CLI.run(["log", "--since", "2030-01-01", "--json", "--data", s.data]).jsonArray()
        #expect(since.isEmpty)
        let byUser = try CLI.run(["log", "--user", "no-such-user", "--json", "--data", s.data]).jsonArray()
        #expect(byUser.isEmpty)
    }

    @Test("export shows initials unless --names, in json, csv and markdown")
    func export() throws {
        let s = Scratch()
        try demoTeam(s)
        for format in ["json", "csv", "markdown"] {
            let anon = try CLI.run(["export", "--format", format, "--data", s.data])
            #expect(anon.status == 0, "\(format): \(anon)")
            #expect(!anon.out.contains("Sofie Bakke"), "\(format)")
            #expect(!anon.out.contains("2010-04-11"), "\(format)")
            let named = try CLI.run(["export", "--format", format, "--names", "--data", s.data])
            #expect(named.out.contains("Sofie Bakke"), "\(format)")
        }
        let md = try CLI.run(["export", "--format", "markdown", "--data", s.data]).out
        #expect(md.contains("| SB |"))
        let access = try CLI.run(["log", "--access", "--json", "--data", s.data]).jsonArray()
        #expect(access.contains { $0["how"] as? String == "export" })
    }

    @Test("backup and restore give a directory that checks clean")
    func backupRestore() throws {
        let s = Scratch()
        try demoTeam(s)
        let file = s.path + "/backup.json"
        #expect(try CLI.run(["backup", file, "--data", s.data]).status == 0)
        let target = s.path + "/restored"
        let r = try CLI.run(["restore", file, "--data", target])
        #expect(r.status == 0, "\(r)")
        #expect(try CLI.run(["check", "--data", target]).status == 0)
        #expect(try CLI.run(["list", "--json", "--data", target]).out == CLI.run(["list", "--json", "--data", s.data]).out)
    }

    @Test("shell completions come from argument-parser")
    func completions() throws {
        let r = try CLI.run(["--generate-completion-script", "bash"])
        #expect(r.status == 0)
        #expect(r.out.contains("tavle") && r.out.contains("intensive"))
    }

    /// Issue 27, point 4: a server configuration that exists but cannot be used is an error naming
    /// it (exit 4), never a quiet fall back to a private board in the user's home.
    @Test("a broken server configuration is named, and nothing is made in the home directory")
    func brokenConfig() throws {
        let s = Scratch()
        try demoTeam(s)
        let home = s.path + "/home"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let config = s.path + "/config.json"
        let cases: [(String, String, String)] = [
            ("{\"data\": ", "ikke gyldig JSON", "not valid JSON"),
            ("{\"dta\": \"/srv/x\"}", "«data» mangler", "\"data\" is missing"),
            ("{\"data\": \"srv/x\"}", "hel sti", "full path"),
        ]
        for (text, nb, en) in cases {
            try text.write(toFile: config, atomically: true, encoding: .utf8)
            for args in [["list"], ["board"], ["init"], ["note", "sofie", "x"]] {
                let r = try CLI.run(args, env: ["TAVLE_CONFIG": config, "HOME": home, "XDG_DATA_HOME": ""])
                #expect(r.status == 4, "\(args) \(text): \(r)")
                #expect(r.err.contains(config) && r.err.contains(nb), "\(args) \(text): \(r.err)")
            }
            let r = try CLI.run(["list", "--lang", "en"], env: ["TAVLE_CONFIG": config, "HOME": home])
            #expect(r.err.contains(en), "\(r.err)")
        }
        // A TAVLE_CONFIG naming no file (a typo) is named too: it made a private board at home.
        let typo = try CLI.run(["init"], env: ["TAVLE_CONFIG": s.path + "/config.jsn", "HOME": home, "XDG_DATA_HOME": ""])
        #expect(typo.status == 4 && typo.err.contains("config.jsn") && typo.err.contains("TAVLE_CONFIG"), "\(typo)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: home).isEmpty, "nothing made in the home directory")
        // A good configuration is followed; --data and TAVLE_DATA still come first.
        try "{\"data\": \"\(s.data)\"}".write(toFile: config, atomically: true, encoding: .utf8)
        let good = try CLI.run(["list", "--json"], env: ["TAVLE_CONFIG": config, "HOME": home])
        #expect(good.status == 0 && good.out.contains("sofie"), "\(good)")
        try "{".write(toFile: config, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["list", "--data", s.data], env: ["TAVLE_CONFIG": config]).status == 0)
        #expect(try CLI.run(["list"], env: ["TAVLE_CONFIG": config, "TAVLE_DATA": s.data]).status == 0)
        // Unreadable (as an unprivileged user; root reads everything).
        if getuid() != 0 {
            try "{\"data\": \"\(s.data)\"}".write(toFile: config, atomically: true, encoding: .utf8)
            chmod(config, 0)
            let r = try CLI.run(["list"], env: ["TAVLE_CONFIG": config, "HOME": home])
            #expect(r.status == 4 && r.err.contains("lov til å lese"), "\(r)")
        }
    }
}
