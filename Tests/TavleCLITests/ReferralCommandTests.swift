import Foundation
import Testing

/// Issue 21, point 2: the referral queue through the real binary (the demo team; today 22.11.2026).
@Suite("referral queue (issue 21)")
struct ReferralCommandTests {
    func ok(_ s: Scratch, _ args: [String], env: [String: String] = [:]) throws -> CLI.Result {
        let r = try CLI.run(args + ["--data", s.data], env: env)
        guard r.status == 0 else { throw CLIFailure("\(args): \(r)") }
        return r
    }

    func add(_ s: Scratch, _ name: String, born: String, from: String, received: String? = nil) throws -> String {
        let r = try ok(s, ["referral", "add", "--name", name, "--born", born, "--from", from]
                       + (received.map { ["--received", $0] } ?? []) + ["--contact", "rådgiver Eva"])
        return r.out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("add prints the id; list --json shows the waiting ones with days waiting, oldest first")
    func addAndList() throws {
        let s = Scratch(); try demoTeam(s)
        let before = try CLI.run(["referral", "list", "--json", "--data", s.data]).jsonArray().count
        let mia = try add(s, "Mia Testesen", born: "2009-04-02", from: "school", received: "2026-11-12")
        let jon = try add(s, "Jon Testesen", born: "2007-11-20", from: "gp")
        let list = try ok(s, ["referral", "list", "--json"]).jsonArray()
        #expect(list.count == before + 2)
        let m = try #require(list.first { $0["id"] as? String == mia })
        #expect(m["name"] as? String == "Mia Testesen" && m["born"] as? String == "2009-04-02" && m["from"] as? String == "school")
        #expect(m["received"] as? String == "2026-11-12" && m["daysWaiting"] as? Int == 10)
        let j = try #require(list.first { $0["id"] as? String == jon })
        #expect(j["received"] as? String == "2026-11-22" && j["daysWaiting"] as? Int == 0)
        #expect(list.firstIndex { $0["id"] as? String == mia }! < list.firstIndex { $0["id"] as? String == jon }!)
        // Reading the queue is logged.
        let access = try String(contentsOfFile: s.data + "/access.jsonl", encoding: .utf8)
        #expect(access.contains(#""how":"referrals""#))
        let text = try ok(s, ["referral", "list", "--lang", "en"])
        #expect(text.out.contains("Mia Testesen") && text.out.contains("Referrals waiting"), "\(text)")
    }

    @Test("bad input is refused in words, nothing written")
    func refusals() throws {
        let s = Scratch(); try demoTeam(s)
        let lines = journalLines(s)
        let future = try CLI.run(["referral", "add", "--name", "A B", "--born", "2009-01-01", "--from", "gp", "--received", "2026-12-01",
                                  "--data", s.data, "--lang", "en"])
        #expect(future.status != 0 && future.err.contains("2026-12-01"), "\(future)")
        let source = try CLI.run(["referral", "add", "--name", "A B", "--born", "2009-01-01", "--from", "postman", "--data", s.data])
        #expect(source.status != 0 && !source.err.contains("Fatal"), "\(source)")
        let mia = try add(s, "Mia Testesen", born: "2009-04-02", from: "school")
        let noTo = try CLI.run(["referral", "decide", mia, "decline", "--data", s.data, "--lang", "en"])
        #expect(noTo.status == 2 && noTo.err.contains("--to"), "\(noTo)")
        let toOnAccept = try CLI.run(["referral", "decide", mia, "accept", "--to", "gp", "--data", s.data, "--lang", "en"])
        #expect(toOnAccept.status == 2 && toOnAccept.err.contains("--to"), "\(toOnAccept)")
        // An explicit "no" to criterion 2 is for clarification only.
        let no = try CLI.run(["referral", "decide", mia, "accept", "--long-term-need", "no", "--data", s.data, "--lang", "en"])
        #expect(no.status == 2, "\(no)")
        let unknown = try CLI.run(["referral", "decide", "nobody", "accept", "--data", s.data, "--lang", "en"])
        #expect(unknown.status == 2 && unknown.err.contains("No referral"), "\(unknown)")
        #expect(journalLines(s) == lines + 1, "only the one referral added was journaled")
        #expect(try ok(s, ["referral", "list", "--json"]).jsonArray().contains { $0["id"] as? String == mia })
    }

    @Test("accept: the youth is taken in today with the referral's id and details, active, and leaves the queue")
    func accept() throws {
        let s = Scratch(); try demoTeam(s)
        let mia = try add(s, "Mia Testesen", born: "2009-04-02", from: "school", received: "2026-11-12")
        let r = try ok(s, ["referral", "decide", mia, "accept", "--contact", "ole", "--long-term-need", "yes", "--impairment", "school"])
        #expect(r.out.trimmingCharacters(in: .whitespacesAndNewlines) == mia)
        let y = try ok(s, ["show", mia, "--json"]).jsonObject()
        #expect(y["name"] as? String == "Mia Testesen" && y["intake"] as? String == "2026-11-22" && y["phase"] as? String == "active")
        let ref = try #require(y["referral"] as? [String: Any])
        #expect(ref["source"] as? String == "school" && ref["contact"] as? String == "rådgiver Eva" && ref["received"] as? String == "2026-11-12")
        #expect(ref["daysToFirstContact"] == nil)
        #expect(!(try ok(s, ["referral", "list", "--json"]).jsonArray().contains { $0["id"] as? String == mia }))
        let all = try ok(s, ["referral", "list", "--all", "--json"]).jsonArray()
        #expect(all.first { $0["id"] as? String == mia }?["decision"] as? String == "accept")
        // The time from referral to first contact is kept: a visit on 24.11 is 12 days after 12.11.
        _ = try ok(s, ["contact", mia, "--kind", "visit", "--arena", "home"], env: ["TAVLE_TODAY": "2026-11-24", "TAVLE_NOW": "2026-11-24T10:00:00+01:00"])
        let after = try #require(try ok(s, ["show", mia, "--json"]).jsonObject()["referral"] as? [String: Any])
        #expect(after["daysToFirstContact"] as? Int == 12, "\(after)")
        // Decided twice is refused.
        let again = try CLI.run(["referral", "decide", mia, "clarify", "--data", s.data, "--lang", "en"])
        #expect(again.status == 2 && again.err.contains("already decided"), "\(again)")
        #expect(try ok(s, ["check"]).status == 0)
    }

    @Test("clarify: taken in for clarification, where an explicit no is allowed and criteria left out are not assessed")
    func clarify() throws {
        let s = Scratch(); try demoTeam(s)
        let jon = try add(s, "Jon Testesen", born: "2007-11-20", from: "gp")
        _ = try ok(s, ["referral", "decide", "Jon Test", "clarify", "--long-term-need", "no"])
        let y = try ok(s, ["show", jon, "--json"]).jsonObject()
        #expect(y["phase"] as? String == "clarification")
        let due = try ok(s, ["show", jon, "--lang", "en"])
        #expect(due.out.contains("not assessed"), "\(due)")
    }

    @Test("decline records where the youth was sent, creates no youth, and is purged after the retention period with nothing left")
    func declineAndPurge() throws {
        let s = Scratch(); try demoTeam(s)
        let pia = try add(s, "Pia Unikanavn", born: "2008-06-01", from: "child-welfare")
        _ = try ok(s, ["referral", "decide", pia, "decline", "--to", "child-welfare-aftercare", "--note", "Barnevernet følger opp"])
        let show = try CLI.run(["show", pia, "--data", s.data])
        #expect(show.status != 0, "no youth was made: \(show)")
        let all = try ok(s, ["referral", "list", "--all", "--json"]).jsonArray()
        let d = try #require(all.first { $0["id"] as? String == pia })
        #expect(d["decision"] as? String == "decline" && d["sentTo"] as? String == "child-welfare-aftercare" && d["decided"] as? String == "2026-11-22")
        // Not yet past the retention period: nothing to purge.
        let early = try ok(s, ["purge", "--dry-run", "--lang", "en"])
        #expect(!early.out.contains(pia), "\(early)")
        let later = ["TAVLE_TODAY": "2030-01-10", "TAVLE_NOW": "2030-01-10T09:00:00+01:00"]
        let dry = try ok(s, ["purge", "--dry-run", "--lang", "en"], env: later)
        #expect(dry.out.contains(pia) && dry.out.contains("declined referral"), "\(dry)")
        _ = try ok(s, ["purge", "--yes", pia], env: later)
        #expect(PurgeFindsEverythingTests.holding("Unikanavn", under: s.data).isEmpty,
                "\(PurgeFindsEverythingTests.holding("Unikanavn", under: s.data))")
        #expect(!FileManager.default.fileExists(atPath: s.data + "/referrals/\(pia).json"))
        let check = try CLI.run(["check", "--data", s.data], env: later)
        #expect(check.status == 0, "\(check)")
    }
}
