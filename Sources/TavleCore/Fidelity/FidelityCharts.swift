/// One bar of a fidelity chart: what it is (a week, a month, an arena, a span of days) and its value.
public struct FidelityBar: Sendable, Equatable {
    public var label: String
    public var value: Double
    public init(_ label: String, _ value: Double) { self.label = label; self.value = value }
}

/// A chart of the fidelity report, chosen and filled once here: the HTML report draws it as SVG and
/// the board's `F` view as text bars, so both show the same series.
public struct FidelityChart: Sendable, Equatable {
    public var title: TextKey
    public var bars: [FidelityBar]
    /// The value at the top of the scale (1 for shares, else the largest bar, at least 1).
    public var top: Double
    public var target: Double?
    /// The values are shares 0…1 (written as percentages), else counts.
    public var percent: Bool
}

extension FidelityReport {
    /// The report's charts, in order: the board share by week against the target, meetings held by
    /// month, face-to-face contacts by arena, and the time from referral to first contact.
    public func charts(_ lang: Language) -> [FidelityChart] {
        var out: [FidelityChart] = []
        func counts(_ title: TextKey, _ bars: [FidelityBar]) -> FidelityChart {
            FidelityChart(title: title, bars: bars, top: max(1, bars.map(\.value).max() ?? 1), target: nil, percent: false)
        }
        if let b = item(.boardShare) {
            out.append(FidelityChart(title: .fidelityChartBoardShare, bars: (b.byWeek ?? []).map { FidelityBar($0.month, $0.value ?? 0) },
                                     top: 1, target: b.target, percent: true))
        }
        if let m = item(.meetingsHeld) {
            out.append(FidelityChart(title: .fidelityChartMeetings, bars: m.trend.map { FidelityBar($0.month, $0.value ?? 0) },
                                     top: 1, target: m.target, percent: true))
        }
        if let c = item(.communityContacts) {
            out.append(counts(.fidelityChartArenas, Arena.allCases.map { FidelityBar($0.label(lang), c.detail["arena." + $0.rawValue] ?? 0) }))
        }
        if let t = item(.referralToContact) {
            out.append(counts(.fidelityChartReferral, ReferralToContact.buckets.map { FidelityBar($0.label, t.detail[$0.key] ?? 0) }))
        }
        return out
    }
}
