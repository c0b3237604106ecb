import ArgumentParser
import TavleCore

/// `tavle plan ID --who STAFF --when HH:MM [--where TEXT] [--day DATE]`: who sees the youth today.
struct PlanCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "plan", abstract: L.t(.helpPlanAbstract), discussion: L.t(.helpPlanDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Option(help: ArgumentHelp(L.t(.optPlanWho), valueName: "STAFF")) var who: String
    @Option(help: ArgumentHelp(L.t(.optPlanWhen), valueName: "HH:MM")) var when: String
    @Option(name: .customLong("where"), help: ArgumentHelp(L.t(.optPlanWhere), valueName: "TEXT")) var place: String?
    @Option(help: ArgumentHelp(L.t(.optPlanDay), valueName: "DATE")) var day: String?
    @OptionGroup var write: WriteOptions
    @OptionGroup var inMeeting: MeetingOption

    func run() throws {
        var planned: PlanEntry?
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion, inMeeting: inMeeting.meeting) { c in
            .plan(day: try Input.optionalDay(day, for: .upcoming, today: c.today), staff: who, time: when, place: place)
        } done: { y, c in
            planned = y.plans.last { $0.staff == (try? c.member(who).id) }
            return L.t(.donePlan, Format.staff(planned?.staff, c.team), planned?.time ?? when, Format.day(planned?.day ?? c.today))
        }
    }
}
