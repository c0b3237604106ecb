// Stand-ins for the command line's CLIError and Format, so that the import's CSVFile.swift can be
// fuzzed without the whole CLI (argument parser, output, strings).
import TavleCore

struct CLIError: Error {
    let key: String
    let args: [String]
    static func data(_ key: String, _ args: String...) -> CLIError { CLIError(key: key, args: args) }
}

enum Format {
    static func safe(_ s: String) -> String { TextSafety.display(s) }
    static func safe(_ s: String?) -> String { s.map { TextSafety.display($0) } ?? "" }
}
