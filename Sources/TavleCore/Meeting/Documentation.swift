import Foundation

/// How many of each youth's decisions are late today: worked out when a row asks for it (a board
/// shows a screenful of its youths), from the days of the open decisions and the last day on
/// which a decision made is late (`Documentation.lateCutoff`).
public struct LateDecisions: Sendable, Equatable {
    let cutoff: Day
    let days: [String: [Day]]

    init(cutoff: Day, days: [String: [Day]]) { self.cutoff = cutoff; self.days = days }
    public init() { self.init(cutoff: Day(ordinal: Int.min), days: [:]) }

    /// The youth's late decisions; nil when none.
    public subscript(id id: String) -> Int? {
        guard let d = days[id] else { return nil }
        let n = Documentation.lateCount(d, cutoff: cutoff)
        return n > 0 ? n : nil
    }

    /// Every youth with late decisions, and how many.
    public var all: [String: Int] { days.keys.reduce(into: [:]) { out, id in if let n = self[id: id] { out[id] = n } } }
}

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
    /// Saturday, Sunday and public holidays (`Holidays`).
    public static func pending(_ youths: [Youth], today: Day) -> [UndocumentedDecision] {
        var out: [UndocumentedDecision] = []
        for y in youths {
            for n in y.shownNotes where isOpen(n) {
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

    /// A decision not yet marked as written into the record (taken-back notes are left out by
    /// `Youth.shownNotes`).
    static func isOpen(_ n: Note) -> Bool { n.kind == .decision && n.documented == nil }

    /// The days of a youth's open decisions, in the notes' order: all the board's index keeps of
    /// them for the `J` flag, so the first frame decodes no decision (issue 29).
    public static func openDecisionDays(_ y: Youth) -> [Day] {
        y.shownNotes.compactMap { isOpen($0) ? $0.at.day : nil }
    }

    /// The last day on which a decision made is late `today`: working days only grow as the
    /// decision's day goes back, so a decision is late exactly when its day is on or before this
    /// one. One walk back of a few days, instead of counting working days for every decision.
    public static func lateCutoff(today: Day) -> Day {
        var d = today
        // At most a few weeks back even over Easter or Christmas; the bound only guards the loop.
        for _ in 0..<60 where workingDays(after: d, through: today) <= allowedWorkingDays { d = d.adding(days: -1) }
        return d
    }

    /// How many decisions made on `days` are late `today` (the board's `J` flag), by `lateCutoff`.
    public static func lateCount(_ days: [Day], cutoff: Day) -> Int { days.count { $0 <= cutoff } }

    /// The board's late decisions (its `J` flag and the meeting view's), for every youth loaded:
    /// from the index's days of the open decisions, so no decision is read (issue 29). The same
    /// decisions as `undocumented` gives for the youths' files.
    public static func late(_ data: BoardData, today: Day) -> LateDecisions {
        var days = data.openDecisionDays
        // Every youth of a board loaded through the index has its days; any other has its notes.
        if days.count != data.youths.count {
            for y in data.youths where days[y.id] == nil { days[y.id] = openDecisionDays(y) }
        }
        return LateDecisions(cutoff: lateCutoff(today: today), days: days)
    }

    /// The same for youths whose summaries keep their open decisions (the meeting-room feed's).
    public static func late(_ youths: [Youth], today: Day) -> LateDecisions {
        LateDecisions(cutoff: lateCutoff(today: today),
                      days: Dictionary(youths.map { ($0.id, openDecisionDays($0)) }) { first, _ in first })
    }

    /// Working days (Monday–Friday that are not public holidays) in the days after `start`, up to
    /// and including `end`. A decision on Friday is one working day old on Monday and late on
    /// Tuesday; one on the Wednesday before Easter is late on the Tuesday after Easter Monday.
    public static func workingDays(after start: Day, through end: Day) -> Int {
        guard end > start else { return 0 }
        let total = start.days(to: end)
        var count = (total / 7) * 5
        var d = start.adding(days: (total / 7) * 7)
        while d < end {
            d = d.adding(days: 1)
            if d.weekdayIndex < 5 { count += 1 }
        }
        // Holidays on a weekday in the range, found per year (not per day: a decision can be old).
        for year in start.year...end.year {
            count -= Holidays.holidays(in: year).count { $0 > start && $0 <= end && $0.weekdayIndex < 5 }
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
