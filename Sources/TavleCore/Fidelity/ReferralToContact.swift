/// `referral-to-contact`: days from the referral's arrival to the first contact
/// (`Youth.referralToFirstContactDays`), for youths whose referral arrived in the period: the
/// value is the median, `detail.p90` the 90th percentile (nearest rank), `detail.youths` how many,
/// `detail.waiting` those not reached yet, `detail.received` the referrals the queue received
/// (taken in or not), and `detail.days-0-7` … `detail.days-31+` the spread. Youths taken in during
/// the period without the referral's day (before the queue) are a gap. Records: the youths counted.
enum ReferralToContact {
    /// The spread's buckets: the detail key, the last day it holds, and its label in a chart.
    static let buckets: [(key: String, upTo: Int, label: String)] = [("days-0-7", 7, "0–7"), ("days-8-14", 14, "8–14"),
                                                                     ("days-15-30", 30, "15–30"), ("days-31+", Int.max, "31+")]

    static func item(_ input: FidelityInput, _ r: FidelityRange) -> FidelityItem {
        var days: [Int] = []
        var youths: Set<String> = []
        var waiting = 0, notRecorded = 0
        for y in input.youths {
            guard let received = y.referral?.received else {
                if r.contains(y.intake) { notRecorded += 1 }
                continue
            }
            guard r.contains(received) else { continue }
            if let d = y.referralToFirstContactDays { days.append(d); youths.insert(y.id) } else { waiting += 1 }
        }
        let sorted = days.sorted()
        var detail: [String: Double] = ["youths": Double(sorted.count), "waiting": Double(waiting),
                                        "received": Double(input.referrals.count { r.contains($0.received) })]
        for b in buckets { detail[b.key] = 0 }
        for d in sorted { if let b = buckets.first(where: { d <= $0.upTo }) { detail[b.key, default: 0] += 1 } }
        if !sorted.isEmpty { detail["p90"] = Double(sorted[Int((0.9 * Double(sorted.count)).rounded(.up)) - 1]) }
        return FidelityItem(id: .referralToContact, value: TeamStats.median(sorted), records: youths.sorted(), detail: detail,
                            gaps: [FidelityGap(.referralDayNotRecorded, notRecorded)])
    }
}
