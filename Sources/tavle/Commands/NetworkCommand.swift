import ArgumentParser
import TavleCore

/// `tavle network add|list|remove`: the youth's family and network (issue 23). Third parties:
/// never on the shared screen, access-logged when listed, purged with the youth.
struct NetworkCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "network", abstract: L.t(.helpNetworkAbstract), discussion: L.t(.helpNetworkDiscussion),
                             subcommands: [NetworkAdd.self, NetworkList.self, NetworkRemove.self])
    }

    @OptionGroup var globals: GlobalOptions

    /// Bare `tavle network`: tavle's own help for the group (the parser's printed "OVERVIEW:").
    func run() throws { GroupHelp.show(["network"]) }
}

/// `--may-share yes|no`.
enum YesNo: String, ExpressibleByArgument, CaseIterable {
    case yes, no
    init?(argument: String) {
        switch argument.lowercased() {
        case "yes", "ja", "y", "j": self = .yes
        case "no", "nei", "n": self = .no
        default: return nil
        }
    }
}

/// `tavle network add ID --name … --relation … [--parental-responsibility] [--phone …] [--may-share yes|no]`.
struct NetworkAdd: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: L.t(.helpNetworkAddAbstract), discussion: L.t(.helpNetworkDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Option(help: ArgumentHelp(L.t(.optNetworkName), valueName: "NAME")) var name: String
    @Option(help: ArgumentHelp(L.t(.optNetworkRelation), valueName: "RELATION")) var relation: Relation
    @Flag(help: ArgumentHelp(L.t(.optNetworkParental))) var parentalResponsibility = false
    @Option(help: ArgumentHelp(L.t(.optNetworkPhone), valueName: "PHONE")) var phone: String?
    @Option(help: ArgumentHelp(L.t(.optNetworkMayShare), valueName: "yes|no")) var mayShare: YesNo?
    @OptionGroup var write: WriteOptions

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion) { _ in
            .addNetwork(name: name, relation: relation, parentalResponsibility: parentalResponsibility, phone: phone,
                        mayShare: mayShare.map { $0 == .yes })
        } done: { y, _ in
            L.t(.doneNetworkAdded, Format.safe(y.network.last?.name ?? ""), String(y.network.last?.number ?? 0))
        }
    }
}

/// `tavle network remove ID N`.
struct NetworkRemove: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "remove", abstract: L.t(.helpNetworkRemoveAbstract), discussion: L.t(.helpNetworkDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Argument(help: ArgumentHelp(L.t(.argNetworkNumber), valueName: "N")) var number: Int
    @OptionGroup var write: WriteOptions

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion) { _ in
            .removeNetwork(number: number)
        } done: { _, _ in
            L.t(.doneNetworkRemoved, String(number))
        }
    }
}

/// `tavle network list ID [--json]`: third parties' data, so access-logged and under the
/// private-output rule.
struct NetworkList: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: L.t(.helpNetworkListAbstract), discussion: L.t(.helpNetworkDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var privateOutput: PrivateOutputOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @OptionGroup var output: JSONOption

    func run() throws {
        try YouthDataListing.emit(globals, privateOutput, youth: youth, how: "network") { y in
            if output.json { return try JSONOutput.print(y.network.map(NetworkJSON.init)) }
            if y.network.isEmpty { return Console.out(L.t(.networkNone)) }
            for e in y.network { Console.out(Format.safe(NetworkText.line(e, L.lang))) }
        }
    }
}

/// One person in `--json` (`network list`, `show`'s `network`).
struct NetworkJSON: Encodable {
    let number: Int
    let name: String
    let relation: String
    let parentalResponsibility: Bool
    let phone: String?
    let mayShare: Bool?
    let added: Day
    init(_ e: NetworkEntry) {
        number = e.number; name = JSONOutput.safe(e.name); relation = e.relation.rawValue
        parentalResponsibility = e.parentalResponsibility; phone = e.phone.map(JSONOutput.safe); mayShare = e.mayShare; added = e.added
    }
}

/// The four questions as last answered (`show --json`'s `answers`): each `ok`, `concern` or absent.
struct AnswersJSON: Encodable {
    let day: Day
    let needs: String?
    let treatment: String?
    let safety: String?
    let family: String?
    init(_ a: FourAnswers) {
        day = a.day; needs = a.needs.map(JSONOutput.safe); treatment = a.treatment?.rawValue; safety = a.safety?.rawValue
        family = a.family?.rawValue
    }
}
