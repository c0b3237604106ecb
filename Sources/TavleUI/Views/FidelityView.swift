import TavleCore

/// The `F` page: the fidelity evidence of the last 12 months (the core's `FidelityReport`, the same
/// value `tavle fidelity` prints), each item with its value, target and a bar, what could not be
/// counted, then the report's charts as text bars. A pure function of the state. Youths appear
/// only as counts: the records behind each figure are in the CLI's report.
enum FidelityView {
    /// The title bar: the period, once loaded.
    static func title(_ s: AppState) -> String {
        let lang = s.language
        guard let r = s.fidelity else { return Texts.text(.helpSectionFidelity, lang) }
        return Texts.text(.fidelityHeader, lang, [TextSafety.display(s.board.team.name), r.from.text(lang), r.to.text(lang)])
    }

    static func lines(_ s: AppState, width: Int) -> [StyledLine] {
        let lang = s.language
        guard let r = s.fidelity else { return [StyledLine(Texts.text(.statsLoading, lang), .dim)] }
        var out: [StyledLine] = []
        if let m = r.municipality {
            out.append(StyledLine(Texts.text(.statsNarrowed, lang, [TextSafety.display(m)]), CellStyle(bold: true)))
        }
        out += items(r, width: width, lang)
        for chart in r.charts(lang) {
            out.append(.blank)
            out.append(PageView.heading(Texts.text(chart.title, lang)))
            out += bars(chart, width: width, lang)
        }
        out.append(.blank)
        out.append(StyledLine(Texts.text(.fidelityBarLegend, lang), .dim))
        out += Wrap.lines(Texts.text(.fidelityPageHint, lang), width: width).map { StyledLine($0, .dim) }
        return out
    }

    /// Each item: its name and value (the name on lines of its own when the terminal is narrow),
    /// a bar for a share, and a `!` line for each part that could not be counted.
    static func items(_ r: FidelityReport, width: Int, _ lang: Language) -> [StyledLine] {
        let labelW = min(30, r.items.map { DisplayWidth.of($0.id.label(lang)) }.max() ?? 0) + 2
        let beside = width - labelW >= 30
        let valueW = beside ? width - labelW : width - 2
        let indent = String(repeating: " ", count: beside ? labelW : 2)
        var out: [StyledLine] = []
        for item in r.items {
            var value = item.valueText(lang)
            if let t = item.targetText(lang) { value += " · " + t }
            let wrapped = Wrap.lines(value, width: valueW)
            if beside {
                // A long name goes on over the next lines of its column, never cut.
                let names = Wrap.lines(item.id.label(lang), width: labelW - 2)
                for i in 0..<max(names.count, wrapped.count) {
                    out.append(StyledLine([(DisplayWidth.pad(i < names.count ? names[i] : "", to: labelW), CellStyle(bold: true)),
                                           (i < wrapped.count ? wrapped[i] : "", .plain)]))
                }
            } else {
                out += Wrap.lines(item.id.label(lang), width: width).map { StyledLine($0, CellStyle(bold: true)) }
                out += wrapped.map { StyledLine(indent + $0) }
            }
            if item.id.isShare, let v = item.value {
                let cells = max(10, min(40, width - indent.count - 1))
                out.append(StyledLine([(indent, .plain), (bar(v, top: 1, target: item.target, cells: cells), CellStyle(color: .cyan, bold: true))]))
            }
            for g in item.gapTexts(lang) {
                out += Wrap.lines("! " + g, width: width - indent.count).map { StyledLine(indent + $0, .dim) }
            }
        }
        return out
    }

    /// A chart: a row per bar (label, bar, value) when the bars are few; a line of block heights
    /// with the first and last label, the range and the target under it when there are many (the
    /// board share by week).
    static func bars(_ c: FidelityChart, width: Int, _ lang: Language) -> [StyledLine] {
        func valueText(_ v: Double) -> String { c.percent ? FidelityItem.percent(v) : FidelityItem.number(v, lang) }
        guard !c.bars.isEmpty else { return [StyledLine(Texts.text(.fidelityNone, lang), .dim)] }
        if c.bars.count <= 14 {
            let labelW = (c.bars.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2
            let valueW = c.bars.map { DisplayWidth.of(valueText($0.value)) }.max() ?? 0
            let cells = max(5, min(40, width - labelW - valueW - 2))
            return c.bars.map { b in
                StyledLine([(DisplayWidth.pad(b.label, to: labelW), .plain),
                            (bar(b.value, top: c.top, target: c.target, cells: cells), CellStyle(color: .cyan, bold: true)),
                            ("  " + DisplayWidth.pad(valueText(b.value), to: valueW, alignRight: true), .plain)])
            }
        }
        let shown = Array(c.bars.suffix(max(1, width - 2)))
        // Shares are drawn against the highest week (or the target), so a board share near 20 %
        // still shows its ups and downs; the line under it gives the range.
        let scale = c.percent ? max(shown.map(\.value).max() ?? 0, c.target ?? 0, 0.01) : c.top
        let spark = shown.map { b -> String in
            guard b.value > 0 else { return "·" }
            let level = Int((min(b.value, scale) / scale * Double(ContactChart.blocks.count)).rounded(.up)) - 1
            return ContactChart.blocks[max(0, min(ContactChart.blocks.count - 1, level))]
        }.joined()
        let first = shown.first!.label, last = shown.last!.label
        var out = [StyledLine(spark, CellStyle(color: .cyan, bold: true))]
        if shown.count < c.bars.count {
            out.append(StyledLine(Texts.text(.fidelityWeeksShown, lang, [String(shown.count), String(c.bars.count), first, last]), .dim))
        } else {
            out.append(StyledLine(first + " – " + last, .dim))
        }
        let values = shown.map(\.value)
        var range = valueText(values.min() ?? 0) + "–" + valueText(values.max() ?? 0)
        if let t = c.target { range += " · " + Texts.text(.fidelityTarget, lang, [valueText(t)]) }
        out.append(StyledLine(range, .dim))
        return out
    }

    /// `cells` columns: `█` up to the value, `┊` at the target when the value is below it, `·` for
    /// the rest, so the value and the target read without colour.
    static func bar(_ v: Double, top: Double, target: Double?, cells: Int) -> String {
        let filled = Int((min(max(v, 0), top) / top * Double(cells)).rounded())
        let targetCell = target.map { min(cells - 1, Int(($0 / top * Double(cells)).rounded())) }
        var s = ""
        for i in 0..<cells { s += i < filled ? "█" : (i == targetCell ? "┊" : "·") }
        return s
    }
}
