import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Store {
    /// Checks the whole directory: every file parses, the journal replayed from empty gives the
    /// files' content, versions agree, and permissions are private (or the team group's).
    /// Returns one line per problem, each naming the file; empty when all is well.
    public func verify() -> [String] {
        var problems: [String] = []
        let team: Team?
        do { team = try loadTeam() } catch { team = nil; problems.append(error.message(.en)) }
        let journalRead: (entries: [JournalEntry], problems: [String], end: Int64)
        do { journalRead = try journal.read() } catch {
            problems.append(error.message(.en)); journalRead = ([], [], 0)
        }
        problems += journalRead.problems
        var youths: [Youth] = []
        do {
            let all = try loadAllYouths()
            youths = all.youths
            problems += all.problems.map { $0.error.message(.en) }
        } catch { problems.append(error.message(.en)) }

        // Replay the journal from empty, record by record.
        var replayed: [String: [String: JSONValue]] = [:]
        var versions: [String: Int] = [:]
        var purged: Set<String> = []
        for e in journalRead.entries {
            let key = e.target + "/" + e.id
            if e.isTombstone {
                purged.insert(key); replayed[key] = nil; continue
            }
            if e.action == "create" || e.action == "init" { replayed[key] = [:] }
            RecordDiff.apply(e.changes, to: &replayed[key, default: [:]])
            versions[key] = e.version
        }
        func compare(_ key: String, _ record: [String: JSONValue], version: Int, path: String) {
            guard let replay = replayed[key] else {
                problems.append("\(path): has no entries in the journal"); return
            }
            if versions[key] != version {
                problems.append("\(path): is version \(version), the journal's last entry says \(versions[key] ?? 0)")
            }
            let strip = { (r: [String: JSONValue]) in r.filter { !RecordDiff.metaKeys.contains($0.key) } }
            if strip(replay) != strip(record) {
                let fields = Set(strip(replay).keys).union(strip(record).keys).filter { strip(replay)[$0] != strip(record)[$0] }
                problems.append("\(path): differs from the journal in \(fields.sorted().joined(separator: ", "))")
            }
        }
        for y in youths {
            if purged.contains("youth/" + y.id) { problems.append("\(youthPath(y.id)): was purged, but the file is still there"); continue }
            if let obj = try? JSONValue.from(y).object { compare("youth/" + y.id, obj, version: y.version, path: youthPath(y.id)) }
        }
        if let team, let obj = try? JSONValue.from(team).object {
            compare("team/team", obj, version: team.version, path: teamPath)
        }
        let onDisk = Set(youths.map { "youth/" + $0.id })
        let bad = Set(((try? youthIDs().ids) ?? []).map { "youth/" + $0 })
        for key in replayed.keys where key.hasPrefix("youth/") && !onDisk.contains(key) && !bad.contains(key) {
            if replayed[key]?.isEmpty == false {
                problems.append("\(journal.path): names \(key.dropFirst(6)), but there is no file for it")
            }
        }
        problems += permissionProblems(access: team?.access ?? .private)
        problems += meetingProblems(entries: journalRead.entries, access: team?.access ?? .private)
        return problems
    }

    /// Files readable by others, or a directory that is not private / the team group's. In team
    /// mode a file the group cannot write, or that belongs to another group, is a problem too:
    /// the next member to write is refused (a umask narrows what `open` creates).
    func permissionProblems(access: AccessMode) -> [String] {
        var out: [String] = []
        let wantDir: mode_t = access == .group ? 0o2770 : 0o700
        let wantFile: mode_t = access == .group ? 0o660 : 0o600
        let teamGroup = access == .group ? FileIO.status(root)?.st_gid : nil
        for dir in [root, youthsDir, tmpDir] {
            if let st = FileIO.status(dir), st.st_mode & 0o7777 != wantDir {
                out.append("\(dir): permissions are \(String(st.st_mode & 0o7777, radix: 8)), expected \(String(wantDir, radix: 8))")
            }
        }
        var files = [teamPath, journal.path, lockPath, indexPath, accessLogPath, rotaPath]
        files += ((try? FileIO.list(youthsDir)) ?? []).map { youthsDir + "/" + $0 }
        for f in files {
            guard let st = FileIO.status(f) else { continue }
            if (st.st_mode & S_IFMT) == S_IFLNK { out.append("\(f): is a symlink"); continue }
            let bits = st.st_mode & 0o777
            let tooWide = st.st_mode & 0o007 != 0 || bits & ~wantFile != 0
            let groupCannotWrite = access == .group && bits & 0o060 != 0o060
            if tooWide || groupCannotWrite {
                out.append("\(f): permissions are \(String(bits, radix: 8)), expected \(String(wantFile, radix: 8))")
            }
            if let g = teamGroup, st.st_gid != g {
                out.append("\(f): belongs to group \(st.st_gid), not the team's group \(g)")
            }
        }
        return out
    }
}
