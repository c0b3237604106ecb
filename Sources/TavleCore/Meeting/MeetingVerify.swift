import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Hooks that let the store's recovery and `check()` (Verify.swift) know the meeting module's records
/// (`meeting/<date>` in `meetings/`, `rota/rota` in `rota.json`, and the referral queue's
/// `referral/<id>` in `referrals/`) as they know youths and the team.
extension Store {
    /// The journal targets this module writes.
    static let meetingTargets: Set<String> = ["meeting", "rota", "referral"]

    /// The file a journaled meeting or rota record lives in, for rolling a crashed write forward;
    /// nil for any other target or an id that is not a valid date.
    func meetingRecordPath(target: String, id: String) -> String? {
        switch target {
        case "meeting":
            guard id.count == 10, let day = Day(parsing: id), day.iso == id else { return nil }
            return meetingPath(day)
        case "rota": return id == "rota" ? rotaPath : nil
        case "referral": return Identifier.isValidYouthID(id) ? referralPath(id) : nil
        default: return nil
        }
    }

    /// Meeting and rota files replayed from `entries` and compared with the files, and their
    /// permissions, in English (the meeting module's tests). Empty when all is well.
    func meetingProblems(entries: [JournalEntry], access: AccessMode) -> [String] {
        var pass = VerifyPass(store: self)
        for e in entries { pass.apply(e) }
        var out = pass.compareMeetings().map(\.text)
        for key in pass.suspects.keys.sorted() { out += pass.suspects[key]!.map { $0.text(.en) } }
        return out + meetingPermissionProblems(access: access).map { $0.text(.en) }
    }

    /// `meetings/` and `referrals/` must have the mode of `youths/`, and every file in them and
    /// `rota.json` the data files' mode.
    func meetingPermissionProblems(access: AccessMode) -> [LocalizedMessage] {
        var out: [LocalizedMessage] = []
        let wantDir: mode_t = access == .group ? 0o2770 : 0o700
        let wantFile: mode_t = access == .group ? 0o660 : 0o600
        var files: [String] = []   // rota.json is checked with team.json (`permissionProblems`)
        for dir in [meetingsDir, referralsDir] {
            if let st = FileIO.status(dir) {
                if (st.st_mode & S_IFMT) != S_IFDIR {
                    out.append(LocalizedMessage(.checkNotDirectory, [dir]))
                } else {
                    if st.st_mode & 0o7777 != wantDir {
                        out.append(LocalizedMessage(.checkPermissions, [dir, String(st.st_mode & 0o7777, radix: 8), String(wantDir, radix: 8)]))
                    }
                    files += ((try? FileIO.list(dir)) ?? []).sorted().map { dir + "/" + $0 }
                }
            }
        }
        for f in files {
            guard let st = FileIO.status(f) else { continue }
            if (st.st_mode & S_IFMT) == S_IFLNK { out.append(LocalizedMessage(.checkSymlink, [f])); continue }
            if st.st_mode & 0o007 != 0 || (st.st_mode & 0o777) & ~wantFile != 0 {
                out.append(LocalizedMessage(.checkPermissions, [f, String(st.st_mode & 0o777, radix: 8), String(wantFile, radix: 8)]))
            }
        }
        return out
    }
}
