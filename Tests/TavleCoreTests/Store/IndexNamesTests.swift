import Foundation
import Testing
@testable import TavleCore

/// Issue 29, point 5: a command by label reads `index.names` (the index's names and initials),
/// not the whole index; the file is derived, tied to the very index file it was made from, and a
/// wrong, stale or garbage one only costs reading the index.
@Suite struct IndexNamesTests {
    /// Names as `youthNames` gives them, and the paths it read.
    func names(_ store: Store) throws -> (names: [YouthName]?, read: [String]) {
        let counter = FileIO.ReadCounter()
        let names = try FileIO.$readCounter.withValue(counter) { try store.youthNames() }
        return (names, counter.paths)
    }

    /// What the index's own lines say.
    func fromIndex(_ store: Store) throws -> [YouthName] {
        try #require(IndexCodec.decodeNames(try FileIO.read(store.indexPath, limit: 512 * 1024 * 1024))).names
    }

    @Test func theNamesFileIsWrittenWithTheIndexAndReadInsteadOfIt() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        try store.updateYouth("sara", actor: leader, action: "set") { $0.initialsOverride = "S\tL\\" }
        #expect(FileIO.status(store.indexNamesPath) == nil)
        _ = try store.loadBoard(today: fixedToday)   // writes the index and its names
        let st = try #require(FileIO.status(store.indexNamesPath))
        #expect(st.st_mode & 0o777 == 0o600, "private, like the index")
        let got = try names(store)
        #expect(got.names == (try fromIndex(store)), "the same names, in the same order, as the index's lines")
        #expect(got.names?.first { $0.id == "sara" }?.initials == "S\tL\\", "escaped and read back")
        #expect(got.read.contains(store.indexNamesPath))
        #expect(!got.read.contains(store.indexPath), "the index itself is not read")
        // And resolving a label through them finds the same youth as through the board.
        let board = try store.loadBoard(today: fixedToday, maintainIndex: false).youths.map(YouthName.init)
        #expect(got.names?.sorted { $0.id < $1.id } == board)
    }

    @Test func aLabelReadsOnlyItsNamesakesLines() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        try store.updateYouth("sara", actor: leader, action: "set") { $0.initialsOverride = "S\tL\\" }
        try store.updateYouth("noah", actor: leader, action: "set") { $0.initialsOverride = "ØB" }
        _ = try store.loadBoard(today: fixedToday)   // a fresh index: nothing changed since it
        let all = try #require(try store.youthNames())
        let labels = Labels.labels(all)
        let y = try #require(all.first { y in
            !y.discharged && y.initials.allSatisfy(\.isASCII) && !y.initials.contains("\t")
                && !all.contains { !$0.discharged && $0.initials == y.initials && $0.id != y.id }
        })
        let noah = try #require(all.first { $0.id == "noah" })
        for (q, y) in [(Labels.ascii(labels[y.id]!), y), (Labels.ascii(labels[y.id]!).lowercased(), y), (" \(y.initials) ", y),
                       ("øb", noah), (Labels.ascii(labels["noah"]!), noah)] {
            let near = try #require(try store.youthNames(near: q))
            let typed = q.trimmingCharacters(in: .whitespaces).lowercased()
            #expect(near.contains(y), "\(q)")
            #expect(near.count < all.count, "\(q): not every youth is read")
            // Only namesakes, and those whose initials hold an escape (for the caller to judge).
            for n in near {
                #expect(typed.hasPrefix(n.initials.lowercased()) || n.initials.contains("\t"), "\(q): \(n.initials)")
            }
            #expect(near.contains { $0.id == "sara" }, "an escape: kept for the caller to judge")
            #expect(try store.resolveYouthExactly(q, among: near, for: .write, today: fixedToday) == y, "\(q)")
            // Every namesake is there: the label's number is as among every youth.
            #expect(Set(near.filter { typed.hasPrefix($0.initials.lowercased()) }.map(\.id))
                    == Set(all.filter { typed.hasPrefix($0.initials.lowercased()) }.map(\.id)))
        }
        // By id: that youth's line.
        #expect(try store.youthNames(near: y.id)?.contains(y) == true)
        // A youth given these initials since the index is among them (from its file).
        try store.updateYouth("sofie", actor: leader, action: "set") { $0.initialsOverride = y.initials }
        #expect(try store.youthNames(near: y.initials)?.contains { $0.id == "sofie" } == true)
        // Without index.names, the index's own names are narrowed the same way.
        FileIO.unlink(store.indexNamesPath)
        let fromIndex = try #require(try store.youthNames(near: Labels.ascii(labels["noah"]!)))
        #expect(fromIndex.contains(noah) && fromIndex.count < all.count)
    }

    /// Text Swift holds equal to other bytes: the filter keeps what the resolver would compare equal.
    @Test func theFilterKeepsWhatCompareEqualAsText() throws {
        func kept(_ query: String, _ initials: String) throws -> Bool {
            let keep = try #require(IndexNames.near(query))
            return keep(Array("x".utf8)[...], Array(IndexCodec.esc(initials).utf8)[...])
        }
        #expect(try kept("O\u{037E}", "O;"), "a Greek question mark is a semicolon")
        #expect(try kept("\u{212A}H2", "KH"), "the Kelvin sign lowercases to k")
        #expect(try kept("a\u{30A}b2", "ÅB"), "a decomposed Å is an Å")
        #expect(try kept("åb", "A\u{30A}B"))
        #expect(try kept("kh2", "KH") && kept(" KH ", "KH") && !kept("KH2", "KJ") && !kept("K", "KH"))
        #expect(IndexNames.near("  ") == nil)
    }

    @Test func aNamesFileOfAnotherIndexOrGarbageIsNotUsed() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        _ = try store.loadBoard(today: fixedToday)
        let good = try FileIO.read(store.indexNamesPath)
        // The index rewritten (another file, same content): the names file no longer matches it.
        let index = try FileIO.read(store.indexPath, limit: 512 * 1024 * 1024)
        FileIO.unlink(store.indexPath)
        try FileIO.writeNew(index, to: store.indexPath, mode: 0o600)
        var got = try names(store)
        #expect(got.read.contains(store.indexPath), "the index is read instead")
        #expect(got.names == (try fromIndex(store)))
        // … and the names file written anew for it, so the next command reads only that.
        got = try names(store)
        #expect(!got.read.contains(store.indexPath))
        #expect(got.names == (try fromIndex(store)))
        // A names file that says other things than the index, with a header that does not match.
        FileIO.unlink(store.indexNamesPath)
        let lying = String(decoding: good, as: UTF8.self).replacingOccurrences(of: "Noah", with: "Bjørn")
        try FileIO.writeNew(Array(lying.utf8), to: store.indexNamesPath, mode: 0o600)
        got = try names(store)
        #expect(got.read.contains(store.indexPath))
        #expect(got.names?.contains { $0.name.hasPrefix("Bjørn") } == false)
        // Garbage with a matching header: refused line by line, the index is read.
        let header = String(decoding: good.prefix { $0 != 0x0A }, as: UTF8.self)
        let stamp = FileStamp(try #require(FileIO.status(store.indexPath)))
        let current = header.split(separator: "\t").prefix(3).joined(separator: "\t")
            + "\t\(stamp.inode)\t\(stamp.size)\t\(stamp.changedSeconds)\t\(stamp.changedNanoseconds)\n"
        for body in ["noah\tNoah\n", "x\ty\tz\t1\tq\t\tcaseManagement\n", "cut\tline\tNL\t\ta\t2010-01-01\tcaseManagement",
                     "x\ty\tz\t1x\ta\t\tintensive\n", "x\ty\tz\t\ta\t2010-13-01\tintensive\n", "x\ty\tz\t\ta\t\tintensiv\n",
                     "x\ty\tz\t-1\ta\t\tintensive\n"] {
            FileIO.unlink(store.indexNamesPath)
            try FileIO.writeNew(Array((current + body).utf8), to: store.indexNamesPath, mode: 0o600)
            #expect(IndexNames.decode(try FileIO.read(store.indexNamesPath), index: stamp) == nil, "\(body)")
            got = try names(store)
            #expect(got.read.contains(store.indexPath))
            #expect(got.names == (try fromIndex(store)))
        }
        // The next index write puts a good one back.
        FileIO.unlink(store.indexPath)
        _ = try store.loadBoard(today: fixedToday)
        got = try names(store)
        #expect(!got.read.contains(store.indexPath))
        #expect(got.names == (try fromIndex(store)))
    }

    @Test func theNamesFileIsLeftOutOfBackupsAndRemovedByAPurge() throws {
        let dir = TempDir()
        let store = try demoStore(dir)
        _ = try store.loadBoard(today: fixedToday)
        #expect(FileIO.status(store.indexNamesPath) != nil)
        #expect(!(try store.backupFiles()).contains("index.names"))
        let name = try store.loadYouth("oskar").name
        try store.purge(["oskar"], actor: leader)   // the demo's youth past retention (PurgeSafetyTests)
        #expect(FileIO.status(store.indexNamesPath) == nil, "removed with the index")
        _ = try store.youthNames()
        _ = try store.loadBoard(today: fixedToday)
        let bytes = try FileIO.read(store.indexNamesPath)
        #expect(!String(decoding: bytes, as: UTF8.self).contains(name), "no purged youth's name is left behind")
    }
}
