import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Hooks that let the store's recovery and `verify()` know the meeting module's records
/// (`meeting/<date>` in `meetings/`, `rota/rota` in `rota.json`) as they know youths and the team.
extension Store {
    /// The journal targets this module writes.
    static let meetingTargets: Set<String> = ["meeting", "rota"]

    /// The file a journaled meeting or rota record lives in, for rolling a crashed write forward;
    /// nil for any other target or an id that is not a valid date.
    func meetingRecordPath(target: String, id: String) -> String? {
        switch target {
        case "meeting":
            guard id.count == 10, let day = Day(parsing: id), day.iso == id else { return nil }
            return meetingPath(day)
        case "rota": return id == "rota" ? rotaPath : nil
        default: return nil
        }
    }

    /// Meeting and rota files replayed from the journal and compared with the files, and their
    /// permissions. One line per problem, naming the file; empty when all is well.
    func meetingProblems(entries: [JournalEntry], access: AccessMode) -> [String] {
        var problems: [String] = []
        var replayed: [String: [String: JSONValue]] = [:]
        var versions: [String: Int] = [:]
        for e in entries where Store.meetingTargets.contains(e.target) {
            let key = e.target + "/" + e.id
            if e.version == 1 || e.action == "create" { replayed[key] = [:] }
            RecordDiff.apply(e.changes, to: &replayed[key, default: [:]])
            versions[key] = e.version
        }
        var onDisk: [(key: String, path: String, record: [String: JSONValue], version: Int)] = []
        do {
            let all = try meetings()
            problems += all.problems.map { $0.error.message(.en) }
            for m in all.meetings {
                if let o = try? JSONValue.from(m).object { onDisk.append(("meeting/" + m.day.iso, meetingPath(m.day), o, m.version)) }
            }
        } catch { problems.append(error.message(.en)) }
        if FileIO.status(rotaPath) != nil {
            do {
                let r = try loadRota()
                if let o = try? JSONValue.from(r).object { onDisk.append(("rota/rota", rotaPath, o, r.version)) }
            } catch { problems.append(error.message(.en)) }
        }
        let strip = { (r: [String: JSONValue]) in r.filter { !RecordDiff.metaKeys.contains($0.key) } }
        for f in onDisk {
            guard let replay = replayed[f.key] else { problems.append("\(f.path): has no entries in the journal"); continue }
            if versions[f.key] != f.version {
                problems.append("\(f.path): is version \(f.version), the journal's last entry says \(versions[f.key] ?? 0)")
            }
            let a = strip(replay), b = strip(f.record)
            if a != b {
                let fields = Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }
                problems.append("\(f.path): differs from the journal in \(fields.sorted().joined(separator: ", "))")
            }
        }
        let present = Set(onDisk.map(\.key))
        for key in replayed.keys.sorted() where !present.contains(key) {
            let id = String(key.split(separator: "/", maxSplits: 1).last ?? "")
            let path = meetingRecordPath(target: String(key.split(separator: "/").first ?? ""), id: id) ?? key
            // A file that exists but failed to load is already reported above.
            if FileIO.status(path) == nil { problems.append("\(journal.path): names \(key), but there is no file \(path)") }
        }
        return problems + meetingPermissionProblems(access: access)
    }

    /// `meetings/` must have the mode of `youths/`, and every meeting file and `rota.json` the data files' mode.
    func meetingPermissionProblems(access: AccessMode) -> [String] {
        var out: [String] = []
        let wantDir: mode_t = access == .group ? 0o2770 : 0o700
        let wantFile: mode_t = access == .group ? 0o660 : 0o600
        var files = [rotaPath]
        if let st = FileIO.status(meetingsDir) {
            if (st.st_mode & S_IFMT) != S_IFDIR {
                out.append("\(meetingsDir): is not a directory")
            } else {
                if st.st_mode & 0o7777 != wantDir {
                    out.append("\(meetingsDir): permissions are \(String(st.st_mode & 0o7777, radix: 8)), expected \(String(wantDir, radix: 8))")
                }
                files += ((try? FileIO.list(meetingsDir)) ?? []).sorted().map { meetingsDir + "/" + $0 }
            }
        }
        for f in files {
            guard let st = FileIO.status(f) else { continue }
            if (st.st_mode & S_IFMT) == S_IFLNK { out.append("\(f): is a symlink"); continue }
            if st.st_mode & 0o007 != 0 || (st.st_mode & 0o777) & ~wantFile != 0 {
                out.append("\(f): permissions are \(String(st.st_mode & 0o777, radix: 8)), expected \(String(wantFile, radix: 8))")
            }
        }
        return out
    }
}
