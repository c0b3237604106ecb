import ArgumentParser
import TavleCore

/// `tavle note ID TEXT [--decision | --warning]`.
struct NoteCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "note", abstract: L.t(.helpNoteAbstract), discussion: L.t(.helpNoteDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Argument(help: ArgumentHelp(L.t(.argNoteText), valueName: "TEXT")) var text: String
    @Flag(help: ArgumentHelp(L.t(.optNoteDecision))) var decision = false
    @Flag(help: ArgumentHelp(L.t(.optNoteWarning))) var warning = false
    @OptionGroup var write: WriteOptions

    func validate() throws {
        if decision && warning { throw ValidationError(L.t(.usageDecisionOrWarning)) }
    }

    func run() throws {
        let kind: NoteKind = decision ? .decision : warning ? .warning : .note
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion) { _ in
            .note(text: text, kind: kind)
        } done: { _, _ in
            L.t(.doneNote, L.label(kind))
        }
    }
}
