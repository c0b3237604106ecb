import Testing
@testable import TavleCore

@Suite struct TextSafetyTests {
    @Test func escapeSequencesBecomeVisible() {
        #expect(TextSafety.display("a\u{1B}[2Jb") == "a^[[2Jb")
        #expect(TextSafety.display("\u{1B}]0;owned\u{07}") == "^[]0;owned^G")
        #expect(TextSafety.display("x\u{9B}31m") == "x<U+009B>31m")
        #expect(TextSafety.display("evil\u{202E}txt") == "evil<U+202E>txt")
        #expect(TextSafety.display("zero\u{200B}width") == "zero<U+200B>width")
        #expect(TextSafety.display("line\rover") == "line^Mover")
        #expect(!TextSafety.display("\u{1B}]52;c;aGk=\u{07}").contains("\u{1B}"))
    }

    @Test func norwegianTextIsUntouched() {
        let s = "Åse Ødegård, Bjørn Bråten: «møte» – ok"
        #expect(TextSafety.display(s) == s)
        #expect(TextSafety.clean(s) == s)
    }

    @Test func cleanKeepsNewlinesOnlyForNotes() {
        #expect(TextSafety.clean("a\nb", multiline: true) == "a\nb")
        #expect(TextSafety.clean("a\nb") == "a b")
        #expect(TextSafety.clean("a\u{1B}b\tc") == "a^[b c")
    }

    @Test func displayWidth() {
        #expect(DisplayWidth.of("Ødegård") == 7)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.truncate("Kristian Haugen", to: 8) == "Kristia…")
        #expect(DisplayWidth.pad("Åse", to: 5) == "Åse  ")
        // The fast path (scalars below U+0300) and the grapheme walk agree where they meet.
        #expect(DisplayWidth.of("Åse Ødegård 17 ▲") == 16)
        #expect(DisplayWidth.of("Ase\u{30A}") == 3, "a combining ring takes no column")
        #expect(DisplayWidth.of("a\u{7}b") == 2 && DisplayWidth.of("a\u{85}b") == 2, "controls take none")
        #expect(DisplayWidth.of("Kari 日本") == 9)
        for s in ["Ødegård", "Ase\u{30A}", "Kari 日本", "a\u{85}b", "", "plain"] {
            #expect(DisplayWidth.of(s) == DisplayWidth.ofCharacters(s), "\(s)")
        }
        // Plain, read from the bytes: every scalar printable and below U+0300, one column each.
        for v in Array(0..<0x400) + [0x2028, 0x2070, 0x3000, 0x1F600] {
            guard let u = Unicode.Scalar(v) else { continue }
            let s = "a" + String(Character(u)) + "b"
            let plain = v >= 0x20 && v != 0x7F && !(v >= 0x80 && v < 0xA0) && v < 0x300
            #expect(DisplayWidth.plainColumns(s) == (plain ? 3 : nil), "U+\(String(v, radix: 16))")
            if plain { #expect(DisplayWidth.ofCharacters(s) == 3, "U+\(String(v, radix: 16))") }
        }
    }
}
