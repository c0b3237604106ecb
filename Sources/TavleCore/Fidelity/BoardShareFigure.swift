/// `board-share`: youths on the board of the active youths, week by week (`WeekShare`, the one
/// definition `stats` uses; ISO weeks cut to the period). The value is youth-weeks on the board of
/// active youth-weeks (the weeks' mean weighted by their youths); `byWeek` has each week's share.
/// Records: the youths on the board in some week.
enum BoardShareFigure {
    static func item(_ input: FidelityInput, _ r: FidelityRange) -> FidelityItem {
        guard r.from <= r.to else { return .share(.boardShare, 0, 0, target: input.team.targetBoardShare, records: []) }
        var monday = r.from.adding(days: -r.from.weekdayIndex)
        var weeks: [WeekShare] = []
        while monday <= r.to {
            var span = TeamStats.span(monday, r.to)
            span.start = max(span.start, r.from)
            weeks.append(WeekShare(input.youths, span, today: r.to))
            monday = monday.adding(days: 7)
        }
        var board: Set<String> = []
        for y in input.youths where y.boardPeriods.contains(where: { $0.start <= r.to && ($0.end ?? r.to) >= r.from }) {
            if weeks.contains(where: { w in TeamStats.active(y, TeamStats.Span(start: w.start, end: w.end, label: ""))
                && TeamStats.onBoard(y, TeamStats.Span(start: w.start, end: w.end, label: ""), r.to) }) { board.insert(y.id) }
        }
        var item = FidelityItem.share(.boardShare, weeks.reduce(0) { $0 + $1.onBoard }, weeks.reduce(0) { $0 + $1.active },
                                      target: input.team.targetBoardShare, records: board,
                                      detail: ["weeks": Double(weeks.count)])
        item.byWeek = weeks.map { FidelityPoint(month: $0.week, value: $0.active == 0 ? nil : $0.share) }
        return item
    }
}
