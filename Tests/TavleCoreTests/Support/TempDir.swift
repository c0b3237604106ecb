import Foundation
@testable import TavleCore

/// A fresh temporary directory, removed when the value is released.
final class TempDir {
    let path: String
    init() {
        let base = FileManager.default.temporaryDirectory.path + "/tavle-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        path = base
    }
    deinit { try? FileManager.default.removeItem(atPath: path) }
}

let fixedToday = Day(year: 2026, month: 11, day: 22)!
let testEnv = ["TAVLE_TODAY": "2026-11-22"]
let leader = Actor(staff: "ingrid", unixUser: "tester")

/// A data directory with the demo team, for store tests.
func demoStore(_ dir: TempDir) throws -> Store {
    try Demo.install(at: dir.path + "/data", today: fixedToday, user: Session.currentUnixUser(), environment: testEnv)
}
