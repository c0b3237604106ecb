import ArgumentParser
import Foundation
import TavleCore

/// `tavle demo [--dir DIR]`: the bundled demo team in a throw-away directory (or DIR, kept).
struct DemoCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "demo", abstract: L.t(.helpDemoAbstract), discussion: L.t(.helpDemoDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var board: BoardOptions
    @Option(help: ArgumentHelp(L.t(.optDemoDir), valueName: "DIR")) var dir: String?

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        let root: String
        if let d = dir {
            root = try DataLocation.resolve(flag: d, environment: env)
        } else {
            root = try TemporaryDemo.make()
        }
        defer { TemporaryDemo.remove() }
        let me = Session.currentUnixUser()
        let today = Clock.today(zone: TimeZone(identifier: "Europe/Oslo") ?? .current, environment: env)
        try Demo.install(at: root, today: today, user: me, userName: Session.realName(of: me))
        let session = try Session.open(dataFlag: root, langFlag: globals.lang, actAs: nil)
        L.lang = session.language
        if let code = try openBoard(session: session, shared: board.shared, mouse: !board.noMouse) {
            if code != 0 { throw ExitCode(code) }
            return
        }
        let data = try session.store.loadBoard(today: session.today)
        BoardListing.print(data, session: session, names: !board.shared, dueOnly: false, mode: nil)
        Console.out()
        Console.out(dir == nil ? L.t(.demoTemporary) : L.t(.demoKept, Format.safe(root)))
    }
}

/// The throw-away demo directory, removed when tavle exits (also through `exit`).
enum TemporaryDemo {
    nonisolated(unsafe) static var path: String?

    static func make() throws -> String {
        var template = Array((NSTemporaryDirectory() + "/tavle-demo-XXXXXX").utf8CString)
        guard let p = mkdtemp(&template) else { throw TavleError.io(path: NSTemporaryDirectory(), operation: "mkdtemp", errno: errno) }
        let base = String(cString: p)
        path = base
        atexit { TemporaryDemo.remove() }
        // The store creates the data directory itself inside the private temporary one.
        return base + "/data"
    }

    static func remove() {
        guard let p = path else { return }
        path = nil
        try? FileManager.default.removeItem(atPath: p)
    }
}
