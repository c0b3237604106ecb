import Foundation
import TavleCore
#if canImport(Glibc)
import Glibc
#endif

/// Drafts in the data directory: `drafts/<unix user>.json`, private to the user who typed them
/// (0600 even in a team-group directory: an unsent note is not yet the team's), written atomically. One draft per user: the note being typed when
/// the program had to stop.
public struct DraftStore: Sendable {
    public let directory: String
    public let path: String
    let fileMode: mode_t
    let directoryMode: mode_t

    public init(root: String, user: String, access: AccessMode) {
        directory = root + "/drafts"
        // The user name becomes a file name: only letters, digits, `.`, `_` and `-` pass.
        let safe = String(user.unicodeScalars.map { s -> Character in
            let ok = (s.value < 0x80) && (CharacterSet.alphanumerics.contains(s) || s == "." || s == "_" || s == "-")
            return ok ? Character(s) : "_"
        })
        path = directory + "/" + (safe.isEmpty || safe.hasPrefix(".") ? "_" + safe : safe) + ".json"
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
        try FileIO.writeAtomically(bytes, to: path, tempPath: path + ".\(getpid()).tmp", mode: fileMode)
    }

    public func discard() { FileIO.unlink(path) }
}
