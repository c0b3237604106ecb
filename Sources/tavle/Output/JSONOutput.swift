import Foundation
import TavleCore

/// `--json` output: pretty-printed, keys sorted, stable (docs/cli.md documents every shape).
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try e.encode(value), as: UTF8.self)
        } catch {
            throw TavleError.badFile(path: "-", problem: "cannot encode JSON: \(error)")
        }
    }

    static func print<T: Encodable>(_ value: T) throws { Console.out(try encode(value)) }

    /// Prints a JSON array one element at a time, byte for byte as `print` would print the whole
    /// array, so a listing of 10,000 youths never holds the whole document in memory.
    static func printArray<S: Sequence>(_ items: S) throws where S.Element: Encodable {
        var first = true
        Console.out("[")
        for item in items {
            let element = try encode(item)
            // Pretty-printed JSON has no raw newline inside a string, so lines are safe to indent;
            // the empty line inside an empty array stays empty, as the encoder writes it.
            let indented = element.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
            Console.write(first ? indented : ",\n" + indented)
            first = false
        }
        Console.out("\n]")
    }

    /// User text inside JSON: stored text is already free of control characters; what could
    /// still fool a terminal (bidi overrides, zero-width characters) is shown visibly here too.
    static func safe(_ s: String) -> String { TextSafety.displayMultiline(s) }

    static func safe(_ s: String?) -> String? { s.map { TextSafety.displayMultiline($0) } }

    /// The same for a journal value, all the way down.
    static func safe(_ v: JSONValue) -> JSONValue {
        switch v {
        case .string(let s): return .string(safe(s))
        case .array(let a): return .array(a.map { safe($0) })
        case .object(let o): return .object(Dictionary(o.map { (safe($0.key), safe($0.value)) }, uniquingKeysWith: { a, _ in a }))
        default: return v
        }
    }
}
