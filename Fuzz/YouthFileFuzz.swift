// libFuzzer target: every loader of tavle's data files must reject any input with a clear
// error, never crash. Built by scripts/fuzz.sh with `swiftc -sanitize=fuzzer,address`.
import Foundation
import TavleCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? Coding.decodeFile(Youth.self, from: bytes, path: "fuzz/youth.json", supported: Youth.schemaVersion,
                               upgrade: Migration.upgradeYouth)
    _ = try? Coding.decodeFile(Team.self, from: bytes, path: "fuzz/team.json", supported: Team.schemaVersion,
                               upgrade: Migration.upgradeTeam)
    _ = try? JSONDecoder().decode(JournalEntry.self, from: Data(bytes))
    _ = TextSafety.display(String(decoding: bytes, as: UTF8.self))
    _ = Day(parsing: String(decoding: bytes.prefix(40), as: UTF8.self), allowNorwegian: true)
    _ = Timestamp(parsing: String(decoding: bytes.prefix(40), as: UTF8.self))
    return 0
}
