import ArgumentParser
import TavleCore

/// `tavle consent ID --to PARTY --by youth|parents|child-welfare [--on DATE] [--scope TEXT] [--note TEXT]`, or `--withdraw PARTY`.
struct ConsentCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "consent", abstract: L.t(.helpConsentAbstract), discussion: L.t(.helpConsentDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Option(help: ArgumentHelp(L.t(.optConsentTo))) var to: ShareParty?
    @Option(help: ArgumentHelp(L.t(.optConsentBy))) var by: ConsentGiver?
    @Option(help: ArgumentHelp(L.t(.optConsentOn), valueName: "DATE")) var on: String?
    @Option(help: ArgumentHelp(L.t(.optConsentScope), valueName: "TEXT")) var scope: String?
    @Option(help: ArgumentHelp(L.t(.optConsentWithdraw))) var withdraw: ShareParty?
    @Option(help: ArgumentHelp(L.t(.optConsentNote), valueName: "TEXT")) var note: String?
    @OptionGroup var write: WriteOptions

    func validate() throws {
        if withdraw == nil && (to == nil || by == nil) { throw ValidationError(L.t(.usageConsentNeeds)) }
        if withdraw != nil && (to != nil || by != nil) { throw ValidationError(L.t(.usageConsentWithdraw)) }
    }

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion) { c in
            let day = try Input.optionalDay(on, for: .past, today: c.today)
            if let party = withdraw { return .withdrawConsent(party: party, on: day) }
            guard let party = to, let giver = by else { throw ValidationError(L.t(.usageConsentNeeds)) }
            return .consent(party: party, by: giver, on: day, scope: scope, note: note)
        } done: { _, _ in
            if let party = withdraw { return L.t(.doneConsentWithdrawn, L.label(party)) }
            return L.t(.doneConsent, to.map { L.label($0) } ?? "", by.map { L.label($0) } ?? "")
        }
    }
}

/// `tavle service ID PARTY [--off]`: another service also follows the youth (or no longer does).
struct ServiceCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "service", abstract: L.t(.helpServiceAbstract), discussion: L.t(.helpServiceDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Argument(help: ArgumentHelp(L.t(.argParty))) var party: ShareParty
    @Flag(help: ArgumentHelp(L.t(.optServiceOff))) var off = false
    @OptionGroup var write: WriteOptions

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion) { _ in
            .service(party, following: !off)
        } done: { _, _ in
            L.t(off ? .doneServiceOff : .doneService, L.label(party))
        }
    }
}

/// `tavle handover ID --service TEXT [--contact TEXT] [--follow-up TEXT] [--day DATE] [--consented yes|no]`.
struct HandoverCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "handover", abstract: L.t(.helpHandoverAbstract), discussion: L.t(.helpHandoverDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Option(help: ArgumentHelp(L.t(.optHandoverService), valueName: "TEXT")) var service: String?
    @Option(help: ArgumentHelp(L.t(.optHandoverContact), valueName: "TEXT")) var contact: String?
    @Option(name: .customLong("follow-up"), help: ArgumentHelp(L.t(.optHandoverFollowUp), valueName: "TEXT")) var followUp: String?
    @Option(help: ArgumentHelp(L.t(.optHandoverDay), valueName: "DATE")) var day: String?
    @Option(help: ArgumentHelp(L.t(.optHandoverConsented), valueName: "yes|no")) var consented: String?
    @OptionGroup var write: WriteOptions

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion) { c in
            .handover(service: service, contact: contact, followUp: followUp,
                      day: try Input.optionalDay(day, for: .upcoming, today: c.today),
                      consented: try consented.map { (v: String) throws(TavleError) in try Input.yesNo(v, field: "--consented") })
        } done: { y, _ in
            y.handoverMissing.isEmpty ? L.t(.doneHandover) : L.t(.doneHandoverMissing, y.handoverMissing.map { L.label($0) }.joined(separator: ", "))
        }
    }
}
