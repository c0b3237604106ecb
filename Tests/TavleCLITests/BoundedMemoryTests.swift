import Foundation
import Testing
import TavleCore

/// Issue 29, point 4: the commands that read the whole journal (`check`, `log`, `log ID`,
/// `stats`, `purge --dry-run`, `backup`) stream it: their peak memory does not grow with it. The
/// journal here is made larger than the bound (about 160 MB of sealed, well-formed entries), and
/// each command's peak resident memory is read for its own process.
@Suite(.serialized) struct BoundedMemoryTests {
    /// Peak memory allowed (the 100 MB).
    static let bound = 100 * 1024 * 1024

    /// Runs `tavle args…` and returns its exit status and peak resident set in bytes. The peak is
    /// the kernel's high-water mark of that one process (VmHWM in /proc/PID/status), which a
    /// zombie no longer shows: it is taken from `wait4`'s rusage of the child (ru_maxrss, the
    /// same counter), by a small Python parent, so tests running beside it do not count.
    func peak(_ args: [String], scratch: Scratch) throws -> (status: Int32, bytes: Int, err: String) {
        let script = """
        import os, sys
        pid = os.fork()
        if pid == 0:
            out = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(out, 1)
            os.execv(sys.argv[2], sys.argv[2:])
        _, status, usage = os.wait4(pid, 0)
        print(os.waitstatus_to_exitcode(status), usage.ru_maxrss * 1024)
        """
        let bin = try #require(CLI.binary)
        let r = try CLI.run(program: "/usr/bin/python3", ["-c", script, scratch.path + "/out", bin] + args)
        let parts = r.out.split(separator: " ").map { String($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        guard r.status == 0, parts.count == 2, let status = Int32(parts[0]), let bytes = Int(parts[1]) else {
            throw CLIFailure("could not measure \(args): \(r)")
        }
        return (status, bytes, r.err)
    }

    /// Appends `count` sealed entries of `lineBytes` each to the demo team's journal: changes to
    /// the youths' warning field, three in four to `heavy` (so its own history alone is larger
    /// than the bound, and `log heavy` must stream it too), the rest spread over every youth.
    func growJournal(_ data: String, count: Int, lineBytes: Int, heavy: String) throws {
        let path = data + "/journal.jsonl"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let sample = try #require(text.split(separator: "\n").compactMap { line -> [String: Any]? in
            guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], o["target"] as? String == "youth" else { return nil }
            return o
        }.last)
        let ids = try FileManager.default.contentsOfDirectory(atPath: data + "/youths").filter { $0.hasSuffix(".json") }
            .map { String($0.dropLast(5)) }.sorted()
        var sealer = Chain.Sealer(after: Chain.head(of: path))
        let fd = open(path, O_WRONLY | O_APPEND)
        #expect(fd >= 0)
        defer { close(fd) }
        var out: [UInt8] = []
        let filler = String(repeating: "Lang merknad om oppfølging. ", count: lineBytes / 28)
        for i in 0..<count {
            var e = sample
            e["seal"] = nil
            e["id"] = i % 4 == 0 ? ids[(i / 4) % ids.count] : heavy
            e["action"] = "set"
            e["version"] = 1000 + i
            e["change"] = "bulk-\(i)"
            e["changes"] = [["field": "warning", "op": "set", "new": "\(i) " + filler]]
            sealer.add(try JSONSerialization.data(withJSONObject: e, options: [.sortedKeys, .withoutEscapingSlashes]), to: &out)
            if out.count > 8 << 20 || i == count - 1 {
                let written = out.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                #expect(written == out.count)
                out.removeAll(keepingCapacity: true)
            }
        }
    }

    @Test func commandsThatReadTheWholeJournalStayUnderTheBound() throws {
        let s = Scratch()
        try demoTeam(s)
        try growJournal(s.data, count: 10_000, lineBytes: 16 * 1024, heavy: "noah")
        let size = FileIO.status(s.data + "/journal.jsonl").map { Int($0.st_size) } ?? 0
        #expect(size > 150 * 1024 * 1024, "a journal larger than the bound: \(size) bytes")
        let d = ["--data", s.data]
        let runs: [[String]] = [["check"] + d, ["log"] + d, ["log", "noah"] + d, ["log", "noah"] + d, ["stats"] + d,
                                ["purge", "--dry-run"] + d, ["backup", s.path + "/backup.json"] + d]
        var offsetsInode: ino_t?
        for (k, args) in runs.enumerated() {
            let r = try peak(args, scratch: s)
            // The second `log noah` goes by the offsets the first wrote: a scan would write them anew.
            if k == 2 { offsetsInode = FileIO.status(s.data + "/journal.offsets")?.st_ino }
            if k == 3 { #expect(offsetsInode != nil && FileIO.status(s.data + "/journal.offsets")?.st_ino == offsetsInode, "the second `log noah` read the journal through") }
            // `check` finds the warnings the files do not have (exit 2, problems found); the rest succeed.
            #expect(r.status == 0 || (args[0] == "check" && r.status == 2), "\(args): exit \(r.status) \(r.err)")
            #expect(r.bytes < BoundedMemoryTests.bound, "\(args.prefix(2)): peak \(r.bytes / (1024 * 1024)) MB with a \(size / (1024 * 1024)) MB journal")
        }
        #expect(FileIO.status(s.data + "/journal.offsets") != nil, "`log noah` left the journal's offsets")
    }

    /// Writes `count` copies of the demo's noah, each with a warning of about 36 KB: a field the
    /// statistics keep of a youth (`TeamStats.kept` drops notes, not warnings).
    func addHeavyYouths(_ data: String, count: Int, from first: Int) throws {
        let noah = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: data + "/youths/noah.json"))) as? [String: Any])
        for i in first..<(first + count) {
            var y = noah
            y["id"] = "big\(i)"
            y["warning"] = String(repeating: "Lang advarsel \(i). ", count: 2000)
            let bytes = [UInt8](try JSONSerialization.data(withJSONObject: y))
            let fd = open(data + "/youths/big\(i).json", O_WRONLY | O_CREAT | O_EXCL, 0o600)
            #expect(fd >= 0)
            #expect(bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == bytes.count)
            close(fd)
        }
    }

    /// `stats` and `caseload` count each youth as they read it (`Store.teamStats`,
    /// `Store.caseload`): a thousand more youths, each keeping 36 KB the figures read, leave their
    /// peak memory where it was. Holding them (as `stats` did before, 79 → 123 MB from 1,000 to
    /// 2,000 such youths in a debug build) adds about 44 MB.
    @Test func countsOverEveryYouthDoNotGrowWithTheYouths() throws {
        let s = Scratch()
        try demoTeam(s)
        var peaks: [String: [Int]] = [:], active: [Int] = [], primaries: [Int] = []
        for round in 0..<2 {
            try addHeavyYouths(s.data, count: 1000, from: round * 1000)
            for command in ["stats", "caseload"] {
                let r = try peak([command, "--json", "--data", s.data], scratch: s)
                #expect(r.status == 0, "\(command): exit \(r.status) \(r.err)")
                let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: s.path + "/out"))) as? [String: Any]
                if command == "stats" {
                    active.append(try #require((json?["boardShare"] as? [String: Any])?["active"] as? Int))
                } else {
                    let staff = try #require(json?["staff"] as? [[String: Any]])
                    primaries.append(staff.reduce(0) { n, m in
                        n + ((m["primary"] as? [String: Any])?["caseManagement"] as? Int ?? 0) + ((m["primary"] as? [String: Any])?["board"] as? Int ?? 0)
                    })
                }
                peaks[command, default: []].append(r.bytes)
            }
        }
        #expect(active[1] - active[0] == 1000, "stats counted every youth added: \(active)")
        #expect(primaries[1] - primaries[0] == 1000, "caseload counted every youth added (noah's primary contact): \(primaries)")
        for (command, p) in peaks.sorted(by: { $0.key < $1.key }) {
            #expect(p[1] - p[0] < 12 * 1024 * 1024, "\(command): peak \(p[0] / (1024 * 1024)) MB with 1,000 heavy youths, \(p[1] / (1024 * 1024)) MB with 2,000")
        }
    }
}
