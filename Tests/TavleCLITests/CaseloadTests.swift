import Foundation
import Testing

/// Issue 21, point 3: `tavle caseload`. The figures on the demo team (today 22.11.2026, a Sunday;
/// the week from Monday 16.11) counted by hand from Data/demo/demo.json:
///   ole (OB): primary Sofie, Mathias (board), Karoline, Maja (case management); second Lukas,
///             Noah (case management); visits 16.–22.11: 5
///   siri (SL): primary Kristian, Amina (board), Eirik, Ida, Filip (case management); second Sara; visits 4
///   ingrid (IS, the leader): nothing.
@Suite("caseload")
struct CaseloadTests {
    @Test("caseload --json gives every active member's caseload, checked by hand on the demo")
    func demoFigures() throws {
        let s = Scratch()
        try demoTeam(s)
        let r = try CLI.run(["caseload", "--json", "--data", s.data])
        #expect(r.status == 0, "\(r)")
        let staff = try #require(try r.jsonObject()["staff"] as? [[String: Any]])
        // The nine demo members (and whoever `init --demo` added as the user running it), in the team's order.
        let ids = staff.compactMap { $0["staff"] as? String }
        #expect(Array(ids.prefix(9)) == ["ingrid", "ole", "siri", "jonas", "mette", "hakon", "nora", "per", "ase"], "\(ids)")
        func row(_ id: String) throws -> (Int, Int, Int, Int, Int) {
            let m = try #require(staff.first { $0["staff"] as? String == id })
            let p = try #require(m["primary"] as? [String: Int]), sc = try #require(m["second"] as? [String: Int])
            return (p["board"] ?? -1, p["caseManagement"] ?? -1, sc["board"] ?? -1, sc["caseManagement"] ?? -1, m["visitsThisWeek"] as? Int ?? -1)
        }
        #expect(try row("ole") == (2, 2, 0, 2, 5))
        #expect(try row("siri") == (2, 3, 0, 1, 4))
        #expect(try row("ingrid") == (0, 0, 0, 0, 0))
        let ole = try #require(staff.first { $0["staff"] as? String == "ole" })
        #expect(ole["initials"] as? String == "OB" && ole["name"] as? String == "Ole Bråten")
        // A discharged youth leaves the caseload.
        #expect(try CLI.run(["discharge", "karoline", "--reason", "goals-met", "--to", "gp", "--data", s.data]).status == 0)
        let after = try #require(try CLI.run(["caseload", "--json", "--data", s.data]).jsonObject()["staff"] as? [[String: Any]])
        let o = try #require(after.first { $0["staff"] as? String == "ole" })
        #expect((o["primary"] as? [String: Int])?["caseManagement"] == 1)
        let text = try CLI.run(["caseload", "--data", s.data, "--lang", "en"])
        #expect(text.status == 0 && text.out.contains("Caseload (visits from 2026-11-16)") && text.out.contains("OB  Ole Bråten"), "\(text)")
    }
}
