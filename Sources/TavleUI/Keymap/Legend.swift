import TavleCore

/// One symbol the board shows, in the user's language, and what it means.
public struct LegendEntry: Sendable, Equatable {
    public let symbol: String
    public let meaning: String
    public let style: CellStyle
}

/// THE symbol legend: the `?` overlay and docs/keymap.md both print it, so a symbol is explained
/// once. Every symbol a view draws is here (a test renders the views and checks).
public enum Legend {
    /// Symbol, catalog key of its meaning, and its style, in the order the overlay lists them.
    public static func entries(_ lang: Language) -> [LegendEntry] {
        func e(_ symbol: String, _ key: String, _ args: [String] = [], _ style: CellStyle = .bold) -> LegendEntry {
            LegendEntry(symbol: symbol, meaning: UIStrings.text(key, lang, args), style: style)
        }
        var out = Status.allCases.map { st in e(st.symbol, "legend.status", [st.label(lang)], RowCells.statusStyle(st)) }
        out += [
            e("▲", "legend.shareAbove", [], CellStyle(color: .red, bold: true)),
            e("!3", "legend.due"),
            e(UIStrings.text("flag.noCrisisPlan", lang), "legend.noCrisisPlan"),
            e(UIStrings.text("flag.orderExpiring", lang), "legend.orderExpiring"),
            e(UIStrings.text("flag.newIntake", lang), "legend.newIntake"),
            e(UIStrings.text("flag.undocumented", lang), "legend.undocumented"),
            e("+1", "legend.morePlans"),
            e("–", "legend.nothing"),
            e("▶", "legend.selected"),
            e("KH²", "legend.sameInitials"),
            e("23/104", "legend.position"),
            e("↑ ↓", "legend.more"),
            e("◆", "legend.underDiscussion"),
            e("✓", "legend.check"),
            e("✗", "legend.cross"),
            e("·", "legend.notYet"),
            e("⚠", "legend.warningSymbol"),
            e("⏱", "legend.timeLeft"),
            e("!! ! i", "legend.severity"),
            e("▸", "legend.focusedField"),
            e("◀ ▶", "legend.choice"),
            e("☑ ☐", "legend.picked"),
        ]
        return out
    }
}
