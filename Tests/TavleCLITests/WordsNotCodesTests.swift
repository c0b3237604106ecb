import Foundation
import Testing

/// Words, not codes (issue 16): every listing a person reads, in both languages, on the demo team
/// with a meeting, undo and a discharge behind it, shows no catalog key, no rule id and (in bokmål)
/// no raw value of a choice where a word belongs. Codes are for `--json` only.
@Suite("words, not codes")
struct WordsNotCodesTests {
    /// Tokens that must never appear where a person reads: every rule id, and the raw values that
    /// are not also words of the language (`case-management`, `follow-up`, `ward` in bokmål …).
    static let ruleIDs = ["new-intake", "review-overdue", "evaluation-overdue", "board-period-long", "no-contact", "crisis-plan-missing",
                          "turning-18", "ageing-out", "discharge-phase", "order-expiring",
                          "treatment-plan-overdue", "clarification-overdue", "intake-criteria-unassessed"]
    static let rawValues = ["case-management", "positive-development", "discharge-phase", "mental-health", "substance-use",
                            "child-welfare", "on-call", "case-manager", "not-discussed", "move-up", "no-plan",
                            "no-out-of-hours", "crisis-plan", "plan-reviewed", "second-contact", "primaryContact", "crisisPlan",
                            "boardPeriods", "planReviewed", "fieldVersions", "initialsOverride"]
    /// In bokmål, English raw values give themselves away.
    static let englishRaw = ["stable", "worried", "crisis", "intensive", "ward", "home", "institution", "visit", "attempt",
                             "decision", "warning", "intake", "vulnerable", "clarification", "active", "discharged", "youth",
                             "network", "follow-up", "evening", "weekend", "urgent", "reviewed", "documented"]

    /// The words of a text, leaving out commands the user is told to type (`tavle show filip`):
    /// those are in the command line's own words.
    static func tokens(_ text: String) -> [String] {
        let typed = try! Regex("`[^`\n]*`")
        return text.replacing(typed, with: " ").split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_") })
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ".-")) }
    }

    @Test("no key, rule id or raw value in any listing, in bokmål or English")
    func listings() throws {
        let s = Scratch()
        try demoTeam(s)
        let d = ["--data", s.data]
        // Some history: a meeting with a decision and a status change, an undone note, a set, a discharge.
        _ = try CLI.run(["meeting", "start"] + d)
        _ = try CLI.run(["meeting", "discuss", "KH2", "--status", "crisis", "--decision", "Nettverksmøte"] + d)
        _ = try CLI.run(["note", "filip", "Feil ungdom"] + d)
        _ = try CLI.run(["undo"] + d)
        _ = try CLI.run(["set", "filip", "whereabouts", "ward"] + d)
        _ = try CLI.run(["discharge", "lukas", "--reason", "goals-met", "--to", "outreach"] + d)
        // The team's settings, a colleague's phone and the rota's holiday pattern (issue 20).
        _ = try CLI.run(["settings", "set", "reviewIntervalDays", "200"] + d)
        _ = try CLI.run(["staff", "set", "ole", "phone", "+47 912 34 567"] + d)
        _ = try CLI.run(["rota", "set", "holiday", "on-call", "ole"] + d)
        let keys = Set(try String(contentsOfFile: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/TavleCore/Strings/nb.strings").path, encoding: .utf8)
            .split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix("\""), let end = line.dropFirst().firstIndex(of: "\"") else { return nil }
                return String(line[line.index(after: line.startIndex)..<end])
            })
        var commands: [[String]] = [["list"], ["due"], ["stats"], ["today"], ["rota", "show", "--week"], ["meeting", "status"],
                                    ["staff", "list", "--all"], ["log"], ["log", "--access"], ["documented", "--pending"],
                                    ["export", "--format", "markdown", "--names"], ["export", "--format", "csv", "--names"],
                                    ["export", "minutes", "--format", "markdown", "--names"], ["check"],
                                    ["settings"], ["on-call"], ["rota", "show", "--date", "2026-12-25"]]
        for id in ["sofie", "kristian", "maja", "filip", "lukas", "amina"] { commands.append(["show", id, "--all"]); commands.append(["log", id]) }
        var found: [String] = []
        for lang in ["nb", "en"] {
            for args in commands {
                let r = try CLI.run(args + d + ["--lang", lang])
                let text = r.out + r.err
                for t in Self.tokens(text) {
                    let bad = keys.contains(t) || Self.ruleIDs.contains(t) || Self.rawValues.contains(t)
                        || (lang == "nb" && Self.englishRaw.contains(t))
                    if bad { found.append("\(lang) \(args.joined(separator: " ")): \(t)") }
                }
            }
        }
        let list = Set(found).sorted().joined(separator: "\n")
        #expect(found.isEmpty, "codes where words belong:\n\(list)")
    }
}
