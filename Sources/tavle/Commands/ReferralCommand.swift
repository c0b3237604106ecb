import ArgumentParser
import TavleCore

/// `tavle referral add|list|decide`: the referral queue (`IncomingReferral`, `Store.addReferral`,
/// `Store.decideReferral`). Referrals are health data: reading them is access-logged and a listing
/// follows the private-output rule.
struct ReferralCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "referral", abstract: L.t(.helpReferralAbstract), discussion: L.t(.helpReferralDiscussion),
                             subcommands: [ReferralAddCommand.self, ReferralListCommand.self, ReferralDecideCommand.self],
                             defaultSubcommand: ReferralListCommand.self)
    }
}

/// `tavle referral add --name … --born … --from SERVICE [--received D] [--contact TEXT]`: prints the id alone.
struct ReferralAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: L.t(.helpReferralAddAbstract),
                             discussion: L.t(.helpReferralAddDiscussion, ReferralSource.choices))
    }

    @OptionGroup var globals: GlobalOptions
    @Option(help: ArgumentHelp(L.t(.optAddName), valueName: "NAME")) var name: String
    @Option(help: ArgumentHelp(L.t(.optAddBorn), valueName: "DATE")) var born: String
    @Option(help: ArgumentHelp(L.t(.optReferralFrom, ReferralSource.choices), valueName: "SERVICE")) var from: ReferralSource
    @Option(help: ArgumentHelp(L.t(.optReferralReceived), valueName: "DATE")) var received: String?
    @Option(help: ArgumentHelp(L.t(.optReferralContact), valueName: "TEXT")) var contact: String?

    func run() throws {
        let session = try globals.session()
        let actor = try session.requireActor()
        let born = try Input.day(self.born, for: .birth, today: session.today)
        let day = try received.map { (t: String) throws(TavleError) in try Input.day(t, for: .past, today: session.today) }
        let draft = try IncomingReferral.make(name: name, born: born, from: from, received: day, contact: contact, today: session.today)
        let r = try session.store.apply(.add(draft), actor: actor).referral
        Console.out(r.id)
        Console.error(L.t(.doneReferralAdd, Format.safe(r.name), r.id))
    }
}

/// `tavle referral list [--all] [--json]`: the referrals waiting, oldest first, with days waiting.
struct ReferralListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: L.t(.helpReferralListAbstract), discussion: L.t(.helpReferralListDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var privateOutput: PrivateOutputOptions
    @Flag(help: ArgumentHelp(L.t(.optReferralAll))) var all = false
    @OptionGroup var output: JSONOption

    /// One referral as issue 21 names it; decided ones (with `--all`) also say what was decided.
    struct Item: Encodable {
        let id: String, name: String, born: Day, from: ReferralSource, received: Day, daysWaiting: Int
        let contact: String?
        let decision: ReferralDecision?, decided: Day?, sentTo: DischargeDestination?
    }

    func run() throws {
        let session = try globals.session()
        try privateOutput.emit(session) {
            let loaded = try session.store.referrals()
            let shown = loaded.referrals.filter { all || $0.isWaiting }
            AccessRecording.record(session, youth: nil, how: "referrals")
            let today = session.today
            if output.json {
                try JSONOutput.print(shown.map {
                    Item(id: $0.id, name: JSONOutput.safe($0.name), born: $0.born, from: $0.from, received: $0.received,
                         daysWaiting: $0.daysWaiting(today: today), contact: JSONOutput.safe($0.contact),
                         decision: $0.decision, decided: $0.decided, sentTo: $0.sentTo)
                })
            } else if shown.isEmpty {
                Console.out(L.t(.referralsNone))
            } else {
                Console.out(L.t(.referralsTitle, String(loaded.referrals.filter(\.isWaiting).count)))
                var t = Table([Table.Column(header: L.t(.referralsColID)), Table.Column(header: L.t(.referralsColName)),
                               Table.Column(header: L.t(.referralsColBorn)), Table.Column(header: L.t(.referralsColFrom)),
                               Table.Column(header: L.t(.referralsColReceived)),
                               Table.Column(header: L.t(.referralsColWaiting), alignRight: true),
                               Table.Column(header: L.t(.referralsColDecision))])
                for r in shown {
                    let decided = r.decision.map { d in
                        [d.label(L.lang), r.sentTo?.label(L.lang), r.decided.map(Format.day)].compactMap { $0 }.joined(separator: " ")
                    } ?? ""
                    t.add([r.id, Format.safe(r.name), Format.day(r.born), r.from.label(L.lang), Format.day(r.received),
                           r.isWaiting ? String(r.daysWaiting(today: today)) : "", decided])
                }
                Console.out(t.render(width: Console.width))
            }
            BoardListing.reportProblems(loaded.problems)
        }
    }
}

/// `tavle referral decide REF accept|clarify|decline [--note …] [--to DEST]`: accept and clarify
/// take the youth in (intake today, the referral's fields filled, the intake check run); decline
/// records where the youth was sent.
struct ReferralDecideCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "decide", abstract: L.t(.helpReferralDecideAbstract),
                             discussion: L.t(.helpReferralDecideDiscussion, DischargeDestination.choices))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argReferral), valueName: "REF")) var referral: String
    @Argument(help: ArgumentHelp(L.t(.argReferralDecision), valueName: "accept|clarify|decline")) var decision: ReferralDecision
    @Option(help: ArgumentHelp(L.t(.optReferralNote), valueName: "TEXT")) var note: String?
    @Option(help: ArgumentHelp(L.t(.optReferralTo, DischargeDestination.choices), valueName: "DEST")) var to: DischargeDestination?
    @Option(help: ArgumentHelp(L.t(.optAddContact), valueName: "STAFF")) var contact: String?
    @Option(help: ArgumentHelp(L.t(.optAddDomains), valueName: "a,b")) var domains: DomainList?
    @Option(name: .customLong("long-term-need"), help: ArgumentHelp(L.t(.optAddLongTermNeed), valueName: "yes|no")) var longTermNeed: String?
    @Option(help: ArgumentHelp(L.t(.optAddImpairment), valueName: "AREA,…")) var impairment: DomainList?
    @Option(help: ArgumentHelp(L.t(.optAddMunicipality), valueName: "NAME")) var municipality: String?
    @Option(name: .customLong("override-age"), help: ArgumentHelp(L.t(.optAddOverrideAge), valueName: "REASON"))
    var overrideAge: String?

    func run() throws {
        let session = try globals.session()
        let actor = try session.requireActor()
        let r = try session.store.resolveReferral(referral)
        AccessRecording.record(session, youth: r.id, how: "referral")
        let primary = try contact.map { (q: String) throws(TavleError) in try session.team.resolveMember(q).id }
        let intake = r.intake(primaryContact: primary, domains: domains?.domains ?? [], impairment: impairment?.domains ?? [],
                              longTermNeed: longTermNeed, municipality: municipality, ageOverride: overrideAge)
        let done = try session.store.apply(.decide(id: r.id, decision, intake: intake, note: note, sentTo: to), actor: actor)
        if let y = done.youth {
            Console.out(y.id)
            Console.error(L.t(.doneReferralTakenIn, Format.safe(y.name), Format.safe(y.label), y.phase.label(L.lang)))
        } else {
            Console.error(L.t(.doneReferralDeclined, Format.safe(r.name), to?.label(L.lang) ?? ""))
        }
    }
}
