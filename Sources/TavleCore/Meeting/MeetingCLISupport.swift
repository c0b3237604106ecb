import Foundation

/// Additions the command line needs on top of the meeting core (additive only).
extension Store {
    /// `startMeeting` with the time box given for this one meeting (`tavle meeting start --minutes N`)
    /// instead of the team's. Nil (or less than one minute) uses the team's time box. The same checks
    /// and the same single journaled write (`meeting-start`) as `startMeeting`.
    @discardableResult
    public func startMeeting(day: Day, chair: StaffID, attendees: [StaffID], minutes: Int?, actor: Actor) throws(TavleError) -> Meeting {
        guard let minutes, minutes >= 1 else { return try startMeeting(day: day, chair: chair, attendees: attendees, actor: actor) }
        let team = try loadTeam()
        guard let c = team.member(chair), c.active else { throw .staffNotFound(chair) }
        var people = [chair]
        for a in attendees where !people.contains(a) {
            guard let m = team.member(a), m.active else { throw .staffNotFound(a) }
            people.append(a)
        }
        let today = team.today(environment: environment)
        guard day <= today else { throw .refused(LocalizedMessage("refuse.dateInFuture", [day.iso])) }
        return try withLock { () throws(TavleError) -> Meeting in
            if let existing = try meeting(on: day) {
                let who = team.member(existing.chair)?.initials ?? existing.chair
                throw .refused(LocalizedMessage("refuse.meeting.exists", [day.iso, existing.started.clock, who]))
            }
            let now = Clock.now(zone: team.zone, environment: environment)
            let m = Meeting(day: day, chair: chair, attendees: people, started: now, minutes: minutes,
                            board: try boardYouthIDs(team: team, day: day))
            return try commitMeeting(old: nil, new: m, team: team, actor: actor, action: "meeting-start")
        }
    }
}
