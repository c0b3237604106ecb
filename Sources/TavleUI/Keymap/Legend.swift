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
        func e(_ symbol: String, _ key: TextKey, _ args: [String] = [], _ style: CellStyle = .bold) -> LegendEntry {
            LegendEntry(symbol: symbol, meaning: Texts.text(key, lang, args), style: style)
        }
        var out = Status.allCases.map { st in e(st.symbol, .legendStatus, [st.label(lang)], RowCells.statusStyle(st)) }
        out += [
            e("▲", .legendShareAbove, [], CellStyle(color: .red, bold: true)),
            e("!!3", .legendDueUrgent, [], CellStyle(color: .red, bold: true)),
            e("!3", .legendDue, [], CellStyle(color: .yellow, bold: true)),
            e(Texts.text(.flagNoCrisisPlan, lang), .legendNoCrisisPlan),
            e(Texts.text(.flagOrderExpiring, lang), .legendOrderExpiring),
            e(Texts.text(.flagNewIntake, lang), .legendNewIntake),
            e(Texts.text(.flagUndocumented, lang), .legendUndocumented),
            e("+1", .legendMorePlans),
            e("–", .legendNothing),
            e("▶", .legendSelected),
            e("KH²", .legendSameInitials),
            e("@OB", .legendStaff),
            e("23/104", .legendPosition),
            e("↑ ↓", .legendMore),
            e("◆", .legendUnderDiscussion),
            e("✓", .legendCheck),
            e("✗", .legendCross),
            e("·", .legendNotYet),
            e("⚠", .legendWarningSymbol),
            e("⏱", .legendTimeLeft),
            e("!! ! i", .legendSeverity),
            e("▸", .legendFocusedField),
            e("◀ ▶", .legendChoice),
            e("☑ ☐", .legendPicked),
        ]
        return out
    }
}
