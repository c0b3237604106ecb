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
    @Option(help: ArgumentHelp(L.t(.optCrisisPlanUpdated), valueName: "YYYY-MM-DD")) var updated: Day?
    @Option(name: .customLong("out-of-hours"), help: ArgumentHelp(L.t(.optCrisisPlanOutOfHours), valueName: "TEXT"))
    var outOfHours: String?
    @OptionGroup var write: WriteOptions

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion, action: "crisis-plan") { y, c in
            try y.setCrisisPlan(updated: updated ?? c.today, outOfHours: outOfHours, today: c.today)
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
    @Option(help: ArgumentHelp(L.t(.optOrderExpires), valueName: "YYYY-MM-DD")) var expires: Day?
    @Option(help: ArgumentHelp(L.t(.optOrderRemove), valueName: "KIND")) var remove: String?
    @OptionGroup var write: WriteOptions

    func validate() throws {
        if remove == nil && (kind == nil || expires == nil) { throw ValidationError(L.t(.usageOrderNeeds)) }
        if remove != nil && (kind != nil || expires != nil) { throw ValidationError(L.t(.usageOrderRemove)) }
    }

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion, action: "order") { y, _ in
            if let r = remove { try y.removeOrder(kind: r) } else if let k = kind, let e = expires { try y.setOrder(kind: k, expires: e) }
        } done: { _, _ in
            if let r = remove { return L.t(.doneOrderRemoved, Format.safe(r)) }
            return L.t(.doneOrder, Format.safe(kind ?? ""), Format.day(expires))
        }
    }
}
