/// `board-share`: youths on the board of the active youths, week by week (`WeekShare`, the one
/// definition `stats` uses; ISO weeks cut to the period). The value is youth-weeks on the board of
/// active youth-weeks (the weeks' mean weighted by their youths); `byWeek` has each week's share.
/// Records: the youths on the board in some week.
enum BoardShareFigure {
    static func item(_ input: FidelityInput, _ r: FidelityRange) -> FidelityItem {
        guard r.from <= r.to else { return .share(.boardShare, 0, 0, target: input.team.targetBoardShare, records: []) }
        var monday = r.from.adding(days: -r.from.weekdayIndex)
        var spans: [TeamStats.Span] = []
        while monday <= r.to {
            var span = TeamStats.span(monday, r.to)
            span.start = max(span.start, r.from)
            spans.append(span)
            monday = monday.adding(days: 7)
        }
        // Each youth once, through every week (`WeekShare.Tally`, the one definition).
        var tallies = Array(repeating: WeekShare.Tally(), count: spans.count)
        var board: Set<String> = []
        for y in input.youths {
            var onBoardSomeWeek = false
            for k in spans.indices {
                tallies[k].add(y, spans[k], today: r.to)
                if TeamStats.active(y, spans[k]) && TeamStats.onBoard(y, spans[k], r.to) { onBoardSomeWeek = true }
            }
            if onBoardSomeWeek { board.insert(y.id) }
        }
        let weeks = zip(tallies, spans).map { $0.share($1) }
        var item = FidelityItem.share(.boardShare, weeks.reduce(0) { $0 + $1.onBoard }, weeks.reduce(0) { $0 + $1.active },
                                      target: input.team.targetBoardShare, records: board,
                                      detail: ["weeks": Double(weeks.count)])
        item.byWeek = weeks.map { FidelityPoint(month: $0.week, value: $0.active == 0 ? nil : $0.share) }
        return item
    }
}
