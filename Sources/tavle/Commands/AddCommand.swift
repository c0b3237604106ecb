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
        var areas = domains?.domains ?? []
        for d in impairment?.domains ?? [] where !areas.contains(d) { areas.append(d) }
        var draft = try Youth.intake(name: name, born: born, today: session.today, primaryContact: primary,
                                     domains: areas, referral: referral, ageOverride: overrideAge)
        let context = ChangeContext(actor: actor, now: session.now, today: session.today, team: session.team)
        if let need = longTermNeed {
            // Read and checked by the core's `set` (yes/no in either language; "no" only in clarification).
            try YouthChange.set(field: "long-term-need", value: need, ageOverride: nil).apply(to: &draft, context)
        }
        if let m = municipality {
            // The core's change checks it against the team's municipalities, as `tavle set` does.
            try YouthChange.set(field: "municipality", value: m, ageOverride: nil).apply(to: &draft, context)
        }
        let created = try session.store.createYouth(draft, actor: actor)
        // The id alone on stdout, for scripts; who was taken in, for the person, on stderr.
        Console.out(created.id)
        Console.error(L.t(.doneAdd, Format.safe(created.name), Format.safe(created.label), created.id))
    }
}
