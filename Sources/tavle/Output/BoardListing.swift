import TavleCore

/// The board as text: both groups, most urgent first, fitted to the terminal's width.
enum BoardListing {
    /// Prints the listing. `names` false shows initials only (the shared screen).
    static func print(_ data: BoardData, session: Session, names: Bool, dueOnly: Bool, mode: Mode?) {
        let board = Board(team: data.team, youths: data.youths, today: session.today, problems: data.problems)
        KeptUntilExit.keep(data, board)
        let labels = Board.distinctInitials(data.youths)
        let width = Console.width
        Console.out(L.t(.listHeader, Format.safe(data.team.name), Format.day(session.today), String(board.activeCount),
                        String(board.intensive.count), Format.percent(board.boardShare)))
        if let warn = board.shareWarning { Console.out("! " + warn.text(L.lang)) }
        let filter = { (e: BoardEntry) in !dueOnly || !e.due.isEmpty }
        if mode != .caseManagement {
            let rows = board.intensive.filter(filter)
            Console.out()
            Console.out(L.t(.listIntensive, String(rows.count)))
            if rows.isEmpty { Console.out("  " + L.t(.listNone)) } else {
                Console.out(intensiveTable(rows, session: session, labels: labels, names: names).render(width: width))
            }
        }
        if mode != .intensive {
            let rows = board.caseManagement.filter(filter)
            Console.out()
            Console.out(L.t(.listCaseManagement, String(rows.count)))
            if rows.isEmpty { Console.out("  " + L.t(.listNone)) } else {
                Console.out(caseManagementTable(rows, session: session, labels: labels, names: names).render(width: width))
            }
        }
        if !dueOnly && mode == nil { printToday(board, session: session, labels: labels, names: names) }
        // A file's path holds the youth's id (often a first name): on the shared screen, the count.
        if names { reportProblems(data.problems) } else if !data.problems.isEmpty { Console.error(L.n(.headerProblems, data.problems.count, String(data.problems.count))) }
    }

    static func intensiveTable(_ rows: [BoardEntry], session: Session, labels: [String: String], names: Bool) -> Table {
        var cols = [Table.Column(header: L.t(.colStatus)), Table.Column(header: L.t(.colInitials))]
        if names { cols.append(Table.Column(header: L.t(.colName), shrinkOrder: 1, minWidth: 8)) }
        cols += [Table.Column(header: L.t(.colAge), alignRight: true), Table.Column(header: L.t(.colContact)),
                 Table.Column(header: L.t(.colReason), shrinkOrder: 0, minWidth: 8),
                 Table.Column(header: L.t(.colDay), alignRight: true), Table.Column(header: L.t(.colEvaluate)),
                 Table.Column(header: L.t(.colDue), alignRight: true)]
        if names { cols.append(Table.Column(header: L.t(.colId))) }
        var t = Table(cols)
        for e in rows {
            let y = e.youth
            var cells = [Format.status(y.status), Format.safe(labels[y.id] ?? y.initials)]
            if names { cells.append(Format.safe(y.name)) }
            cells += [String(y.age(on: session.today)), Format.staff(y.primaryContact, session.team),
                      y.currentPeriod.map { L.label($0.reason) } ?? "",
                      y.daysOnBoard(today: session.today).map(String.init) ?? "",
                      Format.shortDay(y.currentPeriod?.evaluate), dueCell(e)]
            if names { cells.append(y.id) }   // an id is often a first name: not on the shared screen
            t.add(cells)
        }
        return t
    }

    static func caseManagementTable(_ rows: [BoardEntry], session: Session, labels: [String: String], names: Bool) -> Table {
        var cols = [Table.Column(header: L.t(.colStatus)), Table.Column(header: L.t(.colInitials))]
        if names { cols.append(Table.Column(header: L.t(.colName), shrinkOrder: 1, minWidth: 8)) }
        cols += [Table.Column(header: L.t(.colAge), alignRight: true), Table.Column(header: L.t(.colContact)),
                 Table.Column(header: L.t(.colPhase), shrinkOrder: 0, minWidth: 8),
                 Table.Column(header: L.t(.colLastContact)),
                 Table.Column(header: L.t(.colDue), alignRight: true)]
        if names { cols.append(Table.Column(header: L.t(.colId))) }
        var t = Table(cols)
        for e in rows {
            let y = e.youth
            var cells = [Format.status(y.status), Format.safe(labels[y.id] ?? y.initials)]
            if names { cells.append(Format.safe(y.name)) }
            cells += [String(y.age(on: session.today)), Format.staff(y.primaryContact, session.team), L.label(y.phase),
                      Format.shortDay(y.lastContact?.day), dueCell(e)]
            if names { cells.append(y.id) }
            t.add(cells)
        }
        return t
    }

    /// How many reasons for whole-team review; `tavle due` lists them.
    static func dueCell(_ e: BoardEntry) -> String { e.due.isEmpty ? "" : String(e.due.count) }

    /// Today's plan: who sees whom, when and where (the place only with names: it can say who).
    static func printToday(_ board: Board, session: Session, labels: [String: String], names: Bool) {
        var lines: [(String, String)] = []
        for e in board.all {
            for p in e.youth.plans(on: session.today) {
                var line = p.time + "  " + Format.staff(p.staff, session.team) + " → " + Format.safe(labels[e.youth.id] ?? e.youth.initials)
                if names, let place = p.place { line += "  " + Format.safe(place) }
                lines.append((p.time, line))
            }
        }
        guard !lines.isEmpty else { return }
        Console.out()
        Console.out(L.t(.listToday))
        for l in lines.sorted(by: { $0.0 < $1.0 }) { Console.out("  " + l.1) }
    }

    /// Files that could not be read are named on stderr, never hidden.
    static func reportProblems(_ problems: [LoadProblem]) {
        guard !problems.isEmpty else { return }
        Console.error(L.n(.listProblems, problems.count))
        for p in problems { Console.error("  " + p.error.message(L.lang)) }
    }
}
