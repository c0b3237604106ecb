import Foundation
import Testing
@testable import TavleCore

/// The board, the meeting-room screen and the command line give a youth the same label, in the
/// one state where the youths on the board alone would not say it: data from before stable
/// labels, or edited by hand, where two youths still followed up share initials without numbers
/// and a discharged namesake keeps one (numbers are never given twice, so they are `KH⁴`, `KH⁵`).
@Suite struct BoardLabelsTests {
    func youth(_ id: String, number: Int?, discharged: Bool) -> Youth {
        var y = Youth(id: id, name: "Kari Hansen", born: Day(year: 2009, month: 1, day: 1)!, intake: fixedToday)
        y.labelNumber = number
        if discharged { y.phase = .discharged }
        return y
    }

    @Test func theBoardAndTheScreenLabelAsTheCommandLineDoes() {
        let youths = [youth("y1", number: nil, discharged: false), youth("y2", number: 3, discharged: true),
                      youth("y3", number: nil, discharged: false)]
        let cli = Board.distinctInitials(youths)
        #expect(cli["y1"] == "KH⁴" && cli["y3"] == "KH⁵")
        let board = Board(team: Team(name: "T"), youths: youths, today: fixedToday)
        #expect(board.labels == ["y1": "KH⁴", "y3": "KH⁵"])
        #expect(board.labelNumbers == ["y1": 4, "y3": 5])
        let feed = ScreenFeed.make(board: board, written: Timestamp.local(day: fixedToday, minutes: 480, in: TimeZone(identifier: "Europe/Oslo")!))
        #expect(Set(feed.board().labels.values) == ["KH⁴", "KH⁵"])
    }
}
