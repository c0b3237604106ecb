import ArgumentParser
import TavleCore

/// `tavle consent ID --to PARTY --by youth|parents [--on DATE] [--scope TEXT]`, or `--withdraw PARTY`.
struct ConsentCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "consent", abstract: L.t("help.consent.abstract"), discussion: L.t("help.consent.discussion"))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t("arg.youth"), valueName: "ID")) var youth: String
    @Option(help: ArgumentHelp(L.t("opt.consent.to"))) var to: ShareParty?
    @Option(help: ArgumentHelp(L.t("opt.consent.by"))) var by: ConsentGiver?
    @Option(help: ArgumentHelp(L.t("opt.consent.on"), valueName: "YYYY-MM-DD")) var on: Day?
    @Option(help: ArgumentHelp(L.t("opt.consent.scope"), valueName: "TEXT")) var scope: String?
    @Option(help: ArgumentHelp(L.t("opt.consent.withdraw"))) var withdraw: ShareParty?
    @OptionGroup var write: WriteOptions

    func validate() throws {
        if withdraw == nil && (to == nil || by == nil) { throw ValidationError(L.t("usage.consentNeeds")) }
        if withdraw != nil && (to != nil || by != nil) { throw ValidationError(L.t("usage.consentWithdraw")) }
    }

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion, action: "consent") { y, c in
            if let party = withdraw {
                try y.withdrawConsent(from: party, on: on ?? c.today)
            } else if let party = to, let giver = by {
                try y.giveConsent(to: party, by: giver, on: on ?? c.today, scope: scope, today: c.today)
            }
        } done: { _, _ in
            if let party = withdraw { return L.t("done.consentWithdrawn", L.label(party)) }
            return L.t("done.consent", to.map { L.label($0) } ?? "", by.map { L.label($0) } ?? "")
        }
    }
}

/// `tavle service ID PARTY [--off]`: another service also follows the youth (or no longer does).
struct ServiceCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "service", abstract: L.t("help.service.abstract"), discussion: L.t("help.service.discussion"))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t("arg.youth"), valueName: "ID")) var youth: String
    @Argument(help: ArgumentHelp(L.t("arg.party"))) var party: ShareParty
    @Flag(help: ArgumentHelp(L.t("opt.service.off"))) var off = false
    @OptionGroup var write: WriteOptions

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion, action: "service") { y, _ in
            y.setService(party, following: !off)
        } done: { _, _ in
            L.t(off ? "done.serviceOff" : "done.service", L.label(party))
        }
    }
}

/// `tavle handover ID --service TEXT [--contact TEXT] [--follow-up TEXT] [--day DATE] [--consented yes|no]`.
struct HandoverCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "handover", abstract: L.t("help.handover.abstract"), discussion: L.t("help.handover.discussion"))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t("arg.youth"), valueName: "ID")) var youth: String
    @Option(help: ArgumentHelp(L.t("opt.handover.service"), valueName: "TEXT")) var service: String?
    @Option(help: ArgumentHelp(L.t("opt.handover.contact"), valueName: "TEXT")) var contact: String?
    @Option(name: .customLong("follow-up"), help: ArgumentHelp(L.t("opt.handover.followUp"), valueName: "TEXT")) var followUp: String?
    @Option(help: ArgumentHelp(L.t("opt.handover.day"), valueName: "YYYY-MM-DD")) var day: Day?
    @Option(help: ArgumentHelp(L.t("opt.handover.consented"), valueName: "yes|no")) var consented: String?
    @OptionGroup var write: WriteOptions

    func run() throws {
        var consent: Bool?
        if let c = consented {
            switch c.lowercased() {
            case "yes", "ja", "y", "j", "true": consent = true
            case "no", "nei", "n", "false": consent = false
            default: throw CLIError.usage("usage.yesNo", "--consented", Format.safe(c))
            }
        }
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion, action: "handover") { y, _ in
            try y.setHandover(service: service, contact: contact, followUp: followUp, day: day, consented: consent)
        } done: { y, _ in
            y.handoverMissing.isEmpty ? L.t("done.handover") : L.t("done.handoverMissing", y.handoverMissing.joined(separator: ", "))
        }
    }
}
