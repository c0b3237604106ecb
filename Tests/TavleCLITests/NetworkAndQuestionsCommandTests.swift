import Foundation
import Testing

/// Issue 23, points 1 and 2 from the command line: the family and network, and the four questions
/// answered in the meeting, reaching the minutes and `stats`.
@Suite struct NetworkAndQuestionsCommandTests {
    @Test("network add prints the number, list (text and --json) is access-logged and private, remove; errors are words")
    func network() throws {
        let s = Scratch()
        try demoTeam(s)
        let d = ["--data", s.data]
        let add = try CLI.run(["network", "add", "ida", "--name", "Kari Strand", "--relation", "mother", "--parental-responsibility",
                               "--phone", "900 00 000", "--may-share", "yes"] + d)
        #expect(add.status == 0 && add.out.contains("Kari Strand lagt til i nettverket som nummer 1"), "\(add)")
        #expect(try CLI.run(["network", "add", "ida", "--name", "Ola", "--relation", "venn"] + d).status == 0, "the user's word for a relation")
        let bad = try CLI.run(["network", "add", "ida", "--name", "Per", "--relation", "onkel"] + d)
        #expect(bad.status == 1, "a usage error: \(bad)")
        #expect(bad.err.contains("«onkel» er ikke en gyldig verdi for --relation") && bad.err.contains("venn") && !bad.err.contains("relation.mother"),
                "\(bad.err)")
        let noName = try CLI.run(["network", "add", "ida", "--name", "  ", "--relation", "friend"] + d)
        #expect(noName.status == 2 && noName.err.contains("Skriv navnet på personen"), "\(noName)")
        let text = try CLI.run(["network", "list", "ida"] + d)
        #expect(text.status == 0 && text.out.contains("1. Kari Strand · mor · foreldreansvar · tlf. 900 00 000 · kan få informasjon")
                && text.out.contains("2. Ola · venn · ikke spurt om deling"), "\(text)")
        let json = try CLI.run(["network", "list", "ida", "--json"] + d).jsonArray()
        #expect(json.count == 2 && json[0]["relation"] as? String == "mother" && json[0]["parentalResponsibility"] as? Bool == true
                && json[0]["mayShare"] as? Bool == true && json[1]["number"] as? Int == 2, "\(json)")
        let access = try CLI.run(["log", "--access", "--json"] + d).jsonArray()
        #expect(access.contains { $0["youth"] as? String == "ida" && $0["how"] as? String == "network" })
        // Written with --output: private, as every youth-data output.
        #expect(try CLI.run(["network", "list", "ida", "--output", s.path + "/mine.txt"] + d).status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: s.path + "/mine.txt")[.posixPermissions] as? Int
        #expect(mode == 0o600, "written private: \(String(describing: mode))")
        let remove = try CLI.run(["network", "remove", "ida", "1"] + d)
        #expect(remove.status == 0 && remove.out.contains("nummer 1 fjernet"), "\(remove)")
        let again = try CLI.run(["network", "remove", "ida", "1"] + d)
        #expect(again.status == 2 && again.err.contains("Det er ingen i nettverket med nummer 1"), "\(again)")
        #expect(try CLI.run(["network", "add", "ida", "--name", "Per", "--relation", "teacher"] + d).out.contains("nummer 3"),
                "a number is never given twice")
        let show = try CLI.run(["show", "ida", "--json"] + d).jsonObject()
        #expect((show["network"] as? [[String: Any]])?.count == 2)
        #expect(try CLI.run(["check"] + d).status == 0)
        let help = try CLI.run(["network", "--help"])
        #expect(help.out.contains("tavle network add KH2") && help.out.contains("tavle network list KH2 --json"))
    }

    @Test("meeting discuss with the four answers: printed, in the minutes one line each, counted by stats, and the board youth marked")
    func fourQuestions() throws {
        let s = Scratch()
        try demoTeam(s)
        let d = ["--data", s.data]
        // The demo's meeting yesterday answered three of four board discussions.
        let before = try CLI.run(["stats", "--json"] + d).jsonObject()
        let fq = try #require(before["fourQuestions"] as? [String: Any])
        #expect(fq["discussions"] as? Int == 4 && fq["answered"] as? Int == 3, "\(fq)")
        #expect(try CLI.run(["meeting", "start", "--chair", "ingrid"] + d).status == 0)
        let r = try CLI.run(["meeting", "discuss", "amina", "--needs", "Familiemøte denne uka", "--treatment", "ok", "--safety", "concern",
                             "--family", "ok"] + d)
        #expect(r.status == 0 && r.out.contains("Sikkerhet: bekymring") && r.out.contains("Familie: ok"), "\(r)")
        #expect(!r.out.contains("Familiemøte denne uka"), "what is needed is not echoed")
        let bad = try CLI.run(["meeting", "discuss", "kristian", "--safety", "maybe"] + d)
        #expect(bad.status != 0 && bad.err.contains("--safety") && bad.err.contains("bekymring"), "\(bad)")
        let none = try CLI.run(["meeting", "discuss", "kristian", "--needs", " "] + d)
        #expect(none.status == 2 && none.err.contains("Svar på minst ett av de fire spørsmålene"), "\(none)")
        // Sofie discussed without answers: counted as a discussion not answered.
        #expect(try CLI.run(["meeting", "discuss", "sofie"] + d).status == 0)
        let minutes = try CLI.run(["export", "minutes", "--format", "markdown"] + d)
        #expect(minutes.out.contains("De fire spørsmålene:\n- Hva trengs: Familiemøte denne uka\n- Behandling: ok\n- Sikkerhet: bekymring\n- Familie: ok"),
                "\(minutes.out)")
        let stats = try CLI.run(["stats"] + d)
        #expect(stats.out.contains("Fire spørsmål") && stats.out.contains("67 % (4 av 6 drøftinger"), "\(stats.out)")
        let due = try CLI.run(["due", "--json"] + d).jsonArray()
        let amina = try #require(due.first { $0["id"] as? String == "amina" })
        #expect((amina["due"] as? [[String: Any]])?.contains { $0["rule"] as? String == "safety-concern" } == true, "\(amina)")
        let en = try CLI.run(["export", "minutes", "--format", "markdown", "--lang", "en"] + d)
        #expect(en.out.contains("- Safety: concern\n- Family: ok"), "\(en.out)")
        #expect(try CLI.run(["check"] + d).status == 0)
    }
}
