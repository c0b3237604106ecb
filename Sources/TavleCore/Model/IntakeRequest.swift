import Foundation

/// A youth taken in, as `tavle add`, the board's intake dialog and `tavle referral decide …
/// accept|clarify` give it: the one value every front end builds, checked here by the intake
/// rules (`Youth.intake`: a name, age 12–25 or a reason; criteria 2 and 3 as assessed, never a
/// silent yes; an explicit "no" only in clarification).
public struct IntakeRequest: Sendable, Equatable {
    public var name: String
    public var born: Day
    public var primaryContact: StaffID?
    public var domains: [Domain]
    /// The functional areas where the impairment is (criterion 3); they are added to `domains`.
    public var impairment: [Domain]
    public var referral: Referral?
    public var ageOverride: String?
    /// Criterion 2 as typed (yes/no in either language); nil when not assessed.
    public var longTermNeed: String?
    public var municipality: String?
    /// The phase after intake: clarification (the default) or active (a referral accepted).
    public var phase: Phase

    public init(name: String, born: Day, primaryContact: StaffID? = nil, domains: [Domain] = [], impairment: [Domain] = [],
                referral: Referral? = nil, ageOverride: String? = nil, longTermNeed: String? = nil,
                municipality: String? = nil, phase: Phase = .clarification) {
        self.name = name; self.born = born; self.primaryContact = primaryContact; self.domains = domains
        self.impairment = impairment; self.referral = referral; self.ageOverride = ageOverride
        self.longTermNeed = longTermNeed; self.municipality = municipality; self.phase = phase
    }

    /// The youth to create (without an id: the store gives one), or the intake rule it breaks.
    public func draft(today: Day, team: Team) throws(TavleError) -> Youth {
        var areas = domains
        for d in impairment where !areas.contains(d) { areas.append(d) }
        var y = try Youth.intake(name: name, born: born, today: today, primaryContact: primaryContact,
                                 domains: areas, referral: referral, ageOverride: ageOverride)
        // Read and checked as `tavle set` does (yes/no in either language; "no" only in clarification).
        if let need = longTermNeed { try y.set(field: "long-term-need", value: need, team: team, today: today) }
        if let m = municipality { try y.set(field: "municipality", value: m, team: team, today: today) }
        if phase != .clarification {
            // Out of clarification, every criterion assessed must hold (as `tavle set` requires).
            y.phase = phase
            for c in y.intakeCriteriaState where c.holds == false && c.criterion != .age { try y.checkCriterion(false, c.criterion) }
        }
        return y
    }
}
