import Testing
import TavleCore
import TavleUI

/// The shape of the board's work, not its speed (figures are in tavle-bench): navigating,
/// searching and filtering use what is in memory and read no file or directory.
@Suite struct KeyPressShapeTests {
    @Test func navigationSearchAndFilterReadNoFiles() throws {
        let dir = try DemoDirectory()
        let b = BoardSession(session: try dir.session(), shared: false, width: 100, height: 30)
        let counter = FileIO.ReadCounter()
        let keys: [Key] = [.down, .down, .up, .pageDown, .pageUp, .char("j"), .char("k"), .tab, .tab,
                           .char("G"), .char("g"), .char("f"), .char("f"), .char("/"), .char("s"), .char("o"),
                           .escape, .char("?"), .escape]
        let before = b.state.selectedID
        FileIO.$readCounter.withValue(counter) {
            for k in keys {
                b.key(k)
                _ = b.screen
            }
        }
        #expect(counter.count == 0, "a key press read \(counter.count) files")
        // The counter does count: opening a youth's details reads its file.
        FileIO.$readCounter.withValue(counter) { b.key(.enter) }
        #expect(counter.count > 0)
        #expect(before != nil)
    }
}
