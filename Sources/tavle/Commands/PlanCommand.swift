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
    @Option(help: ArgumentHelp(L.t(.optPlanDay), valueName: "YYYY-MM-DD")) var day: Day?
    @OptionGroup var write: WriteOptions

    func run() throws {
        var staffInitials = ""
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion, action: "plan") { y, c in
            let member = try c.member(who)
            staffInitials = member.initials
            let d = day ?? c.today
            guard d >= c.today else { throw CLIError.data(.refusePlanInPast, Format.day(d)) }
            try y.setPlan(day: d, staff: member.id, time: when, place: place)
        } done: { _, c in
            L.t(.donePlan, Format.safe(staffInitials), when, Format.day(day ?? c.today))
        }
    }
}
