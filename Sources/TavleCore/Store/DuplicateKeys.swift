import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds a key that appears twice in one JSON object. Foundation's decoder keeps the first
/// value and most other tools (jq, Python) the last, so such a file means different things to
/// different readers: tavle reports it as a bad file instead of choosing one.
///
/// One pass over the bytes with an explicit stack (no recursion, so deep nesting is safe). It
/// does not validate the JSON; the decoder does that afterwards.
enum DuplicateKeys {
    /// The first duplicated key, in its decoded form, or nil.
    static func first(in bytes: [UInt8]) -> String? { bytes.withUnsafeBufferPointer { first(in: $0) } }

    static func first(in bytes: ArraySlice<UInt8>) -> String? { bytes.withUnsafeBufferPointer { first(in: $0) } }

    static func first(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let base = bytes.baseAddress else { return nil }
        // One entry per open object or array; nil for an array.
        var stack: [Set<[UInt8]>?] = []
        var expectKey = false
        var i = 0
        let n = bytes.count
        while i < n {
            switch base[i] {
            case UInt8(ascii: "\""):
                let start = i + 1
                var hasEscape = false
                i += 1
                // To the closing quote with memchr (strings are most of a journal line's bytes):
                // a backslash before it escapes the next byte, so look again after that.
                while i < n {
                    let quote = memchr(base + i, Int32(UInt8(ascii: "\"")), n - i).map { UnsafeRawPointer(base).distance(to: $0) } ?? n
                    let slash = memchr(base + i, Int32(UInt8(ascii: "\\")), quote - i).map { UnsafeRawPointer(base).distance(to: $0) }
                    if let slash { hasEscape = true; i = slash + 2; continue }
                    i = quote
                    break
                }
                if expectKey, case .some(.some) = stack.last {
                    let raw = Array(bytes[start..<min(i, n)])
                    let key = hasEscape ? unescaped(raw) : raw
                    // Inserted in place: a copy of the set per key would make this quadratic.
                    if !stack[stack.count - 1]!.insert(key).inserted { return String(decoding: key, as: UTF8.self) }
                }
                expectKey = false
            case UInt8(ascii: "{"):
                stack.append(Set())
                expectKey = true
            case UInt8(ascii: "["):
                stack.append(nil)
                expectKey = false
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if !stack.isEmpty { stack.removeLast() }
                expectKey = false
            case UInt8(ascii: ","):
                expectKey = stack.last.map { $0 != nil } ?? false
            default:
                break
            }
            i += 1
        }
        return nil
    }

    /// `"a\u0062"` and `"ab"` are the same key: decode the escapes (rare in keys, so slow is fine).
    private static func unescaped(_ raw: [UInt8]) -> [UInt8] {
        let literal = Data([UInt8(ascii: "\"")] + raw + [UInt8(ascii: "\"")])
        guard let s = try? JSONDecoder().decode(String.self, from: literal) else { return raw }
        return Array(s.utf8)
    }
}
