import CSV
import Foundation
import TavleCore

/// A spreadsheet as Norwegian Excel saves it: `;` or `,` separated, UTF-8 with or without a
/// BOM, or Windows-1252; parsed with CSV.swift. Each row keeps the line it starts on.
struct CSVFile {
    struct Row {
        let line: Int
        let fields: [String]
    }

    let header: [String]
    let rows: [Row]
    let delimiter: Character

    /// Reads the file; an unreadable one is a data error naming it.
    init(path: String) throws {
        let bytes = try FileIO.read(path, limit: 64 * 1024 * 1024)
        try self.init(bytes: bytes, path: path)
    }

    init(bytes raw: [UInt8], path: String) throws {
        var bytes = raw
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let text: String
        if let utf8 = String(validating: bytes, as: UTF8.self) {
            text = utf8
        } else if let cp1252 = String(data: Data(bytes), encoding: .windowsCP1252) {
            text = cp1252
        } else {
            throw CLIError.data(.importEncoding, Format.safe(path))
        }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        let semicolons = firstLine.filter { $0 == ";" }.count, commas = firstLine.filter { $0 == "," }.count
        delimiter = semicolons >= commas && semicolons > 0 ? ";" : ","
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: true,
                                   delimiter: delimiter == ";" ? ";" : ",")
        } catch {
            throw CLIError.data(.importUnreadable, Format.safe(path), Format.safe(String(describing: error)))
        }
        var all: [Row] = []
        var line = 1
        while let fields = reader.next() {
            all.append(Row(line: line, fields: fields))
            // A quoted field may span lines; the next row starts after them.
            line += 1 + fields.reduce(0) { $0 + $1.filter { $0 == "\n" || $0 == "\r\n" }.count }
        }
        if let e = reader.error {
            throw CLIError.data(.importUnreadable, Format.safe(path), Format.safe(String(describing: e)))
        }
        guard let first = all.first else { throw CLIError.data(.importEmpty, Format.safe(path)) }
        header = first.fields
        rows = all.dropFirst().filter { !$0.fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
    }
}
