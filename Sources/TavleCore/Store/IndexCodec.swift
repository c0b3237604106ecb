import Foundation

/// The board index's line format: one youth summary per line, tab-separated fields, parsed by
/// hand; the last field is the youth file's `FileStamp` when the summary was taken. Foundation's JSON parser reads about 15 MB/s here, too slow for a first frame within
/// 200 ms at 10,000 youths; this format is a few times smaller and parses many times faster.
/// The index is a cache: a line that does not parse makes the whole index stale and rebuilt.
enum IndexCodec {
    static let header = "tavle-index"
    /// 4: each youth's label number (field 7). 5: each summary keeps its open decisions (field
    /// 32), so the board's first frame needs no youth file. 6: the municipality (field 33) and
    /// the school or work history (field 34), for the board's filter (`M`) and column. 7: intake
    /// criteria 2 and 3 may be not assessed (`-` in field 21). 8: the youth's own goals (field 35),
    /// for the meeting view. 9: the four questions' last answers (field 36), for the board's mark
    /// of a safety concern (`safety-concern`).
    static let version = 9

    // MARK: Encoding

    /// Text with tab, newline, backslash and the unit separator escaped.
    static func esc(_ s: String) -> String {
        if !s.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x5C || $0 == 0x1F || $0 == 0x0D }) { return s }
        var out = ""
        for ch in s.unicodeScalars {
            switch ch {
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\\": out += "\\\\"
            case "\u{1F}": out += "\\u"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// An optional: empty when nil, else `=` and the escaped text.
    static func opt(_ s: String?) -> String { s.map { "=" + esc($0) } ?? "" }

    /// A JSON field, escaped: written by hand (`CompactJSON`), or by `JSONEncoder` when that
    /// writer is not sure of a string (both give the same bytes).
    static func json<T: Encodable & CompactJSONWritable>(_ v: T?) -> String {
        guard let v, let bytes = CompactJSON.bytes(v) ?? (try? Coding.encodeCompact(v)) else { return "" }
        return esc(String(decoding: bytes, as: UTF8.self))
    }

    /// A criterion: `1` yes, `0` no, `-` not assessed.
    static func tri(_ b: Bool?) -> String { b.map { $0 ? "1" : "0" } ?? "-" }
    static func tri(_ c: UInt8) -> Bool? { c == 0x2D ? nil : c == 0x31 }

    static func encode(_ y: Youth, stamp: FileStamp?) -> String {
        let period = y.boardPeriods.last.map { p in
            [esc(p.id), p.reason.rawValue, p.start.iso, p.evaluate?.iso ?? "", esc(p.decidedBy), p.lastEvaluated?.iso ?? "",
             p.end?.iso ?? "", esc(p.plan)].joined(separator: "\u{1F}")
        } ?? ""
        let review = y.reviews.max(by: { $0.day < $1.day }).map { $0.day.iso + "\u{1F}" + esc($0.by) } ?? ""
        let c = y.intakeCriteria
        let fields: [String] = [
            esc(y.id), String(y.version), esc(y.name), opt(y.initialsOverride), y.born.iso, y.intake.iso,
            y.phase.rawValue, y.labelNumber.map(String.init) ?? "", y.mode.rawValue, y.status.rawValue, opt(y.primaryContact), opt(y.secondContact),
            y.whereabouts.rawValue, esc(y.warning), esc(y.goals), y.lastContact?.iso ?? "", y.discharged?.iso ?? "",
            y.planReviewed?.iso ?? "", opt(y.ageOverride), y.domains.map(\.rawValue).joined(separator: ","),
            y.services.map(\.rawValue).joined(separator: ","),
            tri(c.longTermNeed) + tri(c.functionalImpairment) + (c.severeEatingDisorder ? "1" : "0"),
            json(y.referral), y.crisisPlan.map { $0.updated.iso + "\u{1F}" + opt($0.outOfHours) } ?? "", period, review,
            y.orders.isEmpty ? "" : json(y.orders), y.consents.isEmpty ? "" : json(y.consents),
            y.plans.isEmpty ? "" : json(y.plans), json(y.handover), y.updated?.iso ?? "", stamp?.text ?? "",
            y.notes.isEmpty ? "" : json(y.notes),
            opt(y.municipality), y.school.isEmpty ? "" : json(y.school),
            y.goalList.isEmpty ? "" : json(y.goalList), json(y.answers),
        ]
        return fields.joined(separator: "\t")
    }

    // MARK: Decoding (on bytes: Character-level string scanning is far too slow here)

    struct Bad: Error {}
    typealias Field = ArraySlice<UInt8>

    static func str(_ f: Field) -> String {
        guard f.contains(0x5C) else { return String(decoding: f, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(f.count)
        var i = f.startIndex
        while i < f.endIndex {
            let c = f[i]
            if c == 0x5C, i + 1 < f.endIndex {
                i += 1
                switch f[i] {
                case 0x74: out.append(0x09)   // t
                case 0x6E: out.append(0x0A)   // n
                case 0x72: out.append(0x0D)   // r
                case 0x75: out.append(0x1F)   // u
                default: out.append(f[i])
                }
            } else { out.append(c) }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The parts of `f` between the separators, found with `memchr` (issue 29: a byte-by-byte
    /// loop over the 18.8 MB index at 10,000 youths, twice, was a tenth of every listing).
    static func split(_ f: Field, _ sep: UInt8) -> [Field] {
        guard !f.isEmpty else { return [f] }
        var parts: [Field] = []
        parts.reserveCapacity(sep == 0x09 ? 40 : 4)
        let origin = f.startIndex
        f.withUnsafeBufferPointer { buf in
            let base = buf.baseAddress!, n = buf.count
            var start = 0
            while true {
                guard let hit = memchr(base + start, Int32(sep), n - start) else {
                    parts.append(f[(origin + start)...])
                    return
                }
                let j = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                parts.append(f[(origin + start)..<(origin + j)])
                start = j + 1
            }
        }
        return parts
    }

    /// A file stamp (`inode.size.seconds.nanoseconds`) read from its bytes without a `String`;
    /// anything but four runs of digits goes through `FileStamp(text:)`, so the result is the same.
    static func stamp(_ f: Field) -> FileStamp? {
        var k = 0, cur = 0, digits = 0
        var a = 0, b = 0, c = 0
        for byte in f {
            if byte == 0x2E {
                guard digits > 0, k < 3 else { return FileStamp(text: Substring(String(decoding: f, as: UTF8.self))) }
                switch k { case 0: a = cur; case 1: b = cur; default: c = cur }
                k += 1; cur = 0; digits = 0
            } else if byte >= 0x30 && byte <= 0x39, digits < 18 {
                cur = cur * 10 + Int(byte - 0x30); digits += 1
            } else {
                return FileStamp(text: Substring(String(decoding: f, as: UTF8.self)))
            }
        }
        guard k == 3, digits > 0 else { return FileStamp(text: Substring(String(decoding: f, as: UTF8.self))) }
        return FileStamp(inode: UInt64(a), size: Int64(b), changedSeconds: c, changedNanoseconds: cur)
    }

    static func optional(_ f: Field) -> String? { f.isEmpty ? nil : str(f.dropFirst()) }
    static func day(_ f: Field) throws -> Day {
        // `YYYY-MM-DD` read from the bytes, as `Day(parsing:)` reads it, without a `String` per date.
        if f.count == 10 {
            var y = 0, m = 0, d = 0, ok = true
            for (i, c) in f.enumerated() {
                if i == 4 || i == 7 { if c != 0x2D { ok = false; break }; continue }
                guard c >= 0x30 && c <= 0x39 else { ok = false; break }
                let v = Int(c - 0x30)
                if i < 4 { y = y * 10 + v } else if i < 7 { m = m * 10 + v } else { d = d * 10 + v }
            }
            if ok { guard let day = Day(year: y, month: m, day: d) else { throw Bad() }; return day }
        }
        guard let d = Day(parsing: String(decoding: f, as: UTF8.self)) else { throw Bad() }
        return d
    }
    static func optDay(_ f: Field) throws -> Day? { f.isEmpty ? nil : try day(f) }
    static func optTime(_ f: Field) throws -> Timestamp? {
        if f.isEmpty { return nil }
        guard let t = Timestamp(parsing: String(decoding: f, as: UTF8.self)) else { throw Bad() }
        return t
    }
    static func choice<C: Choice>(_ f: Field) throws -> C {
        guard let c = C(rawValue: String(decoding: f, as: UTF8.self)) else { throw Bad() }
        return c
    }
    static func fromJSON<T: Decodable>(_ f: Field) throws -> T? {
        f.isEmpty ? nil : try JSONDecoder().decode(T.self, from: Data(str(f).utf8))
    }

    /// The open decisions (field 32), read straight from the JSON: through `JSONDecoder` they were
    /// most of what reading the index cost at 10,000 youths (issue 29). Anything this reader does
    /// not expect goes the old way, so a bad field is refused just as before.
    static func notes(_ f: Field) throws -> [Note] {
        var text = str(f)
        if let notes = text.withUTF8({ JSONValueParser.notes($0) }) { return notes }
        return try fromJSON(f) ?? []
    }

    /// One index line. `decisions` false leaves the open decisions (field 32) unread, checked only
    /// for their brackets: the listings print none of them, and reading them was most of what the
    /// index cost a listing at 10,000 youths (issue 29).
    static func decode(_ line: Field, decisions: Bool = true) throws -> (youth: Youth, stamp: FileStamp?) {
        let f = split(line, 0x09)
        guard f.count == 37, let version = Int(String(decoding: f[1], as: UTF8.self)), (0...Limits.maxVersion).contains(version)
        else { throw Bad() }
        var y = Youth(id: str(f[0]), name: str(f[2]), born: try day(f[4]), intake: try day(f[5]))
        y.version = version
        y.initialsOverride = optional(f[3])
        y.phase = try choice(f[6])
        if !f[7].isEmpty { guard let n = Int(String(decoding: f[7], as: UTF8.self)) else { throw Bad() }; y.labelNumber = n }
        y.mode = try choice(f[8]); y.status = try choice(f[9])
        y.primaryContact = optional(f[10]); y.secondContact = optional(f[11])
        y.whereabouts = try choice(f[12])
        y.warning = str(f[13]); y.goals = str(f[14])
        y.lastContact = try optTime(f[15]); y.discharged = try optDay(f[16]); y.planReviewed = try optDay(f[17])
        y.ageOverride = optional(f[18])
        if !f[19].isEmpty { y.domains = try split(f[19], 0x2C).map { try choice($0) } }
        if !f[20].isEmpty { y.services = try split(f[20], 0x2C).map { try choice($0) } }
        let c = Array(f[21])
        guard c.count == 3 else { throw Bad() }
        y.intakeCriteria = IntakeCriteria(longTermNeed: tri(c[0]), functionalImpairment: tri(c[1]), severeEatingDisorder: c[2] == 0x31)
        if !f[22].isEmpty { y.referral = try fromJSON(f[22]) }
        if !f[23].isEmpty {
            let p = split(f[23], 0x1F)
            guard p.count == 2 else { throw Bad() }
            y.crisisPlan = CrisisPlan(updated: try day(p[0]), outOfHours: optional(p[1]))
        }
        if !f[24].isEmpty {
            let p = split(f[24], 0x1F)
            guard p.count == 8 else { throw Bad() }
            var period = BoardPeriod(id: str(p[0]), reason: try choice(p[1]), start: try day(p[2]), plan: str(p[7]),
                                     evaluate: try optDay(p[3]), decidedBy: str(p[4]))
            period.lastEvaluated = try optDay(p[5])
            period.end = try optDay(p[6])
            y.boardPeriods = [period]
        }
        if !f[25].isEmpty {
            let r = split(f[25], 0x1F)
            guard r.count == 2 else { throw Bad() }
            y.reviews = [Review(day: try day(r[0]), by: str(r[1]))]
        }
        if !f[26].isEmpty { y.orders = try fromJSON(f[26]) ?? [] }
        if !f[27].isEmpty { y.consents = try fromJSON(f[27]) ?? [] }
        if !f[28].isEmpty { y.plans = try fromJSON(f[28]) ?? [] }
        if !f[29].isEmpty { y.handover = try fromJSON(f[29]) }
        y.updated = try optTime(f[30])
        let stamp = f[31].isEmpty ? nil : IndexCodec.stamp(f[31])
        if !f[32].isEmpty {
            if decisions { y.notes = try notes(f[32]) } else if f[32].first != 0x5B || f[32].last != 0x5D { throw Bad() }
        }
        y.municipality = optional(f[33])
        if !f[34].isEmpty { y.school = try fromJSON(f[34]) ?? [] }
        if !f[35].isEmpty { y.goalList = try fromJSON(f[35]) ?? [] }
        if !f[36].isEmpty { y.answers = try fromJSON(f[36]) }
        return (y, stamp)
    }

    /// The whole index file: a header line, then a youth a line.
    static func encodeFile(journalOffset: Int64, youths: [Youth], stamps: [String: FileStamp]) -> [UInt8] {
        // Each line on every core: with the youth files read, this was most of what is left of a first open.
        let lines = Parallel.map(youths.count) { encode(youths[$0], stamp: stamps[youths[$0].id]) }
        var out = Array("\(header)\t\(version)\t\(journalOffset)\n".utf8)
        out.reserveCapacity(lines.reduce(out.count) { $0 + $1.utf8.count + 1 })
        for line in lines { out.append(contentsOf: line.utf8); out.append(0x0A) }
        return out
    }

    /// The journal offset in a current index's header line, else nil.
    static func headerOffset(_ line: Field) -> Int64? {
        let h = split(line, 0x09).map { String(decoding: $0, as: UTF8.self) }
        guard h.count == 3, h[0] == header, Int(h[1]) == version, let offset = Int64(h[2]) else { return nil }
        return offset
    }

    /// Only what names each youth (fields 0 and 2–8: id, name, initials override, born, phase, label
    /// number, mode), for
    /// resolving what a user typed without building every summary. Nil when not a current index.
    /// One pass over the bytes with no array per line: it runs before every command by initials.
    static func decodeNames(_ bytes: [UInt8]) -> (journalOffset: Int64, names: [YouthName])? {
        let all = bytes[...]
        guard let headerEnd = all.firstIndex(of: 0x0A), let offset = headerOffset(all[..<headerEnd]) else { return nil }
        var names: [YouthName] = []
        names.reserveCapacity(bytes.count / 200)
        var i = headerEnd + 1
        let n = bytes.count
        while i < n {
            let lineStart = i
            // The starts of fields 0…9 (the tab after field 8 ends the mode).
            var starts = [Int](repeating: 0, count: 10)
            starts[0] = lineStart
            var field = 0
            while i < n && bytes[i] != 0x0A {
                if bytes[i] == 0x09 && field < 9 {
                    field += 1
                    starts[field] = i + 1
                }
                i += 1
            }
            defer { i += 1 }
            if i == lineStart { continue }          // an empty line
            guard field == 9 else { return nil }
            func slice(_ k: Int) -> Field { all[starts[k]..<(starts[k + 1] - 1)] }
            let name = str(slice(2))
            let override = optional(slice(3))
            let number = slice(7).isEmpty ? nil : Int(String(decoding: slice(7), as: UTF8.self))
            names.append(YouthName(id: str(slice(0)), name: name, initials: override ?? Youth.deriveInitials(name), number: number,
                                   discharged: slice(6).elementsEqual("discharged".utf8),
                                   born: Day(parsing: String(decoding: slice(4), as: UTF8.self)),
                                   mode: Mode(rawValue: String(decoding: slice(8), as: UTF8.self)) ?? .caseManagement))
        }
        return (offset, names)
    }

    /// Nil when the file is not a current index (any bad line: it is a cache, rebuild it).
    /// The summaries and their stamps in two arrays, in the file's order (each summary is copied
    /// once, into `youths`).
    static func decodeFile(_ bytes: [UInt8], decisions: Bool = true) -> (journalOffset: Int64, youths: [Youth], stamps: [FileStamp?])? {
        let lines = split(bytes[...], 0x0A)
        guard let h = lines.firstIndex(where: { !$0.isEmpty }), let offset = headerOffset(lines[h]) else { return nil }
        var youths: [Youth] = [], stamps: [FileStamp?] = []
        youths.reserveCapacity(lines.count - h)
        stamps.reserveCapacity(lines.count - h)
        do {
            for line in lines[(h + 1)...] where !line.isEmpty {
                let (y, stamp) = try decode(line, decisions: decisions)
                youths.append(y)
                stamps.append(stamp)
            }
        } catch { return nil }
        return (offset, youths, stamps)
    }
}
