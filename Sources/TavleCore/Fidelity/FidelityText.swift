/// How an item's value reads, in every front end (`tavle fidelity` as text, markdown and HTML, and
/// the board's `F` view): a share as `92 % (230 of 250)`, the other items in their own words.
extension FidelityItem {
    public func valueText(_ lang: Language) -> String {
        func n(_ k: String) -> String { FidelityItem.number(detail[k] ?? 0, lang) }
        func num(_ x: Double) -> String { FidelityItem.number(x, lang) }
        guard let v = value else { return Texts.text(.fidelityNone, lang) }
        switch id {
        case .referralToContact:
            return Texts.text(.fidelityReferralValue, lang, [num(v), detail["p90"].map(num) ?? "–",
                                                              n("youths"), n("waiting")])
        case .discharges:
            return Texts.text(.fidelityDischargesValue, lang, [num(v), detail["medianStayDays"].map(num) ?? "–"])
        case .caseload:
            return Texts.text(.fidelityCaseloadValue, lang, [num(v), n("max"), n("caseManagers")])
        default:
            var s = Texts.text(.fidelityShare, lang, [FidelityItem.percent(v), String(numerator ?? 0), String(denominator ?? 0)])
            if id == .outOfHours, let nights = detail["nights"] {
                s += " · " + Texts.text(.fidelityNights, lang, [n("nightsWithoutOnCall"), num(nights)])
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

    /// A whole number without decimals, else one decimal: `2.5` in English, `2,5` in bokmål.
    public static func number(_ x: Double, _ lang: Language) -> String {
        let r = (x * 10).rounded() / 10
        let s = r == r.rounded() ? String(Int(r)) : String(r)
        return lang == .nb ? s.replacingOccurrences(of: ".", with: ",") : s
    }
}
