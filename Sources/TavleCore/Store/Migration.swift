import Foundation

/// Upgrades records written by an older tavle. Reading an older record upgrades it in memory
/// only; the files change only through `Store.migrate`, explicitly and after a backup.
public enum Migration {
    /// Brings a youth record to `Youth.schemaVersion`.
    public static func upgradeYouth(_ record: [String: JSONValue]) -> [String: JSONValue] {
        var r = record
        var schema = r["schema"].flatMap { v -> Int? in if case .number(let n) = v { Int(n) } else { nil } } ?? 1
        if schema < 2 {
            // 1 → 2: `services` is new; a youth referred by the outreach service is followed by it.
            var services: [JSONValue] = []
            if r["referral"]?.object?["source"]?.string == "outreach" { services.append(.string("outreach")) }
            r["services"] = .array(services)
            schema = 2
        }
        if schema < 3 {
            // 2 → 3: retractions (undone notes and contacts) start empty. Label numbers are given by
            // `tavle migrate` across the directory (`Labels.migrationNumbers`); until then the board
            // works them out for display.
            if r["retractions"] == nil { r["retractions"] = .array([]) }
            schema = 3
        }
        if schema < 4 {
            // 3 → 4: no municipality (absent), no school or work status yet; older contacts keep
            // no arena (unknown: not counted as face to face).
            if r["school"] == nil { r["school"] = .array([]) }
            schema = 4
        }
        if schema < 5 {
            // 4 → 5: a youth discharged before keeps no discharge reason or destination (absent:
            // shown as "not recorded", never guessed). Intake criteria 2 and 3 may now be absent
            // (not assessed); an older record keeps the values it has.
            schema = 5
        }
        if schema < 6 {
            // 5 → 6: consents may be given by child welfare and carry a note (older ones have
            // none); the youth's goals as a list and the network start empty (the old `goals`
            // text stays as it is: the youth's goal as last written, with no date to invent).
            if r["goalList"] == nil { r["goalList"] = .array([]) }
            if r["network"] == nil { r["network"] = .array([]) }
            schema = 6
        }
        if schema < 7 {
            // 6 → 7: the four questions' last answers are new; absent means never answered (no
            // answer is invented for discussions held before).
            schema = 7
        }
        r["schema"] = .number(Double(schema))
        return r
    }

    /// Brings a team record to `Team.schemaVersion` (1 → 2, 2 → 3 and 4 → 5 changed nothing in the
    /// team file itself; 3 → 4 adds `municipalities`, empty).
    public static func upgradeTeam(_ record: [String: JSONValue]) -> [String: JSONValue] {
        var r = record
        if r["municipalities"] == nil { r["municipalities"] = .array([]) }
        r["schema"] = .number(Double(Team.schemaVersion))
        return r
    }
}

extension Store {
    /// The team file's schema: below `Team.schemaVersion` the directory needs `tavle migrate`.
    public func directorySchema() throws(TavleError) -> Int {
        struct Probe: Decodable { var schema: Int }
        let bytes = try FileIO.read(teamPath)
        guard let p = try? JSONDecoder().decode(Probe.self, from: Data(bytes)) else {
            throw .badFile(path: teamPath, problem: LocalizedMessage(.fileNoSchema))
        }
        return p.schema
    }

    /// Upgrades every file to the current schema, after writing a backup to `backupPath`.
    /// Each upgraded record is journaled (`action: "migrate"`). Returns how many records changed.
    @discardableResult
    public func migrate(actor: Actor, backupPath: String) throws(TavleError) -> Int {
        try withLock(allowOlderSchema: true) { () throws(TavleError) -> Int in
            try writeBackup(to: backupPath)
            var count = 0
            let mode = Store.fileMode((try? loadTeam().access) ?? .private)
            // Stable labels (schema 3): numbered across the directory in today's order.
            var names: [YouthName] = []
            for id in try youthIDs().ids {
                let raw = try rawObject(youthPath(id))
                let schema = raw["schema"].flatMap { if case .number(let n) = $0 { Int(n) } else { nil } } ?? 1
                guard schema < 3 else { continue }
                let y = try decodeObject(Youth.self, Migration.upgradeYouth(raw), path: youthPath(id))
                names.append(YouthName(y))
            }
            let numbers = Labels.migrationNumbers(names)
            for id in try youthIDs().ids {
                let path = youthPath(id)
                let raw = try rawObject(path)
                let schema = raw["schema"].flatMap { if case .number(let n) = $0 { Int(n) } else { nil } } ?? 1
                guard schema < Youth.schemaVersion else { continue }
                var upgraded = Migration.upgradeYouth(raw)
                if let n = numbers[id] { upgraded["labelNumber"] = .number(Double(n)) }
                var y = try decodeObject(Youth.self, upgraded, path: path)
                y.version += 1
                let changes = RecordDiff.changes(from: raw, to: upgraded)
                for c in changes { y.fieldVersions[c.field] = y.version; y.fieldAuthors[c.field] = actor.staff }
                try commit(y, changes: changes, target: "youth", id: id, version: y.version, path: path,
                           actor: actor, action: "migrate", mode: mode)
                count += 1
            }
            let rawTeam = try rawObject(teamPath)
            if let n = rawTeam["schema"], n != .number(Double(Team.schemaVersion)) {
                var t = try decodeObject(Team.self, Migration.upgradeTeam(rawTeam), path: teamPath)
                t.version += 1
                try commit(t, changes: RecordDiff.changes(from: rawTeam, to: try object(t)), target: "team", id: "team",
                           version: t.version, path: teamPath, actor: actor, action: "migrate", mode: mode)
                count += 1
            }
            // The logs written before the chain are sealed (`Chain`): content unchanged.
            try sealLogs(actor: actor, at: Clock.now(zone: (try? loadTeam().zone) ?? TimeZone.current, environment: environment), mode: mode)
            FileIO.unlink(indexPath)
            FileIO.unlink(indexNamesPath)
            FileIO.unlink(journalOffsetsPath)
            return count
        }
    }

    func rawObject(_ path: String) throws(TavleError) -> [String: JSONValue] {
        let bytes = try FileIO.read(path)
        guard let v = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes)), let o = v.object else {
            throw .badFile(path: path, problem: LocalizedMessage(.fileNotObject))
        }
        return o
    }

    func decodeObject<T: Decodable>(_ type: T.Type, _ object: [String: JSONValue], path: String) throws(TavleError) -> T {
        do { return try JSONDecoder().decode(T.self, from: JSONEncoder().encode(JSONValue.object(object))) } catch {
            throw .badFile(path: path, problem: Coding.describe(error))
        }
    }
}
