import Foundation
import Testing

@Suite("list, due, show, stats")
struct ListingTests {
    static let ruleIDs: Set<String> = ["crisis", "crisis-plan-missing", "new-intake", "evaluation-overdue", "board-period-long",
                                       "no-contact", "order-expiring", "discharge-phase", "turning-18", "ageing-out", "review-overdue",
                                       "treatment-plan-overdue", "clarification-overdue", "intake-criteria-unassessed",
                                       "consent-renewal", "consent-missing", "safety-concern"]

    @Test("list --json gives every youth with the documented fields and untranslated values")
    func listJSONShape() throws {
        let s = Scratch()
        try demoTeam(s)
        let youths = try listJSON(s)
        #expect(youths.count >= 10)
        for y in youths {
            #expect(y["id"] is String)
            #expect(y["name"] is String)
            #expect(y["initials"] is String)
            #expect(y["version"] is Int)
            #expect(y["age"] is Int)
            #expect(["intensive", "case-management"].contains(y["mode"] as? String ?? ""))
            #expect(["stable", "worried", "crisis"].contains(y["status"] as? String ?? ""))
            let due = try #require(y["due"] as? [[String: Any]])
            for d in due {
                #expect(Self.ruleIDs.contains(d["rule"] as? String ?? ""), "\(d)")
                #expect(["info", "warning", "urgent"].contains(d["severity"] as? String ?? ""))
                #expect(!((d["message"] as? String) ?? "").isEmpty)
            }
            if y["mode"] as? String == "intensive" {
                #expect(y["reason"] is String)
                #expect(y["daysOnBoard"] is Int)
            } else {
                #expect(y["reason"] == nil)
            }
        }
        // Crisis first: the board's urgency order.
        #expect(youths.first?["status"] as? String == "crisis")
        let intensiveOnly = try CLI.run(["list", "--json", "--mode", "intensive", "--data", s.data]).jsonArray()
        #expect(!intensiveOnly.isEmpty && intensiveOnly.allSatisfy { $0["mode"] as? String == "intensive" })
    }

    @Test("list --json writes quotes, backslashes and line separators in text as JSONEncoder does")
    func listJSONEscapesAsTheEncoder() throws {
        let s = Scratch()
        try demoTeam(s)
        let warning = "Sier \"nei\" til C:\\temp\u{2028}og \\\"mer\u{2029}"
        #expect(try CLI.run(["set", "sofie", "warning", warning, "--data", s.data]).status == 0)
        // What was stored (as `show` gives it), written by JSONEncoder with the listing's options.
        let stored = try #require(try CLI.run(["show", "sofie", "--json", "--data", s.data]).jsonObject()["warning"] as? String)
        #expect(stored.contains("\"") && stored.contains("\\"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let literal = String(decoding: try encoder.encode([stored]).dropFirst().dropLast(), as: UTF8.self)
        for args in [["list", "--json"], ["due", "--json"], ["export", "--format", "json"]] {
            let r = try CLI.run(args + ["--data", s.data])
            #expect(r.status == 0, "\(r.err)")
            #expect(r.out.contains("\"warning\" : " + literal + ",\n"), "\(args): \(literal)")
            #expect(try r.jsonArray().contains { $0["warning"] as? String == stored }, "\(args)")
        }
    }

    @Test("list --json and export --format json stay one valid array past one printed batch (600 youths)")
    func longListingsStream() throws {
        let s = Scratch()
        let made = try CLI.run(["dev", "generate", "--youths", "600", "--years", "1", "--seed", "3", "--data", s.data])
        #expect(made.status == 0, "\(made)")
        var counts: [Int] = []
        for args in [["list", "--json"], ["export", "--format", "json", "--names"]] {
            let r = try CLI.run(args + ["--data", s.data])
            #expect(r.status == 0, "\(r.err)")
            let youths = try r.jsonArray()
            counts.append(youths.count)
            // Discharged youths are not listed; the rest are well past one batch of 256.
            #expect(youths.count > 512, "\(args)")
            #expect(Set(youths.compactMap { $0["id"] as? String }).count == youths.count, "\(args)")
            #expect(r.out.hasPrefix("[\n  {\n") && r.out.hasSuffix("\n  }\n]\n"), "\(args): pretty-printed as one array")
        }
        #expect(counts[0] == counts[1])
        let none = try CLI.run(["log", "--json", "--since", "2040-01-01", "--data", s.data])
        #expect(none.out == "[\n\n]\n")
    }

    @Test("list shows status as symbol and word, fitted to 80 columns")
    func listText() throws {
        let s = Scratch()
        try demoTeam(s)
        let r = try CLI.run(["list", "--data", s.data])
        #expect(r.status == 0, "\(r)")
        #expect(r.out.contains("PÅ TAVLA"))
        #expect(r.out.contains("■ krise"))
        #expect(r.out.contains("● stabil"))
        for line in r.out.split(separator: "\n") {
            #expect(line.count <= 80, "too wide: \(line)")
        }
    }

    @Test("due lists each youth with its reasons in words (rule ids in --json only); --json only due youths")
    func due() throws {
        let s = Scratch()
        try demoTeam(s)
        let text = try CLI.run(["due", "--data", s.data])
        #expect(text.status == 0)
        #expect(!text.out.contains("[crisis]"), "rule ids are for --json")
        #expect(text.out.contains("Status er krise"))
        let json = try CLI.run(["due", "--json", "--data", s.data]).jsonArray()
        #expect(!json.isEmpty)
        #expect(json.allSatisfy { !(($0["due"] as? [Any]) ?? []).isEmpty })
        let rules = Set(json.flatMap { ($0["due"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String } })
        #expect(rules.contains("crisis"))
        #expect(rules.isSubset(of: Self.ruleIDs))
    }

    @Test("show finds a youth by id, unique initials, KH² labels and name prefix")
    func showByInitials() throws {
        let s = Scratch()
        try emptyTeam(s)
        let a = try CLI.run(["add", "--name", "Kari Hansen", "--born", "2009-05-05", "--data", s.data]).out
            .trimmingCharacters(in: .newlines)
        let b = try CLI.run(["add", "--name", "Kristian Holm", "--born", "2010-01-06", "--data", s.data]).out
            .trimmingCharacters(in: .newlines)
        let c = try CLI.run(["add", "--name", "Ola Nordmann", "--born", "2008-02-02", "--data", s.data]).out
            .trimmingCharacters(in: .newlines)
        let labels = Dictionary(uniqueKeysWithValues: try listJSON(s).map { ($0["label"] as! String, $0["id"] as! String) })
        #expect(Set(labels.keys) == ["KH¹", "KH²", "ON"])
        #expect(labels["KH¹"] == a && labels["KH²"] == b, "numbered in the order they came in")
        for (query, id) in [("KH²", b), ("KH2", b), ("kh1", a), ("ON", c), ("on", c), ("kristian", b), ("Kari", a), (a, a)] {
            let r = try CLI.run(["show", query, "--json", "--data", s.data])
            #expect(r.status == 0, "\(query): \(r)")
            #expect(try r.jsonObject()["id"] as? String == id, "\(query)")
        }
        let text = try CLI.run(["show", "KH²", "--data", s.data])
        #expect(text.out.contains("KH²"))
        let ambiguous = try CLI.run(["show", "k", "--data", s.data])
        #expect(ambiguous.status == 2)
        #expect(ambiguous.err.contains(a) && ambiguous.err.contains(b))
        let missing = try CLI.run(["show", "zz", "--data", s.data])
        #expect(missing.status == 2)
        #expect(missing.err.contains("tavle list"))
    }

    @Test("show --json carries notes, contacts and the rest of the record; show is access-logged")
    func showJSON() throws {
        let s = Scratch()
        try demoTeam(s)
        let y = try CLI.run(["show", "sofie", "--json", "--data", s.data]).jsonObject()
        #expect((y["notes"] as? [[String: Any]])?.isEmpty == false)
        #expect((y["contacts"] as? [[String: Any]])?.isEmpty == false)
        #expect(y["boardPeriods"] is [Any])
        #expect(y["intakeCriteria"] is [String: Any])
        #expect((y["born"] as? String)?.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil)
        let note = try #require((y["notes"] as? [[String: Any]])?.first)
        #expect((note["at"] as? String)?.range(of: #"T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$"#, options: .regularExpression) != nil)
        let access = try CLI.run(["log", "--access", "--json", "--data", s.data]).jsonArray()
        #expect(access.contains { $0["youth"] as? String == "sofie" && $0["how"] as? String == "show" })
    }

    @Test("stats --json gives board share, days on the board, youths due and contacts per week")
    func stats() throws {
        let s = Scratch()
        try demoTeam(s)
        let r = try CLI.run(["stats", "--json", "--data", s.data])
        #expect(r.status == 0, "\(r)")
        let st = try r.jsonObject()
        let today = try #require(st["boardShare"] as? [String: Any])
        let active = try #require(today["active"] as? Int), onBoard = try #require(today["onBoard"] as? Int)
        #expect(active >= 10 && onBoard >= 1 && today["caseManagement"] as? Int == active - onBoard)
        let share = try #require(today["share"] as? Double)
        #expect(abs(share - Double(onBoard) / Double(active)) < 0.01)
        #expect((st["daysOnBoard"] as? [String: Any])?["longest"] is Int)
        #expect(((st["due"] as? [String: Any])?["youths"] as? Int ?? 0) > 0)
        // One week definition: ISO weeks, 12 of board share and 8 (--weeks) of contacts.
        #expect((st["weeks"] as? [[String: Any]])?.count == 12)
        #expect((st["contacts"] as? [[String: Any]])?.count == 8)
        #expect((st["contacts"] as? [[String: Any]])?.allSatisfy { ($0["week"] as? String)?.contains("-W") == true } == true)
        let four = try CLI.run(["stats", "--json", "--weeks", "4", "--data", s.data]).jsonObject()
        #expect((four["contacts"] as? [Any])?.count == 4)
        let text = try CLI.run(["stats", "--data", s.data, "--lang", "en"])
        #expect(text.out.contains("On the board"))
    }
}
