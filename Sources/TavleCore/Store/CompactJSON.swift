/// The index's JSON fields (referral, orders, consents, plans, handover, open decisions, school,
/// goals, answers) written by hand, exactly as `JSONEncoder` writes them compact with `.sortedKeys`
/// and `.withoutEscapingSlashes`: through `JSONEncoder` they were a fifth of a first open at
/// 10,000 youths (issue 29). Each record lists its keys in sorted (byte) order, absent optionals
/// left out. A string `JSONValueWriter` would not write the same way for certain makes the whole
/// value nil, and the caller uses `JSONEncoder`. `CompactJSONTests` holds it to `JSONEncoder`.
protocol CompactJSONWritable {
    func write(_ w: inout CompactJSON)
}

struct CompactJSON {
    private(set) var bytes: [UInt8] = []
    /// False once a string could not be written as `JSONEncoder` would.
    private(set) var ok = true
    private var first = true

    /// The value's bytes, or nil when `JSONEncoder` must write it.
    static func bytes<T: CompactJSONWritable>(_ value: T) -> [UInt8]? {
        var w = CompactJSON()
        value.write(&w)
        return w.ok ? w.bytes : nil
    }

    mutating func object(_ body: (inout CompactJSON) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        let outer = first
        first = true
        body(&self)
        first = outer
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func key(_ k: StaticString) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    mutating func field(_ k: StaticString, _ v: String?) {
        guard let v else { return }
        key(k)
        if !JSONValueWriter.string(v, to: &bytes) { ok = false }
    }

    mutating func field(_ k: StaticString, _ v: Day?) { field(k, v?.iso) }
    mutating func field(_ k: StaticString, _ v: Timestamp?) { field(k, v?.iso) }
    mutating func field<C: Choice>(_ k: StaticString, _ v: C?) { field(k, v?.rawValue) }

    mutating func field(_ k: StaticString, _ v: Int?) {
        guard let v else { return }
        key(k)
        bytes.append(contentsOf: String(v).utf8)
    }

    mutating func field(_ k: StaticString, _ v: Bool?) {
        guard let v else { return }
        key(k)
        bytes.append(contentsOf: (v ? "true" : "false").utf8)
    }

    mutating func array<T: CompactJSONWritable>(_ items: [T]) {
        bytes.append(UInt8(ascii: "["))
        for (i, item) in items.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            item.write(&self)
        }
        bytes.append(UInt8(ascii: "]"))
    }
}

extension Array: CompactJSONWritable where Element: CompactJSONWritable {
    func write(_ w: inout CompactJSON) { w.array(self) }
}

extension Referral: CompactJSONWritable {
    func write(_ w: inout CompactJSON) {
        w.object { w in w.field("contact", contact); w.field("received", received); w.field("source", source) }
    }
}

extension Order: CompactJSONWritable {
    func write(_ w: inout CompactJSON) {
        w.object { w in w.field("expires", expires); w.field("id", id); w.field("kind", kind) }
    }
}

extension Consent: CompactJSONWritable {
    func write(_ w: inout CompactJSON) {
        w.object { w in
            w.field("given", given); w.field("givenBy", givenBy); w.field("note", note); w.field("party", party)
            w.field("scope", scope); w.field("withdrawn", withdrawn)
        }
    }
}

extension PlanEntry: CompactJSONWritable {
    func write(_ w: inout CompactJSON) {
        w.object { w in w.field("day", day); w.field("id", id); w.field("place", place); w.field("staff", staff); w.field("time", time) }
    }
}

extension Handover: CompactJSONWritable {
    func write(_ w: inout CompactJSON) {
        w.object { w in
            w.field("consented", consented); w.field("contact", contact); w.field("day", day); w.field("followUp", followUp)
            w.field("service", service)
        }
    }
}

extension Note: CompactJSONWritable {
    func write(_ w: inout CompactJSON) {
        w.object { w in
            w.field("at", at); w.field("author", author); w.field("documented", documented); w.field("id", id)
            w.field("kind", kind); w.field("text", text)
        }
    }
}

extension SchoolEntry: CompactJSONWritable {
    func write(_ w: inout CompactJSON) {
        w.object { w in w.field("at", at); w.field("by", by); w.field("note", note); w.field("since", since); w.field("status", status) }
    }
}

extension Goal: CompactJSONWritable {
    func write(_ w: inout CompactJSON) {
        w.object { w in w.field("by", by); w.field("date", date); w.field("done", done); w.field("number", number); w.field("text", text) }
    }
}

extension FourAnswers: CompactJSONWritable {
    func write(_ w: inout CompactJSON) {
        w.object { w in
            w.field("day", day); w.field("family", family); w.field("needs", needs); w.field("safety", safety)
            w.field("treatment", treatment)
        }
    }
}
