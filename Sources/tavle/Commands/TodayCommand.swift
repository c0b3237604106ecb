import ArgumentParser
import TavleCore

/// `tavle today [--json]`: the day plan (who sees whom, by staff, with times) and today's rota.
struct TodayCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "today", abstract: L.t(.helpTodayAbstract), discussion: L.t(.helpTodayDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var privateOutput: PrivateOutputOptions
    @OptionGroup var output: JSONOption

    func run() throws {
        let session = try globals.session()
        try privateOutput.emit(session) {
            // The day plan shows no decisions: the summaries are read without them (issue 29).
            let data = try session.store.loadBoard(today: session.today, openDecisions: false)
            let board = Board(team: data.team, youths: data.youths, today: session.today, problems: data.problems)
            let plan = DayPlan(board: board, rota: try session.store.loadRota(), day: session.today)
            let labels = Board.distinctInitials(data.youths)
            if output.json {
                try JSONOutput.print(DayPlanText.JSON(plan, team: data.team, labels: labels))
            } else {
                Console.out(DayPlanText.lines(plan, team: data.team, labels: labels))
            }
            BoardListing.reportProblems(data.problems)
        }
    }
}
