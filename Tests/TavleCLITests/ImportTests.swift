import Foundation
import Testing

@Suite("import")
struct ImportTests {
    /// A team with two staff members to name as primary contacts.
    func team() throws -> Scratch {
        let s = Scratch()
        try emptyTeam(s)
        for (name, ini) in [("Ole Bråten", "OB"), ("Siri Løvås", "SL")] {
            let r = try CLI.run(["staff", "add", "--name", name, "--initials", ini, "--role", "case-manager", "--data", s.data])
            guard r.status == 0 else { throw CLIFailure("staff add: \(r)") }
        }
        return s
    }

    @Test("a Norwegian Excel sheet (; separated, BOM, dd.mm.yyyy, bokmål headers and words) is imported")
    func goodUTF8() throws {
        let s = try team()
        let csv = """
            navn;født;inntak;primærkontakt;modus;status;grunn;på tavla siden;evaluering;domener;henvist av;varsel;plan
            Kari Nordmann;05.05.2010;01.09.2026;OB;på tavla;krise;krise;15.11.2026;30.11.2026;psykisk helse, skole;barnevern;Selvskading;Daglig kontakt
            Ola Berg;12.03.2008;;SL;casemanagement;stabil;;;;rus;;;

            """
        let file = try s.write("tavla.csv", [0xEF, 0xBB, 0xBF] + Array(csv.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        let r = try CLI.run(["import", file, "--data", s.data])
        #expect(r.status == 0, "\(r)")
        #expect(r.out.contains("Kari Nordmann") && r.out.contains("Ola Berg"))
        let youths = try listJSON(s)
        #expect(youths.count == 2)
        let kari = try #require(youths.first { $0["name"] as? String == "Kari Nordmann" })
        #expect(kari["born"] as? String == "2010-05-05")
        #expect(kari["intake"] as? String == "2026-09-01")
        #expect(kari["mode"] as? String == "intensive")
        #expect(kari["reason"] as? String == "crisis")
        #expect(kari["boardSince"] as? String == "2026-11-15")
        #expect(kari["evaluate"] as? String == "2026-11-30")
        #expect(kari["domains"] as? [String] == ["mental-health", "school"])
        #expect(kari["warning"] as? String == "Selvskading")
        #expect((kari["primaryContact"] as? [String: Any])?["initials"] as? String == "OB")
        let ola = try #require(youths.first { $0["name"] as? String == "Ola Berg" })
        #expect(ola["mode"] as? String == "case-management")
        #expect(ola["intake"] as? String == "2026-11-22")
        #expect(try CLI.run(["check", "--data", s.data]).status == 0)
    }

    @Test("a Windows-1252 file with , separators and English headers is imported")
    func goodWindows1252() throws {
        let s = try team()
        let text = "name,born,contact,mode,status\nBjørn Ødegård,2009-02-03,SL,case-management,worried\n"
        let bytes = try #require(text.data(using: .windowsCP1252))
        #expect(String(data: bytes, encoding: .utf8) == nil)  // really not UTF-8
        let file = try s.write("board.csv", Array(bytes))
        let r = try CLI.run(["import", file, "--data", s.data])
        #expect(r.status == 0, "\(r)")
        let y = try #require(try listJSON(s).first)
        #expect(y["name"] as? String == "Bjørn Ødegård")
        #expect(y["status"] as? String == "worried")
    }

    @Test("a bad sheet: exit 2, every bad row with its line and column, nothing imported")
    func bad() throws {
        let s = try team()
        let csv = """
            name,born,contact,mode
            Anne Bad,31.02.2010,OB,intensive
            Bo Ok,2009-01-01,SL,case-management
            Cid Feil,2001-01-01,XX,foo
            ,2009-01-01,,
            Dan Liten,2020-01-01,OB,case-management
            Eva Uten,2009-01-01,OB,intensive

            """
        let file = try s.write("bad.csv", csv)
        let before = journalLines(s)
        let r = try CLI.run(["import", file, "--data", s.data, "--lang", "en"])
        #expect(r.status == 2, "\(r)")
        #expect(r.err.contains("Nothing was imported"))
        #expect(r.err.contains("line 2, column “born”"))
        #expect(r.err.contains("31.02.2010"))
        #expect(r.err.contains("line 4, column “contact”"))
        #expect(r.err.contains("line 4, column “mode”"))
        #expect(r.err.contains("line 5, column “name”"))
        #expect(r.err.contains("line 6"))
        // A youth on the board without a plan is refused, as `tavle intensive` refuses it.
        #expect(r.err.contains("line 7, column “plan”"), "\(r)")
        #expect(!r.err.contains("line 3"))
        #expect(try listJSON(s).isEmpty)
        #expect(journalLines(s) == before)
    }

    @Test("an unknown header is refused before any row is read")
    func unknownHeader() throws {
        let s = try team()
        let file = try s.write("odd.csv", "navn;født;skostørrelse\nKari Nordmann;05.05.2010;38\n")
        let r = try CLI.run(["import", file, "--data", s.data])
        #expect(r.status == 2)
        #expect(r.err.contains("linje 1, kolonne «skostørrelse»"))
        #expect(try listJSON(s).isEmpty)
    }

    @Test("export --names as CSV imports again into a new team, and a second import finds them all there")
    func roundTrip() throws {
        let a = Scratch()
        try demoTeam(a)
        let exported = try CLI.run(["export", "--format", "csv", "--names", "--data", a.data])
        #expect(exported.status == 0, "\(exported)")
        let file = try a.write("export.csv", exported.out)
        let b = Scratch()
        try emptyTeam(b)
        let staff = try CLI.run(["staff", "list", "--json", "--data", a.data]).jsonArray()
        for m in staff where m["role"] as? String != "leader" {
            let r = try CLI.run(["staff", "add", "--name", m["name"] as! String, "--initials", m["initials"] as! String,
                                 "--role", m["role"] as! String, "--data", b.data])
            #expect(r.status == 0, "\(r)")
        }
        let imported = try CLI.run(["import", file, "--data", b.data])
        #expect(imported.status == 0, "\(imported)")
        let before = try listJSON(a), after = try listJSON(b)
        #expect(Set(after.compactMap { $0["name"] as? String }) == Set(before.compactMap { $0["name"] as? String }))
        #expect(Set(after.compactMap { $0["mode"] as? String }) == Set(before.compactMap { $0["mode"] as? String }))
        let again = try CLI.run(["import", file, "--data", b.data, "--lang", "en"])
        #expect(again.status == 2)
        #expect(again.err.contains("already exists"))
    }
}
