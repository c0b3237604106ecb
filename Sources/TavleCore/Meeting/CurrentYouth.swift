import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The youth under discussion right now, which the shared screen highlights.
public struct CurrentYouth: Sendable, Codable, Equatable {
    public var youth: String
    /// When the discussion of this youth began (the UI can show the time spent so far).
    public var since: Timestamp
}

/// Which youth is under discussion is shared state but not a change to anyone's record, so it
/// is not journaled: a small file `meetings/<date>.current`, replaced atomically, that the
/// shared screen reads. It is written under the lock only so that another writer's recovery
/// never removes its temp file half-way.
extension Store {
    public func currentYouthPath(_ day: Day) -> String { meetingsDir + "/" + day.iso + ".current" }

    /// Sets (or with nil clears) the youth under discussion in the open meeting of `day`.
    public func setCurrentYouth(day: Day, youth: String?) throws(TavleError) {
        let team = try loadTeam()
        try withLock { () throws(TavleError) -> Void in
            _ = try openMeeting(day)
            let path = currentYouthPath(day)
            guard let id = youth else { FileIO.unlink(path); return }
            _ = try loadYouth(id)
            let value = CurrentYouth(youth: id, since: Clock.now(zone: team.zone, environment: environment))
            try FileIO.writeAtomically(try Coding.encodeCompact(value), to: path,
                                       tempPath: tmpDir + "/current.\(day.iso).\(getpid()).new", mode: Store.fileMode(team.access))
        }
    }

    /// The youth under discussion on `day`, or nil. A missing or damaged file is nil: it is a
    /// highlight on a screen, never data anyone depends on, and the next `setCurrentYouth` replaces it.
    public func currentYouth(day: Day) -> CurrentYouth? {
        guard (try? meetingsDirectoryExists()) == true,
              let bytes = try? FileIO.read(currentYouthPath(day), limit: 4096) else { return nil }
        return try? JSONDecoder().decode(CurrentYouth.self, from: Data(bytes))
    }
}
