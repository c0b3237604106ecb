import Foundation
import Testing
import TavleCore

/// The real `tavle` binary in tmux (`send-keys`, `capture-pane`): what a user at a terminal sees
/// and does. Runs in `.ci/run` through `swift test`, which builds the binary first.
@Suite(.serialized) struct TmuxEndToEndTests {
    static var binary: String? {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("tavle").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }
    static var hasTmux: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux") }

    /// One tmux server of its own (`-L`), so a user's tmux is never touched.
    final class Tmux {
        let socket = "tavle-test-" + UUID().uuidString.prefix(8)
        let dir: String
        init() throws {
            dir = FileManager.default.temporaryDirectory.path + "/tavle-tmux-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        }
        deinit {
            _ = try? run(["kill-server"])
            try? FileManager.default.removeItem(atPath: dir)
        }

        /// Runs a tmux command and returns what it printed. It is spawned directly and reaped
        /// with `waitpid`: Foundation's `Process` waits until every descendant has closed a
        /// descriptor it hands down, and the tmux server that `new-session` starts never does.
        /// Output goes through a file for the same reason.
        @discardableResult
        func run(_ args: [String]) throws -> String {
            let outPath = dir + "/out-" + UUID().uuidString
            defer { unlink(outPath) }
            let argv = ["/usr/bin/env", "tmux", "-L", socket, "-f", "/dev/null"] + args
            var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            let target = args.first == "new-session" ? "/dev/null" : outPath
            posix_spawn_file_actions_addopen(&actions, 1, target, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            // A clean signal mask and default handlers: the test runner's threads block signals,
            // and the tmux server (and so the board) would inherit that and never see SIGWINCH.
            var attr = posix_spawnattr_t()
            posix_spawnattr_init(&attr)
            defer { posix_spawnattr_destroy(&attr) }
            var empty = sigset_t(), all = sigset_t()
            sigemptyset(&empty)
            sigfillset(&all)
            posix_spawnattr_setsigmask(&attr, &empty)
            posix_spawnattr_setsigdefault(&attr, &all)
            posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
            let cArgs = argv.map { strdup($0) } + [nil]
            defer { cArgs.forEach { free($0) } }
            var pid: pid_t = 0
            let rc = posix_spawn(&pid, argv[0], &actions, &attr, cArgs, environ)
            guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EIO) }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            return (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
        }

        func start(_ command: String, width: Int = 80, height: Int = 24, term: String = "xterm-256color") throws {
            let env = "TAVLE_TODAY=2026-11-22 TAVLE_LANG=nb TERM=\(term) LANG=C.UTF-8"
            try run(["new-session", "-d", "-s", "t", "-x", String(width), "-y", String(height),
                     "env \(env) \(command); echo EXIT=$?; sleep 30"])
        }

        func keys(_ keys: String...) throws { try run(["send-keys", "-t", "t"] + keys) }
        /// Bytes as the terminal sends them (a mouse report), in hex.
        func bytes(_ text: String) throws {
            try run(["send-keys", "-t", "t", "-H"] + text.utf8.map { String($0, radix: 16) })
        }
        /// A press (and the release) of the left button on the cell (x, y), counted from 0, as
        /// xterm reports it in SGR mode.
        func click(x: Int, y: Int) throws {
            try bytes("\u{1B}[<0;\(x + 1);\(y + 1)M\u{1B}[<0;\(x + 1);\(y + 1)m")
        }
        /// Whether the program asked for mouse reports (tmux keeps track of the pane's modes).
        func mouseModes() throws -> String {
            try run(["display-message", "-p", "-t", "t", "#{mouse_standard_flag}#{mouse_sgr_flag}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        func text(_ text: String) throws { try run(["send-keys", "-t", "t", "-l", text]) }
        func screen() throws -> String { try run(["capture-pane", "-p", "-t", "t"]) }

        /// Waits up to `seconds` for `needle` on screen; returns the screen either way.
        @discardableResult
        /// The screen once it shows every needle (or after `seconds`): a capture can catch a
        /// frame half painted, so a test waits for all it is about to check, not for one of them.
        func wait(for needles: String..., seconds: Double = 10) throws -> String {
            let end = Date().addingTimeInterval(seconds)
            var s = try screen()
            while !needles.allSatisfy(s.contains), Date() < end {
                usleep(100_000)
                s = try screen()
            }
            return s
        }
    }

    @Test(.enabled(if: binary != nil && hasTmux))
    func openTheDemoMovePutAYouthOnTheBoardAndQuit() throws {
        let t = try Tmux()
        let data = t.dir + "/data"
        try t.start("'\(Self.binary!)' demo --dir '\(data)'")
        let first = try t.wait(for: "PÅ TAVLA")
        try #require(first.contains("PÅ TAVLA (4)"),
                     "the board did not open (is openBoard wired to BoardRunner.run?):\n\(first)")
        #expect(first.contains("På tavla 4 av 14 (29 %)") && first.contains("q avslutt"))
        // Move: Tab to the case-management group (Lukas Berg in crisis first, Filip Aune next),
        // then open the dialog.
        try t.keys("Tab")
        try t.keys("j")
        try t.keys("i")
        try t.wait(for: "Sett Filip Aune på tavla")
        try t.keys("Enter")
        try t.text("Daglig kontakt, bolig før jul")
        try t.keys("Enter")
        try t.keys("Enter")
        let after = try t.wait(for: "er satt på tavla")
        #expect(after.contains("PÅ TAVLA (5)"), "\(after)")
        try t.keys("q")
        let closed = try t.wait(for: "EXIT=")
        #expect(closed.contains("EXIT=0"), "\(closed)")
        #expect(!closed.contains("PÅ TAVLA"), "the terminal is restored (the board is gone):\n\(closed)")
        // The data file and the journal changed, through the core.
        let filip = try String(contentsOfFile: data + "/youths/filip.json", encoding: .utf8)
        #expect(filip.contains("\"mode\" : \"intensive\"") || filip.contains("\"mode\":\"intensive\""), "\(filip)")
        #expect(filip.contains("Daglig kontakt, bolig før jul"))
        let journal = try String(contentsOfFile: data + "/journal.jsonl", encoding: .utf8)
        let last = journal.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.contains("\"action\":\"intensive\"") && last.contains("\"id\":\"filip\""), "\(last)")
    }

    @Test(.enabled(if: binary != nil && hasTmux))
    func resizeAndTooSmallAndANoteKeptWhenTheConnectionDrops() throws {
        let t = try Tmux()
        let data = t.dir + "/data"
        try t.start("'\(Self.binary!)' demo --dir '\(data)'")
        try #require(try t.wait(for: "PÅ TAVLA").contains("PÅ TAVLA"), "the board did not open")
        try t.run(["resize-window", "-t", "t", "-x", "50", "-y", "12"])
        #expect(try t.wait(for: "for liten").contains("Terminalen er for liten"))
        try t.run(["resize-window", "-t", "t", "-x", "120", "-y", "40"])
        let wide = try t.wait(for: "Evaluer")
        #expect(wide.contains("Evaluer") && wide.contains("Sofie Bakke"), "\(wide)")
        // A note being typed when the session is killed (SIGHUP) is kept as a private draft.
        try t.keys("G")
        try t.keys("n")
        try t.wait(for: "Notat for")
        try t.text("Halvferdig notat om ø og å")
        // Hang up only once every character has reached the dialog (a loaded machine is slow).
        try #require(try t.wait(for: "om ø og å").contains("om ø og å"))
        // Killing the session hangs up the terminal, as a dropped SSH connection does.
        try t.run(["kill-session", "-t", "t"])
        let drafts = data + "/drafts"
        let end = Date().addingTimeInterval(5)
        var files: [String] = []
        while files.isEmpty, Date() < end {
            files = ((try? FileManager.default.contentsOfDirectory(atPath: drafts)) ?? []).filter { $0.hasSuffix(".json") }
            usleep(100_000)
        }
        let file = try #require(files.first, "no draft was written")
        let text = try String(contentsOfFile: drafts + "/" + file, encoding: .utf8)
        #expect(text.contains("Halvferdig notat om ø og å"))
        let st = try #require(FileIO.status(drafts + "/" + file))
        #expect(st.st_mode & 0o777 == 0o600)
    }

    /// The whole morning meeting from the board alone (issue 18): a decision, the crisis plan (`K`),
    /// the board period evaluated (`E`), a plan, every board youth discussed, the end, the minutes
    /// (`m` after the end), one decision marked as written into the patient record (`w`), and the
    /// files afterwards.
    @Test(.enabled(if: binary != nil && hasTmux))
    func runTheMorningMeetingOnTheDemoTeam() throws {
        let t = try Tmux()
        let data = t.dir + "/data"
        try t.start("'\(Self.binary!)' demo --dir '\(data)'")
        try #require(try t.wait(for: "PÅ TAVLA (4)", "CASEMANAGEMENT").contains("PÅ TAVLA (4)"), "the board did not open")
        // m: the start dialog (the chair is the user, everyone present, the team's time box); Enter
        // goes field by field and starts on the last.
        try t.keys("m")
        try #require(try t.wait(for: "Start tavlemøtet", "Tidsramme").contains("Tidsramme"))
        try t.keys("Enter")
        try t.keys("Enter")
        try t.keys("Enter")
        let first = try t.wait(for: "0 av 4 drøftet")
        #expect(first.contains("Hva trengs?") && first.contains("15:00 igjen") && first.contains("◆"), "\(first)")
        // Sofie: a decision.
        try t.keys("b")
        try t.wait(for: "Beslutning for")
        try t.text("Daglig kontakt, ny kriseplan med mor")
        try t.keys("Enter")
        #expect(try t.wait(for: "Beslutningen for", "(også i møtet)").contains("(også i møtet)"))
        try t.keys("Enter")
        #expect(try t.wait(for: "1 av 4 drøftet").contains("1 av 4 drøftet"))
        // Kristian: the crisis plan he lacks (gone through today, whom to call out of hours).
        try t.keys("K")
        try #require(try t.wait(for: "Kriseplan for Kristian Haug").contains("Kriseplan for Kristian Haug"))
        try t.keys("Tab")
        try t.text("Far ringer bakvakt")
        try t.keys("Enter")
        #expect(try t.wait(for: "Utenom kontortid: Far ringer bakvakt").contains("Far ringer bakvakt"))
        try t.keys("Enter")
        #expect(try t.wait(for: "2 av 4 drøftet").contains("2 av 4 drøftet"))
        // Mathias: the board period evaluated; the conclusion is a decision of the meeting.
        try t.keys("E")
        try #require(try t.wait(for: "Evaluer tavleperioden").contains("Evaluer tavleperioden"))
        try t.text("Går bra, vurdere casemanagement")
        try t.keys("Enter")
        try t.keys("Enter")
        #expect(try t.wait(for: "evaluering lagret").contains("evaluering lagret"))
        try t.keys("Enter")
        #expect(try t.wait(for: "3 av 4 drøftet").contains("3 av 4 drøftet"))
        try t.keys("Enter")
        #expect(try t.wait(for: "4 av 4 drøftet").contains("4 av 4 drøftet"))
        #expect(try t.wait(for: "e avslutter møtet", "TIL GJENNOMGANG").contains("TIL GJENNOMGANG"))
        // e ends it; the board shows the minutes at once.
        try t.keys("e")
        let minutes = try t.wait(for: "Referat fra tavlemøtet")
        #expect(minutes.contains("Tavlemøtet er avsluttet") && minutes.contains("4 av 4") && minutes.contains("Kristian Haug (KH²)"),
                "\(minutes)")
        #expect(!minutes.contains("b beslutning") && !minutes.contains("Enter drøftet"), "no key the ended meeting refuses")
        try t.keys("PageDown")
        let record = try t.wait(for: "SKAL FØRES I JOURNALEN (2)")
        #expect(record.contains("☐ Sofie Bakke (SB)") && record.contains("☐ Mathias Lønning (ML)"), "\(record)")
        // w: the oldest decision (Sofie's) is chosen; Enter marks it as written into the record.
        try t.keys("w")
        try #require(try t.wait(for: "Ført i journalen").contains("Ført i journalen"))
        try t.keys("Enter")
        #expect(try t.wait(for: "SKAL FØRES I JOURNALEN (1)").contains("SKAL FØRES I JOURNALEN (1)"))
        // Esc to the board; m opens the minutes again, as today's meeting has ended.
        try t.keys("Escape")
        try t.wait(for: "PÅ TAVLA (4)")
        try t.keys("m")
        #expect(try t.wait(for: "Referat fra tavlemøtet").contains("Referat fra tavlemøtet"))
        try t.keys("q")
        #expect(try t.wait(for: "EXIT=", "EXIT=0").contains("EXIT=0"))
        // The meeting record in DATA/meetings/, written through the core (private file, journaled).
        let file = data + "/meetings/2026-11-22.json"
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        #expect(json["ended"] != nil && (json["board"] as? [String])?.count == 4)
        let events = try #require(json["events"] as? [[String: Any]])
        #expect(events.filter { $0["kind"] as? String == "discussed" }.count >= 4)
        #expect(events.contains { $0["kind"] as? String == "decision" && $0["text"] as? String == "Daglig kontakt, ny kriseplan med mor" })
        #expect(events.contains { $0["kind"] as? String == "decision" && $0["text"] as? String == "Går bra, vurdere casemanagement" })
        #expect(events.contains { $0["kind"] as? String == "change" && $0["field"] as? String == "crisisPlan" && $0["youth"] as? String == "kristian" })
        #expect(events.contains { $0["kind"] as? String == "change" && $0["field"] as? String == "evaluate" && $0["youth"] as? String == "mathias" })
        #expect(!events.contains { $0["kind"] as? String == "not-discussed" })
        #expect(FileIO.status(file).map { $0.st_mode & 0o777 } == 0o600)
        #expect(!FileManager.default.fileExists(atPath: data + "/meetings/2026-11-22.current"), "nobody under discussion after the end")
        // The youths' files: Kristian's crisis plan, Mathias's next evaluation, Sofie's decision marked written.
        func youth(_ id: String) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: data + "/youths/\(id).json"))) as? [String: Any])
        }
        let plan = try #require(try youth("kristian")["crisisPlan"] as? [String: Any])
        #expect(plan["updated"] as? String == "2026-11-22" && plan["outOfHours"] as? String == "Far ringer bakvakt")
        let periods = try #require(try youth("mathias")["boardPeriods"] as? [[String: Any]])
        #expect(periods.last?["evaluate"] as? String == "2026-12-06")
        let notes = try #require(try youth("sofie")["notes"] as? [[String: Any]])
        let decision = try #require(notes.first { $0["text"] as? String == "Daglig kontakt, ny kriseplan med mor" })
        #expect(decision["documented"] != nil)
        let mathiasNotes = try #require(try youth("mathias")["notes"] as? [[String: Any]])
        #expect(mathiasNotes.first { $0["text"] as? String == "Går bra, vurdere casemanagement" }?["documented"] == nil)
        let journal = try String(contentsOfFile: data + "/journal.jsonl", encoding: .utf8)
        for action in ["meeting-end", "crisis-plan", "evaluate", "documented"] {
            #expect(journal.contains("\"action\":\"\(action)\""), "\(action) journaled")
        }
    }

    /// Issue 24: `F` in the real program on the demo team, at 80×24, then a resize to 60×16.
    @Test(.enabled(if: binary != nil && hasTmux))
    func theFidelityPageOpensScrollsAndGoesBack() throws {
        let t = try Tmux()
        try t.start("'\(Self.binary!)' demo --dir '\(t.dir)/data'")
        try #require(try t.wait(for: "PÅ TAVLA").contains("PÅ TAVLA (4)"))
        try t.keys("F")
        // Every line the checks below read (a loaded machine can be caught between two lines of a paint).
        let page = try t.wait(for: "Fidelity-evidens for FACT ung Nordbyen", "Tavlemøter holdt", "mål 100 %", "Tavleungdommer drøftet", "█")
        #expect(page.contains("Fidelity-evidens for FACT ung Nordbyen") && page.contains("Tavleungdommer drøftet"), "\(page)")
        #expect(page.contains("█") && page.contains("┊"), "a bar with its target: \(page)")
        try t.keys("PageDown"); try t.keys("PageDown"); try t.keys("PageDown")
        let charts = try t.wait(for: "KONTAKTER PER ARENA")
        #expect(charts.contains("KONTAKTER PER ARENA"), "\(charts)")
        _ = try t.run(["resize-window", "-t", "t", "-x", "60", "-y", "16"])
        let small = try t.wait(for: "Esc tilbake")
        #expect(!small.contains("for liten"), "\(small)")
        try t.keys("Escape")
        #expect(try t.wait(for: "PÅ TAVLA").contains("PÅ TAVLA"))
        try t.keys("q")
        #expect(try t.wait(for: "EXIT=").contains("EXIT=0"))
    }

    @Test(.enabled(if: binary != nil && hasTmux))
    func aClickSelectsTheRowUnderItAndADoubleClickOpensIt() throws {
        let t = try Tmux()
        try t.start("'\(Self.binary!)' demo --dir '\(t.dir)/data'")
        let first = try t.wait(for: "PÅ TAVLA (4)", "Eirik Sæbø", "q avslutt")
        #expect(try t.mouseModes() == "11", "the board asked for SGR mouse reports")
        let lines = first.components(separatedBy: "\n")
        let row = try #require(lines.firstIndex { $0.contains("Eirik Sæbø") })
        #expect(!lines[row].hasPrefix("▶"))
        try t.click(x: 30, y: row)
        let selected = try t.wait(for: "▶ Eirik Sæbø")
        #expect(selected.contains("▶ Eirik Sæbø"), "\(selected)")
        // Two clicks in quick succession open everything about him.
        try t.bytes("\u{1B}[<0;31;\(row + 1)M\u{1B}[<0;31;\(row + 1)m\u{1B}[<0;31;\(row + 1)M\u{1B}[<0;31;\(row + 1)m")
        let detail = try t.wait(for: "ES  Eirik Sæbø", "UNGDOMMEN")
        #expect(detail.contains("UNGDOMMEN"), "\(detail)")
        try t.keys("q")
        #expect(try t.wait(for: "EXIT=0").contains("EXIT=0"))
        #expect(try t.mouseModes() == "00", "mouse reports are off again after q")
        // --no-mouse leaves the mouse to the terminal.
        let u = try Tmux()
        try u.start("'\(Self.binary!)' demo --no-mouse --dir '\(u.dir)/data'")
        try u.wait(for: "PÅ TAVLA (4)", "q avslutt")
        #expect(try u.mouseModes() == "00")
        try u.keys("q")
    }

    /// Without an alternate screen (linux, vt100) the board used to stay on the terminal after q,
    /// full names and all; with one (screen, xterm) the shell's screen comes back.
    @Test(.enabled(if: binary != nil && hasTmux), arguments: ["vt100", "linux", "screen", "xterm"])
    func theScreenIsCleanAfterQuitWithEveryTerm(term: String) throws {
        let t = try Tmux()
        try t.start("'\(Self.binary!)' demo --dir '\(t.dir)/data'", term: term)
        let board = try t.wait(for: "PÅ TAVLA", "Sofie Bakke")
        try #require(board.contains("Sofie Bakke"), "TERM=\(term): the board did not open:\n\(board)")
        try t.keys("q")
        let after = try t.wait(for: "EXIT=")
        #expect(after.contains("EXIT=0"), "TERM=\(term): \(after)")
        for gone in ["PÅ TAVLA", "Sofie Bakke", "Kristian Haug", "avslutt"] {
            #expect(!after.contains(gone), "TERM=\(term): «\(gone)» is still on the screen:\n\(after)")
        }
    }
}
