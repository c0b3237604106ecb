import Foundation
import Testing

/// The listings (`list`, `due`, `export`, text and JSON) of a generated team, byte for byte, both
/// on the first open (no index yet: every youth file is read) and with the index in place. Recorded
/// with the code before the listings were made faster (issue 29), so a faster writer, index or
/// generator that changes one byte a user or a script reads fails here. A change made on purpose is
/// re-recorded (`TAVLE_RECORD_GOLDEN=1 swift test --filter GeneratedGoldenOutput`) in the same
/// commit, which says why.
@Suite("Golden outputs of a generated team", .serialized)
struct GeneratedGoldenOutputTests {
    static let now = "2026-11-22T07:22:00+01:00"

    /// Name of the expected file → the command's arguments (after `--data DIR`).
    static let cases: [(String, [String])] = [
        ("list", ["list"]), ("list-en", ["list", "--lang", "en"]), ("list-json", ["list", "--json"]),
        ("list-intensive-json", ["list", "--json", "--mode", "intensive"]),
        ("due", ["due"]), ("due-json", ["due", "--json"]),
        ("export-json", ["export", "--format", "json"]), ("export-json-names", ["export", "--format", "json", "--names"]),
    ]

    static var expectedDir: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Expected/generated").path
    }

    @Test("a generated team's listings print exactly what they printed before, without and with the index")
    func outputsAreByteIdentical() throws {
        let scratch = Scratch()
        let env = ["TAVLE_NOW": GeneratedGoldenOutputTests.now, "COLUMNS": "120"]
        let made = try CLI.run(["dev", "generate", "--youths", "150", "--years", "3", "--seed", "29", "--data", scratch.data], env: env)
        #expect(made.status == 0, "\(made)")
        #expect(!FileManager.default.fileExists(atPath: scratch.data + "/index.json"))
        let record = ProcessInfo.processInfo.environment["TAVLE_RECORD_GOLDEN"] == "1"
        if record { try FileManager.default.createDirectory(atPath: GeneratedGoldenOutputTests.expectedDir, withIntermediateDirectories: true) }
        // The first round opens the directory without an index (the first command writes it).
        for round in ["first open", "with the index"] {
            for (name, args) in GeneratedGoldenOutputTests.cases {
                let r = try CLI.run(["--data", scratch.data] + args, env: env)
                #expect(r.status == 0, "\(name): \(r)")
                let got = GoldenOutputTests.normalized(r.out)
                let path = GeneratedGoldenOutputTests.expectedDir + "/" + name + ".txt"
                if record {
                    if round == "first open" { try got.write(toFile: path, atomically: true, encoding: .utf8) }
                    continue
                }
                let want = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
                // Compared as bytes: Swift's == holds a composed "å" and "a" + ring equal, a reader does not.
                #expect(Array(got.utf8) == Array(want.utf8), "\(name) (\(round)) differs from Expected/generated/\(name).txt")
            }
            #expect(FileManager.default.fileExists(atPath: scratch.data + "/index.json"), "the first round wrote the index (\(round))")
        }
        let check = try CLI.run(["check", "--data", scratch.data], env: env)
        #expect(check.status == 0, "\(check)")
    }
}
