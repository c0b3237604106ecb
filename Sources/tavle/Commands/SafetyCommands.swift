import ArgumentParser
import TavleCore

/// `tavle crisis-plan ID --updated DATE [--out-of-hours TEXT]`.
struct CrisisPlanCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "crisis-plan", abstract: L.t(.helpCrisisPlanAbstract),
                             discussion: L.t(.helpCrisisPlanDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Option(help: ArgumentHelp(L.t(.optCrisisPlanUpdated), valueName: "DATE")) var updated: String?
    @Option(name: .customLong("out-of-hours"), help: ArgumentHelp(L.t(.optCrisisPlanOutOfHours), valueName: "TEXT"))
    var outOfHours: String?
    @OptionGroup var write: WriteOptions
    @OptionGroup var inMeeting: MeetingOption

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion, inMeeting: inMeeting.meeting) { c in
            .crisisPlan(updated: try Input.optionalDay(updated, for: .past, today: c.today), outOfHours: outOfHours)
        } done: { y, _ in
            L.t(.doneCrisisPlan, Format.day(y.crisisPlan?.updated))
        }
    }
}

/// `tavle order ID --kind TEXT --expires DATE`, or `--remove KIND`.
struct OrderCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "order", abstract: L.t(.helpOrderAbstract), discussion: L.t(.helpOrderDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Option(help: ArgumentHelp(L.t(.optOrderKind), valueName: "TEXT")) var kind: String?
    @Option(help: ArgumentHelp(L.t(.optOrderExpires), valueName: "DATE")) var expires: String?
    @Option(help: ArgumentHelp(L.t(.optOrderRemove), valueName: "KIND")) var remove: String?
    @OptionGroup var write: WriteOptions

    func validate() throws {
        if remove == nil && (kind == nil || expires == nil) { throw ValidationError(L.t(.usageOrderNeeds)) }
        if remove != nil && (kind != nil || expires != nil) { throw ValidationError(L.t(.usageOrderRemove)) }
    }

    func run() throws {
        var expiry: Day?
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion) { c in
            if let r = remove { return .removeOrder(kind: r) }
            let day = try Input.day(expires ?? "", for: .upcoming, today: c.today)
            expiry = day
            return .order(kind: kind ?? "", expires: day)
        } done: { _, _ in
            if let r = remove { return L.t(.doneOrderRemoved, Format.safe(r)) }
            return L.t(.doneOrder, Format.safe(kind ?? ""), Format.day(expiry))
        }
    }
}
