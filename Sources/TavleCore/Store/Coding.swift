import Foundation

/// JSON encoding and decoding of data files, with errors described in plain words.
public enum Coding {
    /// Data files are pretty-printed with sorted keys, so a human can read and diff them.
    public static func encodeFile<T: Encodable>(_ value: T) throws(TavleError) -> [UInt8] {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do { return Array(try e.encode(value)) + [0x0A] } catch {
            throw .badFile(path: "-", problem: LocalizedMessage(.fileCannotEncode, ["\(error)"]))
        }
    }

    /// Compact JSON (the index, command output).
    public static func encodeCompact<T: Encodable>(_ value: T) throws(TavleError) -> [UInt8] {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do { return Array(try e.encode(value)) } catch { throw .badFile(path: "-", problem: LocalizedMessage(.fileCannotEncode, ["\(error)"])) }
    }

    /// The schema version and, when it is the one this build writes, the record itself, from one
    /// parse of the file (parsing is most of what loading a youth costs). An error in the record
    /// is kept apart from an error in the JSON, so the checks below keep their order.
    private struct Probed<T: Decodable>: Decodable {
        static var supportedKey: CodingUserInfoKey { CodingUserInfoKey(rawValue: "tavle.supportedSchema")! }
        enum Key: String, CodingKey { case schema }
        var schema: Int?
        var value: T?
        var valueError: Error?

        init(from decoder: Decoder) throws {
            schema = try decoder.container(keyedBy: Key.self).decodeIfPresent(Int.self, forKey: .schema)
            guard let schema, schema == decoder.userInfo[Self.supportedKey] as? Int else { return }
            do { value = try T(from: decoder) } catch { valueError = error }
        }
    }

    /// Decodes a data file, checking first that it is UTF-8 JSON of a schema this build knows.
    /// A record of an older schema is passed through `upgrade` in memory (files change only
    /// through `tavle migrate`).
    public static func decodeFile<T: Decodable>(_ type: T.Type, from bytes: [UInt8], path: String, supported: Int,
                                                upgrade: (([String: JSONValue]) -> [String: JSONValue])? = nil) throws(TavleError) -> T {
        if bytes.isEmpty { throw .badFile(path: path, problem: LocalizedMessage(.fileEmpty)) }
        // A record of this build's schema, as tavle writes it, is read by hand (`FastRead`); anything
        // else (another schema, a repeated key, a bad value) the usual way below, with its error.
        // The file is checked for UTF-8 once, without a copy; read by hand it has no NUL byte
        // (JSON's grammar takes none), so that check is left to the usual way.
        if let reader = T.self as? any FastRecord.Type, (try? UTF8Span(validating: bytes.span)) != nil,
           let fast = bytes.withUnsafeBufferPointer({ reader.record($0, validUTF8: true) }), fast.schema == supported,
           let value = fast as? T {
            if let checked = value as? RangeChecked, let problem = checked.rangeProblem {
                throw .badFile(path: path, problem: problem)
            }
            return value
        }
        if String(validating: bytes, as: UTF8.self) == nil { throw .badFile(path: path, problem: LocalizedMessage(.fileNotUTF8)) }
        if bytes.contains(0) { throw .badFile(path: path, problem: LocalizedMessage(.fileNulBytes)) }
        let data = Data(bytes)
        let probe: Probed<T>
        do {
            let decoder = JSONDecoder()
            decoder.userInfo[Probed<T>.supportedKey] = supported
            probe = try decoder.decode(Probed<T>.self, from: data)
        } catch {
            throw .badFile(path: path, problem: describe(error))
        }
        if let key = DuplicateKeys.first(in: bytes) {
            throw .badFile(path: path, problem: LocalizedMessage(.fileDuplicateKey, [key]))
        }
        guard let schema = probe.schema else { throw .badFile(path: path, problem: LocalizedMessage(.fileNoSchema)) }
        if schema > supported { throw .newerSchema(path: path, found: schema, supported: supported) }
        let value: T
        do {
            if schema < supported, let upgrade {
                guard let object = try JSONDecoder().decode(JSONValue.self, from: data).object else {
                    throw TavleError.badFile(path: path, problem: LocalizedMessage(.fileNotObject))
                }
                value = try JSONDecoder().decode(T.self, from: JSONEncoder().encode(JSONValue.object(upgrade(object))))
            } else if let error = probe.valueError {
                throw error
            } else if let v = probe.value {
                value = v
            } else {
                value = try JSONDecoder().decode(T.self, from: data)
            }
        } catch let e as TavleError { throw e } catch {
            throw .badFile(path: path, problem: describe(error))
        }
        // Numbers are range-checked here, where they are decoded, so no later sum or date
        // arithmetic can trap on a hostile value (RangeChecks.swift).
        if let checked = value as? RangeChecked, let problem = checked.rangeProblem {
            throw .badFile(path: path, problem: problem)
        }
        return value
    }

    /// "field notes[3].at is missing" rather than Foundation's debug dump, in the reader's language.
    public static func describe(_ error: Error) -> LocalizedMessage {
        func path(_ keys: [CodingKey]) -> String {
            var s = ""
            for k in keys {
                if let i = k.intValue { s += "[\(i)]" } else { s += (s.isEmpty ? "" : ".") + k.stringValue }
            }
            return s.isEmpty ? LocalizedMessage.word(.fileTopLevel) : s
        }
        guard let e = error as? DecodingError else { return LocalizedMessage(.fileSystem, ["\(error)"]) }
        switch e {
        case .typeMismatch(let t, let ctx): return LocalizedMessage(.fileWrongType, [path(ctx.codingPath), "\(t)"])
        case .valueNotFound(let t, let ctx): return LocalizedMessage(.fileEmptyField, [path(ctx.codingPath), "\(t)"])
        case .keyNotFound(let k, let ctx): return LocalizedMessage(.fileMissingField, [path(ctx.codingPath + [k])])
        case .dataCorrupted(let ctx):
            if ctx.codingPath.isEmpty { return LocalizedMessage(.fileNotJSON) }
            return LocalizedMessage(.fileBadValue, [path(ctx.codingPath), ctx.debugDescription])
        @unknown default: return LocalizedMessage(.fileSystem, ["\(error)"])
        }
    }
}
