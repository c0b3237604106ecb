import CNCurses
import Testing
import TavleUI
@testable import TavleTerminal

@Suite struct KeyDecoderTests {
    @Test(arguments: [
        (UInt32(10), Key.enter), (13, .enter), (9, .tab), (27, .escape),
        (127, .backspace), (8, .backspace),
        (1, .ctrl("a")), (19, .ctrl("s")), (26, .ctrl("z")), (29, .ctrl("]")),
        (UInt32(Character("q").unicodeScalars.first!.value), .char("q")),
        (248, .char("ø")), (0xE6, .char("æ")), (0xC5, .char("Å")),
        (0x540D, .char("名")), (32, .char(" ")),
    ])
    func characters(value: UInt32, expected: Key) {
        #expect(KeyDecoder.character(value) == expected)
    }

    @Test(arguments: [UInt32(0), 0x85, 0x9B, 0xD800])
    func inputThatIsNoKey(value: UInt32) {
        #expect(KeyDecoder.character(value) == nil)
    }

    @Test(arguments: [
        (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end),
        (KEY_ENTER, .enter), (KEY_BTAB, .backTab), (KEY_BACKSPACE, .backspace),
        (KEY_DC, .delete), (KEY_RESIZE, .resize),
    ])
    func functionKeys(code: Int32, expected: Key) {
        #expect(KeyDecoder.keyCode(code) == expected)
    }

    @Test func unmappedFunctionKeyIsIgnored() {
        #expect(KeyDecoder.keyCode(KEY_F0 + 5) == nil)
    }
}
