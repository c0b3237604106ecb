import Foundation
import Testing
import TavleCore
@testable import TavleUI

/// The day the demo's dates are anchored to, so every render is the same.
let demoToday = Day(year: 2026, month: 11, day: 22)!

/// The bundled demo team as a board, without touching disk.
func demoBoard(today: Day = demoToday) throws -> Board {
    let (team, youths) = try Demo.load(today: today)
    return Board(team: team, youths: youths, today: today)
}

/// A board state on the demo team, as a clinician (Ingrid, the leader) sees it.
func demoState(_ lang: Language = .nb, shared: Bool = false, width: Int = 80, height: Int = 24) throws -> AppState {
    var s = AppState(board: try demoBoard(), language: lang, shared: shared, actorStaff: "ingrid")
    s.width = width
    s.height = height
    return s
}

func render(_ s: AppState) -> Screen { BoardApp.view(s, width: s.width, height: s.height) }

/// Presses keys one after the other through the keymap and `update`; returns the last effects.
/// Each key comes after a frame, as in the real loop: the view's report of it (scroll limits,
/// page size, what is where) is in the state when the key acts.
@discardableResult
func press(_ s: inout AppState, _ keys: Key...) -> [Effect] {
    var effects: [Effect] = []
    for k in keys {
        _ = BoardApp.present(&s)
        guard let a = Keymap.action(for: k, in: s) else { effects = []; continue }
        (s, effects) = BoardApp.update(s, a)
    }
    return effects
}

/// Types text into whatever has the keyboard (a dialog field, the search line).
func type(_ s: inout AppState, _ text: String) {
    for ch in text { press(&s, .char(ch)) }
}

/// Selects a youth by id, as if the user had moved there.
func select(_ s: inout AppState, _ id: String) {
    s.selectedID = id
}

extension Screen {
    func contains(_ needle: String) -> Bool { text.contains(needle) }
    /// The first row whose text contains `needle`.
    func row(containing needle: String) -> Int? { (0..<height).first { line($0).contains(needle) } }
}

/// Readable text snapshots beside the tests; `TAVLE_RECORD=1` (or a missing file) records them.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")
    static var recording: Bool { ProcessInfo.processInfo.environment["TAVLE_RECORD"] == "1" }

    static func check(_ screen: Screen, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        // Trailing spaces are cut so the files stay readable and diff cleanly.
        let text = (0..<screen.height).map { screen.line($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            .joined(separator: "\n") + "\n"
        let url = directory.appendingPathComponent(name + ".txt")
        if recording || !FileManager.default.fileExists(atPath: url.path) {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            if !recording { Issue.record("Recorded a new snapshot \(name).txt; check it and run again", sourceLocation: sourceLocation) }
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "Snapshot \(name) differs; if the change is right, re-record with TAVLE_RECORD=1.\n\(text)",
                sourceLocation: sourceLocation)
    }
}

/// A data directory with the demo team in a temporary directory, removed when released.
final class DemoDirectory {
    let path: String
    let dataPath: String
    init() throws {
        path = FileManager.default.temporaryDirectory.path + "/tavle-ui-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        dataPath = path + "/data"
        try Demo.install(at: dataPath, today: demoToday, user: Session.currentUnixUser(), environment: DemoDirectory.env)
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    static let env = ["TAVLE_TODAY": "2026-11-22", "HOME": NSTemporaryDirectory()]

    func session(_ lang: Language = .nb) throws -> Session {
        try Session.open(dataFlag: dataPath, langFlag: lang.rawValue, actAs: nil, environment: DemoDirectory.env)
    }
}

/// A generated team of `count` youths (`Generator`, the data of `tavle dev generate` and the
/// benchmark), on the demo's day, as a clinician sees it: most in case management, about a fifth
/// on the board, many sharing first names (there are four Mathiases in every hundred).
func generatedState(count: Int = 200, width: Int = 80, height: Int = 24, shared: Bool = false) -> AppState {
    var team = Team(name: "Generert team")
    team.staff = (0..<10).map { StaffMember(id: "s\($0)", initials: "S\($0)", name: "Ansatt \($0)", role: $0 == 0 ? .leader : .caseManager) }
    let youths = Generator.youths(count: count, years: 1, today: demoToday, seed: 42, staff: team.staff.map(\.id))
    var s = AppState(board: Board(team: team, youths: youths, today: demoToday), language: .nb, shared: shared, actorStaff: "s0")
    s.width = width
    s.height = height
    return s
}
