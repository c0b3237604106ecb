import TavleCore

/// Every command of the command line and what the board has for it: it only reads, a key does
/// the same write, or it is one of the writes the board leaves to the command line on purpose
/// (setting up and looking after the data directory, the team, the weekly rota pattern). A test
/// reads the command tree from the real `tavle` and fails on a command not classified here, and
/// on a write whose key is gone; docs/keymap.md prints the table.
public enum CommandCoverage {
    public enum Kind: Sendable, Equatable {
        /// Reads only (a listing, an export, a check).
        case reads
        /// A write the board makes with the key of this command (the same core change).
        case key(Command)
        /// A write only the command line makes, with why.
        case commandLineOnly(TextKey)
    }

    /// Writes the board leaves to the command line (issue 18's list): the data directory's
    /// setup and upkeep, the team's members, the rota's weekly pattern, developer tools.
    public static let exemptions: [String] = [
        "settings set", "purge", "migrate", "restore", "backup", "import", "init", "staff …", "rota set (weekly pattern)", "dev …",
    ]

    /// Command (as typed after `tavle`) → what the board has for it.
    public static let table: [(command: String, kind: Kind)] = [
        ("board", .reads), ("list", .reads), ("due", .reads), ("show", .reads), ("stats", .reads), ("fidelity", .reads), ("caseload", .reads),
        ("meeting", .reads), ("meeting start", .key(.meeting)), ("meeting status", .reads),
        ("meeting discuss", .key(.discussedNext)), ("meeting decision", .key(.recordDecision)), ("meeting end", .key(.endMeeting)),
        ("today", .reads), ("rota", .reads), ("rota show", .reads),
        // A one-off change is `V`; the weekly pattern stays on the command line.
        ("rota set", .key(.rotaChange)),
        ("documented", .key(.markDocumented)),
        ("referral", .reads), ("referral list", .reads), ("referral add", .key(.addReferral)),
        ("referral decide", .key(.decideReferral)),
        ("add", .key(.addYouth)), ("intensive", .key(.toggleIntensive)), ("case-management", .key(.toggleIntensive)),
        ("evaluate", .key(.evaluatePeriod)), ("status", .key(.chooseStatus)), ("note", .key(.addNote)), ("contact", .key(.logContact)),
        ("plan", .key(.setPlan)), ("crisis-plan", .key(.crisisPlan)), ("order", .key(.orders)), ("reviewed", .key(.markReviewed)),
        ("discharge", .key(.discharge)), ("set", .key(.editField)), ("undo", .key(.undo)),
        ("consent", .key(.consent)), ("service", .key(.services)), ("handover", .key(.handover)), ("school", .key(.schoolWork)),
        ("goal", .reads), ("goal add", .key(.addGoal)), ("goal done", .key(.addGoal)), ("goal list", .reads), ("network", .reads), ("network add", .key(.network)), ("network remove", .key(.network)),
        ("network list", .reads),
        ("staff", .reads), ("staff add", .commandLineOnly(.coverageTeam)), ("staff list", .reads),
        ("staff deactivate", .commandLineOnly(.coverageTeam)), ("staff reactivate", .commandLineOnly(.coverageTeam)), ("log", .reads),
        ("init", .commandLineOnly(.coverageSetup)), ("demo", .reads), ("import", .commandLineOnly(.coverageSetup)),
        ("export", .reads), ("export minutes", .reads), ("check", .reads),
        ("backup", .commandLineOnly(.coverageUpkeep)), ("restore", .commandLineOnly(.coverageUpkeep)),
        ("migrate", .commandLineOnly(.coverageUpkeep)), ("purge", .commandLineOnly(.coverageUpkeep)),
        ("settings", .reads), ("settings list", .reads), ("settings set", .commandLineOnly(.coverageSetup)),
        ("staff set", .commandLineOnly(.coverageTeam)), ("on-call", .reads),
        // Changes no record: writes the meeting-room screen's copy of what the board shows (issue 27).
        ("screen-feed", .reads),
        ("dev", .reads), ("dev generate", .commandLineOnly(.coverageDev)), ("dev man", .commandLineOnly(.coverageDev)),
    ]

    /// Commands another issue is adding (the team's settings, issue 20): classified ahead, so the
    /// table may hold them before the command line does.
    public static let coming: [String] = []

    /// What is wrong with the table for the command line's `commands` (paths as typed after
    /// `tavle`): a command not classified, a write whose key is gone, a write left to the command
    /// line that is not on the issue's list, an entry for a command that does not exist.
    public static func problems(commands: [String]) -> [String] {
        var out: [String] = []
        for c in commands where kind(of: c) == nil {
            out.append("tavle \(c): not classified (does it write? then which key does the same on the board?)")
        }
        for (command, kind) in table {
            if !commands.contains(command) && !coming.contains(command) { out.append("tavle \(command): no such command") }
            switch kind {
            case .reads: break
            case .key(let c):
                if !Keymap.bindings.contains(where: { $0.command == c }) { out.append("tavle \(command): no key gives \(c)") }
            case .commandLineOnly:
                if !isExempt(command) { out.append("tavle \(command): writes, has no key, and is not on the list left to the command line") }
            }
        }
        return out
    }

    /// What the board has for `command`, if it is classified.
    public static func kind(of command: String) -> Kind? { table.first { $0.command == command }?.kind }

    /// Whether `command` is on the list of writes the board may leave to the command line.
    public static func isExempt(_ command: String) -> Bool {
        exemptions.contains { e in
            if e.hasSuffix(" …") { return command.hasPrefix(String(e.dropLast(2)) + " ") }
            return e == command || e.hasPrefix(command + " (")
        }
    }
}
