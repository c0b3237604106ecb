import Foundation
import Testing

/// Issue 23, point 4: the youth's own goals from the command line; `goals` keeps its meaning in JSON.
@Suite struct GoalCommandTests {
    @Test("goal add, done and list (text and --json); show --json has goalList and goals is the latest text; list is access-logged")
    func addDoneList() throws {
        let s = Scratch()
        try demoTeam(s)
        let d = ["--data", s.data]
        let add = try CLI.run(["goal", "add", "ida", "Fullføre skoleåret"] + d)
        #expect(add.status == 0 && add.out.contains("mål 1 lagt til"), "\(add)")
        #expect(try CLI.run(["goal", "add", "ida", "Egen hybel"] + d).status == 0)
        #expect(try CLI.run(["goal", "done", "ida", "1"] + d).status == 0)
        let again = try CLI.run(["goal", "done", "ida", "1"] + d)
        #expect(again.status == 2 && again.err.contains("allerede nådd"), "\(again)")
        let missing = try CLI.run(["goal", "done", "ida", "9"] + d)
        #expect(missing.status == 2 && missing.err.contains("nummer 9"), "\(missing)")
        let empty = try CLI.run(["goal", "add", "ida", "   "] + d)
        #expect(empty.status == 2, "\(empty)")
        let text = try CLI.run(["goal", "list", "ida"] + d)
        #expect(text.status == 0 && text.out.contains("1. Fullføre skoleåret") && text.out.contains("nådd")
                && text.out.contains("2. Egen hybel"), "\(text)")
        let list = try CLI.run(["goal", "list", "ida", "--json"] + d).jsonArray()
        #expect(list.count == 2 && list[0]["done"] is String && list[1]["done"] == nil && list[1]["text"] as? String == "Egen hybel", "\(list)")
        let show = try CLI.run(["show", "ida", "--json"] + d).jsonObject()
        #expect(show["goals"] as? String == "Egen hybel", "goals is still the most recent goal's text")
        #expect((show["goalList"] as? [[String: Any]])?.count == 2)
        let access = try CLI.run(["log", "--access", "--json"] + d).jsonArray()
        #expect(access.contains { $0["youth"] as? String == "ida" && $0["how"] as? String == "goals" })
        #expect(try CLI.run(["check"] + d).status == 0)
        let log = try CLI.run(["log", "ida"] + d)
        #expect(log.out.contains("mål"), "\(log.out)")
    }

    @Test("the demo's goals: Mathias has one reached and one open, and the meeting's minutes show the open one")
    func demoAndMinutes() throws {
        let s = Scratch()
        try demoTeam(s)
        let d = ["--data", s.data]
        let list = try CLI.run(["goal", "list", "mathias", "--json"] + d).jsonArray()
        #expect(list.count == 2 && list[0]["done"] is String && list[1]["done"] == nil)
        #expect(try CLI.run(["meeting", "start", "--chair", "ingrid"] + d).status == 0)
        #expect(try CLI.run(["meeting", "discuss", "mathias", "--decision", "Fortsett"] + d).status == 0)
        let minutes = try CLI.run(["export", "minutes", "--format", "markdown"] + d)
        #expect(minutes.status == 0 && minutes.out.contains("Mål:\n- Fagbrev som elektriker"), "\(minutes.out)")
        #expect(!minutes.out.contains("Begynne på skolen igjen"), "a reached goal is not in the minutes")
    }
}
