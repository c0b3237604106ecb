import ArgumentParser
import TavleCore

/// `tavle caseload [--json]`: each active member's caseload (`Caseload`, a figure of the core):
/// youths as primary and second contact, on the board and in case management, and visits this week.
struct CaseloadCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "caseload", abstract: L.t(.helpCaseloadAbstract), discussion: L.t(.helpCaseloadDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var output: JSONOption

    /// `{"staff": [...]}`, as issue 21 names it.
    struct JSON: Encodable { let staff: [StaffCaseload] }

    func run() throws {
        let session = try globals.session()
        let (load, problems) = try session.store.caseload(team: session.team, today: session.today)
        if output.json {
            try JSONOutput.print(JSON(staff: load.staff))
        } else {
            Console.out(L.t(.caseloadTitle, Format.day(load.weekFrom)))
            var t = Table([Table.Column(header: L.t(.caseloadColStaff)),
                           Table.Column(header: L.t(.caseloadColPrimaryBoard), alignRight: true),
                           Table.Column(header: L.t(.caseloadColPrimaryCM), alignRight: true),
                           Table.Column(header: L.t(.caseloadColSecondBoard), alignRight: true),
                           Table.Column(header: L.t(.caseloadColSecondCM), alignRight: true),
                           Table.Column(header: L.t(.caseloadColVisits), alignRight: true)])
            for m in load.staff {
                t.add([Format.safe(m.initials + "  " + m.name), String(m.primary.board), String(m.primary.caseManagement),
                       String(m.second.board), String(m.second.caseManagement), String(m.visitsThisWeek)])
            }
            Console.out(t.render(width: Console.width))
        }
        BoardListing.reportProblems(problems)
    }
}
