import Foundation
import TavleCore

/// `tavle fidelity --format html`: one self-contained page (inline CSS and SVG, no external URL,
/// readable printed on A4), well-formed as XML so it can be checked. Youths appear only as board
/// labels and counts; no note text is read.
enum FidelityHTML {
    /// The most record labels listed under an item (the JSON has them all).
    static let recordsShown = 120

    static func page(_ r: FidelityReport, teamName: String, labels: [String: String]) -> String {
        let title = FidelityText.header(r, teamName: teamName)
        var h = "<!DOCTYPE html>\n<html lang=\"" + L.lang.rawValue + "\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        h += "<title>" + esc(title) + "</title>\n<style>\n" + css + "</style>\n</head>\n<body>\n"
        h += "<h1>" + esc(title) + "</h1>\n"
        if let m = r.municipality { h += "<p>" + esc(L.t(.statsNarrowed, Format.safe(m))) + "</p>\n" }
        h += "<table>\n<thead><tr><th>" + esc(L.t(.fidelityColItem)) + "</th><th>" + esc(L.t(.fidelityColValue)) + "</th><th>"
            + esc(L.t(.fidelityColTarget)) + "</th></tr></thead>\n<tbody>\n"
        for item in r.items {
            h += "<tr><td>" + esc(L.label(item.id)) + "<br/><code>" + esc(item.id.rawValue) + "</code></td><td>" + esc(item.valueText(L.lang))
            for g in item.gapTexts(L.lang) { h += "<br/><span class=\"gap\">! " + esc(g) + "</span>" }
            h += "</td><td>" + esc(item.target.map(FidelityItem.percent) ?? "") + "</td></tr>\n"
        }
        h += "</tbody>\n</table>\n"

        h += "<section class=\"charts\">\n"
        for c in r.charts(L.lang) {
            h += chart(L.t(c.title), c.bars.map { ($0.label, $0.value) }, max: c.top, target: c.target, percent: c.percent)
        }
        h += "</section>\n"

        h += "<h2>" + esc(L.t(.fidelityRecordsTitle)) + "</h2>\n<dl>\n"
        for item in r.items where !item.records.isEmpty {
            let shown = item.records.prefix(recordsShown).map { item.id == .meetingsHeld ? $0 : (labels[$0] ?? $0) }
            var list = shown.joined(separator: ", ")
            if item.records.count > shown.count { list += " " + L.t(.fidelityRecordsMore, String(item.records.count - shown.count)) }
            h += "<dt>" + esc(L.label(item.id)) + " (" + String(item.records.count) + ")</dt><dd>" + esc(list) + "</dd>\n"
        }
        h += "</dl>\n</body>\n</html>"
        return h
    }

    /// One bar chart as inline SVG: a bar per value, the target as a dashed line, labels under the
    /// first, the last and (when few) every bar.
    static func chart(_ title: String, _ values: [(String, Double)], max top: Double, target: Double?, percent: Bool) -> String {
        let w = 640.0, h = 200.0, left = 36.0, bottom = 28.0, plotH = h - bottom - 8
        let n = Swift.max(values.count, 1)
        let step = (w - left - 4) / Double(n)
        func y(_ v: Double) -> Double { 8 + plotH * (1 - Swift.min(v, top) / top) }
        var s = "<figure><figcaption>" + esc(title) + "</figcaption>\n"
        s += "<svg viewBox=\"0 0 640 200\" width=\"640\" height=\"200\" role=\"img\"><title>" + esc(title) + "</title>\n"
        s += "<line x1=\"\(f(left))\" y1=\"\(f(y(0)))\" x2=\"\(f(w - 4))\" y2=\"\(f(y(0)))\" class=\"axis\"/>\n"
        s += "<text x=\"2\" y=\"\(f(y(top) + 8))\" class=\"lbl\">" + esc(percent ? FidelityItem.percent(top) : FidelityItem.number(top, L.lang)) + "</text>\n"
        for (i, v) in values.enumerated() {
            let x = left + Double(i) * step + step * 0.1
            s += "<rect x=\"\(f(x))\" y=\"\(f(y(v.1)))\" width=\"\(f(step * 0.8))\" height=\"\(f(y(0) - y(v.1)))\" class=\"bar\"><title>"
                + esc(v.0 + ": " + (percent ? FidelityItem.percent(v.1) : FidelityItem.number(v.1, L.lang))) + "</title></rect>\n"
            if values.count <= 12 {
                // Every bar labelled, on two alternating rows so long words do not overlap.
                s += "<text x=\"\(f(x))\" y=\"\(f(i % 2 == 0 ? h - 14 : h - 2))\" class=\"lbl\">" + esc(v.0) + "</text>\n"
            } else if i == 0 || i == values.count - 1 {
                // The first and the last, the last ending at the right edge.
                let anchor = i == 0 ? "" : " text-anchor=\"end\""
                s += "<text x=\"\(f(i == 0 ? x : w - 4))\" y=\"\(f(h - 10))\"\(anchor) class=\"lbl\">" + esc(v.0) + "</text>\n"
            }
        }
        if let t = target {
            s += "<line x1=\"\(f(left))\" y1=\"\(f(y(t)))\" x2=\"\(f(w - 4))\" y2=\"\(f(y(t)))\" class=\"target\"/>\n"
        }
        return s + "</svg></figure>\n"
    }

    static func f(_ x: Double) -> String { String(Double(Int((x * 10).rounded())) / 10) }

    static func esc(_ s: String) -> String { HTMLEscape.text(TextSafety.display(s)) }

    static let css = """
    body { font-family: sans-serif; font-size: 11pt; margin: 2em; color: #111; }
    h1 { font-size: 16pt; } h2 { font-size: 13pt; }
    table { border-collapse: collapse; width: 100%; }
    th, td { border-bottom: 1px solid #ccc; padding: 4px 6px; text-align: left; vertical-align: top; }
    td:last-child, th:last-child { white-space: nowrap; }
    code { font-size: 9pt; color: #555; }
    .gap { color: #a40; font-size: 9pt; }
    figure { margin: 1em 0; break-inside: avoid; page-break-inside: avoid; }
    figcaption { font-weight: bold; margin-bottom: 4px; }
    svg { max-width: 100%; height: auto; }
    .bar { fill: #3a6ea5; } .axis { stroke: #333; stroke-width: 1; }
    .target { stroke: #c33; stroke-width: 1.5; stroke-dasharray: 6 4; }
    .lbl { font-size: 10px; fill: #333; }
    dd { font-size: 9pt; margin: 0 0 0.6em 1em; }
    @page { size: A4; margin: 15mm; }
    @media print { body { margin: 0; font-size: 10pt; } tr, dt, dd { break-inside: avoid; } }

    """
}
