import Foundation
import Testing
import TavleCore

/// Issue 17: the parser's help and errors reach the user in bokmål (or English), each kind of
/// mistake has its documented exit code, and the guides and man page work on an installed server.
@Suite("help and parser errors in the user's language")
struct HelpLanguageTests {
    /// English words argument-parser used to print, never to be seen in bokmål.
    static let english = ["Error", "USAGE", "OPTIONS", "ARGUMENTS", "SUBCOMMANDS", "Usage", "Options", "Arguments",
                          "Subcommands", "Show", "default", "values", "Unexpected", "invalid", "Missing", "Did you mean",
                          "Examples", "Print", "Help", "help information", "is not", "valid"]
    /// Bokmål words tavle prints, never to be seen in English.
    static let bokmal = ["Feil", "Bruk", "Valg", "Argumenter", "Underkommandoer", "Vis", "verdier",
                         "Mente du", "mangler", "ikke", "gyldig", "Eksempler", "og", "(standard:"]

    /// The whole words of `words` found in `text` (the command's own name is not a word of prose).
    static func found(_ words: [String], in text: String) -> [String] {
        words.filter { w in
            text.range(of: "(?<![\\p{L}-])" + NSRegularExpression.escapedPattern(for: w) + "(?![\\p{L}-])", options: .regularExpression) != nil
        }
    }

    /// Every command path, from the parser's own description of the tree.
    static func commandPaths() throws -> [[String]] {
        let r = try CLI.run(["--experimental-dump-help"])
        let tool = try #require(try r.jsonObject()["command"] as? [String: Any])
        func walk(_ c: [String: Any], _ path: [String]) -> [[String]] {
            let subs = (c["subcommands"] as? [[String: Any]] ?? []).filter { ($0["commandName"] as? String) != "help" }
            return subs.flatMap { s -> [[String]] in
                let p = path + [s["commandName"] as? String ?? ""]
                return [p] + walk(s, p)
            }
        }
        return [[]] + walk(tool, [])
    }

    @Test("every command's --help is in bokmål with no English word, and in English with no bokmål word")
    func everyHelp() throws {
        let paths = try Self.commandPaths()
        #expect(paths.count > 40)
        for path in paths {
            let nb = try CLI.run(path + ["--help"])
            #expect(nb.status == 0, "\(path): \(nb)")
            #expect(nb.out.contains("Bruk: tavle"), "\(path): \(nb.out)")
            #expect(Self.found(Self.english, in: nb.out).isEmpty, "\(path): \(Self.found(Self.english, in: nb.out))\n\(nb.out)")
            let en = try CLI.run(path + ["-h"], env: ["TAVLE_LANG": "en"])
            #expect(en.status == 0, "\(path): \(en)")
            #expect(en.out.contains("Usage: tavle"), "\(path): \(en.out)")
            #expect(Self.found(Self.bokmal, in: en.out).isEmpty, "\(path): \(Self.found(Self.bokmal, in: en.out))\n\(en.out)")
        }
    }

    @Test("help SUBCOMMAND is the same help as SUBCOMMAND --help; values and defaults in the user's words")
    func helpCommand() throws {
        let viaHelp = try CLI.run(["help", "contact"])
        #expect(viaHelp.status == 0)
        #expect(viaHelp.out == (try CLI.run(["contact", "--help"])).out)
        #expect(viaHelp.out.contains("(verdier: "), "\(viaHelp.out)")
        #expect(viaHelp.out.contains("(verdier: møte, telefon, forsøk)"), "\(viaHelp.out)")
        #expect(viaHelp.out.contains("(standard: møte)"), "\(viaHelp.out)")
        let dev = try CLI.run(["help", "dev", "generate"])
        #expect(dev.out.contains("(standard: 1000)"), "\(dev.out)")
        let devEn = try CLI.run(["help", "dev", "generate", "--lang", "en"])
        #expect(devEn.out.contains("(default: 1000)"), "\(devEn.out)")
        // A group typed alone is its help in tavle's words (it was the parser's, "OVERVIEW:").
        for g in ["staff", "meeting", "goal", "network", "dev"] {
            let bare = try CLI.run([g]), asked = try CLI.run([g, "--help"])
            #expect(bare.status == 0 && bare.out == asked.out && !bare.out.contains("OVERVIEW"), "\(g): \(bare)")
        }
        // A group's help with a global option's value beside it (it named the value a command).
        let group = try CLI.run(["meeting", "--help"])
        for args in [["meeting", "--help", "--data", "/tmp/x"], ["meeting", "--data", "/tmp/x", "--help"], ["--data", "/tmp/x", "meeting", "--help"]] {
            let r = try CLI.run(args)
            #expect(r.status == 0 && r.out == group.out, "\(args): \(r)")
        }
    }

    /// A deliberate mistake: its arguments, the exit code, and a bit of each language's message.
    struct Mistake: CustomStringConvertible, Sendable {
        let args: [String]
        let exit: Int32
        let nb: String
        let en: String
        var env: [String: String] = [:]
        var description: String { args.joined(separator: " ") }
    }

    static let mistakes: [Mistake] = [
        Mistake(args: ["lsit"], exit: 1, nb: "Mente du «list»?", en: "Did you mean “list”?"),
        Mistake(args: ["meeting", "strat"], exit: 1, nb: "Mente du «start»?", en: "Did you mean “start”?"),
        Mistake(args: ["list", "--jsno"], exit: 1, nb: "Mente du «--json»?", en: "Did you mean “--json”?"),
        Mistake(args: ["help", "lsit"], exit: 1, nb: "Mente du «tavle help list»?", en: "Did you mean “tavle help list”?"),
        Mistake(args: ["log", "--since", "31.02.2026"], exit: 1, nb: "er ikke en dato", en: "is not a date"),
        Mistake(args: ["evaluate", "kristian", "--next", "31.02.2026"], exit: 1, nb: "31.02.2026", en: "31.02.2026"),
        Mistake(args: ["plan", "kristian", "--who", "OB", "--when", "25:61", "--where", "Avdelingen"], exit: 1,
                nb: "25:61", en: "25:61"),
        Mistake(args: ["status", "kristian", "panic"], exit: 1, nb: "stabil, bekymring, krise", en: "stable, worried, crisis"),
        Mistake(args: ["list", "--mode", "sideways"], exit: 1, nb: "Velg en av:", en: "Choose one of:"),
        Mistake(args: ["stats", "--weeks", "many"], exit: 1, nb: "--weeks", en: "--weeks"),
        Mistake(args: ["show"], exit: 1, nb: "«tavle show» mangler <ID>.", en: "“tavle show” needs <ID>."),
        Mistake(args: ["note", "kristian", "a", "b", "c"], exit: 1, nb: "argument for mye", en: "one argument too many"),
        Mistake(args: ["list", "--json=yes"], exit: 1, nb: "--json", en: "--json"),
        Mistake(args: ["list"], exit: 1, nb: "TAVLE_LANG=«de»", en: "TAVLE_LANG=«de»", env: ["TAVLE_LANG": "de"]),
        Mistake(args: ["list", "--lang", "de"], exit: 1, nb: "«de»", en: "«de»"),
        Mistake(args: ["add", "--name", "Ung Voksen", "--born", "01.01.1990"], exit: 2, nb: "12–25 år", en: "ages 12–25"),
    ]

    @Test("deliberate mistakes: worded by tavle in bokmål and English, one exit code per kind", arguments: mistakes)
    func mistake(_ m: Mistake) throws {
        let s = Scratch()
        try demoTeam(s)
        let nb = try CLI.run(m.args + ["--data", s.data], env: m.env)
        #expect(nb.status == m.exit, "\(nb)")
        #expect(nb.err.contains(m.nb), "\(nb)")
        #expect(Self.found(Self.english, in: nb.err).isEmpty, "\(Self.found(Self.english, in: nb.err))\n\(nb)")
        #expect(!nb.err.contains("Fatal error"))
        guard m.env["TAVLE_LANG"] == nil, !m.args.contains("--lang") else { return }
        let en = try CLI.run(m.args + ["--data", s.data], env: ["TAVLE_LANG": "en"])
        #expect(en.status == m.exit, "\(en)")
        #expect(en.err.contains(m.en), "\(en)")
        #expect(Self.found(Self.bokmal, in: en.err).isEmpty, "\(Self.found(Self.bokmal, in: en.err))\n\(en)")
    }

    @Test("a usage mistake shows the command's usage line in the user's language")
    func usageLine() throws {
        let r = try CLI.run(["note"])
        #expect(r.status == 1)
        #expect(r.err.contains("Bruk: tavle note <ID> <TEKST> [valg]"), "\(r)")
        #expect(r.err.contains("Se «tavle note --help»."), "\(r)")
    }

    @Test("the guides are built in, in both languages, under either name; an unknown guide is exit 1")
    func guides() throws {
        let list = try CLI.run(["help", "guide"])
        #expect(list.status == 0)
        #expect(list.out.contains("tavle help guide møtet"), "\(list)")
        let nb = try CLI.run(["help", "guide", "møtet"])
        #expect(nb.status == 0)
        #expect(nb.out.hasPrefix("# Tavlemøtet"), "\(nb.out.prefix(200))")
        let en = try CLI.run(["help", "guide", "motet", "--lang", "en"])
        #expect(en.out.hasPrefix("# Running the morning meeting"), "\(en.out.prefix(200))")
        for name in ["guide", "review-rules", "privacy", "data-format"] {
            let g = try CLI.run(["help", "guide", name])
            #expect(g.status == 0 && g.out.count > 500, "\(name): \(g)")
        }
        let bad = try CLI.run(["help", "guide", "møtte"])
        #expect(bad.status == 1)
        #expect(bad.err.contains("Mente du «tavle help guide møtet»?"), "\(bad)")
    }

    @Test("no help text points to docs/ (an installed server has none)")
    func noDocsPointers() throws {
        for lang in ["nb", "en"] {
            for path in try Self.commandPaths() {
                let r = try CLI.run(path + ["--help", "--lang", lang])
                #expect(!r.out.contains("docs/"), "\(path) \(lang): \(r.out)")
            }
        }
    }

    @Test("docs/cli.md's exit-code table says what the language files say")
    func exitCodeTable() throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let doc = try String(contentsOf: repo.appendingPathComponent("docs/cli.md"), encoding: .utf8)
        let keys: [(Int, TextKey)] = [(0, .exitSuccess), (1, .exitUsage), (2, .exitData), (3, .exitConflict), (4, .exitEnvironment)]
        for (code, key) in keys {
            let row = "| \(code) | " + Texts.text(key, .en, []) + " |"
            #expect(doc.contains(row), "docs/cli.md lacks: \(row)")
        }
        #expect(!doc.contains("stay in English"))
        #expect(!doc.contains("Until the terminal UI lands"))
    }

    @Test("the man page in bokmål and English renders with man -l and keeps æ, ø, å")
    func manPage() throws {
        let s = Scratch()
        for (lang, title, word) in [("nb", "KOMMANDOER", "møtet"), ("en", "COMMANDS", "meeting")] {
            let file = s.path + "/tavle." + lang + ".1"
            let r = try CLI.run(["dev", "man", "--lang", lang, "--output", file])
            #expect(r.status == 0, "\(r)")
            let rendered = try Self.render(file)
            #expect(rendered.contains(title), "\(rendered.prefix(500))")
            #expect(rendered.contains(word))
            if lang == "nb" {
                for ch in ["æ", "ø", "å"] { #expect(rendered.contains(ch), "\(ch)") }
                #expect(Self.found(["USAGE", "OPTIONS", "Show", "default", "values"], in: rendered).isEmpty)
            }
        }
    }

    /// The page as a reader sees it: `man -l`, else `groff -k -man -Tutf8`.
    static func render(_ file: String) throws -> String {
        let man = FileManager.default.isExecutableFile(atPath: "/usr/bin/man")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: man ? "/usr/bin/man" : "/usr/bin/groff")
        p.arguments = man ? ["-l", file] : ["-k", "-man", "-Tutf8", file]
        var env = ProcessInfo.processInfo.environment
        env["MANPAGER"] = "cat"; env["PAGER"] = "cat"; env["LANG"] = "C.UTF-8"; env["MANWIDTH"] = "100"
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readAllRetryingInterrupts()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        // Bold and underline by overstriking, as man prints them to a pipe, are taken out.
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: ".\u{8}", with: "", options: .regularExpression)
    }
}
