import Testing
@testable import TavleCore

/// Issue 29, round 4: the index's decode side reads bytes with `memchr` and parses file stamps
/// without a `String`; these hold the fast readers to the plain ones they replace.
@Suite struct IndexDecodeTests {
    /// The split the index used before: a byte at a time.
    func naiveSplit(_ f: ArraySlice<UInt8>, _ sep: UInt8) -> [ArraySlice<UInt8>] {
        var parts: [ArraySlice<UInt8>] = []
        var start = f.startIndex
        for i in f.indices where f[i] == sep { parts.append(f[start..<i]); start = i + 1 }
        parts.append(f[start..<f.endIndex])
        return parts
    }

    @Test func splitFindsTheSameFieldsAsAByteByByteLoop() {
        let texts = ["", "\t", "a", "a\tb", "\ta\t", "\t\t\t", "æø\tå\t\tx", String(repeating: "ab\t", count: 100)]
        for text in texts {
            let bytes = Array(("pre\n" + text + "\npost").utf8)
            // A slice that does not start at 0, as every index line is.
            let start = 4, end = bytes.count - 5
            let line = bytes[start..<end]
            let fast = IndexCodec.split(line, 0x09), slow = naiveSplit(line, 0x09)
            #expect(fast.map { Array($0) } == slow.map { Array($0) }, "\(text)")
            #expect(fast.map(\.startIndex) == slow.map(\.startIndex), "\(text)")
            #expect(IndexCodec.split(bytes[...], 0x0A).map { Array($0) } == naiveSplit(bytes[...], 0x0A).map { Array($0) })
        }
    }

    /// The open decisions' days (index format 10): ordinals, comma-separated; anything else is a
    /// damaged line (the index is rebuilt).
    @Test func decisionDaysReadAsOrdinals() throws {
        let days = [Day(parsing: "2026-11-20")!, Day(parsing: "1969-12-31")!, Day(ordinal: 0), Day(parsing: "2024-02-29")!]
        #expect(try IndexCodec.ordinals(Array(days.map { String($0.ordinal) }.joined(separator: ",").utf8)[...]) == days)
        #expect(try IndexCodec.ordinals([][...]) == [])
        for bad in [",", "1,", ",1", "1,,2", "-", "--1", "1-2", "2026-11-20", " 1", "1234567890"] {
            #expect(throws: (any Error).self, "\(bad)") { try IndexCodec.ordinals(Array(bad.utf8)[...]) }
        }
    }

    @Test func stampsReadFromBytesAreWhatFileStampReads() {
        let texts = ["1.2.3.4", "0.-1.0.0", "12345678901234567.987654.1764700000.123456789", "18446744073709551615.1.2.3",
                     "1.2.3", "1.2.3.4.5", "1..3.4", "a.b.c.d", "+1.2.3.4", "1.2.3.", ".1.2.3", "99999999999999999999.1.1.1",
                     "1.2.3.1234567890123456789", ""]
        for text in texts {
            let fast = IndexCodec.stamp(Array(text.utf8)[...])
            #expect(fast == FileStamp(text: Substring(text)), "\(text)")
        }
        let missing = FileStamp.missing
        #expect(IndexCodec.stamp(Array(missing.text.utf8)[...]) == missing)
    }

    @Test func datesReadFromBytesAreWhatDayReads() {
        let texts = ["2026-11-22", "2024-02-29", "2023-02-29", "2026-13-01", "2026-00-10", "0000-01-01", "9999-12-31",
                     "2026-1-022", "2026/11/22", "2026-11-2x", " 2026-11-2", "2026-11-22 ", "26-11-2026", ""]
        for text in texts {
            let fast = try? IndexCodec.day(Array(text.utf8)[...])
            #expect(fast == Day(parsing: text), "\(text)")
        }
    }

    @Test func placeholdersReadAsIntReadsThem() {
        #expect(Catalog.fill("{+1}, {0}, {-1}, {}, {1", ["a"]) == "a, {0}, {-1}, {}, {1")
        #expect(Catalog.fill("{1}{1}{2}", ["é", "\u{1F600}"]) == "éé\u{1F600}")
        #expect(Catalog.fill("ingen plassholder", ["a"]) == "ingen plassholder")
        #expect(Catalog.fill("}{1}{", ["x"]) == "}x{")
    }
}
