import Foundation
import Testing

/// The core's refusals and undo, through the real binary (issue 14). The clock is pinned at 09:00.
@Suite("changes: refusals and undo")
struct ChangeCommandTests {
    func refused(_ s: Scratch, _ args: [String], _ words: String, code: Int32 = 2) throws {
        let journal = journalLines(s)
        let r = try CLI.run(args + ["--data", s.data, "--lang", "en"])
        #expect(r.status == code, "\(args): \(r)")
        #expect(r.err.contains(words), "\(args): \(r)")
        #expect(journalLines(s) == journal, "\(args) wrote nothing")
    }

    @Test("every refusal of the core, with the user's words and exit 2; a malformed value is exit 1")
    func refusals() throws {
        let s = Scratch()
        try demoTeam(s)
        try refused(s, ["contact", "filip", "--at", "23:59"], "in the future (it is 09:00 now)")
        try refused(s, ["contact", "filip", "--at", "2359"], "in the future")
        try refused(s, ["set", "filip", "intake", "24.12.2026"], "intake date 2026-12-24 is in the future")
        try refused(s, ["set", "filip", "born", "2019-01-01"], "--override-age")
        try refused(s, ["intensive", "filip", "--reason", "crisis"], "needs a plan")
        try refused(s, ["case-management", "sofie"], "--status")
        try refused(s, ["case-management", "sofie", "--status", "stable"], "--why")
        try refused(s, ["status", "sofie", "stable"], "--why")
        try refused(s, ["intensive", "filip", "--reason", "crisis", "--plan", "x", "--evaluate", "31.02"], "is not a date", code: 1)
        try refused(s, ["plan", "filip", "--who", "OB", "--when", "25:00"], "is not a time of day", code: 1)
        try refused(s, ["add", "--name", "Ny", "--born", "1.12"], "has no year", code: 1)
        // What the board accepts, the command line accepts: 1.12, 930, 9.30.
        #expect(try CLI.run(["intensive", "filip", "--reason", "crisis", "--plan", "Daglig", "--evaluate", "1.12", "--data", s.data]).status == 0)
        #expect(try listJSON(s).first { $0["id"] as? String == "filip" }?["evaluate"] as? String == "2026-12-01")
        #expect(try CLI.run(["plan", "filip", "--who", "OB", "--when", "9.30", "--data", s.data]).status == 0)
        #expect(try CLI.run(["contact", "filip", "--at", "1.11 14:30", "--data", s.data]).status == 0)
        let r = try CLI.run(["set", "filip", "born", "2019-01-01", "--override-age", "Søsken i teamet", "--data", s.data])
        #expect(r.status == 0, "\(r)")
        // The three commands that took a date through the argument parser read it the same way
        // (they refused 24.12 with another message, and accepted only full dates).
        let rota = try CLI.run(["rota", "set", "--date", "24.12", "on-call", "SL", "--data", s.data])
        #expect(rota.status == 0 && rota.out.contains("24.12.2026"), "\(rota)")
        try refused(s, ["rota", "set", "--date", "31.02.2026", "on-call", "SL"], "is not a date", code: 1)
        try refused(s, ["rota", "set", "--date", "", "on-call", "SL"], "is not a date", code: 1)
        try refused(s, ["export", "minutes", "1.13"], "is not a date", code: 1)
        try refused(s, ["log", "--since", "31.02"], "is not a date", code: 1)
        let log = try CLI.run(["log", "--since", "22.11", "--json", "--data", s.data]).jsonArray()
        #expect(!log.isEmpty && log.allSatisfy { ($0["at"] as? String ?? "") >= "2026-11-22" }, "\(log.count)")
    }

    @Test("undo takes back your last change; a note is retracted, struck through in the log; a stale undo is refused")
    func undo() throws {
        let s = Scratch()
        try demoTeam(s)
        #expect(try CLI.run(["note", "KH2", "Skulle til Karoline", "--data", s.data]).status == 0)
        let undo = try CLI.run(["undo", "--data", s.data, "--lang", "en"])
        #expect(undo.status == 0 && undo.out == "Undone: note for Kristian Haug (KH²).\n", "\(undo)")
        let shown = try CLI.run(["show", "kristian", "--all", "--data", s.data]).out
        #expect(!shown.contains("Skulle til Karoline"), "hidden from show")
        let export = try CLI.run(["export", "--format", "json", "--names", "--data", s.data]).out
        #expect(!export.contains("Skulle til Karoline"), "hidden from exports")
        let log = try CLI.run(["log", "kristian", "--data", s.data]).out
        #expect(log.contains("S\u{0336}k\u{0336}u\u{0336}l\u{0336}l\u{0336}e\u{0336}"), "struck through in the log:\n\(log)")
        #expect(log.contains("trukket tilbake av"))
        let json = try CLI.run(["log", "kristian", "--json", "--data", s.data]).jsonArray()
        #expect(json.last?["action"] as? String == "undo" && json.last?["undoes"] is String)

        // Your change to a field someone else changed since is not undone over theirs.
        #expect(try CLI.run(["set", "filip", "whereabouts", "ward", "--data", s.data]).status == 0)
        #expect(try CLI.run(["set", "filip", "whereabouts", "home", "--as", "OB", "--data", s.data]).status == 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: s.data + "/youths/filip.json"))
        let stale = try CLI.run(["undo", "filip", "--data", s.data, "--lang", "en"])
        #expect(stale.status == 3, "\(stale)")
        #expect(stale.err.contains("the whereabouts") && stale.err.contains("Ole Bråten (OB)"), "\(stale)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: s.data + "/youths/filip.json")) == before)
        let nothing = try CLI.run(["undo", "ida", "--data", s.data, "--lang", "en"])
        #expect(nothing.status == 2 && nothing.err.contains("no change of this youth"), "\(nothing)")
    }
}
