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

    /// Prints `items` as a JSON array, each made into its JSON shape by `shape`, byte for byte as
    /// `print` would print the whole array. Batches of elements are shaped and encoded on every core
    /// and printed in order as they are done, so a listing of 10,000 youths never holds the whole
    /// document in memory.
    static func printArray<T: Sendable, E: Encodable>(_ items: [T], batch: Int = 256,
                                                      _ shape: @escaping @Sendable (T) -> E) throws {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        var first = true
        Console.write("[\n")
        var start = 0
        while start < items.count {
            let round = (0..<workers).map { w in min(items.count, start + w * batch)..<min(items.count, start + (w + 1) * batch) }
                .filter { !$0.isEmpty }
            var encoded = [Result<Data, Error>?](repeating: nil, count: round.count)
            encoded.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let slots = buffer   // each worker writes its own slot only
                DispatchQueue.concurrentPerform(iterations: round.count) { k in
                    let e = JSONEncoder()
                    e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                    slots[k] = Result { try e.encode(items[round[k]].map(shape)) }
                }
            }
            for result in encoded {
                let data: Data
                do { data = try result!.get() } catch {
                    throw TavleError.badFile(path: "-", problem: "cannot encode JSON: \(error)")
                }
                // Each batch is itself a pretty-printed array, its elements already indented:
                // drop its own "[\n" and "\n]" and join the batches with ",\n".
                if !first { Console.write(",\n") }
                Console.write(data.dropFirst(2).dropLast(2))
                first = false
            }
            start += workers * batch
        }
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
