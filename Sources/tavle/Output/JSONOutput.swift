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
            throw TavleError.badFile(path: "-", problem: LocalizedMessage(.fileCannotEncode, ["\(error)"]))
        }
    }

    static func print<T: Encodable>(_ value: T) throws { Console.out(try encode(value)) }

    /// Prints a JSON array a batch of elements at a time, byte for byte as `print` would print
    /// the whole array, so a listing of 10,000 youths never holds the whole document in memory.
    static func printArray<S: Sequence>(_ items: S, batch: Int = 256) throws where S.Element: Encodable {
        var writer = ArrayWriter<S.Element>(batch: batch)
        for item in items { try writer.add(item) }
        try writer.finish()
    }

    /// `printArray` for the youths of a listing (`list`, `due`, `export`), written by `JSONText`
    /// rather than `JSONEncoder`: the same bytes, several times faster (issue 29).
    static func printYouths<S: Sequence>(_ items: S) throws where S.Element == YouthJSON {
        var text = JSONText()
        text.bytes.reserveCapacity(1 << 17)
        text.bytes.append(contentsOf: "[\n".utf8)
        var first = true
        var slow = ArrayWriter<YouthJSON>(batch: 1)
        for item in items {
            guard item.isListing else {
                // Not a listing's youth (never the case today): the encoder's way, whole.
                Console.write(text.bytes); text.bytes.removeAll()
                if !first { Console.write(",\n") }
                try slow.addElement(item)
                first = false
                continue
            }
            if !first { text.bytes.append(contentsOf: ",\n".utf8) }
            first = false
            text.indent(1)
            item.writeListing(&text, level: 1)
            Console.flushIfFull(&text.bytes)
        }
        text.bytes.append(contentsOf: "\n]\n".utf8)
        Console.write(text.bytes)
    }

    /// `printArray` for elements that arrive one at a time (a journal streamed from disk).
    struct ArrayWriter<Element: Encodable> {
        let batch: Int
        private let encoder: JSONEncoder = {
            let e = JSONEncoder()
            e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return e
        }()
        private var pending: [Element] = []
        private var first = true
        private var started = false

        init(batch: Int = 256) { self.batch = batch; pending.reserveCapacity(batch) }

        mutating func add(_ item: Element) throws {
            if !started { Console.write("[\n"); started = true }
            pending.append(item)
            if pending.count == batch { try flush() }
        }

        mutating func finish() throws {
            if !started { Console.write("[\n"); started = true }
            try flush()
            Console.write("\n]\n")
        }

        /// One element, encoded and written at once without the array's brackets or separator.
        mutating func addElement(_ item: Element) throws {
            let data: Data
            do { data = try encoder.encode([item]) } catch {
                throw TavleError.badFile(path: "-", problem: LocalizedMessage(.fileCannotEncode, ["\(error)"]))
            }
            Console.write(data.dropFirst(2).dropLast(2))
        }

        private mutating func flush() throws {
            guard !pending.isEmpty else { return }
            let data: Data
            do { data = try encoder.encode(pending) } catch {
                throw TavleError.badFile(path: "-", problem: LocalizedMessage(.fileCannotEncode, ["\(error)"]))
            }
            pending.removeAll(keepingCapacity: true)
            // Each batch is itself a pretty-printed array, its elements already indented:
            // drop its own "[\n" and "\n]" and join the batches with ",\n".
            if !first { Console.write(",\n") }
            Console.write(data.dropFirst(2).dropLast(2))
            first = false
        }
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
