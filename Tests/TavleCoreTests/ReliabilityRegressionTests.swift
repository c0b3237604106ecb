import Foundation
import Testing
@testable import TavleCore

/// Inputs kept from fuzzing (scripts/fuzz.sh) and from scripts/reliability.sh: each once made a
/// loader crash, hang or misbehave, or is a hostile shape worth keeping. Every one must now be
/// rejected (or read) cleanly. See docs/reliability.md.
@Suite struct ReliabilityRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz")

    static func inputs(_ target: String) -> [URL] {
        let dir = root.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { dir.appendingPathComponent($0) }
    }

    /// The same calls as Fuzz/YouthFileFuzz.swift, on every kept input: no crash.
    @Test func youthFileLoaderInputs() throws {
        let files = Self.inputs("YouthFileFuzz")
        #expect(!files.isEmpty, "the kept inputs are in \(Self.root.path)/YouthFileFuzz")
        for url in files {
            let bytes = Array(try Data(contentsOf: url))
            _ = try? Coding.decodeFile(Youth.self, from: bytes, path: url.path, supported: Youth.schemaVersion,
                                       upgrade: Migration.upgradeYouth)
            _ = try? Coding.decodeFile(Team.self, from: bytes, path: url.path, supported: Team.schemaVersion,
                                       upgrade: Migration.upgradeTeam)
            _ = try? JSONDecoder().decode(JournalEntry.self, from: Data(bytes))
            _ = TextSafety.display(String(decoding: bytes, as: UTF8.self))
            _ = Day(parsing: String(decoding: bytes.prefix(40), as: UTF8.self), allowNorwegian: true)
            _ = Timestamp(parsing: String(decoding: bytes.prefix(40), as: UTF8.self))
        }
    }

    /// Every kept spreadsheet through the real `tavle import --dry-run`: a clean exit (0, 1 or 2),
    /// never a crash, and nothing written.
    @Test(.enabled(if: TavleBinary.path != nil)) func csvImportInputs() throws {
        let files = Self.inputs("CSVImportFuzz")
        #expect(!files.isEmpty, "the kept inputs are in \(Self.root.path)/CSVImportFuzz")
        let dir = TempDir()
        let store = try demoStore(dir)
        let journalBefore = try Data(contentsOf: URL(fileURLWithPath: store.journal.path))
        for url in files {
            // Output through files: a spreadsheet with 10,000 unknown columns writes more than a pipe holds.
            let r = try TavleBinary.sh("\"$TAVLE\" --data '\(store.root)' import '\(url.path)' --dry-run >'\(dir.path)/out' 2>'\(dir.path)/err'; "
                                       + "s=$?; tail -c 2000 '\(dir.path)/err' >&2; exit $s")
            #expect([0, 1, 2].contains(r.status), "\(url.lastPathComponent): exit \(r.status)\n\(r.err)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.journal.path)) == journalBefore)
    }
}
