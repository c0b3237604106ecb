import ArgumentParser
import TavleCore

/// `tavle crisis-plan ID --updated DATE [--out-of-hours TEXT]`.
struct CrisisPlanCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "crisis-plan", abstract: L.t("help.crisisPlan.abstract"),
                             discussion: L.t("help.crisisPlan.discussion"))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t("arg.youth"), valueName: "ID")) var youth: String
    @Option(help: ArgumentHelp(L.t("opt.crisisPlan.updated"), valueName: "YYYY-MM-DD")) var updated: Day?
    @Option(name: .customLong("out-of-hours"), help: ArgumentHelp(L.t("opt.crisisPlan.outOfHours"), valueName: "TEXT"))
    var outOfHours: String?
    @OptionGroup var write: WriteOptions

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion, action: "crisis-plan") { y, c in
            try y.setCrisisPlan(updated: updated ?? c.today, outOfHours: outOfHours, today: c.today)
        } done: { y, _ in
            L.t("done.crisisPlan", Format.day(y.crisisPlan?.updated))
        }
    }
}

/// `tavle order ID --kind TEXT --expires DATE`, or `--remove KIND`.
struct OrderCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "order", abstract: L.t("help.order.abstract"), discussion: L.t("help.order.discussion"))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t("arg.youth"), valueName: "ID")) var youth: String
    @Option(help: ArgumentHelp(L.t("opt.order.kind"), valueName: "TEXT")) var kind: String?
    @Option(help: ArgumentHelp(L.t("opt.order.expires"), valueName: "YYYY-MM-DD")) var expires: Day?
    @Option(help: ArgumentHelp(L.t("opt.order.remove"), valueName: "KIND")) var remove: String?
    @OptionGroup var write: WriteOptions

    func validate() throws {
        if remove == nil && (kind == nil || expires == nil) { throw ValidationError(L.t("usage.orderNeeds")) }
        if remove != nil && (kind != nil || expires != nil) { throw ValidationError(L.t("usage.orderRemove")) }
    }

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion, action: "order") { y, _ in
            if let r = remove { try y.removeOrder(kind: r) } else if let k = kind, let e = expires { try y.setOrder(kind: k, expires: e) }
        } done: { _, _ in
            if let r = remove { return L.t("done.orderRemoved", Format.safe(r)) }
            return L.t("done.order", Format.safe(kind ?? ""), Format.day(expires))
        }
    }
}
