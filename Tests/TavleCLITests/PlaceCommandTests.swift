import Foundation
import Testing

/// Issue 22 on the command line: municipality (add, set, the setting, the filters, the import's
/// column), the arena of a contact and school or work, and the figures of `stats`.
@Suite("municipality, arena, school or work")
struct PlaceCommandTests {
    @Test("add --municipality and set municipality: one of the team's, else refused with the list and nothing written")
    func municipality() throws {
        let s = Scratch()
        try demoTeam(s)
        let before = journalLines(s)
        let bad = try CLI.run(["add", "--name", "Per Test", "--born", "2010-01-01", "--municipality", "Oslo", "--data", s.data, "--lang", "en"])
        #expect(bad.status == 2, "\(bad)")
        #expect(bad.err.contains("“Oslo” is not one of the team's municipalities. Municipalities: Nordby, Sørvik, Åsen."), "\(bad)")
        #expect(journalLines(s) == before, "nothing written")
        let ok = try CLI.run(["add", "--name", "Per Test", "--born", "2010-01-01", "--municipality", "åsen", "--data", s.data])
        #expect(ok.status == 0, "\(ok)")
        let id = ok.out.trimmingCharacters(in: .whitespacesAndNewlines)
        let shown = try CLI.run(["show", id, "--json", "--data", s.data]).jsonObject()
        #expect(shown["municipality"] as? String == "Åsen")
        #expect(try CLI.run(["set", id, "municipality", "Bergen", "--data", s.data]).status == 2)
        #expect(try CLI.run(["set", id, "municipality", "Sørvik", "--data", s.data]).status == 0)
        #expect(try CLI.run(["show", id, "--json", "--data", s.data]).jsonObject()["municipality"] as? String == "Sørvik")
        #expect(try CLI.run(["check", "--data", s.data]).status == 0)
    }

    @Test("settings set municipalities: listed, in --json, journaled")
    func setting() throws {
        let s = Scratch()
        try emptyTeam(s)
        #expect(try CLI.run(["add", "--name", "Per Test", "--born", "2010-01-01", "--municipality", "Nordby", "--data", s.data]).status == 2,
                "no municipalities yet")
        let r = try CLI.run(["settings", "set", "municipalities", "Nordby, Sørvik", "--data", s.data, "--lang", "en"])
        #expect(r.status == 0, "\(r)")
        #expect(r.out.contains("Nordby, Sørvik"))
        let list = try CLI.run(["settings", "--json", "--data", s.data]).jsonArray()
        let m = try #require(list.first { $0["key"] as? String == "municipalities" })
        #expect(m["names"] as? [String] == ["Nordby", "Sørvik"])
        #expect(m["value"] as? Int == 2 && m["changed"] as? Bool == true)
        #expect(try CLI.run(["settings", "--data", s.data]).out.contains("Nordby, Sørvik"))
        #expect(try CLI.run(["add", "--name", "Per Test", "--born", "2010-01-01", "--municipality", "Nordby", "--data", s.data]).status == 0)
    }

    @Test("list, due and stats --municipality narrow to one municipality; a wrong one is a usage error")
    func filters() throws {
        let s = Scratch()
        try demoTeam(s)
        let all = try listJSON(s)
        let sorvik = try CLI.run(["list", "--json", "--municipality", "sorvik", "--data", s.data]).jsonArray()
        #expect(!sorvik.isEmpty && sorvik.count < all.count)
        #expect(sorvik.allSatisfy { $0["municipality"] as? String == "Sørvik" })
        #expect(sorvik.count == all.filter { $0["municipality"] as? String == "Sørvik" }.count)
        let due = try CLI.run(["due", "--json", "--municipality", "Nordby", "--data", s.data]).jsonArray()
        #expect(due.allSatisfy { $0["municipality"] as? String == "Nordby" })
        let text = try CLI.run(["list", "--municipality", "Åsen", "--data", s.data])
        #expect(text.status == 0 && text.out.contains("Mathias") && !text.out.contains("Sofie"))
        let wrong = try CLI.run(["list", "--municipality", "Oslo", "--data", s.data, "--lang", "en"])
        #expect(wrong.status == 1 && wrong.err.contains("Nordby, Sørvik, Åsen"), "\(wrong)")
        #expect(try CLI.run(["stats", "--municipality", "Oslo", "--data", s.data]).status == 1)
    }

    @Test("stats: communityShare, schoolOrWorkShare and byMunicipality in --json and text, narrowed by --municipality")
    func stats() throws {
        let s = Scratch()
        try demoTeam(s)
        let st = try CLI.run(["stats", "--json", "--data", s.data]).jsonObject()
        let community = try #require(st["communityShare"] as? [String: Any])
        let n = try #require(community["numerator"] as? Int), d = try #require(community["denominator"] as? Int)
        #expect(d > 0 && n > 0 && n < d, "some of the face-to-face work is at the office")
        let school = try #require(st["schoolOrWorkShare"] as? [String: Any])
        #expect(school["denominator"] as? Int == 14)
        let by = try #require(st["byMunicipality"] as? [String: [String: Any]])
        #expect(Set(by.keys) == ["Nordby", "Sørvik", "Åsen"])
        #expect(by.values.map { $0["numerator"] as? Int ?? 0 }.reduce(0, +) == 14, "every youth in one")
        let narrowed = try CLI.run(["stats", "--json", "--municipality", "Nordby", "--data", s.data]).jsonObject()
        #expect(narrowed["municipality"] as? String == "Nordby")
        #expect((narrowed["schoolOrWorkShare"] as? [String: Any])?["denominator"] as? Int == by["Nordby"]?["numerator"] as? Int)
        let text = try CLI.run(["stats", "--data", s.data, "--lang", "en"])
        #expect(text.out.contains("In the community") && text.out.contains("In school or work") && text.out.contains("Per municipality:"))
    }

    @Test("contact --arena and school: stored, shown, in --json, checked")
    func arenaAndSchool() throws {
        let s = Scratch()
        try demoTeam(s)
        #expect(try CLI.run(["contact", "noah", "--arena", "community", "--where", "kafeen", "--data", s.data]).status == 0)
        #expect(try CLI.run(["contact", "noah", "--kind", "phone", "--data", s.data]).status == 0)
        #expect(try CLI.run(["contact", "noah", "--arena", "cafe", "--data", s.data]).status == 1, "not an arena")
        let r = try CLI.run(["school", "noah", "partly", "--since", "2026-11-01", "--note", "Tre dager", "--data", s.data, "--lang", "en"])
        #expect(r.status == 0, "\(r)")
        #expect(try CLI.run(["school", "noah", "work", "--since", "2026-12-01", "--data", s.data]).status == 2, "not in the future")
        #expect(try CLI.run(["school", "noah", "studying", "--data", s.data]).status == 1)
        let shown = try CLI.run(["show", "noah", "--json", "--data", s.data]).jsonObject()
        let contacts = try #require(shown["contacts"] as? [[String: Any]])
        #expect(contacts.suffix(2).map { $0["arena"] as? String } == ["community", "phone"])
        let school = try #require(shown["school"] as? [String: Any])
        #expect(school["status"] as? String == "partly" && school["since"] as? String == "2026-11-01" && school["inSchoolOrWork"] as? Bool == true)
        #expect((shown["schoolHistory"] as? [[String: Any]])?.count ?? 0 >= 2)
        let text = try CLI.run(["show", "noah", "--data", s.data, "--lang", "en"]).out
        #expect(text.contains("partly attending since 2026-11-01"), "\(text)")
        #expect(text.contains("in the community (kafeen)"), "\(text)")
        #expect(try CLI.run(["log", "noah", "--data", s.data]).status == 0)
        #expect(try CLI.run(["check", "--data", s.data]).status == 0)
    }

    @Test("import: the kommune column; a municipality not the team's is named by line and column, nothing imported")
    func importColumn() throws {
        let s = Scratch()
        try demoTeam(s)
        let before = journalLines(s)
        let bad = "navn;født;kommune\nPer Test;01.01.2010;Nordby\nPål Test;01.01.2010;Oslo\n"
        let r = try CLI.run(["import", try s.write("bad.csv", bad), "--data", s.data, "--lang", "en"])
        #expect(r.status == 2, "\(r)")
        #expect(r.err.contains("line 3, column “kommune”") && r.err.contains("Oslo"), "\(r)")
        #expect(journalLines(s) == before)
        let good = "name;born;municipality\nPer Test;01.01.2010;sørvik\n"
        #expect(try CLI.run(["import", try s.write("good.csv", good), "--data", s.data]).status == 0)
        #expect(try listJSON(s).first { $0["name"] as? String == "Per Test" }?["municipality"] as? String == "Sørvik")
    }

    @Test("a municipality youths live in cannot be removed from the team's list; check names a youth outside the list")
    func municipalitiesInUse() throws {
        let s = Scratch()
        try demoTeam(s)
        let d = ["--data", s.data]
        let journal = try String(contentsOfFile: s.data + "/journal.jsonl", encoding: .utf8)
        let r = try CLI.run(["settings", "set", "municipalities", "Nordby,Sørvik"] + d + ["--lang", "en"])
        #expect(r.status == 2 && r.err.contains("Åsen cannot be removed") && r.err.contains("3 youths live there"), "\(r)")
        #expect(try String(contentsOfFile: s.data + "/journal.jsonl", encoding: .utf8) == journal, "nothing written")
        #expect(try CLI.run(["settings", "set", "municipalities", "Nordby,Sørvik,Åsen,Vik"] + d).status == 0)
        #expect(try CLI.run(["settings", "set", "municipalities", "Nordby,Sørvik,Åsen"] + d).status == 0, "an unused one can go")
        // A hand-edited youth file with a municipality outside the list is a finding of check.
        let path = s.data + "/youths/sofie.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let edited = text.replacingOccurrences(of: #""municipality" : "Nordby""#, with: #""municipality" : "Oslo""#)
        #expect(edited != text)
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        let check = try CLI.run(["check"] + d)
        #expect(check.status == 2 && check.out.contains("kommunen «Oslo» er ikke en av teamets"), "\(check)")
    }
}
