import Foundation

/// A moment, kept with the UTC offset it was recorded in and written as ISO 8601
/// (`2026-11-22T08:15:00+01:00`), so files and JSON output show the team's local time.
public struct Timestamp: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let seconds: Int64
    /// Offset from UTC in seconds at the place and time it was recorded.
    public let offset: Int32

    public init(seconds: Int64, offset: Int32) { self.seconds = seconds; self.offset = offset }

    /// The current moment in `timeZone`.
    public static func now(in timeZone: TimeZone) -> Timestamp {
        let date = Date()
        return Timestamp(seconds: Int64(date.timeIntervalSince1970.rounded(.down)),
                         offset: Int32(timeZone.secondsFromGMT(for: date)))
    }

    /// A local day and minute in `timeZone` (used for `--at HH:MM` and for pinned test days).
    public static func local(day: Day, minutes: Int, in timeZone: TimeZone) -> Timestamp {
        let naive = Int64(day.ordinal) * 86400 + Int64(minutes) * 60
        // The offset at that local time; looked up twice to settle across a DST change.
        var off = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(naive))))
        off = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(naive - off))))
        return Timestamp(seconds: naive - off, offset: Int32(off))
    }

    /// The day this moment falls on, in its own offset.
    public var day: Day { Day(ordinal: Int(floorDiv(seconds + Int64(offset), 86400))) }

    /// The day this moment falls on in `timeZone`.
    public func day(in timeZone: TimeZone) -> Day {
        let off = Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))))
        return Day(ordinal: Int(floorDiv(seconds + off, 86400)))
    }

    /// Minutes since local midnight.
    public var minuteOfDay: Int { Int(floorMod(seconds + Int64(offset), 86400) / 60) }

    /// `HH:MM` local time.
    public var clock: String {
        let m = minuteOfDay
        return Day.pad(m / 60, 2) + ":" + Day.pad(m % 60, 2)
    }

    public var iso: String {
        let local = seconds + Int64(offset)
        let day = Day(ordinal: Int(floorDiv(local, 86400)))
        let secs = Int(floorMod(local, 86400))
        let sign = offset < 0 ? "-" : "+"
        let ao = abs(Int(offset))
        let c = day.components
        if (0...9999).contains(c.year), ao < 100 * 3600 {
            // Written into one buffer: files and the index hold thousands of these.
            return String(unsafeUninitializedCapacity: 25) { b in
                Day.put(c.year, 4, b, 0); b[4] = 0x2D; Day.put(c.month, 2, b, 5); b[7] = 0x2D; Day.put(c.day, 2, b, 8)
                b[10] = UInt8(ascii: "T"); Day.put(secs / 3600, 2, b, 11); b[13] = 0x3A; Day.put(secs % 3600 / 60, 2, b, 14)
                b[16] = 0x3A; Day.put(secs % 60, 2, b, 17); b[19] = offset < 0 ? 0x2D : 0x2B
                Day.put(ao / 3600, 2, b, 20); b[22] = 0x3A; Day.put(ao % 3600 / 60, 2, b, 23)
                return 25
            }
        }
        return day.iso + "T" + Day.pad(Int(secs / 3600), 2) + ":" + Day.pad(Int(secs % 3600 / 60), 2) + ":"
            + Day.pad(Int(secs % 60), 2) + sign + Day.pad(ao / 3600, 2) + ":" + Day.pad(ao % 3600 / 60, 2)
    }

    public var description: String { iso }

    /// Parses `YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)`.
    public init?(parsing text: String) {
        var t = text
        guard let v = t.withUTF8({ Timestamp(utf8: $0) }) else { return nil }
        self = v
    }

    /// `init(parsing:)` on bytes (reading a youth file by hand, `FastRead`).
    init?(utf8 u: UnsafeBufferPointer<UInt8>) {
        guard u.count >= 17, u[10] == UInt8(ascii: "T") || u[10] == UInt8(ascii: " "),
              let day = Day(isoBytes: UnsafeBufferPointer(rebasing: u[0..<10]))
                ?? Day(parsing: String(decoding: UnsafeBufferPointer(rebasing: u[0..<10]), as: UTF8.self)) else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= u.count else { return nil }
            var n = 0
            for i in r { let c = u[i]; guard c >= 48, c <= 57 else { return nil }; n = n * 10 + Int(c - 48) }
            return n
        }
        guard let hh = num(11..<13), u[13] == UInt8(ascii: ":"), let mm = num(14..<16), hh < 24, mm < 60 else { return nil }
        var i = 16
        var ss = 0
        if i < u.count, u[i] == UInt8(ascii: ":") {
            guard let s = num(17..<19), s < 61 else { return nil }
            ss = s; i = 19
            if i < u.count, u[i] == UInt8(ascii: ".") { i += 1; while i < u.count, u[i] >= 48, u[i] <= 57 { i += 1 } }
        }
        guard i < u.count else { return nil }
        var off = 0
        if u[i] == UInt8(ascii: "Z") {
            guard i + 1 == u.count else { return nil }
        } else if u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "-") {
            guard let oh = num((i + 1)..<(i + 3)), u.count == i + 6, u[i + 3] == UInt8(ascii: ":"),
                  let om = num((i + 4)..<(i + 6)), oh < 15, om < 60 else { return nil }
            off = (oh * 3600 + om * 60) * (u[i] == UInt8(ascii: "-") ? -1 : 1)
        } else { return nil }
        let local = Int64(day.ordinal) * 86400 + Int64(hh * 3600 + mm * 60 + ss)
        self.init(seconds: local - Int64(off), offset: Int32(off))
    }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.seconds < b.seconds }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let t = Timestamp(parsing: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "'\(s)' is not a time (YYYY-MM-DDTHH:MM:SS+HH:MM)")
        }
        self = t
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}

@inline(__always) func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }
@inline(__always) func floorMod(_ a: Int64, _ b: Int64) -> Int64 { a - floorDiv(a, b) * b }
