import Foundation
import Testing

/// Text that reaches tavle's files behind its back (a foreign or damaged journal, a planted youth
/// file) or through a script's arguments must never drive the terminal from any output.
@Suite("output safety for planted and relayed text")
struct OutputSafetyTests {
    /// Raw bytes a terminal would act on: ESC, BEL, a C1 CSI and a bidi override.
    static let hostile = ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}"]

    static func expectSafe(_ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for h in hostile {
            #expect(!text.contains(h), "\(what) prints U+\(String(h.unicodeScalars.first!.value, radix: 16)) raw:\n\(text)",
                    sourceLocation: sourceLocation)
        }
    }

    @Test("log and log --json show a planted journal field and id in visible form")
    func plantedJournal() throws {
        let s = Scratch()
        try demoTeam(s)
        // A journal entry whose field and target id carry escapes (version 1 is long applied).
        let line = #"{"at":"2026-11-20T10:00:00+01:00","action":"set\u001b[2J","changes":[{"field":"status\u001b]0;PWNED\u0007\u009b\u202e","new":"crisis","old":"stable","op":"set"}],"id":"thea\u001b]8;;x\u0007","schema":1,"staff":"ingrid","target":"youth","user":"root","version":1}"#
        let handle = try #require(FileHandle(forWritingAtPath: s.data + "/journal.jsonl"))
        handle.seekToEndOfFile()
        handle.write(Data((line + "\n").utf8))
        try handle.close()

        let text = try CLI.run(["log", "--data", s.data])
        #expect(text.status == 0, "\(text)")
        Self.expectSafe(text.out + text.err, "log")
        #expect(text.out.contains("status^[]0;PWNED^G"), "the field is shown, escaped:\n\(text.out)")

        let json = try CLI.run(["log", "--json", "--data", s.data])
        #expect(json.status == 0, "\(json)")
        Self.expectSafe(json.out, "log --json")
        let entries = try json.jsonArray()
        let planted = try #require(entries.last)
        #expect((planted["id"] as? String)?.hasPrefix("thea^[]8;;x^G") == true, "\(planted)")
        let field = ((planted["changes"] as? [[String: Any]])?.first?["field"] as? String) ?? ""
        #expect(field.contains("<U+009B>") && field.contains("<U+202E>"), "\(field)")
    }

    @Test("log --access shows planted initials and access-log values in visible form")
    func plantedAccessLog() throws {
        let s = Scratch()
        try demoTeam(s)
        let file = s.data + "/youths/thea.json"
        var youth = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        youth["initialsOverride"] = "\u{1B}]0;T\u{07}"
        try JSONSerialization.data(withJSONObject: youth).write(to: URL(fileURLWithPath: file))
        #expect(try CLI.run(["show", "thea", "--data", s.data]).status == 0)
        let entry = #"{"at":"2026-11-20T10:00:00+01:00","how":"show\u009b\u202e","schema":1,"staff":"ingrid\u001b[31m","user":"root","youth":"thea"}"#
        let handle = try #require(FileHandle(forWritingAtPath: s.data + "/access.jsonl"))
        handle.seekToEndOfFile()
        handle.write(Data((entry + "\n").utf8))
        try handle.close()

        let text = try CLI.run(["log", "--access", "--data", s.data])
        #expect(text.status == 0, "\(text)")
        Self.expectSafe(text.out + text.err, "log --access")
        #expect(text.out.contains("^[]0;T^G thea"), "the label is shown, escaped:\n\(text.out)")

        let json = try CLI.run(["log", "--access", "--json", "--data", s.data])
        #expect(json.status == 0, "\(json)")
        Self.expectSafe(json.out, "log --access --json")
        let hows = try json.jsonArray().compactMap { $0["how"] as? String }
        #expect(hows.contains("show<U+009B><U+202E>"), "\(hows)")
    }

    @Test("an invalid argument is quoted back in visible form, still exit 1")
    func relayedArgument() throws {
        let s = Scratch()
        try demoTeam(s)
        let r = try CLI.run(["status", "sofie", "\u{1B}]0;x\u{07}\u{9B}", "--data", s.data])
        #expect(r.status == 1, "\(r)")
        Self.expectSafe(r.out + r.err, "an argument error")
        #expect(r.err.contains("^[]0;x^G<U+009B>"), "\(r.err)")
    }
}
