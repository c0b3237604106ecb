import Foundation
import TavleDemo

/// The bundled demo team (Data/demo/demo.json), with every date moved so it looks current.
public enum Demo {
    struct Document: Decodable {
        var anchor: Day
        var team: Team
        var youths: [Youth]
        var rota: DemoRota?
        /// Referrals waiting in the queue (issue 21).
        var referrals: [IncomingReferral]?
        /// Earlier meetings (issue 23: yesterday's, with the four questions answered); never today's.
        var meetings: [Meeting]?
    }

    /// The demo's weekly rota and holiday pattern (no dates, so nothing to shift).
    struct DemoRota: Decodable {
        var pattern: [RotaSlot]
        var holidayPattern: [HolidaySlot]?
    }

    /// The demo's team and youths with all dates shifted by (today − anchor).
    public static func load(today: Day) throws(TavleError) -> (team: Team, youths: [Youth]) {
        let doc = try document(today: today)
        return (doc.team, doc.youths)
    }

    static func document(today: Day) throws(TavleError) -> Document {
        do {
            let raw = try JSONDecoder().decode(JSONValue.self, from: Data(DemoData.json))
            guard let anchorText = raw.object?["anchor"]?.string, let anchor = Day(parsing: anchorText) else {
                throw TavleError.badFile(path: "Data/demo/demo.json", problem: LocalizedMessage(.fileNoAnchor))
            }
            let shifted = shift(raw, days: anchor.days(to: today))
            return try JSONDecoder().decode(Document.self, from: JSONEncoder().encode(shifted))
        } catch let e as TavleError {
            throw e
        } catch {
            throw .badFile(path: "Data/demo/demo.json", problem: Coding.describe(error))
        }
    }

    /// Every string that is exactly a date or a time moves by `days`; nothing else changes.
    static func shift(_ v: JSONValue, days: Int) -> JSONValue {
        switch v {
        case .string(let s):
            if s.count == 10, let d = Day(parsing: s) { return .string(d.adding(days: days).iso) }
            if s.count >= 20, s.count <= 30, let t = Timestamp(parsing: s) {
                return .string(Timestamp(seconds: t.seconds + Int64(days) * 86400, offset: t.offset).iso)
            }
            return v
        case .array(let a): return .array(a.map { shift($0, days: days) })
        case .object(let o): return .object(o.mapValues { shift($0, days: days) })
        default: return v
        }
    }

    /// Creates a data directory at `root` holding the demo team. `user` (the Unix user running
    /// it) joins the team as a leader, so a newcomer can try every command.
    @discardableResult
    public static func install(at root: String, today: Day, user: String, userName: String? = nil,
                               environment: [String: String] = ProcessInfo.processInfo.environment) throws(TavleError) -> Store {
        let doc = try document(today: today)
        var team = doc.team
        let leader = team.staff.first { $0.role == .leader }?.id ?? "demo"
        if team.member(unixUser: user) == nil {
            var id = user.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_" }
            if !Identifier.isValidStaffID(id) || team.member(id) != nil { id = "me" }
            let name = userName ?? user
            team.staff.append(StaffMember(id: id, initials: String(Youth.deriveInitials(name).prefix(3)).isEmpty ? "ME" : String(Youth.deriveInitials(name).prefix(3)),
                                          name: name, role: .leader, unixUsers: [user]))
        }
        let store = try Store.create(root: root, team: team, actor: Actor(staff: leader, unixUser: user), environment: environment)
        try store.bulkCreate(doc.youths, actor: Actor(staff: leader, unixUser: user))
        if let demoRota = doc.rota {
            // A rota, so that the day plan and the meeting show who is on duty and on call, on
            // public holidays too.
            try store.updateRota(actor: Actor(staff: leader, unixUser: user), action: "rota") { rota, _ in
                rota.pattern = demoRota.pattern
                rota.holidayPattern = demoRota.holidayPattern ?? []
            }
        }
        for r in doc.referrals ?? [] { try store.addReferral(r, actor: Actor(staff: leader, unixUser: user)) }
        for m in doc.meetings ?? [] where m.day < today {
            _ = try store.withLock { () throws(TavleError) in
                try store.commitMeeting(old: nil, new: m, team: team, actor: Actor(staff: leader, unixUser: user), action: JournalAction.create)
            }
        }
        return store
    }
}
