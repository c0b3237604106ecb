import TavleCore

/// The rota's gaps in the coming week (`RotaCoverage`) as the board's screens show them: the same
/// core value in the header, the day plan and the meeting.
enum CoverageText {
    /// The gaps for the board's day; nil until the rota is loaded (nothing is known to be missing).
    static func coverage(_ s: AppState) -> RotaCoverage? { s.rota.map { RotaCoverage(board: s.board, rota: $0) } }

    /// `! Ingen bakvakt 23.12`, one line each.
    static func lines(_ c: RotaCoverage, _ lang: Language) -> [String] { c.missing.map { "! " + $0.message.text(lang) } }

    /// `! Ingen bakvakt 23.12 (+2 til)`: the first gap and how many more, where one line must do.
    static func compact(_ c: RotaCoverage, _ lang: Language) -> String? {
        guard let first = c.missing.first else { return nil }
        let text = "! " + first.message.text(lang)
        return c.missing.count == 1 ? text : Texts.text(.coverageMore, lang, [text, String(c.missing.count - 1)])
    }

    static let style = CellStyle(color: .red, bold: true)
}

extension Dates {
    /// `fredag 25.12.2026 · 1. juledag`: the weekday and date, and the day's name when it has one.
    static func weekdayDateAndName(_ d: Day, _ lang: Language) -> String {
        weekdayAndDate(d, lang) + (Holidays.name(on: d).map { " · " + $0.label(lang) } ?? "")
    }
}
