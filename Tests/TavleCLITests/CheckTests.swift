import Foundation
import Testing

@Suite("check")
struct CheckTests {
    @Test("check on a clean directory exits 0")
    func clean() throws {
        let s = Scratch()
        try demoTeam(s)
        _ = try CLI.run(["note", "sofie", "En endring", "--data", s.data])
        let r = try CLI.run(["check", "--data", s.data, "--lang", "en"])
        #expect(r.status == 0, "\(r)")
        #expect(r.out.contains("All is well"))
    }

    @Test("a damaged youth file: check exits 2 naming it; list still shows the others and names it")
    func corrupted() throws {
        let s = Scratch()
        try demoTeam(s)
        let files = try FileManager.default.contentsOfDirectory(atPath: s.data + "/youths").filter { $0.hasSuffix(".json") }
        let file = s.data + "/youths/sofie.json"
        try Data("{\"schema\": 2, \"id\": \"sofie\", trunc".utf8).write(to: URL(fileURLWithPath: file))
        let check = try CLI.run(["check", "--data", s.data])
        #expect(check.status == 2, "\(check)")
        #expect(check.out.contains(file))
        #expect(check.err.contains("tavle check"))
        // Twice: the first list builds the board index, the second reads it.
        for _ in 0..<2 {
            let list = try CLI.run(["list", "--json", "--data", s.data])
            #expect(list.status == 0, "\(list)")
            let ids = try list.jsonArray().compactMap { $0["id"] as? String }
            #expect(ids.count == files.count - 1)
            #expect(!ids.contains("sofie"))
            #expect(list.err.contains(file))
        }
        let show = try CLI.run(["show", "sofie", "--data", s.data])
        #expect(show.status == 2)
        #expect(show.err.contains(file))
        let write = try CLI.run(["note", "sofie", "x", "--data", s.data])
        #expect(write.status == 2)
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasSuffix("trunc"))
    }

    @Test("a file readable by others is a problem")
    func permissions() throws {
        let s = Scratch()
        try demoTeam(s)
        let file = s.data + "/youths/amina.json"
        chmod(file, 0o644)
        let r = try CLI.run(["check", "--data", s.data])
        #expect(r.status == 2)
        #expect(r.out.contains(file) && r.out.contains("644"))
    }
}
