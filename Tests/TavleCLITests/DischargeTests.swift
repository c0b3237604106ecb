import Foundation
import Testing

/// Issue 21, point 1: a discharge names its reason and destination, and checks the handover.
/// The demo's Maja is in the discharge phase with a handover that lacks the agreed follow-up,
/// a date and consent.
@Suite("discharge with reason, destination and the handover check")
struct DischargeTests {
    func show(_ s: Scratch, _ id: String) throws -> [String: Any] {
        let r = try CLI.run(["show", id, "--json", "--data", s.data])
        guard r.status == 0 else { throw CLIFailure("show failed: \(r)") }
        return try r.jsonObject()
    }

    @Test("--reason and --to are both required and take only the listed values (usage, exit 1, nothing written)")
    func bothRequired() throws {
        let s = Scratch()
        try demoTeam(s)
        let before = journalLines(s)
        for args in [["discharge", "ida"], ["discharge", "ida", "--reason", "goals-met"], ["discharge", "ida", "--to", "gp"],
                     ["discharge", "ida", "--reason", "bored", "--to", "gp"], ["discharge", "ida", "--reason", "moved", "--to", "mars"]] {
            let r = try CLI.run(args + ["--data", s.data, "--lang", "en"])
            #expect(r.status == 1, "\(args): \(r)")
        }
        #expect(journalLines(s) == before)
        #expect(try show(s, "ida")["phase"] as? String == "active")
    }

    @Test("in the discharge phase an incomplete handover is refused (exit 2, nothing written), naming what is missing")
    func incompleteHandoverRefused() throws {
        let s = Scratch()
        try demoTeam(s)
        let before = journalLines(s)
        let en = try CLI.run(["discharge", "maja", "--reason", "goals-met", "--to", "outreach", "--data", s.data, "--lang", "en"])
        #expect(en.status == 2, "\(en)")
        #expect(en.err.contains("The handover is not complete: it lacks agreed follow-up, date, consent."), "\(en)")
        #expect(en.err.contains("--anyway --note"), "\(en)")
        let nb = try CLI.run(["discharge", "maja", "--reason", "goals-met", "--to", "outreach", "--data", s.data])
        #expect(nb.status == 2 && nb.err.contains("mangler avtalt oppfølging, dato, samtykke"), "\(nb)")
        // --anyway alone is not enough: it needs a note saying why.
        let bare = try CLI.run(["discharge", "maja", "--reason", "goals-met", "--to", "outreach", "--anyway", "--data", s.data, "--lang", "en"])
        #expect(bare.status == 2 && bare.err.contains("--anyway needs --note"), "\(bare)")
        #expect(journalLines(s) == before, "nothing written")
        let y = try show(s, "maja")
        #expect(y["phase"] as? String == "discharge-phase" && y["discharge"] == nil)
    }

    @Test("--anyway --note discharges, keeps reason, destination, note and what the handover lacked; show, log and stats say so")
    func anywayWithNote() throws {
        let s = Scratch()
        try demoTeam(s)
        let r = try CLI.run(["discharge", "maja", "--reason", "declined-further-help", "--to", "none", "--anyway",
                             "--note", "Ønsker ikke overføring", "--data", s.data])
        #expect(r.status == 0, "\(r)")
        let y = try show(s, "maja")
        #expect(y["phase"] as? String == "discharged")
        let d = try #require(y["discharge"] as? [String: Any])
        #expect(d["reason"] as? String == "declined-further-help" && d["to"] as? String == "none")
        #expect(d["note"] as? String == "Ønsker ikke overføring")
        #expect(d["handoverMissing"] as? [String] == ["follow-up", "date", "consent"])
        let text = try CLI.run(["show", "maja", "--data", s.data, "--lang", "en"])
        #expect(text.status == 0)
        #expect(text.out.contains("Discharge reason") && text.out.contains("declined further help"), "\(text.out)")
        #expect(text.out.contains("Discharged to") && text.out.contains("none"), "\(text.out)")
        #expect(text.out.contains("Ønsker ikke overføring"), "\(text.out)")
        let log = try CLI.run(["log", "maja", "--data", s.data, "--lang", "en"])
        #expect(log.status == 0 && log.out.contains("declined further help"), "\(log)")
        let stats = try CLI.run(["stats", "--json", "--data", s.data]).jsonObject()
        let dc = try #require(stats["discharges"] as? [String: Any])
        #expect(dc["total"] as? Int == 1 && dc["notRecorded"] as? Int == 0 && dc["handoverIncomplete"] as? Int == 1)
        #expect((dc["byReason"] as? [String: Int])?["declined-further-help"] == 1)
        #expect((dc["byDestination"] as? [String: Int])?["none"] == 1)
        let st = try CLI.run(["stats", "--data", s.data, "--lang", "en"])
        #expect(st.out.contains("DISCHARGED IN THE LAST 12 MONTHS: 1") && st.out.contains("declined further help 1"), "\(st.out)")
    }

    @Test("with the handover complete, or outside the discharge phase, the discharge goes through without --anyway")
    func completeHandover() throws {
        let s = Scratch()
        try demoTeam(s)
        #expect(try CLI.run(["handover", "maja", "--follow-up", "Møte hos utekontakten", "--day", "2026-12-01", "--consented", "yes",
                             "--data", s.data]).status == 0)
        let r = try CLI.run(["discharge", "maja", "--reason", "goals-met", "--to", "outreach", "--data", s.data])
        #expect(r.status == 0, "\(r)")
        let d = try #require(try show(s, "maja")["discharge"] as? [String: Any])
        #expect(d["reason"] as? String == "goals-met" && d["to"] as? String == "outreach" && d["handoverMissing"] as? [String] == [])
        // Ida is active (not in the discharge phase): no handover is asked for.
        let ida = try CLI.run(["discharge", "ida", "--reason", "moved", "--to", "gp", "--note", "Flyttet til Bergen", "--data", s.data])
        #expect(ida.status == 0, "\(ida)")
        #expect(try CLI.run(["check", "--data", s.data]).status == 0)
    }

    @Test("a youth discharged before reasons were recorded (schema 4) opens, shows 'ikke registrert', and counts as not recorded")
    func olderDischargedYouth() throws {
        let s = Scratch()
        try demoTeam(s)
        // Thea as an older tavle left her: discharged, no reason or destination, schema 4, in a schema-4 directory.
        let path = s.data + "/youths/thea.json"
        var raw = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        raw["schema"] = 4
        raw["phase"] = "discharged"
        raw["discharged"] = "2026-10-01"
        try JSONSerialization.data(withJSONObject: raw, options: [.sortedKeys]).write(to: URL(fileURLWithPath: path))
        let teamPath = s.data + "/team.json"
        var team = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: teamPath))) as? [String: Any])
        team["schema"] = 4
        try JSONSerialization.data(withJSONObject: team, options: [.sortedKeys]).write(to: URL(fileURLWithPath: teamPath))
        chmod(path, 0o600); chmod(teamPath, 0o600)
        try? FileManager.default.removeItem(atPath: s.data + "/index.json")
        let text = try CLI.run(["show", "thea", "--data", s.data])
        #expect(text.status == 0, "\(text)")
        #expect(text.out.contains("Utskrevet fordi") && text.out.contains("ikke registrert"), "\(text.out)")
        let y = try show(s, "thea")
        let d = try #require(y["discharge"] as? [String: Any])
        #expect(d["reason"] is NSNull && d["to"] is NSNull, "\(d)")
        let stats = try CLI.run(["stats", "--json", "--data", s.data]).jsonObject()
        let dc = try #require(stats["discharges"] as? [String: Any])
        #expect(dc["total"] as? Int == 1 && dc["notRecorded"] as? Int == 1, "\(dc)")
    }
}
