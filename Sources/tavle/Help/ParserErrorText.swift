import ArgumentParser
import TavleCore

/// argument-parser's refusals, worded by tavle. The parser's error type is internal to it, so
/// its kind (`unknownOption`, `unableToParseValue` …) and the bad value are read by reflection;
/// everything else (which command, which option, what would have been valid) is worked out from
/// the command line as typed and the command tree (`Invocation`, `CommandInfo`).
struct ParserErrorText {
    /// The parser's name for the kind of mistake, e.g. `unknownOption`.
    let kind: String
    let payload: Any?

    /// Reads a parser error; nil for errors that are not the parser's (or not a parse failure).
    init?(_ error: Error) {
        let top = Mirror(reflecting: error)
        guard String(describing: type(of: error)) == "CommandError",
              let inner = top.children.first(where: { $0.label == "parserError" })?.value else { return nil }
        let m = Mirror(reflecting: inner)
        if let first = m.children.first {
            kind = first.label ?? ""
            payload = first.value
        } else {
            kind = String(describing: inner)
            payload = nil
        }
    }

    /// Requests the parser answers itself (version, completion scripts): not mistakes.
    var isRequest: Bool {
        ["versionRequested", "dumpHelpRequested", "completionScriptRequested", "completionScriptCustomResponse"].contains(kind)
    }
    var isHelpRequest: Bool { kind == "helpRequested" }

    /// The error nested in a `validate()` refusal (a `ValidationError`, `TavleError` or `CLIError`).
    var validationError: Error? {
        guard kind == "userValidationError" || kind == "noArguments" else { return nil }
        return payload as? Error ?? Reflect.first(Error.self, in: payload)
    }

    /// The message, in the run's language, for the command line `arguments`.
    func message(_ arguments: [String]) -> String {
        let inv = Invocation(arguments)
        let name = (["tavle"] + inv.path).joined(separator: " ")
        let text = sentence(inv, name: name)
        return text + "\n" + L.t(.helpTitleUsage) + " " + HelpText.usage(inv.path, inv.command) + "\n" + L.t(.parseSeeHelp, name)
    }

    private func sentence(_ inv: Invocation, name: String) -> String {
        if let typed = inv.unknownCommand {
            let names = inv.command.visibleSubcommands.map(\.commandName) + (inv.path.isEmpty ? ["help"] : [])
            let head = inv.path.isEmpty ? L.t(.parseUnknownCommand, safe(typed)) : L.t(.parseUnknownSubcommand, safe(typed), name)
            return head + didYouMean(typed, names)
        }
        if let typed = inv.unknownOptions.first {
            let names = inv.command.optionsAndFlags.filter { !$0.isBuiltIn || $0.longNames.contains("--help") }.flatMap(\.longNames)
            return L.t(.parseUnknownOption, safe(typed), name) + didYouMean(typed, names)
        }
        switch kind {
        case "unableToParseValue":
            let value = Reflect.tuple(payload, 2) as? String ?? ""
            let option = Reflect.name(Reflect.tuple(payload, 1))
            let argument = option.flatMap { inv.command.option(named: $0) }
                ?? inv.positionals.firstIndex(of: value).flatMap { inv.positional(at: $0) }
            let label = option ?? argument.map(HelpText.valueText) ?? ""
            return badValue(value, label, argument)
        case "missingValueForOption", "missingValueOrUnknownCompositeOption":
            let option = Reflect.name(Reflect.tuple(payload, 1)) ?? ""
            return L.t(.parseMissingValue, option, example(inv.command.option(named: option)))
        case "unexpectedValueForOption":
            let option = Reflect.name(Reflect.tuple(payload, 1)) ?? ""
            return L.t(.parseFlagTakesNoValue, option)
        case "noValue":
            let key = Reflect.string("name", in: payload) ?? ""
            let long = "--" + Self.kebab(key)
            if let o = inv.command.option(named: long) { return L.t(.parseMissingOption, name, HelpText.optionText(o)) }
            let missing = inv.command.positionals.filter { !$0.isOptional }
            let arg = missing.count > inv.positionals.count ? missing[inv.positionals.count] : missing.last
            return L.t(.parseMissingArgument, name, arg.map(HelpText.valueText) ?? key)
        case "unexpectedExtraValues":
            let extra = (payload as? [Any])?.first
            let word = Reflect.string(at: 1, in: extra) ?? inv.positionals.last ?? ""
            return L.t(.parseUnexpectedArgument, safe(word), name)
        case "duplicateExclusiveValues":
            let given = inv.options.filter { inv.command.option(named: $0)?.kind == .flag }
            return L.t(.parseExclusive, given.joined(separator: ", "))
        case "missingSubcommand":
            return L.t(.parseMissingSubcommand, name, inv.command.visibleSubcommands.map(\.commandName).joined(separator: ", "))
        default:
            return L.t(.parseCannotRead, name)
        }
    }

    /// `«31.02.2026» er ikke en gyldig verdi for --since. Eksempel: 2026-12-24 eller 24.12.2026.`
    private func badValue(_ value: String, _ label: String, _ argument: CommandInfo.ArgumentInfo?) -> String {
        if let values = argument?.allValues, !values.isEmpty {
            return L.t(.parseBadChoice, safe(value), label, values.joined(separator: ", "))
        }
        return L.t(.parseBadValue, safe(value), label, example(argument))
    }

    /// An example of a valid value for an option or argument, from its kind of value.
    func example(_ a: CommandInfo.ArgumentInfo?) -> String {
        guard let a else { return L.t(.exampleText) }
        if let values = a.allValues, let first = values.first { return first }
        switch a.valueName ?? "" {
        case "DATE", "YYYY-MM-DD": return L.t(.exampleDate)
        case "HH:MM": return "14:30"
        case "TIME": return L.t(.exampleMoment)
        case "N", "Y", "S": return a.defaultValue ?? "7"
        case "nb|en": return "nb"
        case "yes|no": return L.t(.exampleYesNo)
        case "a,b", "A,B": return L.t(.exampleList)
        default: return L.t(.exampleText)
        }
    }

    private func didYouMean(_ typed: String, _ names: [String]) -> String {
        guard let s = Suggestion.closest(to: typed, among: names) else { return "" }
        return " " + L.t(.parseDidYouMean, s)
    }

    private func safe(_ s: String) -> String { TextSafety.display(s) }

    /// `ifVersion` → `if-version` (argument-parser's default long names).
    static func kebab(_ key: String) -> String {
        var out = ""
        for ch in key {
            if ch.isUppercase { out += (out.isEmpty ? "" : "-") + ch.lowercased() } else { out.append(ch) }
        }
        return out
    }
}

/// Reading values out of argument-parser's internal error payloads.
enum Reflect {
    /// The `index`-th element of a tuple.
    static func tuple(_ value: Any?, _ index: Int) -> Any? {
        guard let value else { return nil }
        let children = Array(Mirror(reflecting: value).children)
        if children.isEmpty, index == 0 { return value }
        return index < children.count ? children[index].value : nil
    }

    static func string(at index: Int, in value: Any?) -> String? { tuple(value, index) as? String }

    /// An argument-parser `Name` (possibly optional) as typed: `--since`, `-h`.
    static func name(_ value: Any?) -> String? {
        guard var v = value else { return nil }
        let m = Mirror(reflecting: v)
        if m.displayStyle == .optional {
            guard let some = m.children.first?.value else { return nil }
            v = some
        }
        guard let c = Mirror(reflecting: v).children.first else { return nil }
        switch c.label {
        case "long": return (c.value as? String).map { "--" + $0 }
        case "longWithSingleDash": return (c.value as? String).map { "-" + $0 }
        case "short":
            if let ch = tuple(c.value, 0) as? Character { return "-" + String(ch) }
            return nil
        default: return nil
        }
    }

    /// The first value of type `T` anywhere inside `value` (depth-first, a few levels).
    static func first<T>(_ type: T.Type, in value: Any?, depth: Int = 4) -> T? {
        guard let value, depth > 0 else { return nil }
        for c in Mirror(reflecting: value).children {
            if let t = c.value as? T { return t }
            if let t = first(type, in: c.value, depth: depth - 1) { return t }
        }
        return nil
    }

    /// The `String` labelled `label` anywhere inside `value`.
    static func string(_ label: String, in value: Any?, depth: Int = 4) -> String? {
        guard let value, depth > 0 else { return nil }
        let m = Mirror(reflecting: value)
        for c in m.children {
            if c.label == label, let s = c.value as? String { return s }
            if let s = string(label, in: c.value, depth: depth - 1) { return s }
        }
        return nil
    }
}
