import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// SplitMix64: a small, fast, seedable generator, so generated data is the same for a seed.
public struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Makes a realistic, deterministic data directory for benchmarks and stress tests (`tavle dev
/// generate`): staff, youths spread over the years (most discharged, about a fifth of the active
/// ones on the board), notes and contacts through each youth's time with the team.
public enum Generator {
    static let first = ["Kari", "Ola", "Ingrid", "Jonas", "Sofie", "Mathias", "Emma", "Lukas", "Nora", "Filip",
                        "Ida", "Noah", "Maja", "Oskar", "Thea", "Eirik", "Åse", "Bjørn", "Sølvi", "Håkon"]
    static let last = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
                       "Jensen", "Karlsen", "Bråten", "Løvås", "Ødegård", "Sæther", "Aas", "Strøm", "Håland", "Økland"]
    static let texts = ["Hjemmebesøk, god samtale om skole og søvn.", "Møtte mor, hun er sliten men samarbeider.",
                        "Uteble fra avtale, ringte etterpå.", "Gikk tur, snakket om jobb.",
                        "Samtale med kontaktlærer om tilrettelegging.", "Teamet øker kontakten denne uka."]

    /// An id from the seeded generator (eight hex digits), so a seed gives the same files.
    static func seededID(_ rng: inout SeededRandom) -> String {
        let v = rng.next() & 0xFFFF_FFFF
        let hex = String(v, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// The youths, deterministically from `seed`, as of `today`.
    public static func youths(count: Int, years: Int, today: Day, seed: UInt64, staff: [StaffID]) -> [Youth] {
        var rng = SeededRandom(seed: seed)
        let zone = TimeZone(identifier: "Europe/Oslo")!
        let span = max(1, years) * 365
        var out: [Youth] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            let intake = today.adding(days: -Int.random(in: 0...span, using: &rng))
            let age = Int.random(in: 12...25, using: &rng)
            let born = intake.adding(years: -age).adding(days: -Int.random(in: 0...360, using: &rng))
            let name = first.randomElement(using: &rng)! + " " + last.randomElement(using: &rng)!
            var y = Youth(id: String(format: "g%05d", i), name: name, born: born, intake: intake)
            y.version = 1
            y.primaryContact = staff.randomElement(using: &rng)
            y.secondContact = staff.randomElement(using: &rng)
            y.domains = Array(Domain.allCases.shuffled(using: &rng).prefix(Int.random(in: 1...3, using: &rng)))
            y.intakeCriteria = IntakeCriteria(longTermNeed: true, functionalImpairment: true)
            // Service lasts up to three years; those whose service has ended are discharged.
            let end = intake.adding(days: Int.random(in: 60...1100, using: &rng))
            let active = end > today
            let last = active ? today : end
            let days = intake.days(to: last)
            let at = { (d: Day) in Timestamp.local(day: d, minutes: Int.random(in: 480...1000, using: &rng), in: zone) }
            for _ in 0..<max(1, days / 15) {
                let d = intake.adding(days: Int.random(in: 0...max(0, days), using: &rng))
                y.notes.append(Note(id: seededID(&rng), at: at(d), author: staff.randomElement(using: &rng)!,
                                    kind: Bool.random(using: &rng) ? .note : .decision, text: texts.randomElement(using: &rng)!))
            }
            for _ in 0..<max(1, days / 8) {
                let d = intake.adding(days: Int.random(in: 0...max(0, days), using: &rng))
                y.contacts.append(Contact(id: seededID(&rng), at: at(d), staff: staff.randomElement(using: &rng)!,
                                          with: .youth, kind: [ContactKind.visit, .phone, .attempt].randomElement(using: &rng)!))
            }
            y.notes.sort { $0.at < $1.at }
            y.contacts.sort { $0.at < $1.at }
            y.lastContact = y.contacts.last?.at
            y.reviews = [Review(day: intake.adding(days: 7), by: staff[0])]
            if active {
                y.phase = .active
                if Int.random(in: 0..<5, using: &rng) == 0 {
                    y.mode = .intensive
                    let start = max(intake, today.adding(days: -Int.random(in: 0...30, using: &rng)))
                    y.boardPeriods.append(BoardPeriod(id: seededID(&rng), reason: BoardReason.allCases.randomElement(using: &rng)!,
                                                      start: start, plan: "Tett oppfølging", evaluate: start.adding(days: 14),
                                                      decidedBy: staff[0]))
                    y.crisisPlan = CrisisPlan(updated: start)
                }
                y.status = [Status.stable, .stable, .stable, .worried, .crisis].randomElement(using: &rng)!
            } else {
                y.phase = .discharged
                y.discharged = end
            }
            out.append(y)
        }
        return out
    }

    /// Writes a generated team into a new data directory, journaled like real data (one `create`
    /// entry per youth), in bulk: one lock, one journal fsync, and a final sync.
    public static func generate(root: String, youths count: Int, years: Int, seed: UInt64, today: Day,
                                actor: Actor, environment: [String: String]) throws(TavleError) -> Store {
        var team = Team(name: "Generert team")
        let roles: [Role] = [.leader, .caseManager, .caseManager, .caseManager, .psychologist, .psychiatrist,
                             .peerSpecialist, .educationWorkExpert, .substanceSpecialist, .familyTherapist]
        team.staff = roles.enumerated().map { i, r in
            StaffMember(id: "s\(i)", initials: "S\(i)", name: "Ansatt \(i)", role: r, unixUsers: i == 0 ? [actor.unixUser] : [])
        }
        let store = try Store.create(root: root, team: team, actor: actor, environment: environment)
        let youths = Generator.youths(count: count, years: years, today: today, seed: seed, staff: team.staff.map(\.id))
        try store.bulkCreate(youths, actor: actor)
        return store
    }
}

extension Store {
    /// Creates many youths under one lock with one journal write (the demo, generated data).
    /// Files are renamed into place only after the journal holds their entries; a crash before
    /// that leaves only temp files, removed by the next writer.
    func bulkCreate(_ youths: [Youth], actor: Actor) throws(TavleError) {
        try withLock { () throws(TavleError) -> Void in
            let team = try loadTeam()
            let mode = Store.fileMode(team.access)
            let now = Clock.now(zone: team.zone, environment: environment)
            var journalBytes: [UInt8] = []
            var temps: [(String, String)] = []
            // Labels: numbered among themselves and whoever is already there (the demo and the
            // generator fill an empty directory).
            let existing = try currentNames()
            let numbers = Labels.numbersToAssign(existing + youths.map(YouthName.init))
            // Each youth's record, file bytes and journal line are worked out on every core (the
            // JSON encoding is nearly all of the time), a chunk at a time so memory stays bounded;
            // the files are written in order, one at a time.
            var prepared: [Youth] = []
            prepared.reserveCapacity(youths.count)
            for var y in youths {
                y.labelNumber = numbers[y.id] ?? y.labelNumber
                guard Identifier.isValidYouthID(y.id), FileIO.status(youthPath(y.id)) == nil else { throw .invalidID(y.id) }
                y.schema = Youth.schemaVersion
                y.version = 1
                y.updated = now
                y.fieldVersions = [:]
                y.fieldAuthors = [:]
                prepared.append(y)
            }
            let chunk = 512
            for from in stride(from: 0, to: prepared.count, by: chunk) {
                let part = Array(prepared[from..<min(from + chunk, prepared.count)])
                for result in encodeForBulk(part, at: now, actor: actor) {
                    let (id, file, line) = try result.get()
                    let temp = tmpDir + "/bulk.\(id).tmp"
                    let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
                    guard fd >= 0 else { throw .io(path: temp, operation: "create", errno: errno) }
                    fchmod(fd, mode)
                    do throws(TavleError) { try FileIO.writeAll(fd, file, path: temp) } catch { close(fd); throw error }
                    close(fd)
                    temps.append((temp, youthPath(id)))
                    journalBytes += line
                }
            }
            sync()
            let fd = open(journal.path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, mode)
            guard fd >= 0 else { throw .io(path: journal.path, operation: "open", errno: errno) }
            let sealed = Chain.seal(lines: journalBytes, after: Chain.head(of: journal.path)).bytes
            do throws(TavleError) { try FileIO.writeAll(fd, sealed, path: journal.path) } catch { close(fd); throw error }
            fsync(fd); close(fd)
            for (temp, path) in temps {
                guard rename(temp, path) == 0 else { throw .io(path: path, operation: "rename", errno: errno) }
            }
            try FileIO.fsyncDirectory(of: youthPath("x"))
        }
    }

    /// The file bytes and the journal line (with its newline) of each new youth, in order,
    /// worked out on every core.
    private func encodeForBulk(_ youths: [Youth], at now: Timestamp, actor: Actor) -> [Result<(String, [UInt8], [UInt8]), TavleError>] {
        @Sendable func one(_ young: Youth) -> Result<(String, [UInt8], [UInt8]), TavleError> {
            var y = young
            do throws(TavleError) {
                // The record's fields once: the field versions, the file and the journal's changes
                // all come from them (only bookkeeping keys differ once the versions are set, and
                // the diff leaves those out).
                let fields = try object(y)
                for key in fields.keys where !RecordDiff.metaKeys.contains(key) {
                    y.fieldVersions[key] = 1
                    y.fieldAuthors[key] = actor.staff
                }
                let entry = JournalEntry(at: now, staff: actor.staff, user: actor.unixUser, target: "youth", id: y.id,
                                         version: y.version, action: "create", changes: RecordDiff.changes(from: [:], to: fields))
                // The file and the line written from those values by `JSONValueWriter` (the same
                // bytes as `JSONEncoder`, several times faster: issue 29), else by `JSONEncoder`.
                var record = fields
                record["fieldVersions"] = .object(y.fieldVersions.mapValues { .number(Double($0)) })
                record["fieldAuthors"] = .object(y.fieldAuthors.mapValues { .string($0) })
                var file: [UInt8], line: [UInt8]
                if let fast = JSONValueWriter.pretty(.object(record)) { file = fast; file.append(0x0A) } else { file = try Coding.encodeFile(y) }
                if let fast = JSONValueWriter.compact(entry.value) { line = fast; line.append(0x0A) } else { line = try Journal.line(entry) }
                return .success((y.id, file, line))
            } catch { return .failure(error) }
        }
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, 8)
        guard youths.count >= 16, workers > 1 else { return youths.map(one) }
        var out = [Result<(String, [UInt8], [UInt8]), TavleError>?](repeating: nil, count: youths.count)
        out.withUnsafeMutableBufferPointer { buffer in
            // Each worker writes only its own slots (every `workers`-th), so no two touch the same one.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                for i in stride(from: w, to: youths.count, by: workers) { slots[i] = one(youths[i]) }
            }
        }
        return out.map { $0! }
    }
}
