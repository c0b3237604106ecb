import Foundation
import Testing

/// Issue 25, point 3: a purge finds everything under the data directory, and
/// `tavle check --purged NAME` names any file still holding the name.
@Suite("purge finds everything (issue 25)")
struct PurgeFindsEverythingTests {
    /// Every file under `dir` whose bytes, or any base64 run inside them, hold `needle`: an
    /// independent search (not the one `check --purged` uses).
    static func holding(_ needle: String, under dir: String) -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: dir) else { return out }
        let regex = try! NSRegularExpression(pattern: "[A-Za-z0-9+/]{8,}={0,2}")
        for case let rel as String in walker {
            let path = dir + "/" + rel
            guard let data = fm.contents(atPath: path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            var found = text.localizedCaseInsensitiveContains(needle)
            if !found {
                for m in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    let run = String(text[Range(m.range, in: text)!])
                    if let d = Data(base64Encoded: run), String(decoding: d, as: UTF8.self).localizedCaseInsensitiveContains(needle) { found = true; break }
                }
            }
            if found { out.append(path) }
        }
        return out
    }

    @Test("a discharged youth with a draft, a meeting, a backup and a migrate-style backup in the data directory: after the purge no file holds the name")
    func everything() throws {
        let s = Scratch()
        try demoTeam(s)
        func ok(_ args: [String], now: String = "2026-11-22T09:00:00+01:00") throws -> CLI.Result {
            let r = try CLI.run(args + ["--data", s.data], env: ["TAVLE_NOW": now])
            guard r.status == 0 else { throw CLIFailure("\(args): \(r)") }
            return r
        }
        try ok(["note", "lukas", "Lukas Berg fortalte om skolen"])
        try ok(["show", "lukas"])   // an access entry naming the youth
        try ok(["meeting", "start", "--chair", "ingrid"])
        // The network and the four answers are third parties' data: purged with the youth (issue 23).
        try ok(["network", "add", "lukas", "--name", "Gunnhild Vassbotn", "--relation", "mother", "--phone", "98765432"])
        try ok(["meeting", "discuss", "lukas", "--decision", "Ring Lukas Berg sin mor", "--needs", "Hybel til Vassbotn-gutten",
                "--safety", "concern", "--family", "ok"])
        try ok(["meeting", "end", "--yes"])
        try ok(["discharge", "lukas", "--reason", "goals-met", "--to", "outreach"])
        try FileManager.default.createDirectory(atPath: s.data + "/backups", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])   // as tavle makes it: check names a folder others can enter
        try ok(["backup", s.data + "/backups/manual.json"])
        try ok(["backup", s.data + "/backups/before-schema-3-2026-11-22.json"])
        try FileManager.default.createDirectory(atPath: s.data + "/drafts", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try Data(#"{"youthID":"lukas","kind":"note","texts":{"text":"Lukas Berg sa"},"choices":{}}"#.utf8)
            .write(to: URL(fileURLWithPath: s.data + "/drafts/nurse.json"))
        #expect(Self.holding("Lukas Berg", under: s.data).count >= 4)
        let before = try CLI.run(["check", "--purged", "Lukas Berg", "--data", s.data])
        #expect(before.status == 2 && before.out.contains("backups/manual.json") && before.out.contains("drafts/nurse.json"), "\(before)")

        try ok(["purge", "--yes", "lukas"], now: "2028-11-22T09:00:00+01:00")
        #expect(Self.holding("Lukas Berg", under: s.data) == [], "no file holds the name: \(Self.holding("Lukas Berg", under: s.data))")
        for third in ["Gunnhild Vassbotn", "98765432", "Vassbotn-gutten"] {
            #expect(Self.holding(third, under: s.data) == [], "\(third): \(Self.holding(third, under: s.data))")
        }
        #expect(!FileManager.default.fileExists(atPath: s.data + "/drafts/nurse.json"))
        // Nor the old id: the journal, the meetings, the access log and the backups name an opaque
        // tombstone id instead, and no file is named for the youth.
        #expect(Self.holding("\"lukas\"", under: s.data) == [], "no file holds the old id: \(Self.holding("\"lukas\"", under: s.data))")
        #expect(Self.holding("lukas@", under: s.data) == [] && Self.holding("youths/lukas", under: s.data) == [])
        let paths = FileManager.default.subpaths(atPath: s.data) ?? []
        #expect(!paths.contains { $0.contains("lukas") }, "\(paths)")
        let journal = try String(contentsOfFile: s.data + "/journal.jsonl", encoding: .utf8)
        #expect(journal.split(separator: "\n").contains { $0.contains("\"action\":\"purge\"") && $0.contains("\"id\":\"slettet-") },
                "the purge entry names the tombstone")
        let access = try String(contentsOfFile: s.data + "/access.jsonl", encoding: .utf8)
        #expect(access.contains("\"youth\":\"slettet-"), "the read is still in the access log, under the tombstone")
        #expect(try CLI.run(["check", "--data", s.data]).status == 0)
        let after = try CLI.run(["check", "--purged", "Lukas Berg", "--data", s.data, "--lang", "en"])
        #expect(after.status == 0 && after.out.contains("was not found"), "\(after)")
        #expect(try CLI.run(["check", "--purged", "Lukas Berg", "-q", "--data", s.data]).status == 0)
        // The rewritten backup still restores to a directory check finds clean.
        let restored = s.path + "/restored"
        let r = try CLI.run(["restore", s.data + "/backups/manual.json", "--data", restored])
        #expect(r.status == 0, "\(r)")
        #expect(try CLI.run(["check", "--data", restored]).status == 0)
    }

    @Test("a colleague's draft about the purged youth goes by its marker, though it cannot be read; one about another youth stays")
    func colleaguesDrafts() throws {
        let s = Scratch()
        try demoTeam(s)
        #expect(try CLI.run(["discharge", "lukas", "--reason", "goals-met", "--to", "outreach", "--data", s.data]).status == 0)
        let drafts = s.data + "/drafts"
        try FileManager.default.createDirectory(atPath: drafts, withIntermediateDirectories: true)
        // What this purge cannot decode stands for a colleague's 0600 draft (the test runs as root,
        // who could read it anyway): only its marker says it is about Lukas.
        for (user, youth) in [("kollega", "lukas"), ("annen", "sofie")] {
            try Data([0xff, 0xfe, 0x00, 0x42]).write(to: URL(fileURLWithPath: drafts + "/\(user).json"))
            try Data().write(to: URL(fileURLWithPath: drafts + "/\(user)@\(youth).about"))
        }
        let r = try CLI.run(["purge", "--yes", "lukas", "--data", s.data], env: ["TAVLE_NOW": "2028-11-22T09:00:00+01:00"])
        #expect(r.status == 0, "\(r)")
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: drafts))
        #expect(left == ["annen.json", "annen@sofie.about"], "\(left)")
    }
}
