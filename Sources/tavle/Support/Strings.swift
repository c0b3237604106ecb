import Foundation
import TavleCore

/// The run's language and its words (the language files, `Sources/TavleCore/Strings/`).
enum L {
    /// Chosen before parsing (so `--help` speaks it) and settled when a session opens.
    nonisolated(unsafe) static var lang: Language = .nb

    /// The text for `key` in the run's language, with `{1}`, `{2}` … filled in.
    static func t(_ key: TextKey, _ args: String...) -> String { Texts.text(key, lang, args) }

    static func t(_ key: TextKey, args: [String]) -> String { Texts.text(key, lang, args) }

    /// The text for `count` of something (`1 beslutning`, `2 beslutninger`), with `{1}` the count
    /// unless other arguments are given.
    static func n(_ key: PluralKey, _ count: Int, _ args: String...) -> String {
        Texts.text(key, count: count, lang, args.isEmpty ? nil : args)
    }

    /// A value's word, e.g. `krise` for `Status.crisis`.
    static func label<C: Choice>(_ c: C) -> String { c.label(lang) }

    /// Every value's word, looked up once: a listing of 10,000 youths names thousands.
    static func words<C: Choice>(_: C.Type) -> [C: String] {
        Dictionary(uniqueKeysWithValues: C.allCases.map { ($0, $0.label(lang)) })
    }
}

/// Works out the language before the arguments are parsed: `--lang` (before or after the
/// subcommand), else `$TAVLE_LANG`, else the language in the data directory's team file, else bokmål.
enum Startup {
    /// An unsupported `--lang` or `$TAVLE_LANG` is refused (exit 1), in bokmål, the default.
    static func language(arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Language {
        let flag = value(of: "--lang", in: arguments)
        if let f = flag {
            guard let l = Language(code: f) else { throw CLIError.usage(.usageBadLang, Format.safe(f)) }
            return l
        }
        if let e = environment["TAVLE_LANG"], !e.isEmpty {
            guard let l = Language(code: e) else { throw CLIError.usage(.usageBadLangEnv, Format.safe(e)) }
            return l
        }
        return Language.choose(flag: nil, environment: environment, team: teamLanguage(arguments: arguments, environment: environment))
    }

    /// The value of `--name VALUE` or `--name=VALUE`, up to a `--` terminator.
    static func value(of name: String, in arguments: [String]) -> String? {
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" { return nil }
            if a == name, i + 1 < arguments.count { return arguments[i + 1] }
            if a.hasPrefix(name + "=") { return String(a.dropFirst(name.count + 1)) }
            i += 1
        }
        return nil
    }

    private struct LanguageProbe: Decodable { var language: Language? }

    /// The team's language, if the data directory can be read; nothing is reported when it cannot.
    static func teamLanguage(arguments: [String], environment: [String: String]) -> Language? {
        guard let root = try? DataLocation.resolve(flag: value(of: "--data", in: arguments), environment: environment) else { return nil }
        guard let bytes = try? FileIO.read(root + "/team.json"),
              let probe = try? JSONDecoder().decode(LanguageProbe.self, from: Data(bytes)) else { return nil }
        return probe.language
    }
}
