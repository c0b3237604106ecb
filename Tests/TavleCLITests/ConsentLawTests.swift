import Foundation
import Testing

/// Issue 23, point 3, from the command line: child welfare consents under 16, the longer party list
/// (the same for `service`), `--note` for `other`, the two new rules in `due`, and refusals in words.
@Suite struct ConsentLawTests {
    @Test("child welfare consents for Amina (14); other needs --note; service takes the same parties; check stays clean")
    func childWelfareAndTheParties() throws {
        let s = Scratch()
        try demoTeam(s)
        let d = ["--data", s.data]
        let cw = try CLI.run(["consent", "amina", "--to", "bup-dps", "--by", "child-welfare"] + d)
        #expect(cw.status == 0 && cw.out.contains("samtykke til BUP/DPS gitt av barnevernet"), "\(cw)")
        let noNote = try CLI.run(["consent", "amina", "--to", "other", "--by", "parents"] + d)
        #expect(noNote.status == 2 && noNote.err.contains("--note"), "\(noNote)")
        #expect(try CLI.run(["consent", "amina", "--to", "other", "--by", "parents", "--note", "Fritidsklubben"] + d).status == 0)
        for party in ["gp", "bup-dps", "ppt", "police-slt", "family", "other"] {
            #expect(try CLI.run(["service", "eirik", party] + d).status == 0, "\(party)")
        }
        let show = try CLI.run(["show", "amina", "--json"] + d).jsonObject()
        let consents = try #require(show["consents"] as? [[String: Any]])
        #expect(consents.contains { $0["givenBy"] as? String == "child-welfare" && $0["party"] as? String == "bup-dps" })
        #expect(consents.contains { $0["party"] as? String == "other" && $0["note"] as? String == "Fritidsklubben" })
        #expect(try CLI.run(["check"] + d).status == 0)
    }

    @Test("the demo shows a renewal due (Sofie) and a consent missing (Eirik) in due --json")
    func rulesInTheDemo() throws {
        let s = Scratch()
        try demoTeam(s)
        let due = try CLI.run(["due", "--json", "--data", s.data])
        #expect(due.status == 0)
        let text = due.out
        #expect(text.contains("consent-renewal") && text.contains("consent-missing"), "\(text)")
        let sofie = try CLI.run(["consent", "sofie", "--to", "child-welfare", "--by", "youth", "--data", s.data])
        #expect(sofie.status == 0)
        let after = try CLI.run(["show", "sofie", "--data", s.data]).out
        #expect(!after.contains("fra 16-årsdagen") && !after.contains("før 16 år"), "the youth gave it herself: \(after)")
    }

    @Test("consent refusals are words in both languages, never catalog keys")
    func errorsAreWords() throws {
        let s = Scratch()
        try demoTeam(s)
        let cases: [[String]] = [
            ["consent", "amina", "--to", "nav", "--by", "youth"],
            ["consent", "sara", "--to", "nav", "--by", "child-welfare"],
            ["consent", "amina", "--withdraw", "ppt"],
            ["consent", "amina", "--to", "other", "--by", "parents"],
            ["consent", "amina", "--to", "nav", "--by", "parents", "--on", "01.01.2000"],
            ["consent", "amina", "--to", "nowhere", "--by", "parents"],
            ["consent", "amina"],
        ]
        for lang in ["nb", "en"] {
            for c in cases {
                let r = try CLI.run(c + ["--lang", lang, "--data", s.data])
                #expect(r.status != 0, "\(c)")
                let text = r.err
                for raw in ["refuse.", "party.", "giver.", "usage.", "\u{1}", "{1}", "{2}"] {
                    #expect(!text.contains(raw), "\(lang) \(c): \(text)")
                }
            }
        }
    }
}
