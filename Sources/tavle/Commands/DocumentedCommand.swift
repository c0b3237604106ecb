import ArgumentParser
import TavleCore

/// `tavle documented ID [--decision N|--all]`: a decision has been written into the patient
/// record. `tavle documented --pending [--json]`: decisions older than one working day not marked.
struct DocumentedCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "documented", abstract: L.t(.helpDocumentedAbstract),
                             discussion: L.t(.helpDocumentedDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argYouthOptional), valueName: "ID")) var youth: String?
    @Option(help: ArgumentHelp(L.t(.optDocumentedDecision), valueName: "N")) var decision: String?
    @Flag(help: ArgumentHelp(L.t(.optDocumentedAll))) var all = false
    @Flag(help: ArgumentHelp(L.t(.optDocumentedPending))) var pending = false
    @OptionGroup var output: JSONOption
    @OptionGroup var write: WriteOptions
    @OptionGroup var privateOutput: PrivateOutputOptions

    func validate() throws {
        if pending {
            if decision != nil || all { throw ValidationError(L.t(.usageDocumentedPending)) }
            return
        }
        if privateOutput.output != nil || privateOutput.allowReadable { throw ValidationError(L.t(.usageDocumentedOutput)) }
        if output.json { throw ValidationError(L.t(.usageDocumentedJson)) }
        guard youth != nil else { throw ValidationError(L.t(.usageDocumentedYouth)) }
        if decision != nil && all { throw ValidationError(L.t(.usageDocumentedDecisionOrAll)) }
    }

    func run() throws {
        if pending { return try listPending() }
        let session = try globals.session()
        let target = try session.resolve(youth ?? "")
        let full = try session.store.loadYouth(target.id)
        let decisions = full.shownNotes.filter { $0.kind == .decision }
        let chosen: [Note]
        if all {
            chosen = decisions.filter { $0.documented == nil }
            guard !chosen.isEmpty else { throw CLIError.data(.documentedNothing, Format.safe(target.label)) }
        } else if let d = decision {
            if let n = Int(d), n >= 1, n <= decisions.count { chosen = [decisions[n - 1]] }
            else if let note = decisions.first(where: { $0.id == d }) { chosen = [note] }
            else { throw CLIError.data(.documentedNoSuchDecision, Format.safe(d), Format.safe(target.label), target.id) }
        } else {
            let open = decisions.filter { $0.documented == nil }
            guard !open.isEmpty else { throw CLIError.data(.documentedNothing, Format.safe(target.label)) }
            guard open.count == 1 else {
                var lines = [L.t(.documentedChoose, String(open.count), Format.safe(target.label))]
                for note in open {
                    let n = (decisions.firstIndex(of: note) ?? 0) + 1
                    lines.append("  " + String(n) + "  " + Format.day(note.at.day) + "  "
                                 + DisplayWidth.truncate(Format.safe(note.text), to: 60))
                }
                lines.append(L.t(.documentedChooseHint, target.id))
                throw CLIError.dataText(lines.joined(separator: "\n"))
            }
            chosen = open
        }
        let ids = chosen.map(\.id)
        try YouthWriter.write(globals, youth: target.id, ifVersion: write.ifVersion) { _ in
            .documented(noteIDs: ids)
        } done: { _, _ in
            L.n(.doneDocumented, ids.count)
        }
    }

    func listPending() throws {
        let session = try globals.session()
        // The decisions' text: a private file or stdout, and logged as a read.
        try privateOutput.emit(session) {
            // The board's summaries keep every open decision: no youth's file is read in full.
            let all = try session.store.loadBoard(today: session.today)
            let labels = Board.distinctInitials(all.youths)
            var youths = all.youths.filter { $0.phase != .discharged }
            var who: String?
            if let q = youth {
                let target = try session.resolve(q)
                youths = youths.filter { $0.id == target.id }
                who = target.id
            }
            let late = Documentation.pending(youths, today: session.today)
            AccessRecording.record(session, youth: who, how: "documented")
            if output.json {
                try JSONOutput.print(late.map { DocumentedText.JSON($0, label: labels[$0.youth] ?? $0.youth) })
            } else {
                Console.out(L.n(.documentedHeader, late.count, String(late.count), Format.day(session.today)))
                for u in late { Console.out(DocumentedText.line(u, label: labels[u.youth] ?? u.youth, team: session.team)) }
                if !late.isEmpty { Console.out(L.t(.mtgUndocumentedHint)) }
            }
            BoardListing.reportProblems(all.problems)
        }
    }
}

/// A decision not yet written into the record, as a line and as JSON.
enum DocumentedText {
    struct JSON: Encodable {
        let youth: String
        let label: String
        let note: String
        let day: Day
        let author: String
        let text: String
        let workingDays: Int
        /// More than one working day old.
        let late: Bool

        init(_ u: UndocumentedDecision, label: String) {
            youth = u.youth; self.label = JSONOutput.safe(label); note = u.note; day = u.day; author = u.author
            text = JSONOutput.safe(u.text); workingDays = u.workingDays; late = u.late
        }
    }

    /// `  20.11.2026  SB   OB  3 arbeidsdager  Økt oppfølging …  (sofie, notat ab12cd34)`
    static func line(_ u: UndocumentedDecision, label: String, team: Team) -> String {
        (u.late ? "! " : "  ") + Format.day(u.day) + "  " + DisplayWidth.pad(Format.safe(label), to: 4) + " "
            + DisplayWidth.pad(Format.staff(u.author, team), to: 3)
            + "  " + DisplayWidth.pad(L.n(.documentedWorkingDays, u.workingDays), to: 13, alignRight: true) + "  "
            + DisplayWidth.truncate(Format.safe(u.text), to: 50) + "  (" + u.youth + " · " + u.note + ")"
    }
}
