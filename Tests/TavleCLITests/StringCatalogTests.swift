import Foundation
import Testing

/// The command line's catalog (Sources/tavle/Strings/CLIStrings.swift) has the same keys in both
/// languages, and every key the sources ask for is in it (or in the core's catalog). A missing key
/// would show the key itself to the user.
@Suite("string catalog")
struct StringCatalogTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func keys(in text: Substring) -> Set<String> {
        let regex = try! NSRegularExpression(pattern: #"^\s+"([a-zA-Z][a-zA-Z0-9.\-]*)":"#, options: .anchorsMatchLines)
        let s = String(text)
        return Set(regex.matches(in: s, range: NSRange(s.startIndex..., in: s)).compactMap { Range($0.range(at: 1), in: s).map { String(s[$0]) } })
    }

    func swiftFiles(in path: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: Self.root.appendingPathComponent(path), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "swift" }
    }

    @Test("both languages have the same keys, and every key used exists")
    func catalog() throws {
        // Every catalog file of the command line (CLIStrings, DevStrings …): same keys in both languages.
        var nb: Set<String> = []
        for f in try swiftFiles(in: "Sources/tavle/Strings") {
            let file = try String(contentsOf: f, encoding: .utf8)
            let nbStart = try #require(file.range(of: "static let nb"), "\(f.lastPathComponent)")
            let enStart = try #require(file.range(of: "static let en"), "\(f.lastPathComponent)")
            let fileNB = keys(in: file[nbStart.upperBound..<enStart.lowerBound])
            let fileEN = keys(in: file[enStart.upperBound...])
            #expect(fileNB.subtracting(fileEN).sorted() == [], "\(f.lastPathComponent)")
            #expect(fileEN.subtracting(fileNB).sorted() == [], "\(f.lastPathComponent)")
            nb.formUnion(fileNB)
        }
        #expect(nb.count > 100)

        var known = nb
        for f in try swiftFiles(in: "Sources/TavleCore/Localization") {
            known.formUnion(keys(in: try String(contentsOf: f, encoding: .utf8)[...]))
        }
        let use = try NSRegularExpression(pattern: #"(?:L\.t|CLIError\.(?:usage|data|environment))\(\s*"([a-zA-Z][a-zA-Z0-9.]*)""#)
        let dir = Self.root.appendingPathComponent("Sources/tavle")
        let files = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" } ?? []
        var used: Set<String> = []
        for f in files {
            let s = try String(contentsOf: f, encoding: .utf8)
            for m in use.matches(in: s, range: NSRange(s.startIndex..., in: s)) {
                if let r = Range(m.range(at: 1), in: s) { used.insert(String(s[r])) }
            }
        }
        #expect(used.count > 100)
        #expect(used.subtracting(known).sorted() == [])
    }
}
