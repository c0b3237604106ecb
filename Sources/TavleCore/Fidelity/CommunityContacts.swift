/// `community-contacts`: face-to-face contacts outside the office, of all face-to-face contacts
/// (`Fraction.community`, the definition `stats` uses). Contacts with no arena (older files) are
/// neither and are said as a gap. `detail` counts the contacts (not attempts) by arena
/// (`arena.home` …). Records: the youths with a contact in the community.
enum CommunityContacts {
    static func item(_ input: FidelityInput, _ r: FidelityRange) -> FidelityItem {
        let f = Fraction.community(input.youths, from: r.from, through: r.to)
        var noArena = 0
        var youths: Set<String> = []
        var detail: [String: Double] = [:]
        for y in input.youths {
            for c in y.shownContacts where c.kind != .attempt && r.contains(c.at.day) {
                guard let a = c.arena else { noArena += 1; continue }
                detail["arena." + a.rawValue, default: 0] += 1
                if c.isInCommunity { youths.insert(y.id) }
            }
        }
        return .share(.communityContacts, f.numerator, f.denominator, records: youths, detail: detail,
                      gaps: [FidelityGap(.contactWithoutArena, noArena)])
    }
}
