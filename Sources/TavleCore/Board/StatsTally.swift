/// The team's figures counted one youth at a time, so `stats` and the board's `S` view read every
/// youth in memory that does not grow with the team (issue 29): each youth is added and let go,
/// and what is kept per youth is only what a figure lists (the days on the board, today's board
/// youths for an open meeting). `TeamStats(youths:…)` is this tally over an array; the
/// definitions are in `Stats.swift` and its parts' own tallies.
extension TeamStats {
    public struct Tally {
        let today: Day
        let team: Team
        let municipality: String?
        let shareSpans: [Span]
        let contactSpans: [Span]
        let multipleStaffFrom: Day

        /// Youths not discharged, and of them those on the board.
        var current = 0, onBoard = 0
        var weeks: [WeekShare.Tally]
        var periods: [BoardDays] = []
        var dueYouths = 0
        var byRule: [String: Int] = [:]
        var contacts: [(all: ContactCounts.Tally, board: ContactCounts.Tally)]
        var community: Fraction.CommunityTally
        var inSchoolOrWork = 0
        var perMunicipality: [String: Int] = [:]
        var withoutMunicipality = 0
        var discharges: DischargeCounts.Tally
        var seenByMoreThanOne = 0
        /// Today's board youths (not discharged, intensive), in the order added.
        var boardNow: [String] = []

        public init(today: Day, team: Team, contactWeeks: Int = TeamStats.contactWeeks, municipality: String? = nil) {
            self.today = today
            self.team = team
            self.municipality = municipality
            let thisMonday = today.adding(days: -today.weekdayIndex)
            shareSpans = (0..<TeamStats.shareWeeks).reversed().map { TeamStats.span(thisMonday.adding(days: -7 * $0), today) }
            contactSpans = (0..<max(1, contactWeeks)).reversed().map { TeamStats.span(thisMonday.adding(days: -7 * $0), today) }
            multipleStaffFrom = today.adding(days: 1 - TeamStats.multipleStaffDays)
            weeks = shareSpans.map { _ in WeekShare.Tally() }
            contacts = contactSpans.map { _ in (ContactCounts.Tally(), ContactCounts.Tally()) }
            community = Fraction.CommunityTally(from: contactSpans.first?.start ?? today, through: today)
            discharges = DischargeCounts.Tally(from: today.adding(days: 1 - DischargeCounts.days), through: today)
            for m in team.municipalities where municipality == nil || municipality == m { perMunicipality[m] = 0 }
        }

        /// Counts one youth (one outside the municipality the figures are narrowed to counts nowhere).
        public mutating func add(_ y: Youth) {
            if let municipality, y.municipality != municipality { return }
            for k in shareSpans.indices { weeks[k].add(y, shareSpans[k], today: today) }
            for k in contactSpans.indices where TeamStats.active(y, contactSpans[k]) {
                contacts[k].all.add(y, contactSpans[k])
                if TeamStats.onBoard(y, contactSpans[k], today) { contacts[k].board.add(y, contactSpans[k]) }
            }
            community.add(y)
            discharges.add(y)
            guard y.phase != .discharged else { return }

            current += 1
            if y.mode == .intensive { onBoard += 1; boardNow.append(y.id) }
            if let p = y.currentPeriod { periods.append(BoardDays(id: y.id, label: y.label, reason: p.reason, days: p.days(today: today))) }
            let reasons = ReviewRules.due(y, today: today, settings: team.rules)
            if !reasons.isEmpty { dueYouths += 1 }
            for r in reasons { byRule[r.rule, default: 0] += 1 }
            if y.isInSchoolOrWork(on: today) { inSchoolOrWork += 1 }
            if let m = y.municipality { perMunicipality[m, default: 0] += 1 } else { withoutMunicipality += 1 }
            if TeamStats.seenByMoreThanOne(y, from: multipleStaffFrom, through: today) { seenByMoreThanOne += 1 }
        }

        /// The figures, with the team's meetings.
        public func stats(meetings: [Meeting]) -> TeamStats { TeamStats(self, meetings: meetings) }
    }
}
