import Foundation
import Testing

/// Issue 25, point 4: `tavle check` tells the truth, in the user's language, naming the file.
@Suite("check tells the truth (issue 25)")
struct CheckTruthTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TavleCoreTests/Fixtures/schema1").path

    @Test("old-schema data: check says `tavle migrate` and never that the files differ; after migrate it is clean of that")
    func oldSchema() throws {
        let s = Scratch()
        try FileManager.default.copyItem(atPath: Self.fixtures, toPath: s.data)
        _ = chmod(s.data, 0o700)
        for lang in ["nb", "en"] {
            let r = try CLI.run(["check", "--data", s.data, "--lang", lang])
            #expect(r.status == 2, "\(r)")
            #expect(r.out.contains("tavle migrate"), "\(r)")
            #expect(r.out.contains(s.data + "/team.json"), "names the file: \(r)")
            #expect(!r.out.contains("differs") && !r.out.contains("avviker"), "\(r)")
        }
    }

    @Test("tmp/ removed: check flags it (exit 2, also with --quiet and nothing printed); the next write recreates it with the directory's mode")
    func tmpMissing() throws {
        let s = Scratch()
        try demoTeam(s)
        try FileManager.default.removeItem(atPath: s.data + "/tmp")
        let r = try CLI.run(["check", "--data", s.data, "--lang", "en"])
        #expect(r.status == 2 && r.out.contains(s.data + "/tmp") && r.out.contains("missing"), "\(r)")
        let nb = try CLI.run(["check", "--data", s.data])
        #expect(nb.out.contains("mangler"), "\(nb)")
        let q = try CLI.run(["check", "--quiet", "--data", s.data])
        #expect(q.status == 2 && q.out.isEmpty && q.err.isEmpty, "\(q)")
        let w = try CLI.run(["note", "sofie", "Etter tmp", "--data", s.data])
        #expect(w.status == 0, "a write recreates tmp/: \(w)")
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: s.data + "/tmp")[.posixPermissions] as? Int)
        let dirMode = try #require(try FileManager.default.attributesOfItem(atPath: s.data)[.posixPermissions] as? Int)
        #expect(mode == dirMode)
        let ok = try CLI.run(["check", "-q", "--data", s.data])
        #expect(ok.status == 0 && ok.out.isEmpty, "\(ok)")
    }

    @Test("a youth the journal knows whose file is gone: check names it and its file; list marks it")
    func fileGone() throws {
        let s = Scratch()
        try demoTeam(s)
        _ = try CLI.run(["list", "--data", s.data])   // the board index, as after a day's use
        let file = s.data + "/youths/sofie.json"
        let saved = try Data(contentsOf: URL(fileURLWithPath: file))
        try FileManager.default.removeItem(atPath: file)
        let r = try CLI.run(["check", "--data", s.data])
        #expect(r.status == 2 && r.out.contains("sofie") && r.out.contains(file), "\(r)")
        let list = try CLI.run(["list", "--data", s.data])
        #expect(list.status == 0)
        #expect(list.err.contains(file) && list.err.contains("sofie"), "list says the youth is missing: \(list)")
        // Another file changed behind tavle's back makes the next reader rebuild the index: the
        // missing one stays named.
        let before = try String(contentsOfFile: s.data + "/index.json", encoding: .utf8)
        #expect(chmod(s.data + "/youths/ida.json", 0o600) == 0)   // a new ctime
        for _ in 0..<2 {
            let again = try CLI.run(["list", "--data", s.data])
            #expect(again.err.contains(file) && again.err.contains("sofie"), "still named after the index is rebuilt: \(again)")
        }
        #expect(try String(contentsOfFile: s.data + "/index.json", encoding: .utf8) != before, "the index was rebuilt")
        // The file back: listed again, no longer named.
        try saved.write(to: URL(fileURLWithPath: file))
        let back = try CLI.run(["list", "--data", s.data])
        #expect(back.out.contains("Sofie") && !back.err.contains(file), "\(back)")
    }
}
