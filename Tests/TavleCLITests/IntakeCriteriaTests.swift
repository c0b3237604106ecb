import Foundation
import Testing

/// Issue 21, point 2: intake criteria 2 and 3 recorded at intake, "not assessed" when left out
/// (never a silent yes), raised by `intake-criteria-unassessed`, and "no" only in clarification.
@Suite("intake criteria 2 and 3")
struct IntakeCriteriaTests {
    func show(_ s: Scratch, _ id: String) throws -> [String: Any] {
        let r = try CLI.run(["show", id, "--json", "--data", s.data])
        guard r.status == 0 else { throw CLIFailure("show failed: \(r)") }
        return try r.jsonObject()
    }

    func add(_ s: Scratch, _ extra: [String]) throws -> String {
        let r = try CLI.run(["add", "--name", "Per Test", "--born", "2010-01-01"] + extra + ["--data", s.data])
        guard r.status == 0 else { throw CLIFailure("add failed: \(r)") }
        return r.out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test("left out, criteria 2 and 3 are not assessed: null in --json, 'ikke vurdert' in show, an info reason until set")
    func leftOut() throws {
        let s = Scratch()
        try emptyTeam(s)
        let id = try add(s, [])
        let y = try show(s, id)
        let c = try #require(y["intakeCriteria"] as? [String: Any])
        #expect(c["longTermNeed"] is NSNull && c["functionalImpairment"] is NSNull && c["age"] as? Bool == true, "\(c)")
        let due = try #require(y["due"] as? [[String: Any]])
        let reason = try #require(due.first { $0["rule"] as? String == "intake-criteria-unassessed" })
        #expect(reason["severity"] as? String == "info")
        let text = try CLI.run(["show", id, "--data", s.data])
        #expect(text.out.contains("langvarig, sammensatt behov: ikke vurdert") && text.out.contains("funksjonssvikt: ikke vurdert"), "\(text.out)")
        #expect(text.out.contains("Inntakskriterier ikke vurdert: langvarig, sammensatt behov,"), "\(text.out)")
        #expect(try CLI.run(["set", id, "long-term-need", "yes", "--data", s.data]).status == 0)
        #expect(try CLI.run(["set", id, "domains", "school", "--data", s.data]).status == 0)
        #expect(try CLI.run(["set", id, "functional-impairment", "ja", "--data", s.data]).status == 0)
        let after = try show(s, id)
        #expect((after["due"] as? [[String: Any]])?.contains { $0["rule"] as? String == "intake-criteria-unassessed" } == false)
    }

    @Test("add --long-term-need yes --impairment AREA,AREA records both criteria and the areas")
    func givenAtIntake() throws {
        let s = Scratch()
        try emptyTeam(s)
        let id = try add(s, ["--long-term-need", "yes", "--impairment", "school,family"])
        let y = try show(s, id)
        let c = try #require(y["intakeCriteria"] as? [String: Any])
        #expect(c["longTermNeed"] as? Bool == true && c["functionalImpairment"] as? Bool == true, "\(c)")
        #expect(y["domains"] as? [String] == ["school", "family"])
        #expect((y["due"] as? [[String: Any]])?.contains { $0["rule"] as? String == "intake-criteria-unassessed" } == false)
        #expect(try CLI.run(["add", "--name", "Ola Test", "--born", "2010-01-01", "--long-term-need", "kanskje", "--data", s.data]).status == 2)
    }

    @Test("an explicit no is refused unless the phase is clarification (exit 2, nothing written)")
    func noOnlyInClarification() throws {
        let s = Scratch()
        try demoTeam(s)
        let before = journalLines(s)
        let r = try CLI.run(["set", "ida", "long-term-need", "no", "--data", s.data, "--lang", "en"])
        #expect(r.status == 2 && r.err.contains("can only be recorded while the youth is taken in for clarification"), "\(r)")
        #expect(try CLI.run(["set", "ida", "functional-impairment", "no", "--data", s.data]).status == 2)
        #expect(journalLines(s) == before, "nothing written")
        // Noah is taken in for clarification: a no is recorded.
        #expect(try CLI.run(["set", "noah", "long-term-need", "no", "--data", s.data]).status == 0)
        #expect((try show(s, "noah")["intakeCriteria"] as? [String: Any])?["longTermNeed"] as? Bool == false)
        // At intake the youth is in clarification, so add takes a no.
        let id = try add(s, ["--long-term-need", "no"])
        #expect((try show(s, id)["intakeCriteria"] as? [String: Any])?["longTermNeed"] as? Bool == false)
    }
}
