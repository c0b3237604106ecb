/// How an item's value reads, in every front end (`tavle fidelity` as text, markdown and HTML, and
/// the board's `F` view): a share as `92 % (230 of 250)`, the other items in their own words.
extension FidelityItem {
    public func valueText(_ lang: Language) -> String {
        func n(_ k: String) -> String { FidelityItem.number(detail[k] ?? 0) }
        guard let v = value else { return Texts.text(.fidelityNone, lang) }
        switch id {
        case .referralToContact:
            return Texts.text(.fidelityReferralValue, lang, [FidelityItem.number(v), detail["p90"].map(FidelityItem.number) ?? "–",
                                                              n("youths"), n("waiting")])
        case .discharges:
            return Texts.text(.fidelityDischargesValue, lang, [FidelityItem.number(v), detail["medianStayDays"].map(FidelityItem.number) ?? "–"])
        case .caseload:
            return Texts.text(.fidelityCaseloadValue, lang, [FidelityItem.number(v), n("max"), n("caseManagers")])
        default:
            var s = Texts.text(.fidelityShare, lang, [FidelityItem.percent(v), String(numerator ?? 0), String(denominator ?? 0)])
            if id == .outOfHours, let nights = detail["nights"] {
                s += " · " + Texts.text(.fidelityNights, lang, [n("nightsWithoutOnCall"), FidelityItem.number(nights)])
            }
            if id == .schoolWork, let i = detail["atIntake"] {
                s += " · " + Texts.text(.fidelitySchoolIntake, lang, [FidelityItem.percent(i), n("atIntakeNumerator"), n("atIntakeDenominator")])
            }
            return s
        }
    }

    /// `mål 20 %` / `target 20 %`, or nil.
    public func targetText(_ lang: Language) -> String? {
        target.map { Texts.text(.fidelityTarget, lang, [FidelityItem.percent($0)]) }
    }

    /// One line per gap: what could not be computed, and how much.
    public func gapTexts(_ lang: Language) -> [String] {
        gaps.map { Texts.text(.fidelityGap, lang, [$0.reason.label(lang), String($0.count)]) }
    }

    /// A share 0…1 as a whole percentage (`Board.percent`).
    public static func percent(_ x: Double) -> String { Board.percent(x) + " %" }

    /// A whole number without decimals, else one decimal.
    public static func number(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : String(Double(Int((x * 10).rounded())) / 10)
    }
}
