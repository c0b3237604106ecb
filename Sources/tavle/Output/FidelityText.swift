import Foundation
import TavleCore

/// `tavle fidelity --json`: `{"from", "to", "items": [{"id", "value", "numerator", "denominator",
/// "target", "trend": [{"month", "value"}], "records"}]}` as issue 24 sets it (null where an item has
/// no such figure), plus each item's `detail`, `gaps` and (board share) `byWeek`. Records are board
/// labels (the youth's id where there is none), never names; meeting days as ISO dates.
struct FidelityJSON: Encodable {
    let report: FidelityReport
    let labels: [String: String]
    init(_ report: FidelityReport, labels: [String: String]) { self.report = report; self.labels = labels }

    enum Keys: String, CodingKey { case from, to, municipality, items }
    enum ItemKeys: String, CodingKey { case id, value, numerator, denominator, target, trend, records, detail, gaps, byWeek }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(report.from, forKey: .from)
        try c.encode(report.to, forKey: .to)
        if let m = report.municipality { try c.encode(m, forKey: .municipality) }
        var items = c.nestedUnkeyedContainer(forKey: .items)
        for item in report.items {
            var i = items.nestedContainer(keyedBy: ItemKeys.self)
            try i.encode(item.id, forKey: .id)
            try i.encode(item.value, forKey: .value)
            try i.encode(item.numerator, forKey: .numerator)
            try i.encode(item.denominator, forKey: .denominator)
            try i.encode(item.target, forKey: .target)
            try i.encode(item.trend.map(Point.init), forKey: .trend)
            try i.encode(item.id == .meetingsHeld ? item.records : item.records.map { labels[$0] ?? $0 }, forKey: .records)
            try i.encode(item.detail, forKey: .detail)
            try i.encode(item.gaps, forKey: .gaps)
            if let w = item.byWeek { try i.encode(w.map { WeekPoint(week: $0.month, value: $0.value) }, forKey: .byWeek) }
        }
    }

    /// A month's value, `null` included.
    struct Point: Encodable {
        let p: FidelityPoint
        init(_ p: FidelityPoint) { self.p = p }
        enum K: String, CodingKey { case month, value }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(p.month, forKey: .month)
            try c.encode(p.value, forKey: .value)
        }
    }

    struct WeekPoint: Encodable {
        let week: String
        let value: Double?
        enum K: String, CodingKey { case week, value }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(week, forKey: .week)
            try c.encode(value, forKey: .value)
        }
    }
}

/// The report as text (`tavle fidelity`) and as markdown (`--format markdown`).
enum FidelityText {
    static func header(_ r: FidelityReport, teamName: String) -> String {
        L.t(.fidelityHeader, Format.safe(teamName), Format.day(r.from), Format.day(r.to))
    }

    static func print(_ r: FidelityReport, teamName: String) {
        Console.out(header(r, teamName: teamName))
        if let m = r.municipality { Console.out(L.t(.statsNarrowed, Format.safe(m))) }
        let w = r.items.map { DisplayWidth.of(L.label($0.id)) }.max() ?? 0
        let indent = String(repeating: " ", count: w + 4)
        for item in r.items {
            var v = item.valueText(L.lang)
            if let t = item.targetText(L.lang) { v += " · " + t }
            Console.out(Format.wrap(v, first: "  " + DisplayWidth.pad(L.label(item.id), to: w) + "  ", rest: indent))
            for g in item.gapTexts(L.lang) { Console.out(Format.wrap("! " + g, first: indent, rest: indent + "  ")) }
        }
    }

    static func markdown(_ r: FidelityReport, teamName: String) {
        Console.out("# " + cell(header(r, teamName: teamName)))
        if let m = r.municipality { Console.out(); Console.out(cell(L.t(.statsNarrowed, Format.safe(m)))) }
        Console.out()
        Console.out("| " + [L.t(.fidelityColItem), "id", L.t(.fidelityColValue), L.t(.fidelityColTarget)].joined(separator: " | ") + " |")
        Console.out("|---|---|---|---|")
        for item in r.items {
            Console.out("| " + [cell(L.label(item.id)), "`" + item.id.rawValue + "`", cell(item.valueText(L.lang)),
                                cell(item.target.map(FidelityItem.percent) ?? "")].joined(separator: " | ") + " |")
        }
        let gaps = r.items.flatMap { i in i.gapTexts(L.lang).map { "- " + cell(L.label(i.id)) + ": " + cell($0) } }
        if !gaps.isEmpty {
            Console.out()
            Console.out("## " + L.t(.fidelityGapsTitle))
            Console.out()
            for g in gaps { Console.out(g) }
        }
        let months = r.items.first?.trend.map(\.month) ?? []
        guard !months.isEmpty else { return }
        let shares = r.items.filter { $0.id.isShare }
        Console.out()
        Console.out("## " + L.t(.fidelityTrendTitle))
        Console.out()
        Console.out("| " + ([L.t(.fidelityColMonth)] + shares.map { "`" + $0.id.rawValue + "`" }).joined(separator: " | ") + " |")
        Console.out("|" + String(repeating: "---|", count: shares.count + 1))
        for (k, month) in months.enumerated() {
            Console.out("| " + ([month] + shares.map { $0.trend[k].value.map(FidelityItem.percent) ?? "–" }).joined(separator: " | ") + " |")
        }
    }

    /// A table cell: no pipes or line breaks.
    static func cell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
