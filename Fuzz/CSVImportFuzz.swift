// libFuzzer target: the spreadsheet import's parsing path (Sources/tavle/Import/CSVFile.swift and
// ImportColumns.swift, compiled in unchanged, over CSV.swift) must reject any bytes with an error,
// never crash. The import's per-field parsing (dates, text cleaning) runs on every field.
// Built by scripts/fuzz.sh with `swiftc -sanitize=fuzzer,address`; CSVImportSupport.swift stands
// in for the two command-line helpers CSVFile uses.
import Foundation
import TavleCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let file = try? CSVFile(bytes: bytes, path: "fuzz/import.csv") else { return 0 }
    for h in file.header {
        _ = ImportColumn.match(h)
    }
    for row in file.rows.prefix(200) {
        for field in row.fields {
            _ = TextSafety.clean(field, multiline: true)
            _ = TextSafety.display(field)
            _ = Day(parsing: field, allowNorwegian: true)
            _ = ImportColumn.normalise(field)
        }
    }
    return 0
}
