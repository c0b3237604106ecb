/// The settings table of docs/review-rules.md, made from `TeamSettings.all` (a test keeps the page
/// in step: `TAVLE_RECORD=1 swift test --filter settingsTableInTheDocs` rewrites it).
public enum SettingsDoc {
    public static let begin = "<!-- settings: generated from TeamSettings.all -->"
    public static let end = "<!-- /settings -->"

    /// One row per setting: key, where it lives in team.json, default, allowed range, what it does.
    public static func markdown() -> String {
        var out = ["| key | in `team.json` | default | allowed | what it does | rules |", "|---|---|---|---|---|---|"]
        for s in TeamSettings.all {
            let rules = s.rules.isEmpty ? "—" : s.rules.map { "`" + $0 + "`" }.joined(separator: ", ")
            out.append("| `\(s.key.rawValue)` | `\(s.path)` | \(s.display(s.defaultValue, .en)) | \(s.rangeText(.en)) | "
                       + Catalog.shared.text(s.about, .en) + " | " + rules + " |")
        }
        return out.joined(separator: "\n")
    }
}
