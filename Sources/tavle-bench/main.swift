// tavle-bench: prints the figures of tavle's performance targets (docs/performance.md).
//   swift run -c release tavle-bench [--dir DIR] [--youths N] [--years Y]
// Measures on the real disk, with every write as safe as in use (fsync included).
import Foundation
import TavleCore
#if canImport(Glibc)
import Glibc
#endif

struct Options {
    var dir = FileManager.default.currentDirectoryPath + "/.build-bench"
    var youths = 10_000
    var years = 3
    var repetitions = 7

    init(_ args: [String]) {
        var it = args.dropFirst().makeIterator()
        while let a = it.next() {
            switch a {
            case "--dir": dir = it.next() ?? dir
            case "--youths": youths = Int(it.next() ?? "") ?? youths
            case "--years": years = Int(it.next() ?? "") ?? years
            case "--repetitions": repetitions = Int(it.next() ?? "") ?? repetitions
            case "--help", "-h":
                print("usage: tavle-bench [--dir DIR] [--youths N] [--years Y] [--repetitions R]"); exit(0)
            default: FileHandle.standardError.write(Data("unknown option \(a)\n".utf8)); exit(1)
            }
        }
    }
}

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    var t0 = timespec(), t1 = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t0)
    try body()
    clock_gettime(CLOCK_MONOTONIC, &t1)
    return Double(t1.tv_sec - t0.tv_sec) * 1000 + Double(t1.tv_nsec - t0.tv_nsec) / 1_000_000
}

func median(_ xs: [Double]) -> Double { let s = xs.sorted(); return s.isEmpty ? 0 : s[s.count / 2] }

func peakMemoryMB() -> Double {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = s.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
    let kb = Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    return kb / 1024
}

let options = Options(CommandLine.arguments)
let today = Day(parsing: "2026-11-22")!
let env = ["TAVLE_TODAY": today.iso]
let actor = Actor(staff: "s0", unixUser: Session.currentUnixUser())

/// A generated directory per size, kept between runs (generation takes a while at 10,000).
func dataDirectory(youths: Int) throws -> Store {
    let root = "\(options.dir)/youths-\(youths)-years-\(options.years)"
    if FileIO.status(root + "/team.json") != nil { return try Store(root: root, environment: env) }
    try? FileManager.default.removeItem(atPath: root)
    try FileManager.default.createDirectory(atPath: options.dir, withIntermediateDirectories: true)
    print("generating \(youths) youths over \(options.years) years in \(root) …")
    return try Generator.generate(root: root, youths: youths, years: options.years, seed: 42, today: today, actor: actor, environment: env)
}

func row(_ name: String, _ value: String) { print(name.padding(toLength: 48, withPad: " ", startingAt: 0) + " " + value) }

do {
    for n in [100, options.youths] {
        let store = try dataDirectory(youths: n)
        _ = try store.loadBoard(today: today)   // the index exists after the first load
        var loads: [Double] = [], boards: [Double] = []
        for _ in 0..<options.repetitions {
            var data: BoardData?
            loads.append(try milliseconds { data = try store.loadBoard(today: today) })
            boards.append(milliseconds { _ = Board(team: data!.team, youths: data!.youths, today: today) })
        }
        row("load the board (index), \(n) youths", String(format: "%.1f ms", median(loads)))
        row("build the board (rules, sort), \(n) youths", String(format: "%.1f ms", median(boards)))
        let ids = try store.youthIDs().ids
        var updates: [Double] = []
        for i in 0..<options.repetitions * 3 {
            let id = ids[(i * 7919) % ids.count]
            updates.append(try milliseconds {
                try store.updateYouth(id, actor: actor, action: "note") {
                    try $0.addNote("Benchmark note \(i)", kind: .note, by: actor.staff, at: Clock.now(zone: TimeZone(identifier: "Europe/Oslo")!))
                }
            })
        }
        row("one update (a note, fsync), \(n) youths", String(format: "%.1f ms", median(updates)))
    }
    row("peak memory (resident)", String(format: "%.1f MB", peakMemoryMB()))
} catch let e as TavleError {
    FileHandle.standardError.write(Data((e.message(.en) + "\n").utf8)); exit(2)
}
