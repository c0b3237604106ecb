import Foundation
import Testing

/// The real, built `tavle` executable, run as a user runs it.
enum CLI {
    /// The binary beside the test bundle (works with `swift test` and `--scratch-path`), or
    /// `$TAVLE_BIN`.
    static let binary: String? = {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["TAVLE_BIN"], fm.isExecutableFile(atPath: env) { return env }
        var starts = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
                      Bundle.main.bundleURL.deletingLastPathComponent(), Bundle.main.bundleURL]
        starts = starts.map { $0.standardizedFileURL }
        for start in starts {
            var dir = start
            for _ in 0..<4 {
                let candidate = dir.appendingPathComponent("tavle").path
                var isDir: ObjCBool = false
                if fm.fileExists(atPath: candidate, isDirectory: &isDir), !isDir.boolValue, fm.isExecutableFile(atPath: candidate) {
                    return candidate
                }
                dir = dir.deletingLastPathComponent()
            }
        }
        return nil
    }()

    struct Result: CustomStringConvertible {
        let status: Int32
        let out: String
        let err: String
        var description: String { "exit \(status)\n--- stdout\n\(out)--- stderr\n\(err)" }

        /// stdout parsed as JSON.
        func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(out.utf8)) }

        func jsonArray() throws -> [[String: Any]] {
            guard let a = try json() as? [[String: Any]] else { throw CLIFailure("not a JSON array:\n\(out)") }
            return a
        }

        func jsonObject() throws -> [String: Any] {
            guard let o = try json() as? [String: Any] else { throw CLIFailure("not a JSON object:\n\(out)") }
            return o
        }
    }

    /// The environment every run starts from: a pinned day and moment (09:00 on Sunday
    /// 22.11.2026), no inherited tavle settings.
    static func baseEnvironment() -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        for k in ["TAVLE_DATA", "TAVLE_LANG", "SUDO_USER", "COLUMNS", "NO_COLOR"] { env[k] = nil }
        env["TAVLE_TODAY"] = "2026-11-22"
        env["TAVLE_NOW"] = "2026-11-22T09:00:00+01:00"
        // A server's own /etc/tavle/config.json never reaches a test.
        env["TAVLE_CONFIG"] = "/nonexistent/tavle-test-config.json"
        return env
    }

    /// Runs `tavle args…` and waits for it.
    @discardableResult
    static func run(_ args: [String], env extra: [String: String] = [:], stdin: String? = nil) throws -> Result {
        guard let binary else { throw CLIFailure("the tavle executable is not built next to the tests (set TAVLE_BIN)") }
        return try run(program: binary, args, env: extra)
    }

    /// Runs any program (a script, `runuser`) with the same pinned environment.
    @discardableResult
    static func run(program: String, _ args: [String], env extra: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = args
        var env = baseEnvironment()
        for (k, v) in extra { env[k] = v }
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        // Read both pipes concurrently so a full stderr pipe cannot block the child.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readAllRetryingInterrupts(); group.leave() }
        let outData = out.fileHandleForReading.readAllRetryingInterrupts()
        group.wait()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                      err: String(decoding: errData, as: UTF8.self))
    }
}

struct CLIFailure: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

/// A fresh temporary directory, removed when released.
final class Scratch {
    let path: String

    init() {
        path = FileManager.default.temporaryDirectory.path + "/tavle-cli-test-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// A data directory path inside it (not created).
    var data: String { path + "/data" }

    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let p = path + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: p))
        return p
    }

    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }
}

/// A demo team in `scratch.data`, created through `tavle init --demo`.
@discardableResult
func demoTeam(_ scratch: Scratch) throws -> CLI.Result {
    let r = try CLI.run(["init", "--demo", "--data", scratch.data])
    guard r.status == 0 else { throw CLIFailure("init --demo failed: \(r)") }
    return r
}

/// An empty team where the user running the tests is the leader.
@discardableResult
func emptyTeam(_ scratch: Scratch) throws -> CLI.Result {
    let r = try CLI.run(["init", "--data", scratch.data, "--team", "Testteam"])
    guard r.status == 0 else { throw CLIFailure("init failed: \(r)") }
    return r
}

/// Lines in the journal, to show that a refused command wrote nothing.
func journalLines(_ scratch: Scratch) -> Int {
    ((try? String(contentsOfFile: scratch.data + "/journal.jsonl", encoding: .utf8)) ?? "").split(separator: "\n").count
}

/// Youth objects of `tavle list --json`.
func listJSON(_ scratch: Scratch) throws -> [[String: Any]] {
    let r = try CLI.run(["list", "--json", "--data", scratch.data])
    guard r.status == 0 else { throw CLIFailure("list --json failed: \(r)") }
    return try r.jsonArray()
}

/// The current Unix user, as tavle sees it.
let currentUser: String = {
    if let pw = getpwuid(geteuid()), let n = pw.pointee.pw_name { return String(cString: n) }
    return ProcessInfo.processInfo.environment["USER"] ?? "unknown"
}()
