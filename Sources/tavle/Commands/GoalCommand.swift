import ArgumentParser
import TavleCore

/// `tavle goal add|done|list`: the youth's own goals, each with its date (issue 23).
struct GoalCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "goal", abstract: L.t(.helpGoalAbstract), discussion: L.t(.helpGoalDiscussion),
                             subcommands: [GoalAdd.self, GoalDone.self, GoalList.self])
    }

    @OptionGroup var globals: GlobalOptions

    /// Bare `tavle goal`: tavle's own help for the group (the parser's printed "OVERVIEW:").
    func run() throws { GroupHelp.show(["goal"]) }
}

/// `tavle goal add ID TEXT`.
struct GoalAdd: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "add", abstract: L.t(.helpGoalAddAbstract), discussion: L.t(.helpGoalDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Argument(help: ArgumentHelp(L.t(.argGoalText), valueName: "TEXT")) var text: String
    @OptionGroup var write: WriteOptions

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion) { _ in
            .addGoal(text: text)
        } done: { y, _ in
            L.t(.doneGoalAdded, String(y.goalList.last?.number ?? 0))
        }
    }
}

/// `tavle goal done ID N [--on DATE]`.
struct GoalDone: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "done", abstract: L.t(.helpGoalDoneAbstract), discussion: L.t(.helpGoalDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @Argument(help: ArgumentHelp(L.t(.argGoalNumber), valueName: "N")) var number: Int
    @Option(help: ArgumentHelp(L.t(.optGoalOn), valueName: "DATE")) var on: String?
    @OptionGroup var write: WriteOptions

    func run() throws {
        try YouthWriter.write(globals, youth: youth, ifVersion: write.ifVersion) { c in
            .goalDone(number: number, on: try Input.optionalDay(on, for: .past, today: c.today))
        } done: { _, _ in
            L.t(.doneGoalDone, String(number))
        }
    }
}

/// `tavle goal list ID [--json]`: youth data, so access-logged and under the private-output rule.
struct GoalList: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: L.t(.helpGoalListAbstract), discussion: L.t(.helpGoalDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var privateOutput: PrivateOutputOptions
    @Argument(help: ArgumentHelp(L.t(.argYouth), valueName: "ID")) var youth: String
    @OptionGroup var output: JSONOption

    func run() throws {
        try YouthDataListing.emit(globals, privateOutput, youth: youth, how: "goals") { y in
            if output.json { return try JSONOutput.print(y.goalList.map(GoalJSON.init)) }
            if y.goalList.isEmpty { return Console.out(L.t(.goalNone)) }
            for g in y.goalList { Console.out(GoalText.line(g)) }
        }
    }
}

/// One youth's data listed (`goal list`, `network list`): the youth read in full, the viewing
/// access-logged as `how`, the output under the private-output rule.
enum YouthDataListing {
    static func emit(_ globals: GlobalOptions, _ privateOutput: PrivateOutputOptions, youth: String, how: String,
                     _ body: (Youth) throws -> Void) throws {
        let session = try globals.session()
        try privateOutput.emit(session) {
            let target = try session.resolve(youth)
            let y = try session.store.loadYouth(target.id)
            AccessRecording.record(session, youth: y.id, how: how)
            try body(y)
        }
    }
}

/// One goal in `--json` (`goal list`, `show`'s `goalList`).
struct GoalJSON: Encodable {
    let number: Int
    let text: String
    let date: Day
    let done: Day?
    let by: String
    init(_ g: Goal) { number = g.number; text = JSONOutput.safe(g.text); date = g.date; done = g.done; by = g.by }
}

enum GoalText {
    /// `1. Fullføre VG1  (satt 01.11.2026)`, with the day it was reached when it was.
    static func line(_ g: Goal) -> String {
        if let done = g.done { return L.t(.goalLineDone, String(g.number), Format.safe(g.text), Format.day(g.date), Format.day(done)) }
        return L.t(.goalLine, String(g.number), Format.safe(g.text), Format.day(g.date))
    }
}
