import Foundation
import Testing

@Suite("language and global options")
struct LanguageTests {
    @Test("bokmål by default, English with --lang en or TAVLE_LANG=en; values in JSON never translated")
    func languages() throws {
        let s = Scratch()
        try demoTeam(s)
        let nb = try CLI.run(["list", "--data", s.data])
        #expect(nb.out.contains("ungdommer") && nb.out.contains("PÅ TAVLA") && nb.out.contains("■ krise"))
        let en = try CLI.run(["list", "--data", s.data, "--lang", "en"])
        #expect(en.out.contains("youths") && en.out.contains("ON THE BOARD") && en.out.contains("■ crisis"))
        #expect(!en.out.contains("ungdommer"))
        let env = try CLI.run(["list", "--data", s.data], env: ["TAVLE_LANG": "en"])
        #expect(env.out == en.out)
        let jsonNB = try CLI.run(["due", "--json", "--data", s.data]).jsonArray()
        let jsonEN = try CLI.run(["due", "--json", "--data", s.data, "--lang", "en"]).jsonArray()
        #expect(jsonNB.map { $0["status"] as? String } == jsonEN.map { $0["status"] as? String })
        let msgNB = ((jsonNB.first?["due"] as? [[String: Any]])?.first?["message"] as? String) ?? ""
        let msgEN = ((jsonEN.first?["due"] as? [[String: Any]])?.first?["message"] as? String) ?? ""
        #expect(msgNB != msgEN && !msgNB.isEmpty && !msgEN.isEmpty)
        let errNB = try CLI.run(["show", "zzzz", "--data", s.data])
        let errEN = try CLI.run(["show", "zzzz", "--data", s.data, "--lang", "en"])
        #expect(errNB.err.contains("Fant ingen"))
        #expect(errEN.err.contains("No youth"))
    }

    @Test("global options work before and after the subcommand")
    func globalsEitherSide() throws {
        let s = Scratch()
        try demoTeam(s)
        let after = try CLI.run(["list", "--json", "--data", s.data, "--lang", "en"])
        let before = try CLI.run(["--data", s.data, "--lang", "en", "list", "--json"])
        #expect(after.status == 0 && before.status == 0)
        #expect(after.out == before.out)
        let nested = try CLI.run(["--data", s.data, "staff", "list", "--json"])
        #expect(nested.status == 0, "\(nested)")
    }

    @Test("text from users is made safe for the terminal")
    func textSafety() throws {
        let s = Scratch()
        try demoTeam(s)
        #expect(try CLI.run(["note", "sofie", "rød\u{1B}[31m tekst \u{202E}snudd", "--data", s.data]).status == 0)
        let show = try CLI.run(["show", "sofie", "--data", s.data])
        #expect(!show.out.contains("\u{1B}"))
        #expect(!show.out.contains("\u{202E}"))
        #expect(show.out.contains("<U+202E>"))
        let log = try CLI.run(["log", "sofie", "--data", s.data])
        #expect(!log.out.contains("\u{1B}") && !log.out.contains("\u{202E}"))
    }
}
