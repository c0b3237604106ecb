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

    /// The plural category of `count` (`one` or `other`; both languages here use the same rule).
    public func pluralCategory(_ count: Int) -> String { count == 1 ? "one" : "other" }

    /// Accepts `nb`, `no`, `nb_NO.UTF-8`, `en`, `en_GB` …
    public init?(code: String) {
        let c = code.lowercased()
        if c.hasPrefix("nb") || c.hasPrefix("no") || c.hasPrefix("nn") { self = .nb }
        else if c.hasPrefix("en") { self = .en }
        else { return nil }
    }
}

/// A key of the language files (`Sources/TavleCore/Strings/nb.strings` …). Every key the code
/// uses is a constant in `TextKeys.swift`, generated from the bokmål file, so a typo is a
/// compile error; the few keys made at run time (a value's word, a rule's message) are made only
/// here in the core, from lists a test enumerates (`TextCatalogTests`).
public struct TextKey: Hashable, Sendable, Codable, CustomStringConvertible {
    public let raw: String
    init(_ raw: String) { self.raw = raw }
    public var description: String { raw }

    public init(from decoder: Decoder) throws { raw = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(raw)
    }
}

/// A key whose text depends on a count (`1 beslutning`, `2 beslutninger`): in the language file
/// as `"key#one"` and `"key#other"` (the plural categories of the language).
public struct PluralKey: Hashable, Sendable, CustomStringConvertible {
    public let raw: String
    init(_ raw: String) { self.raw = raw }
    public var description: String { raw }
}

/// The words of every language, read from the language files built into the program. Placeholders
/// are `{1}`, `{2}` …. A key missing in one language falls back to bokmål; tests make sure none is.
public final class Catalog: @unchecked Sendable {
    /// The program's language files.
    public static let shared = Catalog { lang in
        switch lang {
        case .nb: PackageResources.nb_strings
        case .en: PackageResources.en_strings
        }
    }

    private let source: @Sendable (Language) -> [UInt8]
    private var tables: [Language: [String: String]] = [:]
    private let lock = NSLock()

    init(source: @escaping @Sendable (Language) -> [UInt8]) { self.source = source }

    /// One language's table, read on first use (a command reads only the language it speaks).
    public func table(_ lang: Language) -> [String: String] {
        lock.lock()
        defer { lock.unlock() }
        if let t = tables[lang] { return t }
        // The files are checked by the tests; a broken one must not stop the program, so its
        // entries up to the error are kept out and bokmål (or the key) is shown instead.
        let t = (try? StringsFile.table(parsing: source(lang))) ?? [:]
        tables[lang] = t
        return t
    }

    /// The text of `key` in `lang`, with `{1}`, `{2}` … filled in.
    public func text(_ key: TextKey, _ lang: Language, _ args: [String] = []) -> String {
        let template = lookup(key.raw, lang)
        return args.isEmpty ? template : Catalog.fill(template, args)
    }

    /// The text of `key` for `count` in `lang` (the count is also `{1}` unless `args` are given).
    public func text(_ key: PluralKey, count: Int, _ lang: Language, _ args: [String]? = nil) -> String {
        let template = lookup(key.raw + "#" + lang.pluralCategory(count), lang)
        return Catalog.fill(template, args ?? [String(count)])
    }

    func lookup(_ raw: String, _ lang: Language) -> String {
        if let t = table(lang)[raw] { return t }
        assertionFailure("no text for \"\(raw)\" in \(lang.rawValue)")
        return table(.nb)[raw] ?? raw
    }

    /// Replaces `{1}` … `{n}` in one pass (a listing fills thousands of messages); an argument's own
    /// text is never scanned again, and a placeholder without an argument stays as it is.
    /// Works on the UTF-8 bytes: `{` and `}` never occur inside a multi-byte character, and a walk
    /// by `Character` was 7 % of `tavle due` at 10,000 youths (issue 29).
    static func fill(_ template: String, _ args: [String]) -> String {
        guard template.utf8.contains(0x7B) else { return template }
        var template = template
        return template.withUTF8 { t -> String in
            let firstOpen = t.firstIndex(of: 0x7B)!
            var out: [UInt8] = []
            out.reserveCapacity(t.count + 64)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: t[..<firstOpen]))
            var i = firstOpen
            while i < t.count {
                let c = t[i]
                guard c == 0x7B else { out.append(c); i += 1; continue }
                // `{n}`: the digits up to the next `}` (read as `Int` reads them), 1 … args.count.
                var close = i + 1
                while close < t.count && t[close] != 0x7D { close += 1 }
                if close < t.count, let n = Int(String(decoding: UnsafeBufferPointer(rebasing: t[(i + 1)..<close]), as: UTF8.self)),
                   n >= 1, n <= args.count {
                    out.append(contentsOf: args[n - 1].utf8)
                    i = close + 1
                } else {
                    out.append(c)
                    i += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}

extension Catalog {
    /// What a language file lacks against the reference (bokmål): keys missing or extra, and
    /// placeholders (`{1}` …) that differ. Empty when the file is complete. Used by the tests and
    /// by translators (docs/translating.md).
    public static func problems(reference: StringsFile, candidate: StringsFile, name: String) -> [String] {
        let ref = reference.table, cand = candidate.table
        var out: [String] = []
        for (key, text) in reference.entries {
            guard let other = cand[key] else { out.append("\(name) lacks \"\(key)\""); continue }
            if placeholders(text) != placeholders(other) {
                out.append("\(name) \"\(key)\" has placeholders \(placeholders(other).sorted()), the reference \(placeholders(text).sorted())")
            }
        }
        for (key, _) in candidate.entries where ref[key] == nil { out.append("\(name) has \"\(key)\", which the reference does not") }
        return out
    }

    /// The placeholder numbers a text uses.
    static func placeholders(_ text: String) -> Set<Int> {
        var out = Set<Int>()
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest.index(after: open)
            guard let close = rest[after...].firstIndex(of: "}") else { break }
            if let n = Int(rest[after..<close]) { out.insert(n) }
            rest = rest[rest.index(after: close)...]
        }
        return out
    }

    /// The program's own file of `lang`, parsed.
    public static func file(_ lang: Language) throws(StringsFile.SyntaxError) -> StringsFile {
        try StringsFile(parsing: lang == .nb ? PackageResources.nb_strings : PackageResources.en_strings)
    }
}

/// The shorthand the front ends use: `Texts.text(.ruleCrisis, lang)`.
public enum Texts {
    public static func text(_ key: TextKey, _ lang: Language, _ args: [String] = []) -> String {
        Catalog.shared.text(key, lang, args)
    }

    public static func text(_ key: PluralKey, count: Int, _ lang: Language, _ args: [String]? = nil) -> String {
        Catalog.shared.text(key, count: count, lang, args)
    }
}

/// A message in both languages, resolved when shown (rules and errors carry these).
public struct LocalizedMessage: Sendable, Hashable, Codable {
    public let key: TextKey
    public let args: [String]
    /// Set for a counted message: `key` is then a plural key, whose form follows the count.
    public let count: Int?

    public init(_ key: TextKey, _ args: [String] = []) { self.key = key; self.args = args; self.count = nil }

    /// A counted message (`file.moreUnreadable#one` / `#other`, chosen by `count`).
    public init(_ key: PluralKey, count: Int, _ args: [String]) {
        self.key = TextKey(key.raw); self.args = args; self.count = count
    }

    /// The message in `lang`. Dates travel as ISO arguments (stable in JSON output) and are
    /// shown the Norwegian way (dd.mm.yyyy) in bokmål; words (`LocalizedMessage.word`) are shown
    /// in the language.
    public func text(_ lang: Language) -> String {
        let filled = args.map { Self.resolve($0, lang) }
        if let count { return Catalog.shared.text(PluralKey(key.raw), count: count, lang, filled) }
        return Catalog.shared.text(key, lang, filled)
    }

    /// An argument that is a word of the language files (a value's word, a field's name), shown in
    /// the reader's language. (Marked with U+0001, which user text can never contain: TextSafety
    /// removes control characters from everything typed.)
    public static func word(_ key: TextKey) -> String { "\u{1}" + key.raw }

    /// An argument that is itself a message ("entry at byte 12 cannot be read: {the reason}"),
    /// shown in the reader's language. (Marked with U+0002, as `word` is with U+0001.)
    public static func nested(_ message: LocalizedMessage) -> String {
        let json = (try? JSONEncoder().encode(message)).flatMap { String(bytes: $0, encoding: .utf8) } ?? "{}"
        return "\u{2}" + json
    }

    /// An argument that is a list of arguments (each a word, a message or plain text), shown
    /// joined by commas in the reader's language. (Marked with U+0004.)
    public static func list(_ items: [String]) -> String {
        let json = (try? JSONEncoder().encode(items)).flatMap { String(bytes: $0, encoding: .utf8) } ?? "[]"
        return "\u{4}" + json
    }

    static func resolve(_ arg: String, _ lang: Language) -> String {
        // Most arguments are plain (a number, a name): one byte tells (a listing resolves tens of
        // thousands, issue 29).
        let lead = arg.utf8.first ?? 0
        guard lead == 1 || lead == 2 || lead == 4 else { return lang == .nb ? norwegianDate(arg) : arg }
        if arg.hasPrefix("\u{4}") {
            guard let items = try? JSONDecoder().decode([String].self, from: Data(arg.utf8.dropFirst())) else { return "" }
            return items.map { resolve($0, lang) }.joined(separator: ", ")
        }
        if arg.hasPrefix("\u{1}") { return Catalog.shared.text(TextKey(String(arg.dropFirst())), lang) }
        if arg.hasPrefix("\u{2}") {
            guard let m = try? JSONDecoder().decode(LocalizedMessage.self, from: Data(arg.utf8.dropFirst())) else { return "" }
            return m.text(lang)
        }
        return lang == .nb ? norwegianDate(arg) : arg
    }

    static func norwegianDate(_ arg: String) -> String {
        guard arg.utf8.count == 10 else { return arg }
        let u = Array(arg.utf8)
        guard u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
              let day = Day(parsing: arg) else { return arg }
        return day.norwegian
    }
}

