import Foundation
import Testing

/// Issue 24: `tavle fidelity` on the demo team, its JSON shape, markdown, and the HTML report parsed.
@Suite("fidelity")
struct FidelityCommandTests {
    static let ids = ["meetings-held", "board-discussed", "board-share", "shared-caseload", "community-contacts", "out-of-hours",
                      "crisis-plan-coverage", "referral-to-contact", "four-questions", "school-work", "discharges", "caseload",
                      "review-timeliness"]

    @Test("fidelity --json has from, to and every item with value, numerator, denominator, target, trend and records")
    func json() throws {
        let s = Scratch()
        try demoTeam(s)
        let r = try CLI.run(["fidelity", "--json", "--data", s.data])
        #expect(r.status == 0, "\(r)")
        let o = try r.jsonObject()
        #expect(o["from"] as? String == "2025-11-23" && o["to"] as? String == "2026-11-22", "the last 12 months: \(o)")
        let items = try #require(o["items"] as? [[String: Any]])
        #expect(items.compactMap { $0["id"] as? String } == Self.ids)
        for i in items {
            for k in ["id", "value", "numerator", "denominator", "target", "trend", "records"] { #expect(i.keys.contains(k), "\(i["id"]!) \(k)") }
            let trend = try #require(i["trend"] as? [[String: Any]])
            #expect(trend.count == 13 && trend.first?["month"] as? String == "2025-11" && trend.allSatisfy { $0.keys.contains("value") })
            if let n = i["numerator"] as? Int, let d = i["denominator"] as? Int { #expect(n <= d) }
        }
        for id in ["caseload", "referral-to-contact", "discharges"] {
            let i = try #require(items.first { $0["id"] as? String == id })
            #expect(i["numerator"] is NSNull && i["denominator"] is NSNull, "\(id) is not a share: null")
        }
        // The same definitions as `stats`: over stats' own 8 weeks the community share agrees.
        let stats = try CLI.run(["stats", "--json", "--data", s.data]).jsonObject()
        let from = try #require((stats["contacts"] as? [[String: Any]])?.first?["start"] as? String)
        let f = try CLI.run(["fidelity", "--json", "--from", from, "--data", s.data]).jsonObject()
        let c = try #require((f["items"] as? [[String: Any]])?.first { $0["id"] as? String == "community-contacts" })
        let sc = try #require(stats["communityShare"] as? [String: Any])
        #expect(c["numerator"] as? Int == sc["numerator"] as? Int && c["denominator"] as? Int == sc["denominator"] as? Int, "\(c) \(sc)")
        // Records are labels, never names; the run is access-logged.
        #expect(!r.out.contains("Sofie") && !r.out.contains("Bråten"))
        let access = try CLI.run(["log", "--access", "--json", "--data", s.data]).jsonArray()
        #expect(access.contains { $0["how"] as? String == "fidelity" })
    }

    @Test("fidelity prints text and markdown; --help has examples; a bad period or format is a usage error")
    func textAndMarkdown() throws {
        let s = Scratch()
        try demoTeam(s)
        let t = try CLI.run(["fidelity", "--lang", "en", "--data", s.data])
        #expect(t.status == 0 && t.out.contains("Fidelity evidence for") && t.out.contains("Board meetings held"), "\(t)")
        let m = try CLI.run(["fidelity", "--format", "markdown", "--lang", "en", "--data", s.data])
        #expect(m.status == 0 && m.out.hasPrefix("# Fidelity evidence") && m.out.contains("| `meetings-held` |") && m.out.contains("## Trend by month"), "\(m)")
        let help = try CLI.run(["fidelity", "--help", "--lang", "en"])
        #expect(help.status == 0 && help.out.contains("tavle fidelity --format html --output fidelity.html"), "\(help)")
        #expect(try CLI.run(["fidelity", "--from", "2026-06-01", "--to", "2026-05-01", "--data", s.data]).status == 1)
        #expect(try CLI.run(["fidelity", "--format", "pdf", "--data", s.data]).status == 1)
        #expect(try CLI.run(["fidelity", "--format", "html", "--json", "--data", s.data]).status == 1)
    }

    @Test("the HTML report is well-formed, has one <svg> per chart, no external URL, no names and no note text")
    func html() throws {
        let s = Scratch()
        try demoTeam(s)
        let file = s.path + "/fidelity.html"
        let r = try CLI.run(["fidelity", "--format", "html", "--output", file, "--data", s.data])
        #expect(r.status == 0, "\(r)")
        let html = try String(contentsOfFile: file, encoding: .utf8)
        let parsed = WellFormed.check(html)
        #expect(parsed.problem == nil, "well-formed: \(parsed.problem ?? "")")
        #expect(parsed.count("svg") == 4, "board share by week, meetings by month, contacts by arena, referral to contact")
        #expect(parsed.count("figure") == 4)
        for bad in ["http:", "https:", "src=", "href=", "@import", "url("] { #expect(!html.contains(bad), "\(bad)") }
        // No full names and no note text of the demo team (Data/demo/demo.json, which `init --demo` loads).
        let demoFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Data/demo/demo.json")
        let demo = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: demoFile)) as? [String: Any])
        let youths = try #require(demo["youths"] as? [[String: Any]])
        #expect(youths.count > 10)
        for y in youths {
            let name = try #require(y["name"] as? String)
            #expect(!html.contains(name), "\(name)")
            for n in (y["notes"] as? [[String: Any]]) ?? [] {
                if let text = n["text"] as? String { #expect(!html.contains(text), "\(text)") }
            }
        }
        #expect(html.contains("KH²"), "youths appear as board labels")
    }
}

/// A small XML well-formedness check (no dependency on FoundationXML): every element closed in
/// order, attributes quoted, only the five XML entities, and the elements counted by name.
struct WellFormed {
    var problem: String?
    var elements: [String: Int] = [:]
    func count(_ name: String) -> Int { elements[name] ?? 0 }

    static func check(_ text: String) -> WellFormed {
        var r = WellFormed()
        var stack: [String] = []
        let c = Array(text.unicodeScalars)
        var i = 0
        func fail(_ s: String) -> WellFormed { var x = r; x.problem = s + " at \(i)"; return x }
        while i < c.count {
            if c[i] == "<" {
                var j = i + 1
                while j < c.count && c[j] != ">" { if c[j] == "<" { return fail("< inside a tag") }; j += 1 }
                guard j < c.count else { return fail("unclosed tag") }
                let tag = String(String.UnicodeScalarView(c[(i + 1)..<j]))
                if tag.hasPrefix("!") { i = j + 1; continue }
                if tag.hasPrefix("/") {
                    let name = String(tag.dropFirst()).trimmingCharacters(in: .whitespaces)
                    guard stack.last == name else { return fail("</\(name)> closes <\(stack.last ?? "-")>") }
                    stack.removeLast()
                } else {
                    let selfClosing = tag.hasSuffix("/")
                    let body = selfClosing ? String(tag.dropLast()) : tag
                    let name = String(body.prefix { !$0.isWhitespace })
                    guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber }) else { return fail("bad name \(name)") }
                    // Attributes: name="value" pairs only.
                    var rest = Substring(body.dropFirst(name.count))
                    while let eq = rest.firstIndex(of: "=") {
                        let after = rest[rest.index(after: eq)...]
                        guard after.first == "\"", let close = after.dropFirst().firstIndex(of: "\"") else { return fail("unquoted attribute in <\(name)>") }
                        rest = after[after.index(after: close)...]
                    }
                    r.elements[name, default: 0] += 1
                    if !selfClosing { stack.append(name) }
                }
                i = j + 1
            } else if c[i] == "&" {
                let rest = String(String.UnicodeScalarView(c[i..<min(c.count, i + 7)]))
                guard ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"].contains(where: { rest.hasPrefix($0) }) else { return fail("bad entity") }
                i += 1
            } else { i += 1 }
        }
        return stack.isEmpty ? r : fail("unclosed <\(stack.last!)>")
    }
}
