import Foundation
import Testing

/// The listings a user and a script read (`list`, `due`, `show`, `export`, `log`, text and JSON),
/// byte for byte, on the demo team at a pinned moment (`TAVLE_NOW`). They were recorded before the
/// refactors of the "one change, one place" issue, so a refactor that changes what a user reads by
/// accident fails here. A change made on purpose is re-recorded (`TAVLE_RECORD_GOLDEN=1 swift test
/// --filter GoldenOutput`) in the same commit, which says why.
@Suite("Golden outputs", .serialized)
struct GoldenOutputTests {
    static let now = "2026-11-22T07:22:00+01:00"

    /// Name of the expected file → the command's arguments (after `--data DIR`).
    static let cases: [(String, [String])] = {
        var out: [(String, [String])] = [
            ("list-nb", ["list"]), ("list-en", ["list", "--lang", "en"]), ("list-json", ["list", "--json"]),
            ("due-nb", ["due"]), ("due-en", ["due", "--lang", "en"]), ("due-json", ["due", "--json"]),
            ("export-json", ["export", "--format", "json"]), ("export-json-names", ["export", "--format", "json", "--names"]),
            ("export-csv", ["export", "--format", "csv"]), ("export-csv-en", ["export", "--format", "csv", "--lang", "en"]),
            ("export-markdown", ["export", "--format", "markdown", "--names"]),
            ("log-nb", ["log"]), ("log-json", ["log", "--json"]), ("log-sofie", ["log", "sofie"]),
        ]
        for id in ["sofie", "kristian", "karoline", "maja", "amina"] {
            out.append(("show-\(id)", ["show", id, "--all"]))
            out.append(("show-\(id)-json", ["show", id, "--json"]))
        }
        out.append(("show-maja-en", ["show", "maja", "--all", "--lang", "en"]))
        return out
    }()

    static var expectedDir: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Expected/golden").path
    }

    /// The Unix user running the tests joins the demo team; it is written as `USER` so the files do
    /// not depend on who runs them.
    static func normalized(_ text: String) -> String {
        text.replacingOccurrences(of: "\"" + currentUser + "\"", with: "\"USER\"")
            .replacingOccurrences(of: " " + currentUser + " ", with: " USER ")
            .replacingOccurrences(of: " " + currentUser + "\n", with: " USER\n")
            .replacingOccurrences(of: "(" + currentUser + ")", with: "(USER)")
    }

    @Test("list, due, show, export and log print exactly what they printed before the refactor")
    func outputsAreByteIdentical() throws {
        let scratch = Scratch()
        let env = ["TAVLE_NOW": GoldenOutputTests.now, "COLUMNS": "120"]
        let made = try CLI.run(["init", "--demo", "--data", scratch.data], env: env)
        #expect(made.status == 0, "\(made)")
        let record = ProcessInfo.processInfo.environment["TAVLE_RECORD_GOLDEN"] == "1"
        if record { try FileManager.default.createDirectory(atPath: GoldenOutputTests.expectedDir, withIntermediateDirectories: true) }
        for (name, args) in GoldenOutputTests.cases {
            let r = try CLI.run(["--data", scratch.data] + args, env: env)
            #expect(r.status == 0, "\(name): \(r)")
            let got = GoldenOutputTests.normalized(r.out)
            let path = GoldenOutputTests.expectedDir + "/" + name + ".txt"
            if record {
                try got.write(toFile: path, atomically: true, encoding: .utf8)
                continue
            }
            // Bytes decoded as they are: String(contentsOfFile:) would drop the CSV's byte-order mark.
            let want = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
            // Compared as bytes: Swift's == holds a composed "å" and "a" + ring equal, a reader does not.
            #expect(Array(got.utf8) == Array(want.utf8), "\(name) differs from Expected/golden/\(name).txt:\n\(firstDifference(got, want))")
        }
    }

    func firstDifference(_ a: String, _ b: String) -> String {
        let la = a.split(separator: "\n", omittingEmptySubsequences: false), lb = b.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(la.count, lb.count) {
            let x = i < la.count ? String(la[i]) : "<none>", y = i < lb.count ? String(lb[i]) : "<none>"
            if Array(x.utf8) != Array(y.utf8) { return "line \(i + 1)\n  got:  \(x)\n  want: \(y)" }
        }
        return "(same lines; line ends differ)"
    }
}
