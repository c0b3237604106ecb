import Foundation
import Testing
@testable import TavleCore
@testable import TavleUI

/// One figure, one place (issue 15): random morning meetings — discussions, decisions, status
/// changes, undo, youths put on and taken off the board by the meeting, a colleague's write from
/// the command line — and afterwards every screen agrees on how much of the board was covered:
/// the board's header, the end dialog, `tavle meeting status --json`, the minutes and
/// `tavle stats --json`; and the times per youth never add up to more than the meeting lasted.
@Suite("meeting coverage agrees everywhere", .serialized)
struct MeetingCoveragePropertyTests {
    struct Rng: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            return z ^ (z >> 31)
        }
    }

    /// TAVLE_NOW `seconds` after 08:00 on the demo's day.
    static func now(_ seconds: Int) -> String {
        let t = Timestamp.local(day: demoToday, minutes: 8 * 60, in: TimeZone(identifier: "Europe/Oslo")!)
        return Timestamp(seconds: t.seconds + Int64(seconds), offset: t.offset).iso
    }

    static func env(_ seconds: Int) -> [String: String] {
        ["TAVLE_TODAY": "2026-11-22", "TAVLE_NOW": now(seconds), "HOME": NSTemporaryDirectory()]
    }

    static func cli(_ binary: String, _ args: [String], at seconds: Int) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args + ["--lang", "en"]
        var env = ProcessInfo.processInfo.environment
        for (k, v) in Self.env(seconds) { env[k] = v }
        p.environment = env
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readAllRetryingInterrupts()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// "3 of 9": the two numbers in a text.
    static func pair(_ text: String, after marker: String) -> [Int]? {
        guard let r = text.range(of: marker) else { return nil }
        let rest = text[r.upperBound...].prefix(60)
        let numbers = rest.split(whereSeparator: { !$0.isNumber }).prefix(2).compactMap { Int($0) }
        return numbers.count == 2 ? numbers : nil
    }

    @Test(arguments: [11, 23, 37] as [UInt64])
    func everyScreenShowsTheSameCoverage(seed: UInt64) throws {
        let binary = try #require(TmuxEndToEndTests.binary)
        let dir = try DemoDirectory()
        let data = dir.dataPath
        var rng = Rng(state: seed)
        var clock = 0
        func store() throws -> Store { try Store(root: data, environment: Self.env(clock)) }
        let session = try Session.open(dataFlag: data, langFlag: "en", actAs: nil, environment: Self.env(0))
        let me = try #require(session.actor)
        try store().startMeeting(day: demoToday, chair: me.staff, attendees: [], actor: me)

        for _ in 0..<14 {
            clock += Int(rng.next() % 90) + 1
            let s = try store()
            let board = try s.loadBoard(today: demoToday).youths.filter { $0.phase != .discharged }
            let onBoard = board.filter { $0.mode == .intensive }.map(\.id).sorted()
            let off = board.filter { $0.mode == .caseManagement && $0.phase != .dischargePhase }.map(\.id).sorted()
            switch rng.next() % 8 {
            case 0, 1, 2:
                guard let y = onBoard.randomElement(using: &rng) else { continue }
                var changes: [YouthChange] = []
                if rng.next() % 2 == 0 { changes.append(.decision(text: "Beslutning \(clock)")) }
                if rng.next() % 3 == 0 { changes.append(.status(.worried, why: "Roligere")) }
                _ = try? s.discuss(youth: y, day: demoToday, changes: changes, actor: me)
            case 3:
                guard let y = onBoard.randomElement(using: &rng) else { continue }
                _ = try? s.applyInMeeting(.decision(text: "Beslutning"), youth: y, day: demoToday, actor: me)
            case 4:
                guard let y = off.randomElement(using: &rng) else { continue }
                _ = try? s.applyInMeeting(.putOnBoard(reason: .vulnerable, plan: "Tett oppfølging", evaluate: nil), youth: y, day: demoToday, actor: me)
            case 5:
                guard let y = onBoard.randomElement(using: &rng) else { continue }
                _ = try? s.applyInMeeting(.takeOffBoard(note: nil, status: .worried, why: "Bedre"), youth: y, day: demoToday, actor: me)
            case 6:
                _ = try? s.undoLast(actor: me)
            default:
                // A colleague, at the same time, from the command line: onto the board, outside the meeting.
                guard let y = off.randomElement(using: &rng) else { continue }
                _ = try Self.cli(binary, ["intensive", y, "--reason", "crisis", "--plan", "Daglig", "--as", "OB", "--data", data], at: clock)
            }
        }
        clock += 30

        // Open: the board's header and meeting view, the end dialog, `meeting status --json`.
        let b = BoardSession(session: try Session.open(dataFlag: data, langFlag: "en", actAs: nil, environment: Self.env(clock)),
                             shared: false, width: 120, height: 40)
        b.tick()
        let coverage = try #require(b.state.agenda.coverage)
        let header = b.screen.text
        #expect(Self.pair(header, after: "meeting: ") == [coverage.discussed.count, coverage.board.count], "header:\n\(header)")
        let status = try JSONSerialization.jsonObject(with: Data(try Self.cli(binary, ["meeting", "status", "--json", "--data", data], at: clock).utf8))
            as? [String: Any]
        let progress = try #require(status?["progress"] as? [String: Any])
        #expect(progress["discussed"] as? Int == coverage.discussed.count && progress["board"] as? Int == coverage.board.count, "\(progress)")
        if case .needsConfirmation(let atEnd) = try store().endMeeting(day: demoToday, confirmUndiscussed: false, actor: me) {
            #expect(atEnd == coverage, "the end sees what the board shows")
            b.send(.meetingNeedsConfirmation(atEnd.undiscussed))
            let dialog = b.screen.text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "│", with: " ")
                .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            #expect(dialog.contains("\(atEnd.undiscussed.count) of \(coverage.board.count) youths on the board were not discussed"), "\(dialog)")
        }

        // Ended: the minutes and `stats --json` show the same two numbers.
        guard case .ended(let ended) = try store().endMeeting(day: demoToday, confirmUndiscussed: true, actor: me) else {
            Issue.record("the meeting did not end"); return
        }
        let final = ended.coverage()
        #expect(final.board == coverage.board && final.discussed == coverage.discussed)
        let minutes = try Self.cli(binary, ["export", "minutes", "--format", "markdown", "--data", data], at: clock + 5)
        #expect(Self.pair(minutes, after: "Discussed") == [final.discussed.count, final.board.count], "minutes:\n\(minutes)")
        let stats = try JSONSerialization.jsonObject(with: Data(try Self.cli(binary, ["stats", "--json", "--data", data], at: clock + 5).utf8))
            as? [String: Any]
        let days = try #require((stats?["meetings"] as? [String: Any])?["days"] as? [[String: Any]])
        let today = try #require(days.last)
        #expect(today["discussed"] as? Int == final.discussed.count && today["board"] as? Int == final.board.count, "\(today)")
        // Time: never more than the meeting lasted.
        let spent = ended.items.reduce(0) { $0 + $1.seconds }
        #expect(spent <= Int(ended.ended!.seconds - ended.started.seconds), "\(spent) s of \(ended.ended!.seconds - ended.started.seconds) s")
    }
}
