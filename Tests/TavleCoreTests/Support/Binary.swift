import Foundation

/// The built `tavle` executable beside the test bundle, for tests that need real processes.
enum TavleBinary {
    static var path: String? {
        // `TAVLE_BIN` runs these tests against another build (e.g. one from before a fix).
        if let env = ProcessInfo.processInfo.environment["TAVLE_BIN"], FileManager.default.isExecutableFile(atPath: env) { return env }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("tavle").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    /// Runs a shell script with `TAVLE` set to the binary; returns its exit status and output.
    @discardableResult
    static func sh(_ script: String, env extra: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", script]
        var env = ProcessInfo.processInfo.environment
        env["TAVLE"] = path ?? "tavle-not-built"
        env["TAVLE_TODAY"] = "2026-11-22"
        env["TAVLE_LANG"] = "en"
        for (k, v) in extra { env[k] = v }
        p.environment = env
        // Output through files, not pipes: reading one pipe to its end while the other fills up
        // would deadlock on a command that says a lot on stderr.
        let base = FileManager.default.temporaryDirectory.path + "/tavle-sh-" + UUID().uuidString
        // Private (0600): tavle refuses to print youth data to a file others can read (issue 25).
        _ = FileManager.default.createFile(atPath: base + ".out", contents: nil, attributes: [.posixPermissions: 0o600])
        _ = FileManager.default.createFile(atPath: base + ".err", contents: nil, attributes: [.posixPermissions: 0o600])
        defer { unlink(base + ".out"); unlink(base + ".err") }
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: base + ".err"))
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try out.close()
        try err.close()
        let o = (try? Data(contentsOf: URL(fileURLWithPath: base + ".out"))) ?? Data()
        let e = (try? Data(contentsOf: URL(fileURLWithPath: base + ".err"))) ?? Data()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }
}
