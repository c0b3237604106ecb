import Foundation
import Testing

/// The morning meeting through the real binary (issue 5): meeting start/status/discuss/decision/end,
/// the minutes, the day plan, the rota, decisions written into the record, and the team's numbers.
/// Dates are pinned (TAVLE_TODAY=2026-11-22, a Sunday); clock times are read back from the record.
@Suite("meeting, today, rota, minutes, documented")
struct MeetingCommandTests {
    static let expectedDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Expected")

    /// Runs `tavle args… --data D --lang en` at `at` seconds after 08:00 and requires exit 0.
    @discardableResult
    func ok(_ s: Scratch, _ args: [String], at: Int = 600) throws -> CLI.Result {
        let now = "2026-11-22T08:" + String(format: "%02d:%02d", at / 60, at % 60) + "+01:00"
        let r = try CLI.run(args + ["--data", s.data, "--lang", "en"], env: ["TAVLE_NOW": now])
        guard r.status == 0 else { throw CLIFailure("\(args) failed: \(r)") }
        return r
    }

    /// The stored meeting record of the pinned day.
    func storedMeeting(_ s: Scratch) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: s.data + "/meetings/2026-11-22.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The demo's board, discussed youth by youth with decisions, plans and a status change.
    func runFullMeeting(_ s: Scratch) throws {
        // The clock moves on as in a real meeting; the core measures each youth's time.
        try ok(s, ["meeting", "start", "--chair", "ingrid", "--attendees", "OB,SL,JA"], at: 0)
        try ok(s, ["meeting", "discuss", "sofie", "--decision", "Daily home visits this week",
                   "--decision", "Safety plan: call <mother> & the GP", "--who", "OB", "--when", "09:30", "--where", "Home"], at: 125)
        try ok(s, ["meeting", "discuss", "kristian", "--status", "crisis", "--decision", "Ask the school for a network meeting"], at: 215)
        try ok(s, ["meeting", "decision", "mathias", "Evaluate the board period next week"], at: 240)
        try ok(s, ["meeting", "discuss", "mathias"], at: 275)
        try ok(s, ["meeting", "discuss", "amina", "--who", "ÅL", "--when", "13:00", "--seconds", "45"], at: 320)
    }

    @Test("a full meeting on the demo team: start, discuss every board youth with decisions, end; the record holds it all")
    func fullMeeting() throws {
        let s = Scratch()
        try demoTeam(s)
        let before = try ok(s, ["meeting", "status", "--json"]).jsonObject()
        #expect(before["meeting"] == nil || before["meeting"] is NSNull)
        let board = try #require(before["agenda"] as? [[String: Any]]).filter { $0["section"] as? String == "board" }.compactMap { $0["id"] as? String }
        #expect(board == ["sofie", "kristian", "mathias", "amina"])

        try runFullMeeting(s)
        let during = try ok(s, ["meeting", "status", "--json"]).jsonObject()
        #expect((during["progress"] as? [String: Any])?["discussed"] as? Int == 4)
        #expect((during["progress"] as? [String: Any])?["board"] as? Int == 4)
        #expect((during["time"] as? [String: Any])?["timeBox"] as? Int == 900)
        let text = try ok(s, ["meeting", "status"])
        #expect(text.out.contains("4 of 4 discussed"), "\(text)")
        #expect(text.out.contains("Is the family involved enough?"))

        let end = try ok(s, ["meeting", "end"])
        #expect(end.out.contains("4 of 4 on the board discussed"), "\(end)")

        let m = try storedMeeting(s)
        #expect(m["chair"] as? String == "ingrid")
        #expect(m["attendees"] as? [String] == ["ingrid", "ole", "siri", "jonas"])
        #expect(m["minutes"] as? Int == 15)
        #expect(m["board"] as? [String] == board)
        #expect(m["ended"] is String)
        let all = try #require(m["events"] as? [[String: Any]])
        func events(_ youth: String, _ kind: String) -> [[String: Any]] {
            all.filter { $0["youth"] as? String == youth && $0["kind"] as? String == kind }
        }
        for id in board { #expect(events(id, "discussed").count == 1, "\(id)") }
        #expect(all.allSatisfy { $0["kind"] as? String != "not-discussed" })
        let seconds = events("sofie", "discussed").first?["seconds"] as? Int
        #expect(seconds == 125)
        let texts = events("sofie", "decision").compactMap { $0["text"] as? String }
        #expect(texts == ["Daily home visits this week", "Safety plan: call <mother> & the GP"])
        #expect(events("mathias", "decision").count == 1)
        let plan = try #require(events("sofie", "plan").first)
        #expect(plan["staff"] as? String == "ole")
        #expect(plan["time"] as? String == "09:30")
        let change = events("kristian", "change").first?["new"] as? String
        #expect(change == "crisis")

        // The decisions are decision notes on the youths too, and the plan is today's plan.
        let sofie = try ok(s, ["show", "sofie", "--json"]).jsonObject()
        let notes = try #require(sofie["notes"] as? [[String: Any]])
        #expect(notes.filter { $0["kind"] as? String == "decision" }.compactMap { $0["text"] as? String }
            .contains("Safety plan: call <mother> & the GP"))
        let kristian = try ok(s, ["show", "kristian", "--json"]).jsonObject()
        #expect(kristian["status"] as? String == "crisis")

        // Every write went through the journal: the directory checks clean.
        #expect(try CLI.run(["check", "--data", s.data]).status == 0)

        // The numbers count it as a meeting that covered every board youth.
        let stats = try ok(s, ["stats", "--json"]).jsonObject()
        let meetings = try #require(stats["meetings"] as? [String: Any])
        // Today's and the demo's of yesterday (issue 23), both covering every board youth.
        #expect(meetings["held"] as? Int == 2)
        #expect(meetings["coveredAll"] as? Int == 2)
    }

    @Test("the minutes export matches the expected document; HTML escapes all text; --output writes a private file")
    func minutes() throws {
        let s = Scratch()
        try demoTeam(s)
        try runFullMeeting(s)
        try ok(s, ["meeting", "end"])
        let m = try storedMeeting(s)
        let started = try #require(m["started"] as? String), ended = try #require(m["ended"] as? String)
        let iso = ISO8601DateFormatter()
        let used = Int(try #require(iso.date(from: ended)).timeIntervalSince(try #require(iso.date(from: started))))
        func clock(_ t: String) -> String { String(t.dropFirst(11).prefix(5)) }
        let template = try String(contentsOf: Self.expectedDir.appendingPathComponent("minutes-en.md"), encoding: .utf8)
        let expected = template.replacingOccurrences(of: "{START}", with: clock(started))
            .replacingOccurrences(of: "{END}", with: clock(ended))
            .replacingOccurrences(of: "{USED}", with: String(used / 60) + ":" + String(format: "%02d", used % 60))
            // The demo adds whoever runs the tests to the team: absent from this meeting too.
            .replacingOccurrences(of: "{USER}", with: try userInitials(s).map { ", @" + $0 } ?? "")

        let md = try ok(s, ["export", "minutes", "--format", "markdown"])
        #expect(md.out == expected)
        // An explicit date gives the same document.
        #expect(try ok(s, ["export", "minutes", "2026-11-22", "--format", "markdown"]).out == expected)

        let named = try ok(s, ["export", "minutes", "--format", "markdown", "--names"]).out
        #expect(named.contains("### Sofie Bakke (SB)"))
        #expect(named.contains("Ingrid Sæther (@IS)"))
        #expect(!md.out.contains("Sofie"))

        let html = try ok(s, ["export", "minutes", "--format", "html"]).out
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<li>Safety plan: call &lt;mother&gt; &amp; the GP</li>"))
        #expect(!html.contains("<mother>"))
        #expect(html.contains("<h3>KH² · crisis · 1:30</h3>"))

        let file = s.path + "/minutes.html"
        let w = try ok(s, ["export", "minutes", "--format", "html", "--output", file])
        #expect(w.out.contains(file))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == html)
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int)
        #expect(mode & 0o077 == 0)

        // No meeting that day: a clear data error.
        let none = try CLI.run(["export", "minutes", "2026-11-20", "--data", s.data, "--lang", "en"])
        #expect(none.status == 2)
        #expect(none.err.contains("No board meeting was held on 2026-11-20"))
        // The board export keeps its formats; html is for the minutes.
        #expect(try CLI.run(["export", "--format", "html", "--data", s.data]).status == 1)
        #expect(try CLI.run(["export", "--format", "json", "--data", s.data]).status == 0)
    }

    @Test("without --attendees everyone active is present, as the board's start form has it (it recorded the team absent)")
    func attendeesDefaultToEveryoneActive() throws {
        let s = Scratch()
        try demoTeam(s)
        try ok(s, ["meeting", "start", "--chair", "ingrid"])
        let stored = try storedMeeting(s)
        let present = Set(stored["attendees"] as? [String] ?? [])
        let team = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: s.data + "/team.json"))) as? [String: Any]
        let active = Set(((team?["staff"] as? [[String: Any]]) ?? []).filter { ($0["active"] as? Bool) ?? true }.compactMap { $0["id"] as? String })
        #expect(!active.isEmpty && present == active, "present \(present), active \(active)")
        try ok(s, ["meeting", "end", "--yes"])
        let minutes = try CLI.run(["export", "minutes", "--data", s.data, "--lang", "en"])
        #expect(minutes.status == 0 && minutes.out.contains("**Absent:** nobody"), "\(minutes.out)")
    }

    @Test("--meeting records a change in the open meeting as the board's meeting view does; without it the minutes leave it out")
    func changesRecordedInTheMeeting() throws {
        let s = Scratch()
        try demoTeam(s)
        let refused = try CLI.run(["reviewed", "amina", "--meeting", "--data", s.data, "--lang", "en"])
        #expect(refused.status == 2, "no meeting open: \(refused)")
        try ok(s, ["meeting", "start", "--chair", "ingrid"], at: 0)
        try ok(s, ["reviewed", "amina", "--meeting"], at: 20)
        try ok(s, ["case-management", "amina", "--note", "Stable, school again", "--meeting"], at: 40)
        try ok(s, ["intensive", "lukas", "--reason", "crisis", "--plan", "Daily contact", "--meeting"], at: 60)
        try ok(s, ["status", "sofie", "worried", "--why", "Safe with an aunt"], at: 80)   // an ordinary change
        let status = try ok(s, ["meeting", "status", "--json"]).jsonObject()
        let board = try #require(status["agenda"] as? [[String: Any]]).filter { $0["section"] as? String == "board" }.compactMap { $0["id"] as? String }
        #expect(Set(board) == ["sofie", "kristian", "mathias", "amina", "lukas"], "amina, taken off in the meeting, is still covered: \(board)")
        try ok(s, ["meeting", "end", "--yes"], at: 100)
        let md = try ok(s, ["export", "minutes"]).out
        #expect(md.contains("### AJ · stable") && md.contains("reviewed by the whole team") && md.contains("mode: on the board → case management"), "\(md)")
        #expect(md.contains("### LB · crisis") && md.contains("put on the board: crisis; plan: Daily contact"), "\(md)")
        #expect(md.contains("- [ ] AJ: Stable, school again"), "the closing note is a decision to record: \(md)")
        #expect(!md.contains("worried"), "a change without --meeting is not the meeting's: \(md)")
    }

    @Test("a second meeting the same day is refused and writes nothing")
    func secondMeetingRefused() throws {
        let s = Scratch()
        try demoTeam(s)
        try ok(s, ["meeting", "start", "--chair", "ingrid"])
        let lines = journalLines(s)
        let r = try CLI.run(["meeting", "start", "--data", s.data, "--lang", "en"])
        #expect(r.status == 2, "\(r)")
        #expect(r.err.contains("already held on 2026-11-22"))
        #expect(r.err.contains("One meeting a day"))
        #expect(r.out.isEmpty)
        #expect(journalLines(s) == lines)
        // Also once the first has ended.
        try ok(s, ["meeting", "end", "--yes"])
        #expect(try CLI.run(["meeting", "start", "--data", s.data]).status == 2)
    }

    @Test("end without --yes while board youths are undiscussed is refused with exit 2; --yes records them")
    func endNeedsConfirmation() throws {
        let s = Scratch()
        try demoTeam(s)
        try ok(s, ["meeting", "start", "--chair", "ingrid", "--minutes", "20"])
        try ok(s, ["meeting", "discuss", "sofie", "--seconds", "30"])
        let lines = journalLines(s)
        let r = try CLI.run(["meeting", "end", "--data", s.data, "--lang", "en"])
        #expect(r.status == 2, "\(r)")
        #expect(r.err.contains("3 of 4 youths on the board were not discussed (KH², ML, AJ)"), "\(r)")
        #expect(r.err.contains("--yes"))
        #expect(journalLines(s) == lines)
        #expect(try storedMeeting(s)["ended"] == nil)

        let done = try ok(s, ["meeting", "end", "--yes"])
        #expect(done.out.contains("Not discussed: KH², ML, AJ"), "\(done)")
        let m = try storedMeeting(s)
        #expect(m["ended"] is String)
        #expect(m["minutes"] as? Int == 20)
        let not = (m["events"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "not-discussed" }.compactMap { $0["youth"] as? String }
        #expect(not == ["kristian", "mathias", "amina"])
        // The ended meeting cannot be changed, and the minutes list who was not discussed.
        let late = try CLI.run(["meeting", "discuss", "amina", "--data", s.data, "--lang", "en"])
        #expect(late.status == 2)
        #expect(late.err.contains("ended"))
        let minutes = try ok(s, ["export", "minutes"]).out
        #expect(minutes.contains("## Not discussed\n\n- KH²\n- ML\n- AJ\n"), "\(minutes)")
        let stats = try ok(s, ["stats", "--json"]).jsonObject()
        #expect((stats["meetings"] as? [String: Any])?["coveredAll"] as? Int == 1, "only the demo's meeting of yesterday")
    }

    @Test("meeting commands without a meeting today say so")
    func noMeeting() throws {
        let s = Scratch()
        try demoTeam(s)
        let r = try CLI.run(["meeting", "discuss", "sofie", "--data", s.data, "--lang", "en"])
        #expect(r.status == 2)
        #expect(r.err.contains("No board meeting has been started"))
        #expect(try CLI.run(["meeting", "end", "--data", s.data]).status == 2)
        #expect(try ok(s, ["meeting", "status"]).out.contains("Not started today"))
    }

    @Test("rota set (weekly pattern and one-off change) and rota show round trip; today shows the day's duty")
    func rota() throws {
        let s = Scratch()
        try demoTeam(s)
        // The demo's weekly pattern has 19 slots; Sunday on-call and Monday day are replaced below.
        #expect((try ok(s, ["rota", "show", "--json"]).jsonObject()["pattern"] as? [Any])?.count == 19)
        try ok(s, ["rota", "set", "sunday", "on-call", "OB"])
        try ok(s, ["rota", "set", "søndag", "kveldsvakt", "SL,JA"])
        try ok(s, ["rota", "set", "monday", "day", "ole,siri"])
        try ok(s, ["rota", "set", "--date", "2026-11-22", "on-call", "IS", "--replacing", "OB", "--note", "ill"])
        let shown = try ok(s, ["rota", "show", "--json"]).jsonObject()
        let pattern = try #require(shown["pattern"] as? [[String: Any]])
        #expect(pattern.count == 20)
        #expect(pattern.contains { $0["weekday"] as? String == "sunday" && $0["shift"] as? String == "evening"
            && $0["staff"] as? [String] == ["siri", "jonas"] })
        let changes = try #require(shown["changes"] as? [[String: Any]])
        #expect(changes.count == 1)
        #expect(changes.first?["staff"] as? String == "ingrid")
        #expect(changes.first?["replacing"] as? String == "ole")
        let today = try #require((shown["days"] as? [[String: Any]])?.first)
        let duty = Dictionary(uniqueKeysWithValues: (today["duty"] as? [[String: Any]] ?? []).map { ($0["shift"] as! String, $0["staff"] as! [String]) })
        #expect(duty == ["evening": ["siri", "jonas"], "weekend": ["per"], "on-call": ["ingrid"]])
        let week = try ok(s, ["rota", "show", "--week", "--json"]).jsonObject()
        let days = try #require(week["days"] as? [[String: Any]])
        #expect(days.count == 7)
        #expect(days[1]["weekday"] as? String == "monday")
        #expect((days[1]["duty"] as? [[String: Any]])?.first?["staff"] as? [String] == ["ole", "siri"])
        // Clearing a slot, and refusing a change that makes no sense.
        try ok(s, ["rota", "set", "monday", "day", "--clear"])
        #expect((try ok(s, ["rota", "show", "--json"]).jsonObject()["pattern"] as? [Any])?.count == 19)
        let bad = try CLI.run(["rota", "set", "--date", "2026-11-23", "day", "--replacing", "OB", "--data", s.data])
        #expect(bad.status == 2, "\(bad)")
        #expect(try CLI.run(["rota", "set", "funday", "day", "OB", "--data", s.data]).status == 1)
        #expect(try CLI.run(["check", "--data", s.data]).status == 0)

        let text = try ok(s, ["today"]).out
        #expect(text.contains("ON DUTY TODAY"))
        #expect(text.contains("on call       @IS"), "\(text)")
        let tj = try ok(s, ["today", "--json"]).jsonObject()
        #expect((tj["rota"] as? [[String: Any]])?.contains { $0["shift"] as? String == "on-call" && $0["staff"] as? [String] == ["ingrid"] } == true)
    }

    @Test("today lists the demo's plans grouped by staff with times")
    func today() throws {
        let s = Scratch()
        try demoTeam(s)
        let j = try ok(s, ["today", "--json"]).jsonObject()
        #expect(j["day"] as? String == "2026-11-22")
        let staff = try #require(j["staff"] as? [[String: Any]])
        var visits: [String: [String]] = [:]
        for st in staff {
            visits[st["staff"] as! String] = (st["visits"] as? [[String: Any]] ?? []).map { ($0["time"] as! String) + " " + ($0["youth"] as! String) }
        }
        #expect(visits == ["ole": ["09:30 sofie"], "per": ["11:00 kristian"], "ase": ["13:00 amina"], "jonas": ["14:00 sofie"]])
        #expect(j["unplanned"] as? [String] == ["mathias"])
        let text = try ok(s, ["today"]).out
        #expect(text.contains("Day plan, Sunday 2026-11-22"))
        #expect(text.contains("OB  Ole Bråten\n  09:30  SB   Sofie Bakke"), "\(text)")
        #expect(text.contains("On the board without a plan today: ML"))
    }

    @Test("documented marks decisions; --pending lists those older than one working day; meeting status flags them")
    func documented() throws {
        let s = Scratch()
        try demoTeam(s)
        let pending = try ok(s, ["documented", "--pending", "--json"]).jsonArray()
        #expect(pending.compactMap { $0["youth"] as? String } == ["mathias", "sofie", "kristian"])
        #expect(pending.first?["workingDays"] as? Int == 12)
        let status = try ok(s, ["meeting", "status"]).out
        #expect(status.contains("DECISIONS NOT WRITTEN INTO THE RECORD (3)"))

        try ok(s, ["documented", "mathias"])
        try ok(s, ["documented", "sofie", "--decision", "1"])
        let after = try ok(s, ["documented", "--pending", "--json"]).jsonArray()
        #expect(after.compactMap { $0["youth"] as? String } == ["kristian"])
        let note = try #require(after.first?["note"] as? String)
        try ok(s, ["documented", "kristian", "--decision", note])
        #expect(try ok(s, ["documented", "--pending", "--json"]).jsonArray().isEmpty)
        // A youth with nothing to mark, and several decisions without a choice.
        let nothing = try CLI.run(["documented", "amina", "--data", s.data, "--lang", "en"])
        #expect(nothing.status == 2)
        try ok(s, ["note", "amina", "First decision", "--decision"])
        try ok(s, ["note", "amina", "Second decision", "--decision"])
        let choose = try CLI.run(["documented", "amina", "--data", s.data, "--lang", "en"])
        #expect(choose.status == 2)
        #expect(choose.err.contains("--decision N"))
        try ok(s, ["documented", "amina", "--all"])
        let notes = try ok(s, ["show", "amina", "--json"]).jsonObject()["notes"] as? [[String: Any]] ?? []
        #expect(notes.filter { $0["kind"] as? String == "decision" }.allSatisfy { $0["documented"] is String })
    }

    @Test("stats reports the issue's numbers: weekly board share, days on the board, contacts per youth, seen by several, meetings")
    func stats() throws {
        let s = Scratch()
        try demoTeam(s)
        let st = try ok(s, ["stats", "--json"]).jsonObject()
        #expect((st["weeks"] as? [Any])?.count == 12)
        #expect((st["contacts"] as? [[String: Any]])?.last?["board"] is [String: Any])
        let multiple = try #require(st["multipleStaff"] as? [String: Any])
        #expect(multiple["target"] as? Double == 0.9)
        #expect((st["daysOnBoard"] as? [String: Any])?["median"] is Double)
        #expect((st["meetings"] as? [String: Any])?["held"] as? Int == 1, "the demo's meeting of yesterday")
        let text = try ok(s, ["stats"]).out
        #expect(text.contains("BOARD SHARE PER WEEK (last 12 weeks)"))
        #expect(text.contains("█"))
        #expect(text.contains("fidelity expects at least 90 %"))
        #expect(text.contains("Board meetings since"))
    }

    @Test("every new command has help with examples", arguments: [
        "meeting", "meeting start", "meeting status", "meeting discuss", "meeting decision", "meeting end", "today", "rota",
        "rota show", "rota set", "documented", "export minutes",
    ])
    func help(command: String) throws {
        let en = try CLI.run(command.split(separator: " ").map(String.init) + ["--help"], env: ["TAVLE_LANG": "en"])
        #expect(en.status == 0, "\(en)")
        #expect(en.out.contains("Examples:"), "\(command)")
        #expect(en.out.contains("tavle " + command), "\(command)")
        let nb = try CLI.run(command.split(separator: " ").map(String.init) + ["--help"])
        #expect(nb.out.contains("Eksempler:"), "\(command)")
    }

    /// The initials of the staff member the demo made for the user running the tests (nil when none).
    func userInitials(_ s: Scratch) throws -> String? {
        let team = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: s.data + "/team.json"))) as? [String: Any])
        let staff = team["staff"] as? [[String: Any]] ?? []
        let user = getpwuid(getuid()).map { String(cString: $0.pointee.pw_name) } ?? ""
        return staff.first { ($0["unixUsers"] as? [String])?.contains(user) == true }?["initials"] as? String
    }
}
