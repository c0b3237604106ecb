import Foundation

/// The board index's line format: one youth summary per line, tab-separated fields, parsed by
/// hand; the last field is the youth file's `FileStamp` when the summary was taken. Foundation's JSON parser reads about 15 MB/s here, too slow for a first frame within
/// 200 ms at 10,000 youths; this format is a few times smaller and parses many times faster.
/// The index is a cache: a line that does not parse makes the whole index stale and rebuilt.
///
/// Since version 10 the file has two parts: the summaries (a line each, whose length the header
/// gives), then the open decisions of the youths that have any (`id`, tab, the decisions' JSON, a
/// line each). The board and the listings read only the first part; the meeting's commands, which
/// print the decisions, read both.
enum IndexCodec {
    static let header = "tavle-index"
    /// 4: each youth's label number (field 7). 5: each summary keeps its open decisions (field
    /// 32), so the board's first frame needs no youth file. 6: the municipality (field 33) and
    /// the school or work history (field 34), for the board's filter (`M`) and column. 7: intake
    /// criteria 2 and 3 may be not assessed (`-` in field 21). 8: the youth's own goals (field 35),
    /// for the meeting view. 9: the four questions' last answers (field 36), for the board's mark
    /// of a safety concern (`safety-concern`). 10: the open decisions move out of the summaries
    /// (field 32 goes, 33–36 become 32–35) into the file's second part, and field 36 keeps their
    /// days (as `Day.ordinal`s), so the board's `J` flag needs none of them read (issue 29: the board's first frame
    /// read and decoded 16 MB of decisions at 10,000 youths).
    static let version = 10

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
            opt(y.municipality), y.school.isEmpty ? "" : json(y.school),
            y.goalList.isEmpty ? "" : json(y.goalList), json(y.answers),
            Documentation.openDecisionDays(y).map { String($0.ordinal) }.joined(separator: ","),
        ]
        return fields.joined(separator: "\t")
    }

    /// A line of the second part: the youth's open decisions (a summary keeps no other note), or
    /// nil when it has none.
    static func decisionsLine(_ y: Youth) -> String? {
        y.notes.isEmpty ? nil : esc(y.id) + "\t" + json(y.notes)
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
        var parts: [Field] = []
        parts.reserveCapacity(sep == 0x09 ? 40 : 4)
        split(f, sep, into: &parts)
        return parts
    }

    /// The same into `parts`, emptied first and its storage kept: one array for every line of
    /// the index, not one each.
    static func split(_ f: Field, _ sep: UInt8, into parts: inout [Field]) {
        parts.removeAll(keepingCapacity: true)
        guard !f.isEmpty else { parts.append(f); return }
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

    /// The open decisions (a line of the second part), read straight from the JSON: through `JSONDecoder` they were
    /// most of what reading the index cost at 10,000 youths (issue 29). Anything this reader does
    /// not expect goes the old way, so a bad field is refused just as before.
    static func notes(_ f: Field) throws -> [Note] {
        var text = str(f)
        if let notes = text.withUTF8({ JSONValueParser.notes($0) }) { return notes }
        return try fromJSON(f) ?? []
    }

    /// One summary line: the youth without its open decisions, and their days (field 36).
    static func decode(_ line: Field) throws -> (youth: Youth, stamp: FileStamp?, days: [Day]) {
        var fields: [Field] = []
        return try decode(line, fields: &fields)
    }

    /// The same with `fields` as the room for the line's fields (kept from line to line).
    static func decode(_ line: Field, fields f: inout [Field]) throws -> (youth: Youth, stamp: FileStamp?, days: [Day]) {
        split(line, 0x09, into: &f)
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
        y.municipality = optional(f[32])
        if !f[33].isEmpty { y.school = try fromJSON(f[33]) ?? [] }
        if !f[34].isEmpty { y.goalList = try fromJSON(f[34]) ?? [] }
        if !f[35].isEmpty { y.answers = try fromJSON(f[35]) }
        return (y, stamp, try ordinals(f[36]))
    }

    /// Days as their ordinals (days since 1970-01-01), comma-separated: the open decisions' days,
    /// a dozen a youth on average, read without a string or an array per day (issue 29).
    static func ordinals(_ f: Field) throws -> [Day] {
        if f.isEmpty { return [] }
        var out: [Day] = []
        out.reserveCapacity(f.count / 6 + 1)
        var value = 0, digits = 0, negative = false
        for c in f {
            switch c {
            case 0x30...0x39:
                guard digits < 9 else { throw Bad() }
                value = value * 10 + Int(c - 0x30); digits += 1
            case 0x2D where digits == 0 && !negative: negative = true
            case 0x2C:
                guard digits > 0 else { throw Bad() }
                out.append(Day(ordinal: negative ? -value : value))
                value = 0; digits = 0; negative = false
            default: throw Bad()
            }
        }
        guard digits > 0 else { throw Bad() }
        out.append(Day(ordinal: negative ? -value : value))
        return out
    }

    /// The whole index file: a header line, then a youth a line.
    /// The header says how many bytes the summaries take, so a reader of the first part reads no
    /// more of the file.
    static func encodeFile(journalOffset: Int64, youths: [Youth], stamps: [String: FileStamp]) -> [UInt8] {
        // Each line on every core: with the youth files read, this was most of what is left of a first open.
        let lines = Parallel.map(youths.count) { (encode(youths[$0], stamp: stamps[youths[$0].id]), decisionsLine(youths[$0])) }
        let summaryBytes = lines.reduce(0) { $0 + $1.0.utf8.count + 1 }
        var out = Array("\(header)\t\(version)\t\(journalOffset)\t\(summaryBytes)\n".utf8)
        out.reserveCapacity(lines.reduce(out.count + summaryBytes) { $0 + ($1.1?.utf8.count ?? -1) + 1 })
        for line in lines { out.append(contentsOf: line.0.utf8); out.append(0x0A) }
        for line in lines { if let d = line.1 { out.append(contentsOf: d.utf8); out.append(0x0A) } }
        return out
    }

    /// A current index's header line: the journal offset, and how many bytes the summaries take.
    static func headerInfo(_ line: Field) -> (journalOffset: Int64, summaryBytes: Int)? {
        let h = split(line, 0x09).map { String(decoding: $0, as: UTF8.self) }
        guard h.count == 4, h[0] == header, Int(h[1]) == version, let offset = Int64(h[2]), let size = Int(h[3]), size >= 0
        else { return nil }
        return (offset, size)
    }

    /// The header and the summaries of `bytes` (a whole file, or its first part), and the rest:
    /// nil when the header is not a current one or the summaries are cut short.
    static func parts(_ bytes: [UInt8]) -> (journalOffset: Int64, summaries: Field, decisions: Field)? {
        let all = bytes[...]
        guard let headerEnd = all.firstIndex(of: 0x0A), let info = headerInfo(all[..<headerEnd]),
              info.summaryBytes <= all.count - headerEnd - 1 else { return nil }
        let end = headerEnd + 1 + info.summaryBytes
        guard info.summaryBytes == 0 || all[end - 1] == 0x0A else { return nil }
        return (info.journalOffset, all[(headerEnd + 1)..<end], all[end...])
    }

    /// How many bytes of the file hold its header and summaries, from its first bytes (at least
    /// its header line): what the board and the listings read. Nil when no current header.
    static func firstPartLength(_ probe: [UInt8]) -> Int? {
        let all = probe[...]
        guard let headerEnd = all.firstIndex(of: 0x0A), let info = headerInfo(all[..<headerEnd]) else { return nil }
        return headerEnd + 1 + info.summaryBytes
    }

    /// Only what names each youth (fields 0 and 2–8: id, name, initials override, born, phase, label
    /// number, mode), for
    /// resolving what a user typed without building every summary. Nil when not a current index.
    /// One pass over the bytes with no array per line: it runs before every command by initials.
    static func decodeNames(_ bytes: [UInt8]) -> (journalOffset: Int64, names: [YouthName])? {
        let all = bytes[...]
        guard let (offset, summaries, _) = parts(bytes) else { return nil }
        var names: [YouthName] = []
        names.reserveCapacity(summaries.count / 200)
        var i = summaries.startIndex
        let n = summaries.endIndex
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
    /// `decisions` false reads the summaries only (`bytes` may be the file's first part): the
    /// board and the listings show no decision's text, and reading them was most of what the
    /// index cost at 10,000 youths (issue 29). With `decisions`, each youth's open decisions are
    /// put back into its summary, and they must be the ones its days say.
    static func decodeFile(_ bytes: [UInt8], decisions: Bool = true)
        -> (journalOffset: Int64, youths: [Youth], stamps: [FileStamp?], days: [[Day]])? {
        guard let (offset, summaries, rest) = parts(bytes) else { return nil }
        let lines = summaries.isEmpty ? [] : split(summaries.dropLast(), 0x0A)
        // In a few runs of lines on both cores, joined in order (issue 29: the board's first frame).
        let runs = lines.count >= 2_000 ? ProcessInfo.processInfo.activeProcessorCount : 1
        var decoded = Parallel.map(runs, minimum: 2) { r -> (youths: [Youth], stamps: [FileStamp?], days: [[Day]])? in
            decodeLines(lines[(lines.count * r / runs)..<(lines.count * (r + 1) / runs)])
        }
        // The first run taken out of `decoded`, not copied: its arrays then grow in place, and
        // only the later runs' summaries are copied in (copying all 10,000, each with dozens of
        // references, was 5 % of a listing; issue 29, round 10).
        guard var (youths, stamps, days) = decoded[0].take() else { return nil }
        youths.reserveCapacity(lines.count); stamps.reserveCapacity(lines.count); days.reserveCapacity(lines.count)
        for k in decoded.indices.dropFirst() {
            guard let run = decoded[k].take() else { return nil }
            youths += run.youths; stamps += run.stamps; days += run.days
        }
        do {
            if decisions { try putDecisions(rest, into: &youths, days: days) }
        } catch { return nil }
        return (offset, youths, stamps, days)
    }

    /// Summary lines in order; nil when any does not parse.
    static func decodeLines(_ lines: ArraySlice<Field>) -> (youths: [Youth], stamps: [FileStamp?], days: [[Day]])? {
        var youths: [Youth] = [], stamps: [FileStamp?] = [], days: [[Day]] = []
        youths.reserveCapacity(lines.count)
        stamps.reserveCapacity(lines.count)
        days.reserveCapacity(lines.count)
        var fields: [Field] = []
        fields.reserveCapacity(40)
        do {
            for line in lines {
                let (y, stamp, d) = try decode(line, fields: &fields)
                youths.append(y)
                stamps.append(stamp)
                days.append(d)
            }
        } catch { return nil }
        return (youths, stamps, days)
    }

    /// The second part's decisions into their youths' summaries: every youth with open decision
    /// days has exactly one line, and its decisions fall on those days.
    static func putDecisions(_ part: Field, into youths: inout [Youth], days: [[Day]]) throws {
        var at: [String: Int] = [:]
        at.reserveCapacity(youths.count)
        for k in youths.indices where !days[k].isEmpty { at[youths[k].id] = k }
        if !part.isEmpty {
            guard part.last == 0x0A else { throw Bad() }
            for line in split(part.dropLast(), 0x0A) {
                guard let tab = line.firstIndex(of: 0x09), let k = at.removeValue(forKey: str(line[..<tab])) else { throw Bad() }
                youths[k].notes = try notes(line[(tab + 1)...])
                guard Documentation.openDecisionDays(youths[k]) == days[k] else { throw Bad() }
            }
        }
        guard at.isEmpty else { throw Bad() }
    }
}
