import Foundation
import Testing
@testable import TavleCore

/// A bad youth file is reported by its path with what is wrong, every other youth still loads,
/// and the bad file is never overwritten.
@Suite struct BadFileTests {
    func corrupt(_ bytes: [UInt8]) throws -> (Store, BoardData, [UInt8]) {
        let dir = TempDir()
        let store = try demoStore(dir)
        let path = store.youthPath("noah")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        try? FileManager.default.removeItem(atPath: store.indexPath)
        let data = try store.loadBoard(today: fixedToday)
        // Keep the directory alive for the caller's checks.
        BadFileTests.keep.append(dir)
        return (store, data, try FileIO.read(path))
    }

    nonisolated(unsafe) static var keep: [TempDir] = []

    func expectReported(_ bytes: [UInt8], _ fragment: String) throws {
        let (store, data, after) = try corrupt(bytes)
        #expect(data.youths.count == 13, "every other youth still loads")
        #expect(data.problems.count == 1)
        let message = data.problems.first?.error.message(.en) ?? ""
        #expect(message.contains(store.youthPath("noah")), "names the file: \(message)")
        #expect(message.contains(fragment), "says what is wrong: \(message)")
        #expect(after == bytes, "the bad file is untouched")
        // A write to the bad youth is refused and leaves the file as it was.
        #expect(throws: TavleError.self) {
            try store.updateYouth("noah", actor: leader, action: "status") { $0.setStatus(.crisis) }
        }
        #expect(try FileIO.read(store.youthPath("noah")) == bytes)
    }

    @Test func emptyFile() throws { try expectReported([], "empty") }
    @Test func notJSON() throws { try expectReported(Array("hello".utf8), "not valid JSON") }
    @Test func truncatedJSON() throws { try expectReported(Array("{\"schema\": 1, \"id\": \"no".utf8), "not valid JSON") }
    @Test func notUTF8() throws { try expectReported([0x7B, 0xFF, 0xFE, 0x7D], "not UTF-8") }
    @Test func nulBytes() throws { try expectReported([UInt8](repeating: 0, count: 64), "NUL") }
    @Test func wrongType() throws {
        try expectReported(Array(#"{"schema": 1, "id": "noah", "version": "seven"}"#.utf8), "version")
    }
    @Test func missingField() throws {
        try expectReported(Array(#"{"schema": 1, "id": "noah", "version": 1}"#.utf8), "missing")
    }
    @Test func futureSchema() throws {
        try expectReported(Array(#"{"schema": 99, "id": "noah"}"#.utf8), "newer tavle")
    }
    @Test func deepNesting() throws {
        try expectReported(Array(String(repeating: "[", count: 100_000).utf8), "JSON")
    }
    /// Finding 3: Foundation keeps the first value, jq and Python the last; tavle refuses both.
    @Test func duplicatedKey() throws {
        var object = try JSONValue.from(try Demo.load(today: fixedToday).youths.first { $0.id == "noah" }!).object!
        object["name"] = nil
        let text = String(decoding: try Coding.encodeCompact(object), as: UTF8.self)
        let doubled = "{\"name\": \"Noah\", \"name\": \"Other\", " + text.dropFirst()
        try expectReported(Array(doubled.utf8), "\"name\" appears twice")
    }
}

@Suite struct DuplicateKeysTests {
    @Test(arguments: [
        (#"{"a": 1, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}]}"#, nil),
        (#"{"a": 1, "a": 2}"#, "a"),
        (#"{"x": {"k": "a,b", "k": 1}}"#, "k"),
        (#"[{"a": 1}, {"b": "\"a\"", "b": 2}]"#, "b"),
        (#"{"a\u0062": 1, "ab": 2}"#, "ab"),
        (#"{"s": "{\"a\": 1, \"a\": 2}"}"#, nil),
        (#"{"a": [1, {"a": 1}], "b": 2}"#, nil),
    ] as [(String, String?)])
    func findsOnlyKeysRepeatedInOneObject(_ json: String, _ expected: String?) {
        #expect(DuplicateKeys.first(in: Array(json.utf8)) == expected, "\(json)")
    }

    @Test func deepNestingIsNoProblem() {
        let deep = String(repeating: "[{\"a\":", count: 100_000)
        #expect(DuplicateKeys.first(in: Array(deep.utf8)) == nil)
    }
}
