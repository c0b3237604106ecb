import Foundation
import TavleCore
#if canImport(Glibc)
import Glibc
#endif

/// Drafts in the data directory: `drafts/<unix user>.json`, private to the user who typed them
/// (0600 even in a team-group directory: an unsent note is not yet the team's), written atomically. One draft per user: the note being typed when
/// the program had to stop. Beside it, `drafts/<user>@<youth>.about` (empty, 0600) says which youth
/// it is about, so a purge finds it without reading it (`DraftFiles`).
public struct DraftStore: Sendable {
    public let directory: String
    public let path: String
    let user: String
    let fileMode: mode_t
    let directoryMode: mode_t

    public init(root: String, user: String, access: AccessMode) {
        directory = root + "/drafts"
        self.user = user
        path = directory + "/" + DraftFiles.draft(user: user)
        fileMode = 0o600
        directoryMode = access == .group ? 0o2770 : 0o700
    }

    public func load() -> Draft? {
        guard let bytes = try? FileIO.read(path, limit: 1 << 20) else { return nil }
        return try? JSONDecoder().decode(Draft.self, from: Data(bytes))
    }

    /// `drafts/` is made (or taken) without following a symlink: a member's link there must not
    /// make a colleague's directory 2770 or receive a note's text (FileIO.makeDirectory).
    public func save(_ draft: Draft) throws(TavleError) {
        try FileIO.makeDirectory(directory, mode: directoryMode)
        let bytes: [UInt8]
        do {
            let e = JSONEncoder()
            e.outputFormatting = [.sortedKeys, .prettyPrinted]
            bytes = Array(try e.encode(draft))
        } catch {
            throw .badFile(path: path, problem: LocalizedMessage(.fileSystem, ["\(error)"]))
        }
        // The marker first: a draft is never on disk without the youth it is about being known.
        let marker = directory + "/" + DraftFiles.marker(user: user, youth: draft.youthID)
        if FileIO.status(marker) == nil {
            try FileIO.writeAtomically([], to: marker, tempPath: marker + ".\(getpid()).tmp", mode: fileMode)
        }
        try FileIO.writeAtomically(bytes, to: path, tempPath: path + ".\(getpid()).tmp", mode: fileMode)
        removeMarkers(except: marker)
    }

    public func discard() {
        FileIO.unlink(path)
        removeMarkers(except: nil)
    }

    /// This user's markers about other youths (or all of them).
    private func removeMarkers(except keep: String?) {
        let prefix = DraftFiles.safe(user) + "@"
        for name in (try? FileIO.list(directory)) ?? [] where name.hasPrefix(prefix) && name.hasSuffix(".about") {
            let p = directory + "/" + name
            if p != keep { FileIO.unlink(p) }
        }
    }
}
