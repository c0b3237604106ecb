import Foundation

/// The names of the board's draft files in `drafts/`, defined once for the board that writes
/// them and the purge that removes them.
///
/// `<user>.json` holds one user's unsent dialog (0600: a colleague cannot read it).
/// `<user>@<youth>.about` is an empty marker (0600 too) naming the youth the draft is about, so a
/// purge run by anyone on the team finds a colleague's draft about a purged youth by its name
/// alone, without reading it, and removes it (the directory is the team's to write).
public enum DraftFiles {
    /// A Unix user name as a file name: letters, digits, `.`, `_` and `-` pass; anything else is `_`.
    public static func safe(_ user: String) -> String {
        let safe = String(user.unicodeScalars.map { s -> Character in
            let ok = (s.value < 0x80) && (CharacterSet.alphanumerics.contains(s) || s == "." || s == "_" || s == "-")
            return ok ? Character(s) : "_"
        })
        return safe.isEmpty || safe.hasPrefix(".") ? "_" + safe : safe
    }

    public static func draft(user: String) -> String { safe(user) + ".json" }

    public static func marker(user: String, youth: String) -> String { safe(user) + "@" + safe(youth) + ".about" }

    /// The draft file a marker stands for, when the marker is about one of `youths`.
    public static func draft(forMarker name: String, youths: Set<String>) -> String? {
        guard name.hasSuffix(".about"), let at = name.lastIndex(of: "@") else { return nil }
        let youth = String(name[name.index(after: at)...].dropLast(".about".count))
        guard youths.contains(where: { safe($0) == youth }) else { return nil }
        return String(name[..<at]) + ".json"
    }
}
