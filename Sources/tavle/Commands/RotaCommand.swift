import ArgumentParser
import TavleCore

extension Shift: ExpressibleByArgument { public init?(argument: String) { self.init(choiceArgument: argument) } }
extension Weekday: ExpressibleByArgument { public init?(argument: String) { self.init(choiceArgument: argument) } }

/// What the first word of `tavle rota set` names: a weekday of the pattern, or public holidays.
enum RotaDayWord: Equatable {
    case weekday(Weekday)
    case holiday

    init?(argument: String) {
        if let w = Weekday(argument: argument) { self = .weekday(w); return }
        let t = argument.trimmingCharacters(in: .whitespaces).lowercased()
        guard ["holiday", "holidays", "helligdag", "helligdager"].contains(t) else { return nil }
        self = .holiday
    }
}

/// `tavle rota show|set`: the rota (turnus), a weekly pattern, a holiday pattern and one-off changes.
struct RotaCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "rota", abstract: L.t(.helpRotaAbstract), discussion: L.t(.helpRotaDiscussion),
                             subcommands: [RotaShowCommand.self, RotaSetCommand.self], defaultSubcommand: RotaShowCommand.self)
    }
}

/// `tavle rota show [--date D] [--week] [--json]`: the day's duties (or seven days'), each day's
/// name when it has one (a public holiday uses the holiday pattern), the weekly and holiday
/// patterns and the one-off changes from today on.
struct RotaShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: L.t(.helpRotaShowAbstract), discussion: L.t(.helpRotaShowDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Option(help: ArgumentHelp(L.t(.optRotaShowDate), valueName: "DATE")) var date: String?
    @Flag(help: ArgumentHelp(L.t(.optRotaWeek))) var week = false
    @OptionGroup var output: JSONOption

    struct JSON: Encodable {
        struct DayDuty: Encodable {
            let day: Day
            let weekday: String
            /// The day's name (`christmas-day`), when it has one.
            let holiday: String?
            /// Whether it is a public holiday (the holiday pattern applies).
            let publicHoliday: Bool
            let duty: [DayPlan.Duty]
        }
        let today: Day
        let version: Int
        let days: [DayDuty]
        let pattern: [RotaSlot]
        let holidayPattern: [HolidaySlot]
        let changes: [RotaChange]
    }

    func run() throws {
        let session = try globals.session()
        let rota = try session.store.loadRota()
        let team = session.team, today = session.today
        let first = try date.map { (t: String) throws(TavleError) in try Input.day(t, for: .upcoming, today: today) } ?? today
        let days = (0..<(week ? 7 : 1)).map { first.adding(days: $0) }
        let upcoming = rota.changes.filter { $0.day >= today }.sorted { $0.day < $1.day }
        func duties(_ d: Day) -> [DayPlan.Duty] { DayPlan.duties(rota, on: d) }
        if output.json {
            var changes = upcoming
            for i in changes.indices { changes[i].note = JSONOutput.safe(changes[i].note) }
            try JSONOutput.print(JSON(today: today, version: rota.version,
                                      days: days.map {
                                          JSON.DayDuty(day: $0, weekday: Weekday($0).rawValue, holiday: Holidays.name(on: $0)?.rawValue,
                                                       publicHoliday: Holidays.isHoliday($0), duty: duties($0))
                                      },
                                      pattern: rota.pattern, holidayPattern: rota.holidayPattern, changes: changes))
            return
        }
        Console.out(L.t(.rotacmdHeader, Format.safe(team.name), Format.day(today)))
        for d in days {
            Console.out()
            Console.out(RotaText.dayTitle(d))
            Console.out(DayPlanText.rotaLines(duties(d), team: team, hint: false))
        }
        Console.out()
        Console.out(L.t(.rotacmdPattern))
        if rota.pattern.isEmpty { Console.out("  " + L.t(.rotacmdNone)) }
        let ww = Weekday.allCases.map { DisplayWidth.of(L.label($0)) }.max() ?? 0
        let sw = Shift.allCases.map { DisplayWidth.of(L.label($0)) }.max() ?? 0
        for slot in rota.pattern {
            Console.out("  " + DisplayWidth.pad(L.label(slot.weekday), to: ww) + "  " + DisplayWidth.pad(L.label(slot.shift), to: sw) + "  "
                        + MeetingText.staffList(slot.staff, team))
        }
        Console.out()
        Console.out(L.t(.rotacmdHolidayPattern))
        if rota.holidayPattern.isEmpty { Console.out("  " + L.t(.rotacmdHolidayLikeSunday)) }
        for slot in rota.holidayPattern {
            Console.out("  " + DisplayWidth.pad(L.label(slot.shift), to: sw) + "  " + MeetingText.staffList(slot.staff, team))
        }
        if !upcoming.isEmpty {
            Console.out()
            Console.out(L.t(.rotacmdChanges))
            for c in upcoming { Console.out("  " + RotaText.change(c, team: team)) }
        }
    }
}

/// `tavle rota set WEEKDAY SHIFT STAFF[,STAFF]` (the weekly pattern, `--clear` to empty a slot),
/// `tavle rota set holiday SHIFT STAFF[,STAFF]` (the public holidays' pattern) or
/// `tavle rota set --date DATE SHIFT [STAFF] [--replacing STAFF]` (a one-off change).
struct RotaSetCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "set", abstract: L.t(.helpRotaSetAbstract), discussion: L.t(.helpRotaSetDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argRotaWords), valueName: "WEEKDAY SHIFT STAFF")) var words: [String] = []
    @Option(help: ArgumentHelp(L.t(.optRotaDate), valueName: "DATE")) var date: String?
    @Option(help: ArgumentHelp(L.t(.optRotaReplacing), valueName: "STAFF")) var replacing: String?
    @Option(help: ArgumentHelp(L.t(.optRotaNote), valueName: "TEXT")) var note: String?
    @Flag(help: ArgumentHelp(L.t(.optRotaClear))) var clear = false

    func validate() throws {
        if date != nil {
            if clear { throw ValidationError(L.t(.usageRotaClearDate)) }
            guard words.count == 2 || (words.count == 1 && replacing != nil) else { throw ValidationError(L.t(.usageRotaDate)) }
            guard Shift(argument: words[0]) != nil else { throw ValidationError(L.t(.usageRotaShift, Format.safe(words[0]))) }
        } else {
            if replacing != nil || note != nil { throw ValidationError(L.t(.usageRotaReplacingNeedsDate)) }
            guard words.count == (clear ? 2 : 3) else { throw ValidationError(L.t(.usageRotaPattern)) }
            guard RotaDayWord(argument: words[0]) != nil else { throw ValidationError(L.t(.usageRotaWeekday, Format.safe(words[0]))) }
            guard Shift(argument: words[1]) != nil else { throw ValidationError(L.t(.usageRotaShift, Format.safe(words[1]))) }
        }
    }

    func run() throws {
        let session = try globals.session()
        let context = WriteContext(session: session, actor: try session.requireActor())
        let team = session.team
        if let typed = date {
            let day = try Input.day(typed, for: .upcoming, today: session.today)
            let shift = Shift(argument: words[0])!
            let staff = try words.count > 1 ? context.member(words[1]).id : nil
            let out = try replacing.map { q -> StaffID in
                guard let m = team.findMember(q) else { throw TavleError.staffNotFound(q) }
                return m.id
            }
            let rota = try session.store.addRotaChange(RotaChangeRequest(day: day, shift: shift, staff: staff, replacing: out, note: note),
                                                       actor: context.actor)
            let c = rota.changes.last!
            Console.out(L.t(.doneRotaChange, RotaText.change(c, team: team), String(rota.version)))
            Console.out("  " + L.t(.rotacmdDayNow, L.label(shift), Format.day(day), MeetingText.staffList(rota.duty(on: day)[shift] ?? [], team)))
        } else {
            let dayWord = RotaDayWord(argument: words[0])!, shift = Shift(argument: words[1])!
            var ids: [StaffID] = []
            if !clear {
                for part in words[2].split(whereSeparator: { $0 == "," || $0 == ";" }) {
                    let id = try context.member(String(part).trimmingCharacters(in: .whitespaces)).id
                    if !ids.contains(id) { ids.append(id) }
                }
                guard !ids.isEmpty else { throw ValidationError(L.t(.usageRotaPattern)) }
            }
            let rota: Rota
            let dayName: String
            switch dayWord {
            case .weekday(let weekday):
                rota = try session.store.updateRota(actor: context.actor, action: "rota pattern") { r, t in
                    try r.setPattern(weekday: weekday, shift: shift, staff: ids, team: t)
                }
                dayName = L.label(weekday)
            case .holiday:
                rota = try session.store.updateRota(actor: context.actor, action: "rota holiday") { r, t in
                    try r.setHolidayPattern(shift: shift, staff: ids, team: t)
                }
                dayName = L.t(.rotacmdHolidays)
            }
            Console.out(L.t(.doneRotaPattern, dayName, L.label(shift), ids.isEmpty ? L.t(.rotacmdNobody) : MeetingText.staffList(ids, team),
                            String(rota.version)))
        }
    }
}

enum RotaText {
    /// `fredag 25.12.2026 · 1. juledag`: the weekday, the date and the day's name when it has one.
    static func dayTitle(_ d: Day) -> String {
        L.label(Weekday(d)) + " " + Format.day(d) + (Holidays.name(on: d).map { " · " + L.label($0) } ?? "")
    }

    /// `24.11.2026 bakvakt: SL for OB (syk)`.
    static func change(_ c: RotaChange, team: Team) -> String {
        var s = Format.day(c.day) + " " + L.label(c.shift) + ": "
        switch (c.staff, c.replacing) {
        case let (who?, r?): s += L.t(.rotacmdChangeReplacing, Format.staff(who, team), Format.staff(r, team))
        case let (who?, nil): s += L.t(.rotacmdChangeAdds, Format.staff(who, team))
        case let (nil, r?): s += L.t(.rotacmdChangeOff, Format.staff(r, team))
        default: break
        }
        if let n = c.note { s += " (" + Format.safe(n) + ")" }
        return s
    }
}
