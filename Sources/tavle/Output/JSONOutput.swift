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

    /// Prints a JSON array a batch of elements at a time, byte for byte as `print` would print
    /// the whole array, so a listing of 10,000 youths never holds the whole document in memory.
    static func printArray<S: Sequence>(_ items: S, batch: Int = 256) throws where S.Element: Encodable {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var pending: [S.Element] = []
        pending.reserveCapacity(batch)
        var first = true
        Console.write("[\n")
        func flush() throws {
            guard !pending.isEmpty else { return }
            let data: Data
            do { data = try e.encode(pending) } catch {
                throw TavleError.badFile(path: "-", problem: "cannot encode JSON: \(error)")
            }
            pending.removeAll(keepingCapacity: true)
            // Each batch is itself a pretty-printed array, its elements already indented:
            // drop its own "[\n" and "\n]" and join the batches with ",\n".
            if !first { Console.write(",\n") }
            Console.write(data.dropFirst(2).dropLast(2))
            first = false
        }
        for item in items {
            pending.append(item)
            if pending.count == batch { try flush() }
        }
        try flush()
        Console.write("\n]\n")
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
