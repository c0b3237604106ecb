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
        } done: { _, _ in
            L.t(.doneSet, Format.safe(field), value.isEmpty ? L.t(.doneCleared) : Format.safe(value))
        }
    }
}
