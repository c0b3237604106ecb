import ArgumentParser
import TavleCore

/// `tavle today [--json]`: the day plan (who sees whom, by staff, with times) and today's rota.
struct TodayCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "today", abstract: L.t(.helpTodayAbstract), discussion: L.t(.helpTodayDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var output: JSONOption

    func run() throws {
        let session = try globals.session()
        let data = try session.store.loadBoard(today: session.today)
        let plan = DayPlan(youths: data.youths, team: data.team, rota: try session.store.loadRota(), day: session.today)
        if output.json {
            try JSONOutput.print(plan.sanitized)
        } else {
            Console.out(plan.lines(team: data.team, labels: Board.distinctInitials(data.youths)))
        }
        BoardListing.reportProblems(data.problems)
    }
}

extension DayPlan {
    /// The same plan with user text made safe for JSON output.
    var sanitized: DayPlan {
        DayPlan(day: day, weekday: weekday, holiday: holiday, rota: rota, unplanned: unplanned, warnings: warnings, staff: staff.map { s in
            StaffDay(staff: s.staff, initials: JSONOutput.safe(s.initials), name: JSONOutput.safe(s.name), visits: s.visits.map {
                Visit(time: $0.time, youth: $0.youth, label: JSONOutput.safe($0.label), name: JSONOutput.safe($0.name),
                      place: JSONOutput.safe($0.place), status: $0.status)
            })
        })
    }

    init(day: Day, weekday: String, holiday: String?, rota: [Duty], unplanned: [String], warnings: [ShiftWarningJSON], staff: [StaffDay]) {
        self.day = day; self.weekday = weekday; self.holiday = holiday; self.rota = rota; self.unplanned = unplanned
        self.warnings = warnings; self.staff = staff
    }
}
