import Foundation

/// The seeds' three intake criteria, as the detail views and the rule name them.
public enum IntakeCriterion: String, Choice {
    case age, longTermNeed = "long-term-need", functionalImpairment = "functional-impairment"
    public static let labelPrefix = "criterion"
}

extension Youth {
    /// Each criterion and whether it holds: the age at intake is 12–25 (taken in outside it only with
    /// a recorded reason); criteria 2 and 3 as assessed, nil when not assessed (never a silent yes).
    public var intakeCriteriaState: [(criterion: IntakeCriterion, holds: Bool?)] {
        [(.age, (12...25).contains(born.age(on: intake))),
         (.longTermNeed, intakeCriteria.longTermNeed),
         (.functionalImpairment, intakeCriteria.functionalImpairment)]
    }

    /// Criteria 2 and 3 not assessed yet (`intake-criteria-unassessed`).
    public var unassessedCriteria: [IntakeCriterion] { intakeCriteriaState.filter { $0.holds == nil }.map(\.criterion) }

    /// "alder 12–25: ja · langvarig, sammensatt behov: ikke vurdert · funksjonssvikt: ja".
    public func intakeCriteriaText(_ lang: Language) -> String {
        intakeCriteriaState.map { c in
            let value: TextKey = c.holds.map { $0 ? .criteriawordYes : .criteriawordNo } ?? .criteriawordUnassessed
            return c.criterion.label(lang) + ": " + Texts.text(value, lang)
        }.joined(separator: " · ")
    }

    /// An explicit "no" to criterion 2 or 3 is recorded only while the youth is taken in for
    /// clarification: a youth in the team's ordinary follow-up meets all three.
    func checkCriterion(_ value: Bool, _ criterion: IntakeCriterion) throws(TavleError) {
        guard value || phase == .clarification else {
            throw .refused(LocalizedMessage(.refuseCriterionNo, [LocalizedMessage.word(criterion.labelKey)]))
        }
    }
}
