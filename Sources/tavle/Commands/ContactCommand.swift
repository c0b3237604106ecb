import ArgumentParser
import TavleCore

/// `tavle contact ID [--with youth|network] [--kind visit|phone|attempt] [--at TIME] [--note TEXT]`.
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
    @OptionGroup var write: WriteOptions

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion, action: "contact") { y, c in
            let when = try ContactTime.parse(at, context: c)
            let who = try staff.map { (q: String) throws(TavleError) in try c.member(q).id } ?? c.actor.staff
            y.addContact(with: with, kind: kind, at: when, staff: who, note: note)
        } done: { _, _ in
            L.t(.doneContact, L.label(kind), L.label(with))
        }
    }
}

/// `--at`: `HH:MM` today, `YYYY-MM-DD HH:MM`, or a full ISO time with offset; never in the future.
enum ContactTime {
    static func parse(_ text: String?, context c: WriteContext) throws -> Timestamp {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return c.now }
        var result: Timestamp?
        if Youth.isClock(text) {
            result = Timestamp.local(day: c.today, minutes: minutes(text), in: c.team.zone)
        } else if let t = Timestamp(parsing: text) {
            result = t
        } else {
            let parts = text.split(separator: " ").map(String.init)
            if parts.count == 2, let d = Day(parsing: parts[0], allowNorwegian: true), Youth.isClock(parts[1]) {
                result = Timestamp.local(day: d, minutes: minutes(parts[1]), in: c.team.zone)
            }
        }
        guard let t = result else { throw CLIError.usage(.usageBadTime, Format.safe(text)) }
        guard t.day(in: c.team.zone) <= c.today else { throw CLIError.data(.refuseContactInFuture, Format.safe(text)) }
        return t
    }

    static func minutes(_ clock: String) -> Int {
        let p = clock.split(separator: ":")
        return (Int(p[0]) ?? 0) * 60 + (Int(p[1]) ?? 0)
    }
}
