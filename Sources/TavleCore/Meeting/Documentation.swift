import Foundation

/// A decision on the board not yet marked as written into the patient record.
public struct UndocumentedDecision: Sendable, Equatable, Codable {
    public var youth: String
    public var note: String
    public var day: Day
    public var author: StaffID
    public var text: String
    /// Working days since the decision (0 on the day it was made).
    public var workingDays: Int
    /// Late: more than one working day old (the board's `J` flag).
    public var late: Bool { workingDays > Documentation.allowedWorkingDays }
}

/// The board is a worklist, not the patient record: every decision must be written into the
/// record by the responsible clinician, who then marks it. The board flags the ones that are late.
public enum Documentation {
    /// How many working days a decision may wait for the record before it is late (`J`).
    public static let allowedWorkingDays = 1

    /// Every decision (a note of kind decision, not taken back) without the "documented" mark,
    /// from the moment it is made, oldest first, with its age in working days. Working days skip
    /// Saturday and Sunday; public holidays are not known to tavle and count as working days (a
    /// flag a day early rather than a day late).
    public static func pending(_ youths: [Youth], today: Day) -> [UndocumentedDecision] {
        var out: [UndocumentedDecision] = []
        for y in youths {
            for n in y.shownNotes where n.kind == .decision && n.documented == nil {
                out.append(UndocumentedDecision(youth: y.id, note: n.id, day: n.at.day, author: n.author, text: n.text,
                                                workingDays: workingDays(after: n.at.day, through: today)))
            }
        }
        return out.sorted { ($0.day, $0.youth, $0.note) < ($1.day, $1.youth, $1.note) }
    }

    /// The pending decisions that are late (more than one working day old): the board's `J` flag.
    public static func undocumented(_ youths: [Youth], today: Day) -> [UndocumentedDecision] {
        pending(youths, today: today).filter(\.late)
    }

    /// Working days (Monday–Friday) in the days after `start`, up to and including `end`.
    /// A decision on Friday is one working day old on Monday and late on Tuesday.
    public static func workingDays(after start: Day, through end: Day) -> Int {
        guard end > start else { return 0 }
        let total = start.days(to: end)
        var count = (total / 7) * 5
        var d = start.adding(days: (total / 7) * 7)
        while d < end {
            d = d.adding(days: 1)
            if d.weekdayIndex < 5 { count += 1 }
        }
        return count
    }
}

extension Youth {
    /// Marks a decision as written into the patient record. Marking it again keeps the first mark.
    mutating func markDocumented(noteID: String, at: Timestamp) throws(TavleError) {
        guard let i = notes.firstIndex(where: { $0.id == noteID }) else {
            throw .refused(LocalizedMessage(.refuseDocumentedNoNote, [TextSafety.display(noteID)]))
        }
        guard notes[i].kind == .decision else {
            throw .refused(LocalizedMessage(.refuseDocumentedNotDecision, [TextSafety.display(noteID)]))
        }
        if notes[i].documented == nil { notes[i].documented = at }
    }
}
