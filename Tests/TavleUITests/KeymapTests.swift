import Foundation
import Testing
import TavleCore
@testable import TavleUI

/// The one keymap: it drives the keys, the `?` overlay, the hint bar and docs/keymap.md.
@Suite struct KeymapTests {
    @Test func helpOverlayListsEveryBinding() throws {
        for lang in Language.allCases {
            var s = try demoState(lang, width: 120, height: 160)
            press(&s, .char("?"))
            let screen = render(s)
            for b in Keymap.bindings {
                let help = Texts.text(b.help, lang)
                // Long help texts wrap; their first words are on the key's line.
                let start = String(help.prefix(30)).split(separator: " ").dropLast().joined(separator: " ")
                #expect(screen.contains(start.isEmpty ? help : start), "\(lang): help for \(b.command) missing: \(help)")
                #expect(screen.contains(Keymap.keysText(b, lang)), "\(lang): keys of \(b.command)")
            }
            // The symbol legend, every entry (the overlay is tall enough here to hold it all).
            for entry in Legend.entries(lang) {
                #expect(screen.contains(entry.symbol), "\(lang): legend symbol \(entry.symbol)")
                #expect(screen.contains(String(entry.meaning.prefix(25))), "\(lang): legend \(entry.meaning)")
            }
        }
    }

    @Test func theIssuesKeysAreAllBound() {
        let board: [(Key, Command)] = [
            (.up, .moveUp), (.down, .moveDown), (.char("j"), .moveDown), (.char("k"), .moveUp), (.pageUp, .pageUp),
            (.pageDown, .pageDown), (.char("g"), .first), (.char("G"), .last), (.tab, .switchGroup), (.enter, .openDetail),
            (.escape, .back), (.char("i"), .toggleIntensive), (.char("s"), .chooseStatus), (.char("n"), .addNote),
            (.char("c"), .logContact), (.char("a"), .setPlan), (.char("r"), .markReviewed), (.char("/"), .search),
            (.char("f"), .filterDue), (.char("p"), .toggleNames), (.char("u"), .undo), (.char("?"), .help), (.char("q"), .quit),
        ]
        for (key, command) in board { #expect(Keymap.binding(for: key, in: .board)?.command == command, "\(key)") }
    }

    @Test func noKeyMeansTwoThingsInOneContextAndMeetingKeysStayFree() {
        for ctx in KeyContext.allCases {
            var seen: [Key: Command] = [:]
            for b in Keymap.bindings(in: ctx) {
                for case .key(let k) in b.keys {
                    #expect(seen[k] == nil, "\(k) bound twice in \(ctx)")
                    seen[k] = b.command
                }
            }
        }
        // The keys the meeting issue asked for.
        let meeting: [(Key, KeyContext, Command)] = [
            (.char("m"), .board, .meeting), (.char("d"), .board, .dayPlan), (.char("S"), .board, .stats),
            (.char("w"), .detail, .markDocumented), (.enter, .meeting, .discussedNext), (.char("b"), .meeting, .recordDecision),
            (.char("a"), .meeting, .setPlan), (.char("s"), .meeting, .chooseStatus), (.char("i"), .meeting, .toggleIntensive),
            (.char("e"), .meeting, .endMeeting), (.escape, .meeting, .back), (.escape, .dayPlan, .back), (.escape, .stats, .back),
        ]
        for (key, ctx, command) in meeting { #expect(Keymap.binding(for: key, in: ctx)?.command == command, "\(key) in \(ctx)") }
    }

    @Test func docsKeymapIsGeneratedFromTheKeymap() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/keymap.md")
        let generated = KeymapDoc.markdown()
        if Snapshot.recording { try generated.write(to: url, atomically: true, encoding: .utf8) }
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(committed == generated, "docs/keymap.md is out of date: run TAVLE_RECORD=1 swift test --filter TavleUITests")
        for b in Keymap.bindings { #expect(committed.contains(Texts.text(b.help, .en))) }
    }

    @Test func hintBarFollowsTheContext() throws {
        var s = try demoState()
        select(&s, "ida")
        press(&s, .char("n"))
        let hints = render(s).line(23)
        #expect(hints.contains("Enter neste/lagre") && hints.contains("Esc avbryt"))
        #expect(!hints.contains("q avslutt"))
    }
}
