import Testing
@testable import TavleCore

@Suite("board order and message filling")
struct OrderAndMessageTests {
    /// Youths that differ in every key the urgency order looks at, including ties up to the id.
    static func entries() -> [BoardEntry] {
        let statuses: [Status] = [.stable, .worried, .crisis]
        let severities: [Severity] = [.info, .warning, .urgent]
        var out: [BoardEntry] = []
        var n = 0
        for status in statuses {
            for reasons in 0...2 {
                for sev in severities {
                    for name in ["Åse Berg", "Anne Berg", "anne berg"] {
                        n += 1
                        var y = Youth(id: "y" + String(1000 + (n * 7919) % 997), name: name, born: today.adding(years: -16), intake: d(-100))
                        y.status = status
                        let due = (0..<reasons).map { DueReason(rule: "r\($0)", severity: $0 == 0 ? sev : .info, message: LocalizedMessage(.ruleCrisis)) }
                        out.append(BoardEntry(youth: y, due: due))
                    }
                }
            }
        }
        return out
    }

    @Test("byUrgency sorts exactly as the moreUrgent comparison does, whatever the input order")
    func byUrgencyMatchesComparison() {
        var rng = SystemRandomNumberGenerator()
        let all = Self.entries()
        let expected = all.sorted(by: Board.moreUrgent).map(\.id)
        #expect(expected.count == 81)
        for _ in 0..<5 {
            #expect(Board.byUrgency(all.shuffled(using: &rng)).map(\.id) == expected)
        }
        // Crisis with an urgent reason first, a stable youth with no reasons last.
        let first = Board.byUrgency(all)[0], last = Board.byUrgency(all)[80]
        #expect(first.youth.status == .crisis && first.topSeverity == .urgent)
        #expect(last.youth.status == .stable && last.due.isEmpty)
    }

    @Test("urgencyOrder merges both groups exactly as byUrgency sorts them together, for any filter")
    func urgencyOrderMatchesByUrgency() throws {
        let (team, _) = try Demo.load(today: fixedToday)
        var entries = Self.entries()
        for k in entries.indices where k % 3 == 0 {
            var y = entries[k].youth
            y.mode = .intensive
            entries[k] = BoardEntry(youth: y, due: entries[k].due)
        }
        let board = Board(team: team, entries: entries, today: today)
        #expect(!board.intensive.isEmpty && !board.caseManagement.isEmpty)
        let filters: [(String, (BoardEntry) -> Bool)] = [
            ("all", { _ in true }), ("due", { !$0.due.isEmpty }), ("none", { _ in false }),
            ("intensive only", { $0.youth.mode == .intensive }), ("case management only", { $0.youth.mode == .caseManagement }),
            ("crisis or stable", { $0.youth.status != .worried }),
        ]
        for (name, include) in filters {
            let merged = board.urgencyOrder(where: include).map { board.withEntry(at: $0) { $0.id } }
            #expect(merged == Board.byUrgency(board.all.filter(include)).map(\.id), "\(name)")
        }
        #expect(board.urgencyOrder(where: { _ in true }).count == 81)
    }

    @Test("placeholders are filled once each; an argument's own braces are left alone")
    func fill() {
        #expect(Catalog.fill("{1} er på tavla i {2} dager", ["KN", "12"]) == "KN er på tavla i 12 dager")
        #expect(Catalog.fill("{2} før {1}, {2} igjen", ["a", "b"]) == "b før a, b igjen")
        #expect(Catalog.fill("notat: {1}", ["{2} {1}"]) == "notat: {2} {1}")
        #expect(Catalog.fill("{3} {x} { {1", ["a"]) == "{3} {x} { {1")
        #expect(Catalog.fill("{10}", (1...10).map(String.init)) == "10")
        #expect(Catalog.fill("æøå {1}", ["ÆØÅ"]) == "æøå ÆØÅ")
    }
}

@Suite("initials")
struct InitialsTests {
    @Test("initials are the first letter of every word, upper-cased, hyphens and extra spaces too")
    func derived() {
        #expect(Youth.deriveInitials("Kari Hansen") == "KH")
        #expect(Youth.deriveInitials("o'neil van-dyke 2") == "OVD2", "printable ASCII, read byte by byte")
        #expect(Youth.deriveInitials("kari\thansen") == "K", "a tab is no word break (and not plain ASCII here)")
        #expect(Labels.ascii("KH²") == "KH2" && Labels.ascii("KH") == "KH")
        for n in [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 123, 4567, 8910] {
            #expect(Labels.ascii(Labels.label("ÅØ", n)) == "ÅØ\(n)", "every superscript digit read back as typed")
        }
        #expect(Youth.deriveInitials("Ole-Martin Berg") == "OMB")
        #expect(Youth.deriveInitials("  åse  østby-ødegård ") == "ÅØØ")
        #expect(Youth.deriveInitials("ß lie") == "SSL", "upper-casing may widen a letter, as Swift does")
        #expect(Youth.deriveInitials("") == "" && Youth.deriveInitials(" - ") == "")
    }
}
