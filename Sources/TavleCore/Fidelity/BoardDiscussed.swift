/// `board-discussed`: (meeting, board youth) pairs discussed, of all such pairs, over the meetings
/// in the period: each meeting's `MeetingCoverage` (the one definition the board, the minutes and
/// `stats` use). Records: the youths discussed at least once.
enum BoardDiscussed {
    static func item(_ input: FidelityInput, _ r: FidelityRange) -> FidelityItem {
        var pairs = 0, discussed = 0
        var youths: Set<String> = []
        for m in input.meetings where r.contains(m.day) {
            let c = m.coverage()
            pairs += c.board.count
            discussed += c.discussed.count
            youths.formUnion(c.discussed)
        }
        return .share(.boardDiscussed, discussed, pairs, target: 1, records: youths)
    }
}
