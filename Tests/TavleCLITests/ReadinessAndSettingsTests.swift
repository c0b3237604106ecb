import Foundation
import Testing

/// Issue 20 through the real binary on the demo team (Sunday 22.11.2026, 09:00): settings the team
/// can change safely, a colleague's details, the holiday pattern, the rota's gaps as team-level
/// warnings and the on-call briefing.
@Suite("settings, staff set, holidays, missing shifts, on-call")
struct ReadinessAndSettingsTests {
    func ok(_ args: [String], _ s: Scratch, lang: String = "en") throws -> CLI.Result {
        let r = try CLI.run(args + ["--data", s.data, "--lang", lang])
        guard r.status == 0 else { throw CLIFailure("\(args) failed: \(r)") }
        return r
    }

    // MARK: Settings

    @Test("settings lists every setting; set round-trips, is journaled with old and new value, and check stays clean")
    func settingsRoundTrip() throws {
        let s = Scratch()
        try demoTeam(s)
        let list = try ok(["settings", "--json"], s).jsonArray()
        #expect(list.count == 16)
        let review = try #require(list.first { $0["key"] as? String == "reviewIntervalDays" })
        #expect(review["value"] as? Int == 180 && review["default"] as? Int == 180 && review["min"] as? Int == 1
                && review["max"] as? Int == 3650 && review["unit"] as? String == "days" && review["changed"] as? Bool == false)
        #expect((review["description"] as? String)?.isEmpty == false)
        let share = try #require(list.first { $0["key"] as? String == "boardShareWarning" })
        #expect(share["value"] as? Double == 0.25 && share["max"] as? Double == 1)
        #expect(list.contains { $0["key"] as? String == "treatmentPlanReviewDays" && $0["value"] as? Int == 180 })
        #expect(list.contains { $0["key"] as? String == "clarificationDays" && $0["value"] as? Int == 60 })

        let text = try ok(["settings"], s).out
        #expect(text.contains("reviewIntervalDays") && text.contains("180 days") && text.contains("1–3650 days"))

        let set = try ok(["settings", "set", "reviewIntervalDays", "200"], s)
        #expect(set.out.contains("reviewIntervalDays: 180 days → 200 days"), "\(set)")
        try ok(["settings", "set", "boardShareWarning", "30 %"], s)
        try ok(["settings", "set", "clarificationDays", "45"], s)
        let after = try ok(["settings", "--json"], s).jsonArray()
        #expect(after.contains { $0["key"] as? String == "reviewIntervalDays" && $0["value"] as? Int == 200 && $0["changed"] as? Bool == true })
        #expect(after.contains { $0["key"] as? String == "boardShareWarning" && $0["value"] as? Double == 0.3 })
        let team = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: s.data + "/team.json"))) as? [String: Any]
        #expect((team?["rules"] as? [String: Any])?["clarificationDays"] as? Int == 45)

        let log = try ok(["log", "--json"], s).jsonArray().filter { $0["target"] as? String == "team" }
        let entry = try #require(log.first { $0["action"] as? String == "settings set reviewIntervalDays" })
        let change = try #require((entry["changes"] as? [[String: Any]])?.first)
        #expect((change["old"] as? [String: Any])?["reviewIntervalDays"] as? Int == 180)
        #expect((change["new"] as? [String: Any])?["reviewIntervalDays"] as? Int == 200)
        // The log in words: the setting by the key `tavle settings` lists, only what changed.
        let logText = try ok(["log"], s).out
        #expect(logText.contains("setting changed: reviewIntervalDays") && logText.contains("settings, reviewIntervalDays: 180 → 200"),
                "\(logText)")
        let check = try CLI.run(["check", "--data", s.data])
        #expect(check.status == 0, "\(check)")
    }

    @Test("settings set refuses a value outside its range (naming it, exit 1), an unknown key, and anyone but the leader")
    func settingsRefusals() throws {
        let s = Scratch()
        try demoTeam(s)
        let before = journalLines(s)
        let big = try CLI.run(["settings", "set", "reviewIntervalDays", "5000", "--data", s.data, "--lang", "en"])
        #expect(big.status == 1 && big.err.contains("reviewIntervalDays must be 1–3650 days, not 5000"), "\(big)")
        let nb = try CLI.run(["settings", "set", "retentionMonths", "300", "--data", s.data])
        #expect(nb.status == 1 && nb.err.contains("retentionMonths må være 1–240 måneder, ikke 300"), "\(nb)")
        let pct = try CLI.run(["settings", "set", "boardShareWarning", "30", "--data", s.data, "--lang", "en"])
        #expect(pct.status == 1 && pct.err.contains("30 %"), "\(pct)")
        let word = try CLI.run(["settings", "set", "meetingMinutes", "a quarter", "--data", s.data, "--lang", "en"])
        #expect(word.status == 1 && word.err.contains("not a whole number") && word.err.contains("1–240 minutes"), "\(word)")
        let key = try CLI.run(["settings", "set", "reviewDays", "30", "--data", s.data, "--lang", "en"])
        #expect(key.status == 1 && key.err.contains("“reviewDays” is not a setting") && key.err.contains("reviewIntervalDays"), "\(key)")
        let notLeader = try CLI.run(["settings", "set", "reviewIntervalDays", "30", "--as", "ole", "--data", s.data, "--lang", "en"])
        #expect(notLeader.status == 2 && notLeader.err.contains("Only the team leader"), "\(notLeader)")
        #expect(journalLines(s) == before, "nothing was written")
        #expect(try CLI.run(["check", "--data", s.data]).status == 0)
    }

    @Test("a hand-edited team.json out of range is a bad file named by field: no command traps")
    func handEditedTeamFile() throws {
        let s = Scratch()
        try demoTeam(s)
        let path = s.data + "/team.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "\"ageingOutWithinDays\" : 180", with: "\"ageingOutWithinDays\" : 9223372036854775807")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        for args in [["due"], ["list"], ["check"], ["settings"]] {
            let r = try CLI.run(args + ["--data", s.data, "--lang", "en"])
            #expect(r.status == 2, "\(args): \(r)")
            #expect((r.err + r.out).contains("rules.ageingOutWithinDays"), "\(args): \(r)")
        }
    }

    // MARK: Staff

    @Test("staff set changes a phone, name, role or initials (the leader only), journaled, shown in staff list")
    func staffSet() throws {
        let s = Scratch()
        try demoTeam(s)
        let phone = try ok(["staff", "set", "ole", "phone", "+47 912 34 567"], s)
        #expect(phone.out.contains("Ole Bråten (ole): phone 900 00 002 → +47 912 34 567"), "\(phone)")
        try ok(["staff", "set", "OB", "name", "Ole Bråten Berg"], s)
        try ok(["staff", "set", "ole", "role", "psychologist"], s)
        try ok(["staff", "set", "ole", "initials", "obb"], s)
        let ole = try #require(try ok(["staff", "list", "--json"], s).jsonArray().first { $0["id"] as? String == "ole" })
        #expect(ole["phone"] as? String == "+47 912 34 567" && ole["name"] as? String == "Ole Bråten Berg"
                && ole["role"] as? String == "psychologist" && ole["initials"] as? String == "OBB")
        #expect(try ok(["staff", "list"], s).out.contains("+47 912 34 567"))
        let log = try ok(["log", "--json"], s).jsonArray().filter { $0["target"] as? String == "team" }.map { $0["action"] as? String }
        #expect(log.suffix(4) == ["staff set phone", "staff set name", "staff set role", "staff set initials"])
        // The log in words: the colleague by initials, the detail by its name.
        let logText = try ok(["log"], s).out
        #expect(logText.contains("a colleague's details changed: phone")
                && logText.contains("staff, @OBB, phone: \"900 00 002\" → \"+47 912 34 567\""), "\(logText)")

        let before = journalLines(s)
        let badPhone = try CLI.run(["staff", "set", "ole", "phone", "call me", "--data", s.data, "--lang", "en"])
        #expect(badPhone.status == 1 && badPhone.err.contains("is not a phone number"), "\(badPhone)")
        let badField = try CLI.run(["staff", "set", "ole", "email", "x@y", "--data", s.data, "--lang", "en"])
        #expect(badField.status == 1 && badField.err.contains("phone, name, role, initials"), "\(badField)")
        let nobody = try CLI.run(["staff", "set", "nobody", "phone", "22 33 44 55", "--data", s.data, "--lang", "en"])
        #expect(nobody.status == 2, "\(nobody)")
        let notLeader = try CLI.run(["staff", "set", "siri", "phone", "22 33 44 55", "--as", "siri", "--data", s.data, "--lang", "en"])
        #expect(notLeader.status == 2 && notLeader.err.contains("Only the team leader"), "\(notLeader)")
        #expect(journalLines(s) == before)
        #expect(try CLI.run(["check", "--data", s.data]).status == 0)
    }

    // MARK: Holidays and missing shifts

    @Test("a night with no on-call is a warning in today, due and the meeting; setting one clears it")
    func missingOnCall() throws {
        let s = Scratch()
        try demoTeam(s)
        // The demo week has no gaps.
        for args in [["today"], ["due"], ["meeting", "status"]] { #expect(!(try ok(args, s).out.contains("! No ")), "\(args)") }
        #expect(try ok(["today", "--json"], s).jsonObject()["warnings"] as? [Any] != nil)
        // Wednesday 25.11 loses its on-call.
        try ok(["rota", "set", "wednesday", "on-call", "--clear"], s)
        for args in [["today"], ["due"], ["meeting", "status"]] {
            let out = try ok(args, s).out
            #expect(out.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "! No on-call 25.11" }, "\(args): \(out)")
        }
        #expect(try ok(["today"], s, lang: "nb").out.contains("! Ingen bakvakt 25.11"))
        let warnings = try #require(try ok(["today", "--json"], s).jsonObject()["warnings"] as? [[String: Any]])
        #expect(warnings.count == 1 && warnings[0]["day"] as? String == "2026-11-25" && warnings[0]["shift"] as? String == "on-call")
        let meeting = try ok(["meeting", "status", "--json"], s).jsonObject()
        let gaps = try #require((meeting["readiness"] as? [String: Any])?["missingShifts"] as? [[String: Any]])
        #expect(gaps.map { $0["day"] as? String } == ["2026-11-25"])
        // A one-off change for the night clears it.
        try ok(["rota", "set", "--date", "2026-11-25", "on-call", "IS"], s)
        for args in [["today"], ["due"], ["meeting", "status"]] { #expect(!(try ok(args, s).out.contains("! No ")), "\(args)") }
        // Each gap is a line of its own: an evening shift too.
        try ok(["rota", "set", "thursday", "evening", "--clear"], s)
        #expect(try ok(["due"], s).out.contains("! No evening shift 26.11"))
    }

    @Test("holidays: rota set holiday, rota show --date with the name and the holiday pattern, same JSON shape")
    func holidays() throws {
        let s = Scratch()
        try demoTeam(s)
        let christmas = try ok(["rota", "show", "--date", "2026-12-25", "--json"], s).jsonObject()
        let today = try ok(["rota", "show", "--json"], s).jsonObject()
        #expect(Set(christmas.keys) == Set(today.keys), "the same shape as rota show --json")
        let day0 = try #require((christmas["days"] as? [[String: Any]])?.first)
        #expect(day0["day"] as? String == "2026-12-25" && day0["holiday"] as? String == "christmas-day" && day0["publicHoliday"] as? Bool == true)
        // The demo's holiday pattern: a weekend shift and an on-call, not Friday's day and evening shifts.
        #expect((day0["duty"] as? [[String: Any]])?.map { $0["shift"] as? String } == ["weekend", "on-call"])
        let text = try ok(["rota", "show", "--date", "25.12"], s, lang: "nb").out
        #expect(text.contains("fredag 25.12.2026 · 1. juledag"), "\(text)")
        #expect(try ok(["rota", "show", "--date", "2026-12-24"], s, lang: "nb").out.contains("torsdag 24.12.2026 · julaften"))
        // A new holiday on-call; clearing the holiday pattern falls back to Sunday's.
        try ok(["rota", "set", "holiday", "on-call", "MD"], s)
        let changed = try ok(["rota", "show", "--date", "2026-12-25", "--json"], s).jsonObject()
        let onCall = ((changed["days"] as? [[String: Any]])?.first?["duty"] as? [[String: Any]])?.first { $0["shift"] as? String == "on-call" }
        #expect(onCall?["staff"] as? [String] == ["mette"])
        try ok(["rota", "set", "helligdag", "on-call", "--clear"], s, lang: "nb")
        try ok(["rota", "set", "holiday", "weekend", "--clear"], s)
        let sunday = try ok(["rota", "show", "--date", "2026-12-25", "--json"], s).jsonObject()
        let duty = (sunday["days"] as? [[String: Any]])?.first?["duty"] as? [[String: Any]]
        #expect(duty?.map { $0["staff"] as? [String] } == [["per"], ["mette"]], "Sunday's weekend and on-call")
        #expect((sunday["holidayPattern"] as? [Any])?.isEmpty == true)
        // The log names each slot that changed by its shift and the people by initials, in words.
        let log = try ok(["log"], s, lang: "nb").out
        #expect(log.contains("helligdagsmønster i turnusen") && log.contains("helligdagsmønster, bakvakt: [@IS] → [@MD]")
                && log.contains("helligdagsmønster, helgevakt: [@NV] → –"), "\(log)")
        try ok(["rota", "set", "thursday", "on-call", "--clear"], s)
        #expect(try ok(["log"], s, lang: "nb").out.contains("ukemønster, torsdag bakvakt: [@MD] → –"))
        let bad = try CLI.run(["rota", "set", "feriedag", "on-call", "MD", "--data", s.data, "--lang", "en"])
        #expect(bad.status == 1 && bad.err.contains("or holiday"), "\(bad)")
        #expect(try CLI.run(["check", "--data", s.data]).status == 0)
    }

    // MARK: The on-call briefing

    @Test("on-call on the demo: who is on call with phone, every youth on the board or in crisis, access-logged")
    func onCallBriefing() throws {
        let s = Scratch()
        try demoTeam(s)
        // A contact today, so the briefing has one to show.
        try ok(["contact", "sofie", "--kind", "phone", "--at", "08:15", "--note", "Mor ringte"], s)
        let r = try ok(["on-call"], s, lang: "nb")
        #expect(r.out.contains("Bakvakt · FACT ung Nordbyen · søndag 22.11.2026"), "\(r)")
        #expect(r.out.contains("På bakvakt: MD Mette Dahl, tlf. 900 00 005"))
        #expect(r.out.contains("Kveldsvakt eller helgevakt: PS Per Strøm, tlf. 900 00 008"))
        #expect(r.out.contains("SB  Sofie Bakke · ■ krise · på tavla"))
        #expect(r.out.contains("Kriseplan 17.11.2026: Mor ringer bakvakt, deretter legevakt 116 117"))
        #expect(r.out.contains("Primærkontakt: OB Ole Bråten, tlf. 900 00 002"))
        #expect(r.out.contains("08:15") && r.out.contains("Mor ringte"))
        #expect(r.out.contains("LB  Lukas Berg · ■ krise · casemanagement"), "in crisis outside the board")
        #expect(r.out.contains("! Ingen kriseplan"))
        #expect(!r.out.contains("Filip Aune"), "neither on the board nor in crisis")

        let json = try ok(["on-call", "--json"], s).jsonObject()
        #expect(json["day"] as? String == "2026-11-22")
        #expect((json["onCall"] as? [[String: Any]])?.first?["phone"] as? String == "900 00 005")
        let youths = try #require(json["youths"] as? [[String: Any]])
        #expect(youths.map { $0["id"] as? String } == ["sofie", "kristian", "mathias", "amina", "lukas"])
        #expect((youths[0]["contacts"] as? [[String: Any]])?.first?["note"] as? String == "Mor ringte")
        #expect(youths[4]["problems"] as? [String] == ["no-plan"])

        let access = try ok(["log", "--access", "--json"], s).jsonArray().filter { $0["how"] as? String == "on-call" }
        #expect(Set(access.compactMap { $0["youth"] as? String }) == ["sofie", "kristian", "mathias", "amina", "lukas"])

        // Another night: the date is named, and a missing on-call is said.
        try ok(["rota", "set", "wednesday", "on-call", "--clear"], s)
        let wed = try ok(["on-call", "--date", "25.11"], s)
        #expect(wed.out.contains("On call: nobody") && wed.out.contains("! No on-call 25.11"), "\(wed)")
    }

    @Test("on-call --output writes a private file in one step")
    func onCallOutput() throws {
        let s = Scratch()
        try demoTeam(s)
        let file = s.path + "/on-call.txt"
        let r = try ok(["on-call", "--output", file], s)
        #expect(r.out.contains("Wrote the on-call briefing") && !r.out.contains("Sofie"), "\(r)")
        let attrs = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attrs[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("Sofie Bakke"))
        // Again, over the old file (replaced, still private), and as JSON.
        try ok(["on-call", "--output", file, "--json"], s)
        #expect(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) is [String: Any])
        #expect(((try FileManager.default.attributesOfItem(atPath: file))[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.path).filter { $0.contains(".tavle-") }.isEmpty)
        let bad = try CLI.run(["on-call", "--output", s.path + "/no/such/dir/x.txt", "--data", s.data, "--lang", "en"])
        #expect(bad.status == 4 && bad.err.contains("Could not write"), "\(bad)")
    }
}
