/// The four questions' figure, defined once: of the board discussions held from `from` through
/// `through` (each board youth discussed in a meeting, as `MeetingCoverage` counts them), how many
/// had both safety and family answered in that meeting. `tavle stats` shows it over the last
/// `weeks` weeks, the board's statistics page the same, and the fidelity report over its period.
public struct FourQuestionsShare: Sendable, Equatable, Codable {
    /// What `stats` covers: the last four weeks, today included.
    public static let weeks = 4

    public var from: Day
    public var through: Day
    /// Board discussions in the period.
    public var discussions: Int
    /// Of them, those with safety and family answered.
    public var answered: Int
    public var share: Double
    /// Every board discussion counted, in meeting order: the records behind the figure (not in
    /// `stats --json`, which gives the counts).
    public var pairs: [Discussion] = []

    enum CodingKeys: String, CodingKey { case from, through, discussions, answered, share }

    /// One board youth discussed in one meeting, and whether safety and family were answered.
    public struct Discussion: Sendable, Equatable, Codable {
        public var day: Day
        public var youth: String
        public var answered: Bool
    }

    public init(meetings: [Meeting], from: Day, through: Day) {
        self.from = from
        self.through = through
        var pairs: [Discussion] = []
        for m in meetings.sorted(by: { $0.day < $1.day }) where m.day >= from && m.day <= through {
            let items = Dictionary(m.items.map { ($0.youth, $0) }, uniquingKeysWith: { a, _ in a })
            for id in m.coverage().discussed {
                pairs.append(Discussion(day: m.day, youth: id, answered: items[id]?.answers?.safetyAndFamilyAnswered ?? false))
            }
        }
        self.pairs = pairs
        discussions = pairs.count
        answered = pairs.count(where: \.answered)
        share = TeamStats.ratio(answered, discussions)
    }

    /// The last `weeks` weeks up to `today`.
    public init(meetings: [Meeting], today: Day) {
        self.init(meetings: meetings, from: today.adding(days: 1 - 7 * FourQuestionsShare.weeks), through: today)
    }
}
