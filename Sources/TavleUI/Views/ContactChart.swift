import TavleCore

/// Contacts and attempts over the last 8 weeks (Monday–Sunday weeks, this week last), as bars.
enum ContactChart {
    static let weeks = 8
    static let blocks = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// Per week: the ISO week number and how many contacts (attempts included) it had.
    static func counts(_ y: Youth, today: Day) -> [(week: Int, count: Int)] {
        let thisMonday = today.adding(days: -today.weekdayIndex)
        return (0..<weeks).map { i in
            let start = thisMonday.adding(days: -7 * (weeks - 1 - i))
            let end = start.adding(days: 7)
            let n = y.shownContacts.filter { let d = $0.at.day; return d >= start && d < end }.count
            return (Dates.isoWeek(start), n)
        }
    }

    /// Three lines: week numbers, bars, counts; each week three columns wide.
    static func lines(_ y: Youth, today: Day, _ lang: Language) -> [StyledLine] {
        let c = counts(y, today: today)
        let top = max(1, c.map(\.count).max() ?? 1)
        func cell(_ s: String) -> String { s + String(repeating: " ", count: max(0, 3 - DisplayWidth.of(s))) }
        let labelWidth = 7
        func pad(_ s: String) -> String { DisplayWidth.pad(s, to: labelWidth) }
        let weeksLine = pad(Texts.text(.detailWeek, lang)) + c.map { cell(String($0.week)) }.joined()
        let bars = c.map { w -> String in
            w.count == 0 ? cell("·") : cell(blocks[min(blocks.count - 1, (w.count * blocks.count - 1) / top)])
        }.joined()
        let countsLine = pad(Texts.text(.detailCount, lang)) + c.map { cell(String($0.count)) }.joined()
        let attempts = y.shownContacts.filter { $0.kind == .attempt && $0.at.day >= today.adding(days: -7 * weeks) }.count
        return [
            StyledLine(weeksLine, .dim),
            StyledLine([(pad(""), .plain), (bars, CellStyle(color: .cyan, bold: true))]),
            StyledLine([(countsLine, .plain),
                        (attempts > 0 ? "  " + Texts.text(.detailAttempts, lang, [String(attempts)]) : "", .dim)]),
        ]
    }
}
