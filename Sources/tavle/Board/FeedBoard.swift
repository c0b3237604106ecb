import ArgumentParser
import Foundation
import TavleCore
import TavleUI

/// `tavle --shared --feed`: the meeting-room screen drawn from the screen feed only
/// (`<data>-screen/feed.*.json`, docs/meeting-room-screen.md). Nothing inside the data directory
/// is opened: the projector account cannot read it. The board runs on a throw-away directory of
/// its own holding the feed's team of initials (removed at exit), never writes, and `q` ends it.
enum FeedBoard {
    static func open(root: String, langFlag: String?, mouse: Bool) throws {
        let dir = ScreenFeedFiles.directory(of: root)
        guard FileIO.isDirectory(dir) else { throw CLIError.environment(.feedNoDirectory, Format.safe(dir)) }
        let source = FeedSource(dir: dir, root: root)
        guard let feed = try ScreenFeedFiles.newest(dir: dir, root: root) else {
            throw CLIError.environment(.feedNone, Format.safe(dir))
        }
        let board = feed.board()
        let stage = try ScreenStage.make()
        let me = Session.currentUnixUser()
        try Store.create(root: stage, team: board.team, actor: Actor(staff: "screen", unixUser: me))
        let session = try Session.open(dataFlag: stage, langFlag: langFlag, actAs: nil)
        L.lang = session.language
        let code = BoardRunner.run(session: session, shared: true, source: source, mouse: mouse)
        ScreenStage.remove()
        if code != 0 { throw ExitCode(code) }
    }
}

/// The feed as the board's source: the newest trusted feed, reloaded when a feed file changes.
final class FeedSource: BoardSource {
    let dir: String
    let root: String
    private var seen: String

    init(dir: String, root: String) {
        self.dir = dir
        self.root = root
        seen = ScreenFeedFiles.fingerprint(dir: dir)
    }

    func load() throws(TavleError) -> Board {
        seen = ScreenFeedFiles.fingerprint(dir: dir)
        guard let feed = try ScreenFeedFiles.newest(dir: dir, root: root) else {
            throw .refused(LocalizedMessage(.feedNone, [dir]))
        }
        return feed.board()
    }

    func changed() -> Bool { ScreenFeedFiles.fingerprint(dir: dir) != seen }
}

/// The screen's own throw-away directory (private to the account, removed when tavle exits).
enum ScreenStage {
    nonisolated(unsafe) static var path: String?

    static func make() throws -> String {
        var template = Array((NSTemporaryDirectory() + "/tavle-screen-XXXXXX").utf8CString)
        guard let p = mkdtemp(&template) else { throw TavleError.io(path: NSTemporaryDirectory(), operation: "mkdtemp", errno: errno) }
        let base = String(cString: p)
        path = base
        atexit { ScreenStage.remove() }
        return base + "/board"
    }

    static func remove() {
        guard let p = path else { return }
        path = nil
        try? FileManager.default.removeItem(atPath: p)
    }
}
