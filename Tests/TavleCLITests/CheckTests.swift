import Foundation
import Testing

@Suite("check")
struct CheckTests {
    @Test("check on a clean directory exits 0")
    func clean() throws {
        let s = Scratch()
        try demoTeam(s)
        _ = try CLI.run(["note", "sofie", "En endring", "--data", s.data])
        let r = try CLI.run(["check", "--data", s.data, "--lang", "en"])
        #expect(r.status == 0, "\(r)")
        #expect(r.out.contains("All is well"))
    }

    @Test("a damaged youth file: check exits 2 naming it; list still shows the others and names it")
    func corrupted() throws {
        let s = Scratch()
        try demoTeam(s)
        let files = try FileManager.default.contentsOfDirectory(atPath: s.data + "/youths").filter { $0.hasSuffix(".json") }
        let file = s.data + "/youths/sofie.json"
        try Data("{\"schema\": 2, \"id\": \"sofie\", trunc".utf8).write(to: URL(fileURLWithPath: file))
        let check = try CLI.run(["check", "--data", s.data])
        #expect(check.status == 2, "\(check)")
        #expect(check.out.contains(file))
        #expect(check.err.contains("tavle check"))
        // Twice: the first list builds the board index, the second reads it.
        for _ in 0..<2 {
            let list = try CLI.run(["list", "--json", "--data", s.data])
            #expect(list.status == 0, "\(list)")
            let ids = try list.jsonArray().compactMap { $0["id"] as? String }
            #expect(ids.count == files.count - 1)
            #expect(!ids.contains("sofie"))
            #expect(list.err.contains(file))
        }
        let show = try CLI.run(["show", "sofie", "--data", s.data])
        #expect(show.status == 2)
        #expect(show.err.contains(file))
        let write = try CLI.run(["note", "sofie", "x", "--data", s.data])
        #expect(write.status == 2)
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasSuffix("trunc"))
    }

    @Test("a file readable by others is a problem")
    func permissions() throws {
        let s = Scratch()
        try demoTeam(s)
        let file = s.data + "/youths/amina.json"
        chmod(file, 0o644)
        let r = try CLI.run(["check", "--data", s.data])
        #expect(r.status == 2)
        #expect(r.out.contains(file) && r.out.contains("644"))
        chmod(file, 0o600)
        #expect(try CLI.run(["check", "--data", s.data]).status == 0)
        // Anything else in the directory that others can reach is named too (it was not), and
        // rota.json once, not twice.
        let stray = s.data + "/extra.txt", folder = s.data + "/stuff"
        #expect(FileManager.default.createFile(atPath: stray, contents: Data("x".utf8), attributes: [.posixPermissions: 0o644]))
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
        chmod(s.data + "/rota.json", 0o644)
        let wide = try CLI.run(["check", "--data", s.data])
        #expect(wide.status == 2 && wide.out.contains(stray) && wide.out.contains(folder), "\(wide.out)")
        #expect(wide.out.components(separatedBy: "rota.json").count - 1 == 1, "\(wide.out)")
    }

    /// Issue 16: every finding of `check` and every file error is in the user's language: the
    /// core returns typed values and the command line words them.
    @Test("check's findings are in bokmål, or in English on request")
    func findingsInTheUsersLanguage() throws {
        let s = Scratch()
        try demoTeam(s)
        _ = try CLI.run(["note", "sofie", "En endring", "--data", s.data])
        let y = s.data + "/youths"
        try Data().write(to: URL(fileURLWithPath: y + "/amina.json"))                       // empty
        try Data("{\"schema\": 3, \"id\": \"noah\"}".utf8).write(to: URL(fileURLWithPath: y + "/noah.json"))  // fields missing
        chmod(y + "/maja.json", 0o644)                                                          // readable by others
        var kristian = try String(contentsOfFile: y + "/kristian.json", encoding: .utf8)         // differs from the journal
        kristian = kristian.replacingOccurrences(of: "\"version\" : ", with: "\"version\" : 9")
        try kristian.write(toFile: y + "/kristian.json", atomically: false, encoding: .utf8)
        let journal = FileHandle(forWritingAtPath: s.data + "/journal.jsonl")!
        journal.seekToEndOfFile(); journal.write(Data("not json\n{\"schema\":1,\"at\":\"2026".utf8)); journal.closeFile()
        let english = ["the file is empty", "is missing", "permissions are", "is version", "cannot be read", "torn",
                       "the journal's last entry", "field ", "not valid"]
        let nb = try CLI.run(["check", "--data", s.data])
        #expect(nb.status == 2, "\(nb)")
        for words in ["filen er tom", "mangler", "tilgangen er 644, ventet 600", "er versjon 9", "kan ikke leses", "avbrutt"] {
            #expect(nb.out.contains(words), "bokmål lacks \"\(words)\":\n\(nb.out)")
        }
        for words in english { #expect(!nb.out.contains(words), "English \"\(words)\" in bokmål:\n\(nb.out)") }
        let en = try CLI.run(["check", "--data", s.data, "--lang", "en"])
        for words in ["the file is empty", "is missing", "permissions are 644, expected 600", "is version 9", "cannot be read", "torn"] {
            #expect(en.out.contains(words), "English lacks \"\(words)\":\n\(en.out)")
        }
    }
}
