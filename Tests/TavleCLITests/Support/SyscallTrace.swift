import Foundation
import Testing

/// A tavle command run under `strace`, and what the kernel saw it read: every file it opened and
/// the bytes it read from each. A shape test with this cannot be fooled by a read path that
/// tavle's own counter (`FileIO.readCounter`) does not see, or by a front end that reads more
/// than the core function a unit test calls.
struct SyscallTrace {
    static let strace = "/usr/bin/strace"
    /// strace is installed and may trace here (a sandbox can deny ptrace).
    static let available: Bool = {
        guard FileManager.default.isExecutableFile(atPath: strace) else { return false }
        return (try? CLI.run(program: strace, ["-qq", "-e", "trace=none", "/bin/true"]))?.status == 0
    }()

    let result: CLI.Result
    /// The files opened, resolved paths, in order (directories included).
    let opened: [String]
    /// Bytes read (`read`, `pread64`, `readv`, `preadv`) by resolved path.
    let bytesRead: [String: Int]

    /// The youth files among `opened`.
    var youthFiles: [String] { opened.filter { $0.contains("/youths/") && $0.hasSuffix(".json") } }

    /// Bytes read from the file whose path ends with `suffix` (e.g. `/journal.jsonl`).
    func bytes(endingWith suffix: String) -> Int {
        bytesRead.reduce(0) { $0 + ($1.key.hasSuffix(suffix) ? $1.value : 0) }
    }

    static func run(_ args: [String], scratch: Scratch, env: [String: String] = [:]) throws -> SyscallTrace {
        let bin = try #require(CLI.binary)
        let log = scratch.path + "/strace-" + UUID().uuidString + ".txt"
        // -y: every file descriptor shown with its path; -s 0: no data; -f: the worker threads too.
        let r = try CLI.run(program: strace, ["-f", "-qq", "-y", "-s", "0", "-e", "trace=open,openat,read,pread64,readv,preadv,preadv2",
                                              "-o", log, bin] + args, env: env)
        let text = try String(contentsOfFile: log, encoding: .utf8)
        try? FileManager.default.removeItem(atPath: log)
        var opened: [String] = [], bytes: [String: Int] = [:]
        // With -f a call can be cut in two ("<unfinished ...>", then "<... read resumed>").
        var pending: [Substring: (call: Substring, fdPath: String?)] = [:]
        for line in text.split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { continue }
            let pid = line[..<space]
            var rest = line[space...].drop(while: { $0 == " " })
            var call: Substring, fdPath: String?
            if rest.hasPrefix("<... ") {
                guard let before = pending.removeValue(forKey: pid) else { continue }
                (call, fdPath) = before
                guard let close = rest.range(of: "resumed>") else { continue }
                rest = rest[close.upperBound...]
            } else {
                guard let open = rest.firstIndex(of: "(") else { continue }
                call = rest[..<open]
                fdPath = SyscallTrace.firstFDPath(rest[rest.index(after: open)...])
                if rest.hasSuffix("<unfinished ...>") { pending[pid] = (call, fdPath); continue }
            }
            guard let eq = rest.range(of: " = ", options: .backwards) else { continue }
            let value = rest[eq.upperBound...]
            switch call {
            case "open", "openat":
                if let lt = value.firstIndex(of: "<"), let gt = value.lastIndex(of: ">"), lt < gt {
                    opened.append(String(value[value.index(after: lt)..<gt]))
                }
            case "read", "pread64", "readv", "preadv", "preadv2":
                if let fdPath, let n = Int(value.prefix(while: \.isNumber)), n > 0 { bytes[fdPath, default: 0] += n }
            default:
                break
            }
        }
        return SyscallTrace(result: r, opened: opened, bytesRead: bytes)
    }

    /// The path strace -y shows for a call's first argument when it is a file descriptor (`3</a/b>`).
    private static func firstFDPath(_ args: Substring) -> String? {
        let digits = args.prefix(while: \.isNumber)
        guard !digits.isEmpty else { return nil }
        let after = args[digits.endIndex...]
        guard after.first == "<", let gt = after.firstIndex(of: ">") else { return nil }
        return String(after[after.index(after: after.startIndex)..<gt])
    }
}
