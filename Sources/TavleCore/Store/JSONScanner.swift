/// A cursor over JSON bytes: the small steps both hand-written readers share (`JSONValueParser`,
/// into `JSONValue`, and `FastRead`, straight into records). Every step returns nil or false on
/// anything it does not expect, never guesses, so the caller falls back to `JSONDecoder` and its
/// error in the user's words (issue 29).
struct JSONScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var at = 0
    /// The whole buffer is known to be valid UTF-8, so strings are taken without checking each one
    /// again (the standard library's generic check was a quarter of reading a youth file).
    let validUTF8: Bool

    init(_ bytes: UnsafeBufferPointer<UInt8>, validUTF8: Bool = false) { self.bytes = bytes; self.validUTF8 = validUTF8 }

    /// A string from bytes between two ASCII quotes (never a cut sequence): checked unless the
    /// whole buffer was. A checked buffer's strings are copied without checking each one again
    /// (`String(decoding:)` checked it again: a tenth of a first open at 10,000 youths, issue 29).
    private func text(_ b: UnsafeBufferPointer<UInt8>, ascii: Bool = false) -> String? {
        guard validUTF8 else { return String(validating: b, as: UTF8.self) }
        return unsafe String(copying: UTF8Span(unchecked: Span(_unsafeElements: b), isKnownASCII: ascii))
    }

    /// At the end, with only white space after the value read.
    mutating func atEnd() -> Bool {
        skipSpace()
        return at == bytes.count
    }

    mutating func skipSpace() {
        while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x09 || bytes[at] == 0x0D { at += 1 }
    }

    /// The next byte after white space, not taken.
    mutating func peek() -> UInt8? {
        skipSpace()
        return at < bytes.count ? bytes[at] : nil
    }

    mutating func expect(_ c: UInt8) -> Bool {
        skipSpace()
        guard at < bytes.count, bytes[at] == c else { return false }
        at += 1
        return true
    }

    /// `true`, `false` or `null` at the cursor, taken when it is there.
    mutating func word(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard at + n <= bytes.count else { return false }
        for i in 0..<n where bytes[at + i] != word.utf8Start[i] { return false }
        at += n
        return true
    }

    /// `null`, taken when it is next.
    mutating func null() -> Bool { peek() == UInt8(ascii: "n") && word("null") }

    mutating func bool() -> Bool? {
        switch peek() {
        case UInt8(ascii: "t"): return word("true") ? true : nil
        case UInt8(ascii: "f"): return word("false") ? false : nil
        default: return nil
        }
    }

    /// A whole number as `JSONEncoder` writes one (`-?(0|[1-9][0-9]*)`, within `Int`); nil for a
    /// fraction, an exponent or anything else, which `JSONDecoder` judges instead.
    mutating func int() -> Int? {
        skipSpace()
        var i = at
        let negative = i < bytes.count && bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        let first = i
        var n = 0
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            let (s, o2) = negative ? m.subtractingReportingOverflow(Int(bytes[i] - 0x30)) : m.addingReportingOverflow(Int(bytes[i] - 0x30))
            guard !o1, !o2 else { return nil }
            n = s
            i += 1
        }
        guard i > first, i - first == 1 || bytes[first] != 0x30 else { return nil }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") { return nil }
        at = i
        return n
    }

    /// A string with no escape in it, as its bytes (a date or a time: no `String` made), else nil.
    mutating func plainString() -> UnsafeBufferPointer<UInt8>? {
        guard peek() == UInt8(ascii: "\"") else { return nil }
        var i = at + 1
        while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\"), bytes[i] >= 0x20 { i += 1 }
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
        defer { at = i + 1 }
        return UnsafeBufferPointer(rebasing: bytes[(at + 1)..<i])
    }

    /// A string, after white space. Plain runs are decoded in one piece.
    mutating func string() -> String? {
        guard peek() == UInt8(ascii: "\"") else { return nil }
        at += 1
        let start = at
        var high: UInt8 = 0   // any byte of 0x80 or more sets its top bit: then the string is not ASCII
        while at < bytes.count, bytes[at] != UInt8(ascii: "\""), bytes[at] != UInt8(ascii: "\\") {
            if bytes[at] < 0x20 { return nil }
            high |= bytes[at]
            at += 1
        }
        guard at < bytes.count else { return nil }
        if bytes[at] == UInt8(ascii: "\"") {
            at += 1
            return text(UnsafeBufferPointer(rebasing: bytes[start..<(at - 1)]), ascii: high < 0x80)
        }
        var raw: [UInt8] = Array(bytes[start..<at])
        while at < bytes.count {
            let b = bytes[at]
            if b == UInt8(ascii: "\"") {
                at += 1
                return raw.withUnsafeBufferPointer { text($0) }
            }
            if b < 0x20 { return nil }
            if b != UInt8(ascii: "\\") { raw.append(b); at += 1; continue }
            at += 1
            guard at < bytes.count else { return nil }
            let e = bytes[at]
            at += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): raw.append(e)
            case UInt8(ascii: "b"): raw.append(0x08)
            case UInt8(ascii: "f"): raw.append(0x0C)
            case UInt8(ascii: "n"): raw.append(0x0A)
            case UInt8(ascii: "r"): raw.append(0x0D)
            case UInt8(ascii: "t"): raw.append(0x09)
            case UInt8(ascii: "u"):
                guard var scalar = hex4() else { return nil }
                if (0xD800..<0xDC00).contains(scalar) {
                    guard at + 1 < bytes.count, bytes[at] == UInt8(ascii: "\\"), bytes[at + 1] == UInt8(ascii: "u") else { return nil }
                    at += 2
                    guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00..<0xE000).contains(scalar) {
                    return nil
                }
                guard let u = Unicode.Scalar(scalar) else { return nil }
                raw.append(contentsOf: Array(String(Character(u)).utf8))
            default: return nil
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard at + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[at]
            let d: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - UInt8(ascii: "A") + 10)
            default: return nil
            }
            v = v << 4 | d
            at += 1
        }
        return v
    }

    /// An object's members: `member` is called with each key, the cursor on its value, and must
    /// read the value (false: give up). Nil-safe on `{}`.
    mutating func object(_ member: (String, inout JSONScanner) -> Bool) -> Bool {
        guard expect(UInt8(ascii: "{")) else { return false }
        if expect(UInt8(ascii: "}")) { return true }
        while true {
            guard let key = string(), expect(UInt8(ascii: ":")), member(key, &self) else { return false }
            if expect(UInt8(ascii: ",")) { continue }
            return expect(UInt8(ascii: "}"))
        }
    }

    /// An array's elements: `element` reads each one (false: give up).
    mutating func array(_ element: (inout JSONScanner) -> Bool) -> Bool {
        guard expect(UInt8(ascii: "[")) else { return false }
        if expect(UInt8(ascii: "]")) { return true }
        while true {
            guard element(&self) else { return false }
            if expect(UInt8(ascii: ",")) { continue }
            return expect(UInt8(ascii: "]"))
        }
    }
}
