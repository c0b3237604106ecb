import CSV
import Foundation
import TavleCore

/// The CSV and Markdown forms of the board. CSV uses the import's column names and the user's
/// words for every value (which the import reads back in either language), so an export with
/// `--names` can be imported again and reads as words in a spreadsheet.
enum Exporter {
    static func csv(_ board: Board, labels: [String: String], names: Bool) throws -> String {
        let stream = OutputStream(toMemory: ())
        let delimiter = L.lang == .nb ? ";" : ","
        let writer = try CSVWriter(stream: stream, delimiter: delimiter, newline: .crlf)
        let en = L.lang == .en
        func h(_ c: ImportColumn) -> String { c.headers[en ? englishIndex(c) : 0] }
        var header = [h(.name)]
        header += names ? [h(.born)] : [en ? "age" : "alder"]
        header += [h(.intake), h(.contact), h(.mode), h(.status), h(.phase), h(.reason), h(.since), h(.evaluate), h(.plan),
                   h(.domains), h(.referredBy), h(.whereabouts), h(.warning), h(.crisisPlan), en ? "due" : "til gjennomgang"]
        try writer.write(row: header)
        for e in board.all {
            let y = e.youth, p = y.currentPeriod
            var row = [names ? TextSafety.display(y.name) : TextSafety.display(labels[y.id] ?? y.initials)]
            row += names ? [y.born.iso] : [String(y.age(on: board.today))]
            row += [y.intake.iso, board.team.member(y.primaryContact)?.initials ?? y.primaryContact ?? "", L.label(y.mode),
                    L.label(y.status), L.label(y.phase), p.map { L.label($0.reason) } ?? "", p?.start.iso ?? "", p?.evaluate?.iso ?? "",
                    TextSafety.display(p?.plan ?? ""), y.domains.map { L.label($0) }.joined(separator: ", "),
                    y.referral.map { L.label($0.source) } ?? "", L.label(y.whereabouts), TextSafety.display(y.warning),
                    y.crisisPlan?.updated.iso ?? "", e.due.map { ReviewRules.name($0.rule, L.lang) }.joined(separator: ", ")]
            try writer.write(row: row.map(neutralised))
        }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\r\n"
    }

    /// Characters that make a spreadsheet read a cell as a formula (CWE-1236, OWASP's list).
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// A cell a spreadsheet takes as text: one that would start a formula (a name `=HYPERLINK(…)`,
    /// a warning `+cmd|…`, a label derived from either) gets a leading `'`, which Excel and
    /// LibreOffice show as nothing and `tavle import` removes again.
    static func neutralised(_ s: String) -> String {
        guard let first = s.first, formulaStarts.contains(first) else { return s }
        return "'" + s
    }

    /// The first English header name of a column (the list has bokmål names first).
    static func englishIndex(_ c: ImportColumn) -> Int {
        let english: [ImportColumn: String] = [.name: "name", .born: "born", .intake: "intake", .contact: "contact", .mode: "mode",
                                                .status: "status", .phase: "phase", .reason: "reason", .since: "board since",
                                                .evaluate: "evaluate", .plan: "plan", .domains: "domains", .referredBy: "referred by",
                                                .whereabouts: "whereabouts", .warning: "warning", .crisisPlan: "crisis plan"]
        return c.headers.firstIndex(of: english[c] ?? "") ?? 0
    }

    static func markdown(_ board: Board, labels: [String: String], names: Bool) -> String {
        func cell(_ s: String) -> String { TextSafety.display(s).replacingOccurrences(of: "|", with: "\\|") }
        var out = ["# " + cell(board.team.name) + " · " + Format.day(board.today), ""]
        out.append(L.t(.listHeader, cell(board.team.name), Format.day(board.today), String(board.activeCount),
                       String(board.intensive.count), Format.percent(board.boardShare)))
        for (title, entries) in [(L.t(.listIntensive, String(board.intensive.count)), board.intensive),
                                 (L.t(.listCaseManagement, String(board.caseManagement.count)), board.caseManagement)] {
            out += ["", "## " + title, ""]
            guard !entries.isEmpty else { out.append(L.t(.listNone)); continue }
            out.append("| " + [L.t(.colInitials), names ? L.t(.colName) : nil, L.t(.colStatus), L.t(.colAge), L.t(.colContact),
                               L.t(.colReason), L.t(.colDay), L.t(.colEvaluate), L.t(.colDueReasons)].compactMap { $0 }
                        .joined(separator: " | ") + " |")
            out.append("|" + String(repeating: "---|", count: names ? 9 : 8))
            for e in entries {
                let y = e.youth, p = y.currentPeriod
                let cells: [String?] = [cell(labels[y.id] ?? y.initials), names ? cell(y.name) : nil, Format.status(y.status),
                                        String(y.age(on: board.today)), Format.staff(y.primaryContact, board.team),
                                        p.map { L.label($0.reason) } ?? "", y.daysOnBoard(today: board.today).map(String.init) ?? "",
                                        p?.evaluate.map { Format.day($0) } ?? "",
                                        e.due.map { cell($0.message.text(L.lang)) }.joined(separator: "; ")]
                out.append("| " + cells.compactMap { $0 }.joined(separator: " | ") + " |")
            }
        }
        return out.joined(separator: "\n")
    }
}

extension Console {
    static func out(_ text: String, terminator: String) { write(text + terminator) }
}
