import CNCurses
import Foundation
import Testing
import TavleUI
@testable import TavleTerminal

extension CursesTests {
    @Suite struct Paint {
        /// A board-like frame: Norwegian letters in bold, a wide name, a reversed selection bar.
        static func sampleScreen(width: Int = 80, height: Int = 24) -> Screen {
            var screen = Screen(width: width, height: height)
            screen.put("Blåbær for Øystein", x: 2, y: 1, style: .bold)
            screen.put("名前 ok", x: 0, y: 3)
            screen.fill(x: 0, y: 5, width: width, style: .reverse)
            screen.put("Åse på tur", x: 1, y: 5, style: .reverse)
            screen.put("! krise", x: 0, y: 7, style: CellStyle(color: .red, bold: true))
            return screen
        }

        @Test func paintsNorwegianLettersWideCharactersAndStyles() throws {
            let terminal = try Terminal.openForTesting(term: "xterm-256color")
            defer { terminal.close() }
            terminal.paint(Self.sampleScreen())

            #expect(WindowContents.row(1).hasPrefix("  Blåbær for Øystein  "))
            #expect(WindowContents.cell(4, 1).text == "å")
            #expect(WindowContents.has(tavle_attr_bold(), 4, 1))
            #expect(!WindowContents.has(tavle_attr_reverse(), 4, 1))
            // Each ideograph takes two columns, so " ok" starts in column 4.
            #expect(WindowContents.row(3).hasPrefix("名前 ok "))
            #expect(WindowContents.cell(2, 3).text == "前")
            #expect(WindowContents.cell(5, 3).text == "o")
            // The selection bar is reversed across the whole width, text and padding alike.
            #expect(WindowContents.row(5).hasPrefix(" Åse på tur "))
            #expect(WindowContents.has(tavle_attr_reverse(), 1, 5))
            #expect(WindowContents.has(tavle_attr_reverse(), 79, 5))
            #expect(!WindowContents.has(tavle_attr_reverse(), 0, 6))
            // Colour is a pair on top of the attributes.
            #expect(WindowContents.cell(0, 7).pair == Int16(CellColor.red.rawValue))
            #expect(WindowContents.has(tavle_attr_bold(), 0, 7))
        }

        @Test func noColorKeepsAttributesButDropsColour() throws {
            let output = FileManager.default.temporaryDirectory
                .appendingPathComponent("tavle-nocolor-\(UUID().uuidString).out").path
            defer { try? FileManager.default.removeItem(atPath: output) }
            let terminal = try Terminal.openForTesting(term: "xterm-256color",
                                                       environment: ["NO_COLOR": "1"], output: output)
            terminal.paint(Self.sampleScreen())
            #expect(WindowContents.cell(0, 7).pair == 0)
            #expect(WindowContents.has(tavle_attr_bold(), 0, 7))
            terminal.close()

            let written = try String(contentsOfFile: output, encoding: .utf8)
            #expect(written.contains("Blåbær"))  // UTF-8 on the wire, not byte garbage
            #expect(!written.contains("\u{1B}[31m"))  // no red foreground escape
        }

        @Test func colourReachesTheTerminalWithoutNoColor() throws {
            let output = FileManager.default.temporaryDirectory
                .appendingPathComponent("tavle-color-\(UUID().uuidString).out").path
            defer { try? FileManager.default.removeItem(atPath: output) }
            let terminal = try Terminal.openForTesting(term: "xterm-256color",
                                                       environment: ["NO_COLOR": ""], output: output)
            terminal.paint(Self.sampleScreen())
            terminal.close()
            #expect(try String(contentsOfFile: output, encoding: .utf8).contains("\u{1B}[31m"))
        }

        @Test func screenLargerThanTerminalIsCutNotWrapped() throws {
            let terminal = try Terminal.openForTesting(term: "xterm-256color", width: 40, height: 10)
            defer { terminal.close() }
            var screen = Self.sampleScreen()
            screen.put(String(repeating: "a", count: 39) + "名bbb", x: 0, y: 2)
            terminal.paint(screen)
            // The wide character would straddle the edge: it becomes a blank, nothing wraps.
            #expect(WindowContents.row(2) == String(repeating: "a", count: 39) + " ")
            #expect(WindowContents.row(3).hasPrefix("名前 ok"))
            #expect(terminal.size == (width: 40, height: 10))
        }

        @Test func screenSmallerThanTerminalLeavesTheRestBlank() throws {
            let terminal = try Terminal.openForTesting(term: "xterm-256color")
            defer { terminal.close() }
            var full = Screen(width: 80, height: 24)
            for y in 0..<24 { full.put(String(repeating: "X", count: 80), x: 0, y: y) }
            terminal.paint(full)
            var small = Screen(width: 20, height: 5)
            small.put("liten", x: 0, y: 0)
            terminal.paint(small)
            #expect(WindowContents.row(0) == "liten" + String(repeating: " ", count: 75))
            #expect(WindowContents.row(10) == String(repeating: " ", count: 80))
        }

        @Test func changedFramesRepaintOnlyWhatDiffersButEndUpComplete() throws {
            let terminal = try Terminal.openForTesting(term: "xterm-256color")
            defer { terminal.close() }
            var screen = Self.sampleScreen()
            terminal.paint(screen)
            screen.put("Ny rad for Ærlig", x: 0, y: 12, style: .bold)
            screen.fill(x: 0, y: 5, width: 80, style: .plain)  // the selection moved away
            terminal.paint(screen)
            for y in 0..<24 { #expect(WindowContents.row(y) == screen.line(y), "row \(y)") }
            #expect(!WindowContents.has(tavle_attr_reverse(), 30, 5))
            #expect(WindowContents.has(tavle_attr_bold(), 12, 12))
        }

        @Test func resizeThenPaintUsesTheNewSize() throws {
            let terminal = try Terminal.openForTesting(term: "xterm-256color")
            defer { terminal.close() }
            terminal.paint(Self.sampleScreen())
            terminal.resizeForTesting(width: 60, height: 20)
            #expect(terminal.size == (width: 60, height: 20))
            terminal.paint(Self.sampleScreen(width: 60, height: 20))
            #expect(WindowContents.row(5).count == 60)
            #expect(WindowContents.has(tavle_attr_reverse(), 59, 5))
        }

        @Test func cursorIsPlacedWhereTheScreenAsks() throws {
            let terminal = try Terminal.openForTesting(term: "xterm-256color")
            defer { terminal.close() }
            var screen = Self.sampleScreen()
            screen.cursor = (x: 7, y: 9)
            terminal.paint(screen)
            #expect(WindowContents.cursor == (x: 7, y: 9))
            #expect(terminal.cursorShown == true)
            screen.cursor = nil
            terminal.paint(screen)
            #expect(terminal.cursorShown == false)
        }
    }
}
