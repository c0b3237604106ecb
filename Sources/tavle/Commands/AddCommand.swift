import ArgumentParser
import TavleCore

/// `tavle add`: takes in a new youth (checked against the intake rules); prints the new id alone.
struct AddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: L.t(.helpAddAbstract), discussion: L.t(.helpAddDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Option(help: ArgumentHelp(L.t(.optAddName), valueName: "NAME")) var name: String
    @Option(help: ArgumentHelp(L.t(.optAddBorn), valueName: "DATE")) var born: String
    @Option(help: ArgumentHelp(L.t(.optAddContact), valueName: "STAFF")) var contact: String?
    @Option(help: ArgumentHelp(L.t(.optAddDomains), valueName: "a,b")) var domains: DomainList?
    @Option(name: .customLong("referred-by"), help: ArgumentHelp(L.t(.optAddReferredBy))) var referredBy: ReferralSource?
    @Option(name: .customLong("referral-contact"), help: ArgumentHelp(L.t(.optAddReferralContact), valueName: "TEXT"))
    var referralContact: String?
    @Option(name: .customLong("override-age"), help: ArgumentHelp(L.t(.optAddOverrideAge), valueName: "REASON"))
    var overrideAge: String?
    @Option(help: ArgumentHelp(L.t(.optAddMunicipality), valueName: "NAME")) var municipality: String?
    @Option(name: .customLong("long-term-need"), help: ArgumentHelp(L.t(.optAddLongTermNeed), valueName: "yes|no")) var longTermNeed: String?
    @Option(help: ArgumentHelp(L.t(.optAddImpairment), valueName: "AREA,…")) var impairment: DomainList?

    func run() throws {
        let session = try globals.session()
        let actor = try session.requireActor()
        let primary = try contact.map { (q: String) throws(TavleError) in try session.team.resolveMember(q).id }
        let born = try Input.day(self.born, for: .birth, today: session.today)
        var referral: Referral?
        if let source = referredBy { referral = Referral(source: source, contact: referralContact) }
        else if let c = referralContact { referral = Referral(source: .other, contact: c) }
        let request = IntakeRequest(name: name, born: born, primaryContact: primary, domains: domains?.domains ?? [],
                                    impairment: impairment?.domains ?? [], referral: referral, ageOverride: overrideAge,
                                    longTermNeed: longTermNeed, municipality: municipality)
        let draft = try request.draft(today: session.today, team: session.team)
        let created = try session.store.createYouth(draft, actor: actor)
        // The id alone on stdout, for scripts; who was taken in, for the person, on stderr.
        Console.out(created.id)
        Console.error(L.t(.doneAdd, Format.safe(created.name), Format.safe(created.label), created.id))
    }
}
