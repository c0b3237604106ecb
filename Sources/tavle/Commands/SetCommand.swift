import ArgumentParser
import TavleCore

/// `tavle set ID FIELD VALUE`: every other field (name, whereabouts, warning, goals …).
struct SetCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "set", abstract: L.t(.helpSetAbstract),
                             discussion: L.t(.helpSetDiscussion, Youth.settableFields.joined(separator: ", ")))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Argument(help: ArgumentHelp(L.t(.argField), valueName: "FIELD"),
              completion: .list(Youth.settableFields)) var field: String
    @Argument(help: ArgumentHelp(L.t(.argValue), valueName: "VALUE")) var value: String
    @Option(name: .customLong("override-age"), help: ArgumentHelp(L.t(.optSetOverrideAge), valueName: "REASON"))
    var overrideAge: String?
    @OptionGroup var write: WriteOptions

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion) { _ in
            .set(field: field, value: value, ageOverride: overrideAge)
        } done: { y, _ in
            // A municipality as the team writes it (`sorvik` was typed, Sørvik is kept).
            let shown = field == "municipality" ? (y.municipality ?? value) : value
            return L.t(.doneSet, Format.safe(field), value.isEmpty ? L.t(.doneCleared) : Format.safe(shown))
        }
    }
}
