// tavle-bench: prints the figures of tavle's performance targets (docs/performance.md).
//   swift run -c release tavle-bench [--dir DIR] [--youths N] [--years Y] [--repetitions R]
// Measures on the real disk (DIR, default .build-bench), with every write as safe as in use
// (fsync included). Each size is measured in a child process of its own, so its peak memory is
// what a board of that size needs (data generation runs in another child and is not counted).
// The command-line side by side with Taskwarrior is scripts/bench-compare.sh.
import Foundation
import TavleCore
import TavleUI
#if canImport(Glibc)
import Glibc
#endif

struct Options {
    var dir = FileManager.default.currentDirectoryPath + "/.build-bench"
    var youths = 10_000
    var years = 3
    var repetitions = 7
    /// Internal: `--generate ROOT N` and `--measure ROOT` run in the children.
    var generate: (root: String, youths: Int)?
    var measure: String?
    /// `--first-frame ROOT`: only the board's first frame, in this fresh process (to profile it,
    /// or to run it several times, each cold).
    var firstFrame: String?

    init(_ args: [String]) {
        var it = args.dropFirst().makeIterator()
        func next() -> String { it.next() ?? "" }
        while let a = it.next() {
            switch a {
            case "--dir": dir = next()
            case "--youths": youths = Int(next()) ?? youths
            case "--years": years = Int(next()) ?? years
            case "--repetitions": repetitions = max(1, Int(next()) ?? repetitions)
            case "--generate": let root = next(); generate = (root, Int(next()) ?? 0)
            case "--measure": measure = next()
            case "--first-frame": firstFrame = next()
            case "--help", "-h":
                print("usage: tavle-bench [--dir DIR] [--youths N] [--years Y] [--repetitions R] | --first-frame DIR"); exit(0)
            default: FileHandle.standardError.write(Data("tavle-bench: unknown option \(a)\n".utf8)); exit(1)
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
func percentile(_ xs: [Double], _ p: Double) -> Double {
    let s = xs.sorted(); return s.isEmpty ? 0 : s[min(s.count - 1, Int(Double(s.count) * p))]
}

func peakMemoryMB() -> Double {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = s.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
    let kb = Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    return kb / 1024
}

func row(_ name: String, _ value: String) {
    print(name.padding(toLength: 52, withPad: " ", startingAt: 0) + " " + value)
    fflush(nil)
}
func ms(_ x: Double) -> String { String(format: "%.2f ms", x) }

let options = Options(CommandLine.arguments)
let today = Day(parsing: "2026-11-22")!
setenv("TAVLE_TODAY", today.iso, 1)
setenv("TAVLE_LANG", "nb", 1)
let env = ProcessInfo.processInfo.environment
let actor = Actor(staff: "s0", unixUser: Session.currentUnixUser())

/// Runs this program again with `arguments` and waits; false when it failed.
func child(_ arguments: [String]) -> Bool {
    let argv = [CommandLine.arguments[0]] + arguments
    let cArgs = argv.map { strdup($0) } + [nil]
    defer { cArgs.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, argv[0], nil, nil, cArgs, environ) == 0 else { return false }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return status == 0
}

/// The first frame of the terminal board: open the directory, load the board, build it, render
/// 80×24 (what `tavle` does before the first paint).
func firstFrame(root: String) throws -> (BoardSession, Double) {
    var board: BoardSession?
    let first = try milliseconds {
        let session = try Session.open(dataFlag: root, langFlag: nil, actAs: nil, environment: env)
        board = BoardSession(session: session, shared: false, width: 80, height: 24)
        _ = board!.screen
    }
    return (board!, first)
}

/// Everything measured on one data directory, in this process.
func measure(root: String) throws {
    let n = try Store(root: root, environment: env).youthIDs().ids.count
    // A directory without an index (fresh from the generator, or restored without it): the
    // first open reads every youth file once and writes the index. It happens once.
    let indexPath = root + "/index.json"
    if FileIO.status(indexPath) == nil {
        let once = try milliseconds { _ = try Store(root: root, environment: env).loadBoard(today: today) }
        row("first open without an index (once), \(n) youths", ms(once))
    }
    let (board, first) = try firstFrame(root: root)
    row("first frame of the board, \(n) youths", ms(first))

    let store = try Store(root: root, environment: env)
    var loads: [Double] = [], builds: [Double] = []
    for _ in 0..<options.repetitions {
        var data: BoardData?
        // As the board loads it: the index's summaries, without the open decisions' texts.
        loads.append(try milliseconds { data = try store.loadBoard(today: today, openDecisions: false) })
        builds.append(milliseconds { _ = Board(team: data!.team, youths: data!.youths, today: today) })
    }
    row("load the board (index + journal tail), \(n) youths", ms(median(loads)))
    row("build the board (rules, sort), \(n) youths", ms(median(builds)))

    // One frame, and a navigation key press to its new frame (update + render of what is visible).
    let b = board
    b.resize(width: 120, height: 40)
    var frames: [Double] = [], presses: [Double] = []
    for _ in 0..<max(50, options.repetitions) { frames.append(milliseconds { _ = b.screen }) }
    for i in 0..<400 {
        presses.append(milliseconds {
            b.key(i % 100 < 50 ? .down : .up)
            _ = b.screen
        })
    }
    row("render one frame 120×40, \(n) youths", ms(median(frames)))
    row("key press (↓/↑) to new frame, \(n) youths", ms(median(presses)) + String(format: " (p99 %.2f ms)", percentile(presses, 0.99)))

    // A page at a time (PgDn/PgUp), a turn of the mouse wheel, and the incremental search: each
    // key as the loop handles it (the key, then the frame painted after it).
    func timed(_ keys: [Key], rounds: Int) -> [Double] {
        var out: [Double] = []
        for _ in 0..<rounds {
            for k in keys { out.append(milliseconds { b.key(k); _ = b.screen }) }
        }
        return out
    }
    func report(_ name: String, _ xs: [Double]) {
        row(name + ", \(n) youths", ms(median(xs)) + String(format: " (p99 %.2f ms)", percentile(xs, 0.99)))
    }
    b.key(.char("g"))
    _ = b.screen
    report("PgDn/PgUp to new frame", timed(Array(repeating: Key.pageDown, count: 5) + Array(repeating: Key.pageUp, count: 5), rounds: 20))
    let wheel = [MouseEvent.Kind.wheelDown, .wheelDown, .wheelUp, .wheelUp].map { Key.mouse(MouseEvent($0, x: 10, y: 10)) }
    report("mouse wheel notch to new frame", timed(wheel, rounds: 50))
    // "/oekland", letter by letter (each narrows the board and selects the first match), then
    // Ctrl-U and Esc: the first letter after a load also folds every name once.
    let search = [Key.char("/")] + "oekland".map { Key.char($0) } + [.ctrl("u"), .escape]
    var firstLetter: [Double] = [], letters: [Double] = []
    for round in 0..<20 {
        if round > 0 { for a in b.runner.perform(.reload) { b.send(a) } }   // a fresh board: names folded again
        let xs = timed(search, rounds: 1)
        firstLetter.append(xs[1])
        letters += xs.dropFirst(2)
    }
    report("search, 1st letter after a load, to frame", firstLetter)
    report("search, each further key, to frame", letters)

    // One update (a note), fsynced as in use, in process (the CLI's is in bench-compare.sh).
    let ids = try store.youthIDs().ids
    var updates: [Double] = []
    for i in 0..<options.repetitions * 3 {
        let id = ids[(i * 7919) % ids.count]
        updates.append(try milliseconds {
            try store.apply(.note(text: "Benchmark note \(i)", kind: .note), to: id, actor: actor)
        })
    }
    row("one update (a note, fsync), \(n) youths", ms(median(updates)))
    // One access-log entry (a read of a youth's data is logged, fsynced), as `show` writes it.
    var reads: [Double] = []
    for i in 0..<options.repetitions * 3 {
        let id = ids[(i * 7919) % ids.count]
        reads.append(try milliseconds {
            try store.logAccess(AccessEntry(at: Clock.now(zone: TimeZone(identifier: "Europe/Oslo")!, environment: env), staff: actor.staff,
                                            user: actor.unixUser, youth: id, how: "show"))
        })
    }
    row("one access-log entry (fsync), \(n) youths", ms(median(reads)))
    // Another process's change reaching a running board (the watcher wakes the next tick).
    let other = ids[ids.count / 2]
    try store.apply(.status(.worried, why: "benchmark"), to: other, actor: actor)
    var seen = 0.0
    let deadline = Date().addingTimeInterval(2)
    let t0 = Date()
    while Date() < deadline {
        if b.tick() { seen = Date().timeIntervalSince(t0) * 1000; break }
        usleep(10_000)
    }
    row("another process's change on the board, \(n) youths", seen > 0 ? ms(seen) + " + at most one 250 ms tick" : "not seen within 2 s")
    row("peak memory (resident), \(n) youths", String(format: "%.1f MB", peakMemoryMB()))
}

do {
    if let g = options.generate {
        _ = try Generator.generate(root: g.root, youths: g.youths, years: options.years, seed: 42, today: today,
                                   actor: actor, environment: env)
        exit(0)
    }
    if let root = options.firstFrame {
        let n = try Store(root: root, environment: env).youthIDs().ids.count
        row("first frame of the board, \(n) youths", ms(try firstFrame(root: root).1))
        exit(0)
    }
    if let root = options.measure {
        try measure(root: root)
        exit(0)
    }
    print("tavle-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, data in \(options.dir), \(options.years) years, \(options.repetitions) repetitions (medians)")
    try FileManager.default.createDirectory(atPath: options.dir, withIntermediateDirectories: true)
    for n in [100, options.youths] {
        let root = "\(options.dir)/youths-\(n)-years-\(options.years)"
        if FileIO.status(root + "/team.json") == nil {
            try? FileManager.default.removeItem(atPath: root)
            print("generating \(n) youths over \(options.years) years in \(root) …")
            guard child(["--generate", root, String(n), "--years", String(options.years)]) else { exit(2) }
        }
        guard child(["--measure", root, "--repetitions", String(options.repetitions)]) else { exit(2) }
    }
} catch let e as TavleError {
    FileHandle.standardError.write(Data((e.message(.en) + "\n").utf8)); exit(2)
}
