import Foundation

/// Every error a user can meet, typed, with its message in the user's words and an exit code.
public enum TavleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Bad use of a command (exit 1).
    case usage(LocalizedMessage)
    /// No youth matches what the user typed.
    case youthNotFound(String)
    /// More than one youth (or colleague) fits; every candidate is listed. Nothing is written.
    case ambiguous(String, [Candidate])
    /// Only discharged youths fit: they are listed, and a change needs the exact id.
    case dischargedNeedsID(String, [Candidate])
    case staffNotFound(String)
    /// A file that cannot be read as tavle data: its path and what is wrong.
    case badFile(path: String, problem: LocalizedMessage)
    /// A file written by a newer tavle: read-only here.
    case newerSchema(path: String, found: Int, supported: Int)
    /// The same field was changed by someone else since the version the change was based on.
    case conflict(youth: String, field: String, by: String, version: Int)
    /// An undo would overwrite what someone changed after the change being undone.
    case undoConflict(youth: String, field: String, by: String, version: Int)
    /// The youth changed since `--if-version` (a whole-record check).
    case versionMismatch(youth: String, expected: Int, actual: Int)
    /// A rule refused the change (age, state, …).
    case refused(LocalizedMessage)
    case invalidID(String)
    /// The Unix user is not a member of the team.
    case notOnTeam(user: String)
    case notAllowed(LocalizedMessage)
    case noDataDirectory(path: String)
    /// The server's configuration exists but cannot be read or used.
    case badConfig(path: String, problem: LocalizedMessage)
    case dataDirectoryExists(path: String)
    /// A system call failed (disk full, I/O error, permission …).
    case io(path: String, operation: String, errno: Int32)
    /// The directory is read-only (a read-only mount, an older schema).
    case readOnly(path: String, reason: LocalizedMessage)
    /// The store stopped writing after an I/O error (`after`): read-only until restarted.
    indirect case stopped(path: String, after: TavleError)
    /// Another writer held the lock too long.
    case busy(path: String)
    /// The change reached its file (renamed into place) but the directory could not be
    /// synced: it is saved, yet the disk did not confirm that it will survive a power cut.
    case notDurable(path: String, errno: Int32)
    /// The change is in the journal but its file could not be replaced (the rename failed):
    /// the next writer completes it, so nothing may say "unchanged".
    case unfinished(path: String, errno: Int32)

    /// 1 usage, 2 data, 3 conflict, 4 environment.
    public var exitCode: Int32 {
        switch self {
        case .usage: 1
        case .conflict, .versionMismatch, .undoConflict: 3
        case .noDataDirectory, .badConfig, .io, .readOnly, .stopped, .busy, .notDurable, .unfinished: 4
        default: 2
        }
    }

    /// The message in the user's words, naming what was wrong and what to do.
    public func message(_ lang: Language) -> String {
        let c = Catalog.shared
        switch self {
        case .usage(let m): return m.text(lang)
        case .youthNotFound(let q): return c.text(.errorYouthNotFound, lang, [TextSafety.display(q)])
        case .ambiguous(let q, let list):
            let key: TextKey = list.first?.kind == .staff ? .errorAmbiguousStaff : .errorAmbiguous
            return c.text(key, lang, [TextSafety.display(q)]) + "\n" + TavleError.lines(list, lang).joined(separator: "\n")
        case .dischargedNeedsID(let q, let list):
            return c.text(.errorOnlyDischarged, lang, [TextSafety.display(q)]) + "\n" + TavleError.lines(list, lang).joined(separator: "\n")
        case .staffNotFound(let q): return c.text(.errorStaffNotFound, lang, [TextSafety.display(q)])
        case .badFile(let p, let problem):
            // A file given to restore from is not a data file to mend: another advice.
            let key: TextKey = problem.key == .fileNotBackup ? .errorBadBackup : .errorBadFile
            return c.text(key, lang, [TextSafety.display(p), TextSafety.display(problem.text(lang))])
        case .newerSchema(let p, let f, let s): return c.text(.errorNewerSchema, lang, [TextSafety.display(p), String(f), String(s)])
        case .conflict(let y, let f, let by, let v):
            return c.text(.errorConflict, lang, [y, LocalizedMessage.resolve(LocalizedMessage.word(YouthField.key(f)), lang),
                                                 TextSafety.display(by), String(v)])
        case .undoConflict(let y, let f, let by, let v):
            return c.text(.errorUndoConflict, lang, [y, LocalizedMessage.resolve(LocalizedMessage.word(YouthField.key(f)), lang),
                                                      TextSafety.display(by), String(v)])
        case .versionMismatch(let y, let e, let a): return c.text(.errorVersionMismatch, lang, [y, String(e), String(a)])
        case .refused(let m): return m.text(lang)
        case .invalidID(let s): return c.text(.errorInvalidID, lang, [TextSafety.display(s)])
        case .notOnTeam(let u): return c.text(.errorNotOnTeam, lang, [TextSafety.display(u)])
        case .notAllowed(let m): return m.text(lang)
        case .noDataDirectory(let p): return c.text(.errorNoDataDirectory, lang, [TextSafety.display(p)])
        case .badConfig(let p, let problem):
            return c.text(.errorBadConfig, lang, [TextSafety.display(p), TextSafety.display(problem.text(lang))])
        case .dataDirectoryExists(let p): return c.text(.errorDataDirectoryExists, lang, [TextSafety.display(p)])
        case .io(let p, let op, let e):
            let key: TextKey
            switch e {
            case ENOSPC, EDQUOT: key = .errorIoFull
            case EACCES, EPERM: key = .errorIoPermission
            case EROFS: key = .errorIoReadonlyfs
            case ENOENT: key = .errorIoMissing
            default: key = .errorIo
            }
            return c.text(key, lang, [TextSafety.display(p), TavleError.operationWord(op, lang), String(cString: strerror(e))])
        case .readOnly(let p, let r): return c.text(.errorReadOnly, lang, [TextSafety.display(p), r.text(lang)])
        case .stopped(let p, let e):
            return c.text(.errorReadOnly, lang, [TextSafety.display(p), c.text(.readonlyAfterError, lang, [e.message(lang)])])
        case .busy(let p): return c.text(.errorBusy, lang, [TextSafety.display(p)])
        case .notDurable(let p, let e): return c.text(.errorNotDurable, lang, [TextSafety.display(p), String(cString: strerror(e))])
        case .unfinished(let p, let e): return c.text(.errorUnfinished, lang, [TextSafety.display(p), String(cString: strerror(e))])
        }
    }

    public var description: String { message(.en) }

    /// What tavle was doing when a system call failed, in words (`fsync` → "lagre til disk");
    /// an operation without a word is shown as it is.
    static func operationWord(_ op: String, _ lang: Language) -> String {
        let key: TextKey? = switch op {
        case "open": .ioOpOpen
        case "fsync": .ioOpFsync
        case "chmod": .ioOpChmod
        case "create": .ioOpCreate
        case "read": .ioOpRead
        case "chown": .ioOpChown
        case "write": .ioOpWrite
        case "stat": .ioOpStat
        case "rename": .ioOpRename
        case "close": .ioOpClose
        case "unlink": .ioOpUnlink
        case "truncate": .ioOpTruncate
        case "mkdir": .ioOpMkdir
        case "opendir": .ioOpOpendir
        case "mkdtemp": .ioOpMkdtemp
        case "link": .ioOpLink
        case "flock": .ioOpFlock
        default: nil
        }
        return key.map { Texts.text($0, lang) } ?? op
    }

    /// One line a candidate: `  KH²  Kristian Haug, 17 år, på tavla, id kristian` (a colleague:
    /// initials, name, role, id). The command line adds what to type for each.
    public static func lines(_ list: [Candidate], _ lang: Language) -> [String] {
        let width = list.map { DisplayWidth.of($0.label) }.max() ?? 0
        return list.map { c in
            var parts = [TextSafety.display(c.name)]
            switch c.kind {
            case .youth:
                if let a = c.age { parts.append(Catalog.shared.text(.candidateAge, lang, [String(a)])) }
                if c.discharged { parts.append(Phase.discharged.label(lang)) } else if let m = c.mode { parts.append(m.label(lang)) }
            case .staff:
                if let r = c.role { parts.append(r.label(lang)) }
            }
            parts.append(Catalog.shared.text(.candidateId, lang, [c.id]))
            return "  " + DisplayWidth.pad(TextSafety.display(c.label), to: width) + "  " + parts.joined(separator: ", ")
        }
    }
}
