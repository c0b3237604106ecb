import Foundation
import Testing
@testable import TavleCore

/// The one table of settings: its defaults are the team file's, values are read as people type
/// them and refused outside their range, and a team file with a value outside it is a bad file.
@Suite struct TeamSettingsTests {
    @Test func oneRowPerKeyAndTheDefaultsAreTheTeamFilesDefaults() {
        #expect(TeamSettings.all.map(\.key) == SettingKey.allCases)
        let fresh = Team(name: "T")
        for s in TeamSettings.all {
            #expect(s.value(in: fresh) == s.defaultValue, "\(s.key)")
            #expect(s.range.contains(s.defaultValue), "\(s.key)")
        }
        #expect(TeamSettings.setting(.treatmentPlanReviewDays).defaultValue == 180)
        #expect(TeamSettings.setting(.clarificationDays).defaultValue == 60)
        #expect(TeamSettings.setting(.retentionMonths).range == 1...240)
        #expect(TeamSettings.setting(.meetingMinutes).range == 1...240)
        #expect(TeamSettings.setting(.boardPeriodDays).range == 1...3650)
        #expect(TeamSettings.setting(.reviewIntervalDays).path == "rules.reviewIntervalDays")
        #expect(TeamSettings.setting(.meetingMinutes).path == "meetingMinutes")
    }

    @Test func keysAsTyped() {
        #expect(SettingKey.parse("reviewIntervalDays") == .reviewIntervalDays)
        #expect(SettingKey.parse("rules.reviewIntervalDays") == .reviewIntervalDays)
        #expect(SettingKey.parse("REVIEWINTERVALDAYS") == .reviewIntervalDays)
        #expect(SettingKey.parse("reviewInterval") == nil)
    }

    @Test func sharesAreTypedAsFractionsOrPerCent() throws {
        let s = TeamSettings.setting(.boardShareWarning)
        for text in ["0.2", "0,2", "20 %", "20%", " 20 % ", ".2"] { #expect(try s.parse(text) == 0.2, "\(text)") }
        #expect(try s.parse("0") == 0 && s.parse("100 %") == 1 && s.parse("1") == 1)
        #expect(try s.parse("33,33 %") == 0.3333)
        #expect(throws: TavleError.usage(LocalizedMessage(.settingsShareNotPercent, ["boardShareWarning", "30"]))) { try s.parse("30") }
        #expect(throws: TavleError.usage(LocalizedMessage(.settingsOutOfRange, ["boardShareWarning", "0–100", LocalizedMessage.word(.settingsPercent), "150 %"]))) {
            try s.parse("150 %")
        }
        #expect(throws: TavleError.usage(LocalizedMessage(.settingsBadShare, ["tjue", "boardShareWarning"]))) { try s.parse("tjue") }
        #expect(throws: TavleError.self) { try s.parse("-0.1") }
        #expect(throws: TavleError.self) { try s.parse("") }
    }

    @Test func daysAreWholeNumbersFromOneToTenYears() throws {
        let s = TeamSettings.setting(.reviewIntervalDays)
        #expect(try s.parse("1") == 1 && s.parse("3650") == 3650 && s.parse(" 120 ") == 120)
        let outside = { (t: String) in TavleError.usage(LocalizedMessage(.settingsOutOfRange, ["reviewIntervalDays", "1–3650", LocalizedMessage.word(.unitDays), t])) }
        #expect(throws: outside("0")) { try s.parse("0") }
        #expect(throws: outside("3651")) { try s.parse("3651") }
        #expect(throws: outside("-5")) { try s.parse("-5") }
        #expect(throws: TavleError.usage(LocalizedMessage(.settingsBadWhole, ["1.5", "reviewIntervalDays", "1–3650", LocalizedMessage.word(.unitDays)]))) {
            try s.parse("1.5")
        }
        #expect(throws: TavleError.self) { try s.parse("9223372036854775808") }
        // The refusal names the allowed range in the reader's words.
        do { _ = try s.parse("5000") } catch { #expect(error.message(.nb) == "reviewIntervalDays må være 1–3650 dager, ikke 5000.") }
        do { _ = try s.parse("5000") } catch { #expect(error.message(.en) == "reviewIntervalDays must be 1–3650 days, not 5000.") }
        #expect(throws: TavleError.self) { try TeamSettings.setting(.retentionMonths).parse("241") }
        #expect(try TeamSettings.setting(.meetingMinutes).parse("240") == 240)
    }

    /// A team file written before the two newer settings reads back unchanged: they are absent
    /// until set, and absent means the default (so `tavle check`'s replay agrees with the file).
    @Test func olderTeamFilesReadBackUnchanged() throws {
        var t = Team(name: "T")
        let bytes = try Coding.encodeFile(t)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("treatmentPlanReviewDays") && !text.contains("clarificationDays"))
        let back = try Coding.decodeFile(Team.self, from: bytes, path: "team.json", supported: Team.schemaVersion)
        #expect(back == t && back.rules.treatmentPlanReviewDays == 180 && back.rules.clarificationDays == 60)
        t.rules.clarificationDays = 45
        let set = String(decoding: try Coding.encodeFile(t), as: UTF8.self)
        #expect(set.contains("\"clarificationDays\" : 45"))
    }

    @Test func aValueOutsideItsRangeIsNamed() {
        var t = Team(name: "T")
        #expect(TeamSettings.rangeProblem(t) == nil)
        t.rules.turning18WithinDays = Int.max
        #expect(TeamSettings.rangeProblem(t)?.text(.en) == "field rules.turning18WithinDays: 9223372036854775807 is out of range (1–3650)")
        #expect(TeamSettings.rangeProblem(t)?.text(.nb) == "feltet rules.turning18WithinDays: 9223372036854775807 er utenfor området (1–3650)")
        t = Team(name: "T"); t.boardShareWarning = 1e308
        #expect(TeamSettings.rangeProblem(t)?.text(.en).hasPrefix("field boardShareWarning:") == true)
        t = Team(name: "T"); t.retentionMonths = 0
        #expect(TeamSettings.rangeProblem(t)?.text(.en) == "field retentionMonths: 0 is out of range (1–240)")
    }

    /// A hand-edited team file with an absurd number is a bad file, named with the field, and
    /// never reaches a rule's date arithmetic (which would trap).
    @Test func aHandEditedTeamFileOutOfRangeIsABadFileNotATrap() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        let original = try FileIO.read(store.teamPath)
        var text = String(decoding: original, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"turning18WithinDays\" : 90", with: "\"turning18WithinDays\" : 9223372036854775807")
        try Data(text.utf8).write(to: URL(fileURLWithPath: store.teamPath))
        #expect(throws: TavleError.badFile(path: store.teamPath,
                                           problem: LocalizedMessage(.fileOutOfRange, ["rules.turning18WithinDays", "9223372036854775807", "1", "3650"]))) {
            try store.loadTeam()
        }
        #expect(store.verify().contains { $0.contains("turning18WithinDays") })
        // Nothing is written while the team file is bad.
        #expect(throws: TavleError.self) { try store.apply(.setting(.boardPeriodDays, "10"), actor: leader) }
        #expect(try FileIO.read(store.teamPath) == Array(text.utf8))
    }

    /// The docs page lists the settings from this table (`TAVLE_RECORD=1` rewrites it).
    @Test func settingsTableInTheDocs() throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let path = repo.appendingPathComponent("docs/review-rules.md").path
        let page = try String(contentsOfFile: path, encoding: .utf8)
        let start = try #require(page.range(of: SettingsDoc.begin), "docs/review-rules.md has no \(SettingsDoc.begin)")
        let stop = try #require(page.range(of: SettingsDoc.end))
        let current = String(page[start.upperBound..<stop.lowerBound])
        let generated = "\n" + SettingsDoc.markdown() + "\n"
        if ProcessInfo.processInfo.environment["TAVLE_RECORD"] == "1", current != generated {
            try (String(page[..<start.upperBound]) + generated + String(page[stop.lowerBound...])).write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        #expect(current == generated, "docs/review-rules.md's settings are out of date: run TAVLE_RECORD=1 swift test --filter settingsTableInTheDocs")
    }
}
