// libFuzzer target: every loader of tavle's data files must reject any input with a clear
// error, never crash. Built by scripts/fuzz.sh with `swiftc -sanitize=fuzzer,address`.
import Foundation
@testable import TavleCore   // the index codec is internal; scripts/fuzz.sh builds the core with -enable-testing

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? Coding.decodeFile(Youth.self, from: bytes, path: "fuzz/youth.json", supported: Youth.schemaVersion,
                               upgrade: Migration.upgradeYouth)
    _ = try? Coding.decodeFile(Team.self, from: bytes, path: "fuzz/team.json", supported: Team.schemaVersion,
                               upgrade: Migration.upgradeTeam)
    _ = try? JSONDecoder().decode(JournalEntry.self, from: Data(bytes))
    // The board index: the whole summary and the names-only pass must agree on what is an index.
    let whole = IndexCodec.decodeFile(bytes), names = IndexCodec.decodeNames(bytes)
    if let whole, let names, whole.youths.map(\.youth.id) != names.names.map(\.id) { fatalError("index passes disagree") }
    _ = TextSafety.display(String(decoding: bytes, as: UTF8.self))
    _ = Day(parsing: String(decoding: bytes.prefix(40), as: UTF8.self), allowNorwegian: true)
    _ = Timestamp(parsing: String(decoding: bytes.prefix(40), as: UTF8.self))
    return 0
}
