import Foundation
import Testing
@testable import TavleCore

/// The language files (Sources/TavleCore/Strings/*.strings): every key the code can use exists in
/// every language with the same placeholders, the generated Swift keys match the files, and the
/// keys made at run time (a value's word, a rule's message) are all there too.
@Suite("Language files")
struct TextCatalogTests {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test("every language has every key of the reference, with the same placeholders")
    func languagesAreComplete() throws {
        let nb = try Catalog.file(.nb)
        for lang in Language.allCases where lang != .nb {
            #expect(Catalog.problems(reference: nb, candidate: try Catalog.file(lang), name: lang.rawValue) == [])
        }
    }

    @Test("the generated keys (TextKeys.swift) are exactly the bokmål file's: run scripts/text-keys.py after editing it")
    func generatedKeysMatchTheFile() throws {
        let file = try Catalog.file(.nb).entries.map(\.key)
        let singles = file.filter { !$0.contains("#") }
        #expect(TextKey.all.map(\.raw) == singles)
        let plurals = Set(file.filter { $0.contains("#") }.map { String($0.split(separator: "#")[0]) })
        #expect(Set(PluralKey.all.map(\.raw)) == plurals)
        for key in PluralKey.all {
            for form in ["one", "other"] { #expect(file.contains(key.raw + "#" + form), "\(key) lacks its \(form) form") }
        }
    }

    @Test("every key made at run time exists in every language: values' words and rules' messages")
    func runTimeKeysExist() throws {
        var keys = Choices.labelKeys + ReviewRules.messageKeys + ReviewRules.nameKeys + ReviewRules.sharedKeys
        keys += MeetingAgenda.questionKeys
        for lang in Language.allCases {
            let table = try Catalog.file(lang).table
            for k in keys { #expect(table[k.raw] != nil, "\(lang.rawValue) has no text for \(k)") }
        }
    }

    @Test("every Choice declared in the sources is in Choices.all, so its words are checked above")
    func everyChoiceIsRegistered() throws {
        let sources = TextCatalogTests.repo.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: sources.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        let pattern = try NSRegularExpression(pattern: #"enum\s+(\w+)\s*:\s*String\s*,\s*Choice\b"#)
        var declared: Set<String> = []
        for f in files {
            let text = try String(contentsOfFile: sources.appendingPathComponent(f).path, encoding: .utf8)
            for m in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                declared.insert(String(text[Range(m.range(at: 1), in: text)!]))
            }
        }
        let registered = Set(Choices.all.map { String(describing: $0) })
        #expect(declared.count > 15)
        #expect(declared.subtracting(registered) == [], "add these to Choices.all")
    }

    @Test("a partial third language is caught: the check names each missing key and each dropped placeholder")
    func aPartialLanguageIsNamed() throws {
        let url = TextCatalogTests.repo.appendingPathComponent("Tests/TavleCoreTests/Fixtures/nn-partial.strings")
        let nn = try StringsFile(parsing: Array(try Data(contentsOf: url)))
        let problems = Catalog.problems(reference: try Catalog.file(.nb), candidate: nn, name: "nn")
        #expect(problems.contains("nn lacks \"status.stable\""))
        #expect(problems.contains("nn lacks \"error.youthNotFound\""))
        #expect(!problems.contains { $0.contains("\"status.crisis\"") })
        #expect(problems.contains("nn \"rule.evaluation-overdue\" has placeholders [1], the reference [1, 2]"))
        #expect(problems.contains("nn has \"no.such.key\", which the reference does not"))
        #expect(problems.count == (try Catalog.file(.nb)).entries.count - 3 + 2)
    }

    @Test("Foundation's property-list reader sees the same entries as tavle's own parser")
    func parserAgreesWithFoundation() throws {
        for lang in Language.allCases {
            let bytes = lang == .nb ? PackageResources.nb_strings : PackageResources.en_strings
            let ours = try StringsFile(parsing: bytes).table
            let theirs = try PropertyListSerialization.propertyList(from: Data(bytes), format: nil) as? [String: String]
            #expect(theirs == ours, "\(lang.rawValue)")
            // What every start reads (`Catalog`): the same table, made in one pass.
            #expect(try StringsFile.table(parsing: bytes) == ours, "\(lang.rawValue)")
        }
    }

    @Test("the parser: comments, escapes, lines spanning lines, and errors named by line")
    func parser() throws {
        let text = """
            /* a comment */ "a.b" = "x \\"quoted\\" \\\\ tab\\tend\\U00E6";
            // a line comment
            "c.d" = "two
            lines";
            """
        let f = try StringsFile(parsing: Array(text.utf8))
        #expect(f.entries.map(\.key) == ["a.b", "c.d"])
        #expect(f.table["a.b"] == "x \"quoted\" \\ tab\tendæ")
        #expect(f.table["c.d"] == "two\nlines")
        #expect(throws: StringsFile.SyntaxError(line: 2, problem: "the key \"a\" appears twice")) {
            try StringsFile(parsing: Array("\"a\" = \"1\";\n\"a\" = \"2\";".utf8))
        }
        #expect(throws: StringsFile.SyntaxError(line: 2, problem: "the key \"a\" appears twice")) {
            try StringsFile.table(parsing: Array("\"a\" = \"1\";\n\"a\" = \"2\";".utf8))
        }
        #expect(throws: StringsFile.SyntaxError(line: 3, problem: "expected ; here")) {
            try StringsFile(parsing: Array("\"a\" = \"1\";\n\n\"b\" = \"2\"".utf8))
        }
        #expect(throws: StringsFile.SyntaxError(line: 1, problem: "a text in quotes is never closed")) {
            try StringsFile(parsing: Array("\"a\" = \"1;\n".utf8))
        }
        // Lines are counted inside texts, with and without escapes.
        #expect(throws: StringsFile.SyntaxError(line: 5, problem: "expected = here")) {
            try StringsFile(parsing: Array("\"a\" = \"1\n2\";\n\"b\" = \"\\\"3\n\";\n\"c\" \"4\";".utf8))
        }
        #expect(throws: StringsFile.SyntaxError(line: 1, problem: "the text is not UTF-8")) {
            try StringsFile(parsing: Array("\"a\" = \"".utf8) + [0xC3, 0x28] + Array("\";".utf8))
        }
    }

    @Test("plural keys choose one or other by count, in both languages")
    func plurals() {
        let catalog = Catalog { lang in
            Array((lang == .nb ? "\"x.n#one\" = \"{1} beslutning\";\n\"x.n#other\" = \"{1} beslutninger\";"
                               : "\"x.n#one\" = \"{1} decision\";\n\"x.n#other\" = \"{1} decisions\";").utf8)
        }
        let key = PluralKey("x.n")
        #expect(catalog.text(key, count: 1, .nb) == "1 beslutning")
        #expect(catalog.text(key, count: 2, .nb) == "2 beslutninger")
        #expect(catalog.text(key, count: 0, .en) == "0 decisions")
        #expect(catalog.text(key, count: 1, .en) == "1 decision")
    }
}
