import Foundation
import Testing

@Suite("init and demo")
struct InitTests {
    func mode(_ path: String) throws -> Int {
        let attrs = try FileManager.default.attributesOfItem(atPath: path)
        return (attrs[.posixPermissions] as? Int) ?? -1
    }

    @Test("init creates a private directory (0700, files 0600) with the user as leader")
    func initPrivate() throws {
        let s = Scratch()
        let r = try CLI.run(["init", "--data", s.data, "--team", "FACT ung Testbyen"])
        #expect(r.status == 0, "\(r)")
        #expect(r.out.contains("FACT ung Testbyen"))
        #expect(try mode(s.data) == 0o700)
        #expect(try mode(s.data + "/youths") == 0o700)
        #expect(try mode(s.data + "/team.json") == 0o600)
        #expect(try mode(s.data + "/journal.jsonl") == 0o600)
        let staff = try CLI.run(["staff", "list", "--json", "--data", s.data]).jsonArray()
        #expect(staff.count == 1)
        #expect(staff.first?["role"] as? String == "leader")
        #expect((staff.first?["unixUsers"] as? [String]) == [currentUser])
    }

    @Test("init --leader names an account of this machine, in the team's group in team mode; else nothing is made")
    func initLeaderMustExist() throws {
        let s = Scratch()
        let unknown = try CLI.run(["init", "--data", s.data, "--leader", "nosuchuser-tavle", "--lang", "en"])
        #expect(unknown.status == 2 && unknown.err.contains("no Unix user “nosuchuser-tavle”"), "\(unknown)")
        #expect(!FileManager.default.fileExists(atPath: s.data), "nothing made")
        // In team mode, a leader outside the group could not open the directory.
        let group = String(cString: getgrgid(getegid())!.pointee.gr_name)
        let outsider = getuid() == 0 ? "nobody" : "root"
        let out = try CLI.run(["init", "--data", s.data, "--group", group, "--leader", outsider, "--lang", "en"])
        #expect(out.status == 2 && out.err.contains("is not in the group \(group)"), "\(out)")
        #expect(!FileManager.default.fileExists(atPath: s.data), "nothing made")
        // An empty --purged name is a usage error, not a clean search.
        #expect(try CLI.run(["check", "--purged", " ", "--data", s.data]).status == 1)
    }

    @Test("init refuses a directory that is not empty, and changes nothing in it")
    func initRefusesExisting() throws {
        let s = Scratch()
        try FileManager.default.createDirectory(atPath: s.data, withIntermediateDirectories: true)
        _ = try s.write("data/keep.txt", "mine")
        let r = try CLI.run(["init", "--data", s.data])
        #expect(r.status == 2, "\(r)")
        #expect(r.err.contains(s.data))
        #expect(!FileManager.default.fileExists(atPath: s.data + "/team.json"))
    }

    @Test("init --demo fills the directory with the demo team and adds the user as a leader")
    func initDemo() throws {
        let s = Scratch()
        try demoTeam(s)
        let youths = try listJSON(s)
        #expect(youths.count >= 10)
        #expect(youths.contains { $0["mode"] as? String == "intensive" })
        #expect(youths.contains { $0["status"] as? String == "crisis" })
        let staff = try CLI.run(["staff", "list", "--json", "--data", s.data]).jsonArray()
        #expect(staff.contains { ($0["unixUsers"] as? [String])?.contains(currentUser) == true && $0["role"] as? String == "leader" })
        #expect(try mode(s.data) == 0o700)
    }

    @Test("demo prints the board and removes its temporary directory")
    func demoCleansUp() throws {
        let s = Scratch()
        let tmp = s.path + "/tmp"
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        let r = try CLI.run(["demo", "--lang", "en"], env: ["TMPDIR": tmp])
        #expect(r.status == 0, "\(r)")
        #expect(r.out.contains("ON THE BOARD"))
        #expect(r.out.contains("■ crisis"))
        let left = try FileManager.default.contentsOfDirectory(atPath: tmp)
        #expect(left.isEmpty, "left behind: \(left)")
    }

    @Test("demo --dir keeps the directory for later commands")
    func demoKeeps() throws {
        let s = Scratch()
        let r = try CLI.run(["demo", "--dir", s.data])
        #expect(r.status == 0, "\(r)")
        #expect(FileManager.default.fileExists(atPath: s.data + "/team.json"))
        #expect(try listJSON(s).count >= 10)
    }
}
