import ArgumentParser
import TavleCore

/// `tavle contact ID [--with youth|network] [--kind visit|phone|attempt] [--arena ARENA] [--at TIME] [--where TEXT] [--note TEXT]`.
struct ContactCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "contact", abstract: L.t(.helpContactAbstract), discussion: L.t(.helpContactDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Option(help: ArgumentHelp(L.t(.optContactWith))) var with: ContactWith = .youth
    @Option(help: ArgumentHelp(L.t(.optContactKind))) var kind: ContactKind = .visit
    @Option(help: ArgumentHelp(L.t(.optContactAt), valueName: "TIME")) var at: String?
    @Option(help: ArgumentHelp(L.t(.optContactNote), valueName: "TEXT")) var note: String?
    @Option(help: ArgumentHelp(L.t(.optContactStaff), valueName: "STAFF")) var staff: String?
    @Option(name: .customLong("where"), help: ArgumentHelp(L.t(.optContactWhere), valueName: "TEXT")) var place: String?
    @Option(help: ArgumentHelp(L.t(.optContactArena))) var arena: Arena?
    @OptionGroup var write: WriteOptions

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion) { c in
            let when = try at.map { (t: String) throws(TavleError) in try Input.moment(t, now: c.now, zone: c.team.zone) }
            return .contact(with: with, kind: kind, at: when, staff: staff, note: note, place: place, arena: arena)
        } done: { _, _ in
            L.t(.doneContact, L.label(kind), L.label(with))
        }
    }
}
