import Foundation

/// The interface language: Norwegian bokmål by default, English on request.
public enum Language: String, Sendable, Codable, CaseIterable {
    case nb, en

    /// `--lang`, else `$TAVLE_LANG`, else the team's language, else bokmål.
    public static func choose(flag: String?, environment: [String: String], team: Language?) -> Language {
        if let f = flag, let l = Language(code: f) { return l }
        if let e = environment["TAVLE_LANG"], let l = Language(code: e) { return l }
        return team ?? .nb
    }

    /// Accepts `nb`, `no`, `nb_NO.UTF-8`, `en`, `en_GB` …
    public init?(code: String) {
        let c = code.lowercased()
        if c.hasPrefix("nb") || c.hasPrefix("no") || c.hasPrefix("nn") { self = .nb }
        else if c.hasPrefix("en") { self = .en }
        else { return nil }
    }
}

/// A catalog of user-visible strings, one table per language, looked up by key.
/// Placeholders are `{1}`, `{2}` …; a missing key shows the key itself (and a test catches it).
public struct Catalog: Sendable {
    public let tables: [Language: [String: String]]

    public init(_ tables: [Language: [String: String]]) { self.tables = tables }

    public func text(_ key: String, _ lang: Language, _ args: [String] = []) -> String {
        let template = tables[lang]?[key] ?? tables[.en]?[key] ?? key
        return args.isEmpty ? template : Catalog.fill(template, args)
    }

    /// Replaces `{1}` … `{n}` in one pass (a listing fills thousands of messages); an argument's own
    /// text is never scanned again, and a placeholder without an argument stays as it is.
    static func fill(_ template: String, _ args: [String]) -> String {
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let n = Int(rest[afterOpen..<close]), n >= 1, n <= args.count {
                out += args[n - 1]
                rest = rest[rest.index(after: close)...]
            } else {
                out += "{"
                rest = rest[afterOpen...]
            }
        }
        out += rest
        return out
    }

    /// Keys present in one language but not the other (tests assert this is empty).
    public var missingKeys: [String] {
        let nb = Set(tables[.nb]?.keys.map { $0 } ?? []), en = Set(tables[.en]?.keys.map { $0 } ?? [])
        return nb.symmetricDifference(en).sorted()
    }

    /// Merges catalogs (modules add their own strings to the core's).
    public func merging(_ other: Catalog) -> Catalog {
        var t = tables
        for (lang, table) in other.tables { t[lang, default: [:]].merge(table) { _, new in new } }
        return Catalog(t)
    }
}

/// A message in both languages, resolved when shown (rules and errors carry these).
public struct LocalizedMessage: Sendable, Hashable, Codable {
    public let key: String
    public let args: [String]

    public init(_ key: String, _ args: [String] = []) { self.key = key; self.args = args }

    /// The message in `lang`. Dates travel as ISO arguments (stable in JSON output) and are
    /// shown the Norwegian way (dd.mm.yyyy) in bokmål.
    public func text(_ lang: Language) -> String {
        CoreStrings.catalog.text(key, lang, lang == .nb ? args.map(Self.norwegianDate) : args)
    }

    static func norwegianDate(_ arg: String) -> String {
        let u = Array(arg.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
              let day = Day(parsing: arg) else { return arg }
        return day.norwegian
    }
}

