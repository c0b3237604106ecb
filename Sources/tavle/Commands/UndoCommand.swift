import ArgumentParser
import TavleCore

/// `tavle undo [ID]`: undoes your own last change (of that youth, or of anything), as the board's `u` does.
struct UndoCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "undo", abstract: L.t(.helpUndoAbstract), discussion: L.t(.helpUndoDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouthOptional), valueName: "ID")) var youth: String?

    func run() throws {
        let session = try globals.session()
        let actor = try session.requireActor()
        let id = try youth.map { (q: String) throws(TavleError) in try session.resolve(q, for: .write, labels: false).id }
        let outcome = try session.store.undoLast(actor: actor, youth: id)
        Console.out(outcome.text(L.lang))
    }
}
