import Foundation
import Testing

@Suite("writing youths")
struct YouthCommandTests {
    func show(_ s: Scratch, _ id: String) throws -> [String: Any] {
        let r = try CLI.run(["show", id, "--json", "--data", s.data])
        guard r.status == 0 else { throw CLIFailure("show failed: \(r)") }
        return try r.jsonObject()
    }

    @Test("add prints the new id alone, and the youth can be shown by it")
    func addPrintsID() throws {
        let s = Scratch()
        try emptyTeam(s)
        let r = try CLI.run(["add", "--name", "Kari Nordmann", "--born", "2010-05-05", "--domains", "school,family",
                             "--data", s.data])
        #expect(r.status == 0, "\(r)")
        let id = r.out.trimmingCharacters(in: .newlines)
        #expect(r.out == id + "\n")
        #expect(id.range(of: "^[a-z0-9-]+$", options: .regularExpression) != nil)
        let y = try show(s, id)
        #expect(y["name"] as? String == "Kari Nordmann")
        #expect(y["initials"] as? String == "KN")
        #expect(y["domains"] as? [String] == ["school", "family"])
        #expect(y["version"] as? Int == 1)
    }

    @Test("initials mean the youth the board shows by them, even with a discharged namesake; labels never move")
    func labelsSkipDischarged() throws {
        let s = Scratch()
        try emptyTeam(s)
        var ids: [String] = []
        for name in ["Kari Hansen", "Knut Hol"] {
            let r = try CLI.run(["add", "--name", name, "--born", "2010-01-01", "--data", s.data])
            #expect(r.status == 0, "\(r)")
            ids.append(r.out.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        // Both numbered, the first in by 1: every holder of shared initials has a number.
        let before = Dictionary(uniqueKeysWithValues: try listJSON(s).map { ($0["id"] as! String, $0["label"] as! String) })
        #expect(before == [ids[0]: "KH¹", ids[1]: "KH²"])
        let (gone, kept) = (ids.min()!, ids.max()!)
        #expect(try CLI.run(["discharge", gone, "--reason", "moved", "--to", "gp", "--data", s.data]).status == 0)
        let list = try listJSON(s)
        #expect(list.map { $0["label"] as? String } == [before[kept]], "discharging the other moves no one's label: \(list)")
        let note = try CLI.run(["note", "KH", "Til den som er på tavla", "--data", s.data])
        let keptName = ids[0] == kept ? "Kari Hansen" : "Knut Hol"
        #expect(note.status == 0 && note.out.hasPrefix("\(keptName) (\(before[kept]!)):"), "\(note)")
        let shown = try CLI.run(["show", kept, "--json", "--data", s.data]).jsonObject()
        #expect((shown["notes"] as? [[String: Any]])?.contains { $0["text"] as? String == "Til den som er på tavla" } == true)
        // A discharged youth may be read by its label, but changed only by its exact id.
        let goneLabel = before[gone]!
        #expect(try CLI.run(["show", goneLabel, "--json", "--data", s.data]).jsonObject()["id"] as? String == gone)
        let write = try CLI.run(["note", String(goneLabel.prefix(2)) + (goneLabel.hasSuffix("¹") ? "1" : "2"), "x", "--data", s.data])
        #expect(write.status == 2 && write.err.contains(gone), "\(write)")
    }

    @Test("add refuses a youth outside 12–25 unless --override-age gives a reason")
    func ageRefusal() throws {
        let s = Scratch()
        try emptyTeam(s)
        let before = journalLines(s)
        let refused = try CLI.run(["add", "--name", "Lille Per", "--born", "2019-01-01", "--data", s.data, "--lang", "en"])
        #expect(refused.status == 2, "\(refused)")
        #expect(refused.out.isEmpty)
        #expect(refused.err.contains("--override-age"))
        #expect(refused.err.contains("12–25"))
        #expect(journalLines(s) == before)
        let ok = try CLI.run(["add", "--name", "Lille Per", "--born", "2019-01-01", "--override-age", "Søsken i teamet",
                              "--data", s.data])
        #expect(ok.status == 0, "\(ok)")
        let y = try show(s, ok.out.trimmingCharacters(in: .newlines))
        #expect(y["ageOverride"] as? String == "Søsken i teamet")
        #expect((y["flags"] as? [String])?.contains("age-override") == true)
    }

    @Test("intensive puts a youth on the board with reason and days; twice is refused")
    func intensive() throws {
        let s = Scratch()
        try emptyTeam(s)
        let id = try CLI.run(["add", "--name", "Ola Berg", "--born", "2008-03-12", "--data", s.data]).out
            .trimmingCharacters(in: .newlines)
        let r = try CLI.run(["intensive", id, "--reason", "crisis", "--plan", "Daglig kontakt", "--evaluate", "2026-12-01",
                             "--data", s.data])
        #expect(r.status == 0, "\(r)")
        #expect(r.out.contains("krise"))
        let y = try #require(try listJSON(s).first { $0["id"] as? String == id })
        #expect(y["mode"] as? String == "intensive")
        #expect(y["reason"] as? String == "crisis")
        #expect(y["status"] as? String == "crisis")
        #expect(y["daysOnBoard"] as? Int == 1)
        #expect(y["evaluate"] as? String == "2026-12-01")
        #expect((y["flags"] as? [String])?.contains("no-crisis-plan") == true)
        let again = try CLI.run(["intensive", id, "--reason", "crisis", "--plan", "Igjen", "--data", s.data])
        #expect(again.status == 2)
        #expect(again.err.contains("allerede på tavla"))
        // In crisis: coming off the board says what the status is now, and why it is no longer crisis.
        let crisis = try CLI.run(["case-management", id, "--note", "Stabil igjen", "--data", s.data])
        #expect(crisis.status == 2 && crisis.err.contains("--status"), "\(crisis)")
        let noWhy = try CLI.run(["case-management", id, "--status", "stable", "--data", s.data])
        #expect(noWhy.status == 2 && noWhy.err.contains("--why"), "\(noWhy)")
        let off = try CLI.run(["case-management", id, "--note", "Stabil igjen", "--status", "stable", "--why", "Bor hos tante nå",
                               "--data", s.data])
        #expect(off.status == 0, "\(off)")
        let after = try show(s, id)
        #expect(after["mode"] as? String == "case-management")
        #expect((after["notes"] as? [[String: Any]])?.last?["kind"] as? String == "decision")
    }

    @Test("note and note --decision are stored with their kind and author")
    func note() throws {
        let s = Scratch()
        try demoTeam(s)
        #expect(try CLI.run(["note", "sofie", "Hjemmebesøk, god samtale", "--data", s.data]).status == 0)
        #expect(try CLI.run(["note", "sofie", "Øker til daglig kontakt", "--decision", "--data", s.data]).status == 0)
        let notes = try #require(try show(s, "sofie")["notes"] as? [[String: Any]])
        let last2 = notes.suffix(2)
        #expect(last2.first?["text"] as? String == "Hjemmebesøk, god samtale")
        #expect(last2.first?["kind"] as? String == "note")
        #expect(last2.last?["kind"] as? String == "decision")
        #expect((last2.last?["author"] as? [String: Any])?["id"] as? String != nil)
        let empty = try CLI.run(["note", "sofie", "   ", "--data", s.data])
        #expect(empty.status == 2)
    }

    @Test("contact records kind, whom and time, and moves lastContact")
    func contact() throws {
        let s = Scratch()
        try demoTeam(s)
        let r = try CLI.run(["contact", "filip", "--kind", "phone", "--with", "network", "--at", "08:15", "--note", "Ringte mor",
                             "--data", s.data])
        #expect(r.status == 0, "\(r)")
        let y = try show(s, "filip")
        let c = try #require((y["contacts"] as? [[String: Any]])?.first { $0["note"] as? String == "Ringte mor" })
        #expect(c["kind"] as? String == "phone")
        #expect(c["with"] as? String == "network")
        #expect((c["at"] as? String)?.hasPrefix("2026-11-22T08:15:00+01:00") == true)
        #expect(y["lastContact"] as? String == "2026-11-22T08:15:00+01:00")
        #expect(!((y["due"] as? [[String: Any]]) ?? []).contains { $0["rule"] as? String == "no-contact" })
        let future = try CLI.run(["contact", "filip", "--at", "2026-12-01 10:00", "--data", s.data])
        #expect(future.status == 2, "\(future)")
    }

    @Test("set, status, plan, crisis-plan, order, reviewed and discharge all go through")
    func otherWrites() throws {
        let s = Scratch()
        try demoTeam(s)
        let d = ["--data", s.data]
        for args in [["status", "kristian", "crisis"], ["set", "kristian", "whereabouts", "ward"],
                     ["plan", "kristian", "--who", "OB", "--when", "09:30", "--where", "Avdelingen"],
                     ["crisis-plan", "kristian"], ["order", "kristian", "--kind", "Omsorgsvedtak", "--expires", "2027-01-10"],
                     ["reviewed", "kristian", "--note", "Plan revidert"], ["evaluate", "kristian", "--next", "2026-12-06"]] {
            let r = try CLI.run(args + d)
            #expect(r.status == 0, "\(args): \(r)")
        }
        let y = try show(s, "kristian")
        #expect(y["status"] as? String == "crisis")
        #expect(y["whereabouts"] as? String == "ward")
        #expect((y["plansToday"] as? [[String: Any]])?.contains { $0["time"] as? String == "09:30" } == true)
        #expect((y["crisisPlan"] as? [String: Any])?["updated"] as? String == "2026-11-22")
        #expect((y["orders"] as? [[String: Any]])?.contains { $0["kind"] as? String == "Omsorgsvedtak" } == true)
        #expect(y["evaluate"] as? String == "2026-12-06")
        let bad = try CLI.run(["set", "kristian", "shoe-size", "42"] + d)
        #expect(bad.status == 2)
        #expect(bad.err.contains("shoe-size"))
        #expect(try CLI.run(["discharge", "kristian", "--reason", "goals-met", "--to", "outreach"] + d).status == 0)
        #expect(!(try listJSON(s)).contains { $0["id"] as? String == "kristian" })
    }

    @Test("--if-version refuses a change based on an old version with exit 3, and writes nothing")
    func conflict() throws {
        let s = Scratch()
        try demoTeam(s)
        let v = try #require(try show(s, "sofie")["version"] as? Int)
        #expect(try CLI.run(["status", "sofie", "worried", "--why", "Roligere etter møtet", "--if-version", String(v),
                             "--data", s.data]).status == 0)
        let before = journalLines(s)
        let stale = try CLI.run(["status", "sofie", "stable", "--if-version", String(v), "--data", s.data, "--lang", "en"])
        #expect(stale.status == 3, "\(stale)")
        #expect(stale.err.contains("Conflict"))
        #expect(stale.err.contains("Nothing was saved"))
        #expect(journalLines(s) == before)
        #expect(try show(s, "sofie")["status"] as? String == "worried")
    }
}
