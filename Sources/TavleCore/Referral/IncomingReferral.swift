import Foundation

/// What the team decided about a referral (`tavle referral decide REF accept|clarify|decline`).
public enum ReferralDecision: String, Choice {
    /// Taken in: the youth is created, in ordinary follow-up.
    case accept
    /// Taken in for clarification (the Directorate's letter: unclear referrals are taken in to find out).
    case clarify
    /// Not taken in; where the youth was sent instead is recorded (`sentTo`).
    case decline
    public static let labelPrefix = "referraldecision"
}

/// A referral in the team's queue, before anyone decides to take the youth in:
/// `referrals/<id>.json`. It is health data (a name and a birth date): private, access-logged,
/// never on the shared screen. Accepted or clarified, it becomes the youth with the same id (so a
/// purge of the youth removes the referral too); declined, it is purged `retentionMonths` after
/// the decision, like a discharged youth.
public struct IncomingReferral: Sendable, Codable, Equatable, Identifiable {
    public static let schemaVersion = 1
    public var schema: Int = IncomingReferral.schemaVersion
    public var id: String
    /// Incremented by every write.
    public var version: Int = 0
    public var name: String
    public var born: Day
    /// Who referred (the values `tavle add --referred-by` takes).
    public var from: ReferralSource
    /// The day the referral was received.
    public var received: Day
    /// The referrer's contact, in the team's words.
    public var contact: String?
    /// Nil while the referral waits.
    public var decision: ReferralDecision?
    public var decided: Day?
    public var decidedBy: StaffID?
    public var note: String?
    /// Where a declined referral was sent.
    public var sentTo: DischargeDestination?
    public var updated: Timestamp?

    public init(id: String, name: String, born: Day, from: ReferralSource, received: Day, contact: String? = nil) {
        self.id = id; self.name = name; self.born = born; self.from = from; self.received = received; self.contact = contact
    }

    public var isWaiting: Bool { decision == nil }

    /// Days from the referral's arrival to `today` (0 on the day it came).
    public func daysWaiting(today: Day) -> Int { max(0, received.days(to: today)) }

    /// A new referral, checked: a name, a birth date not in the future, received neither in the
    /// future nor before the youth was born. Its id is given by the store.
    public static func make(name: String, born: Day, from: ReferralSource, received: Day?, contact: String?,
                            today: Day) throws(TavleError) -> IncomingReferral {
        let clean = TextSafety.clean(name).trimmingCharacters(in: .whitespaces)
        guard !clean.isEmpty else { throw .refused(LocalizedMessage(.refuseNameEmpty)) }
        guard born <= today else { throw .refused(LocalizedMessage(.refuseBornInFuture, [born.iso])) }
        let day = received ?? today
        guard day <= today else { throw .refused(LocalizedMessage(.refuseReferralReceivedFuture, [day.iso])) }
        guard day >= born else { throw .refused(LocalizedMessage(.refuseReferralReceivedBeforeBorn, [day.iso, born.iso])) }
        let c = contact.flatMap { Change.clean($0) }
        return IncomingReferral(id: "", name: clean, born: born, from: from, received: day, contact: c)
    }

    /// Records the decision. Only a waiting referral is decided; a declined one says where the
    /// youth was sent (`sentTo`), and only a declined one has a destination.
    mutating func decide(_ d: ReferralDecision, note: String?, sentTo: DischargeDestination?, by: StaffID,
                         today: Day) throws(TavleError) {
        guard decision == nil else {
            throw .refused(LocalizedMessage(.refuseReferralDecided, [id, LocalizedMessage.word(decision!.labelKey)]))
        }
        switch d {
        case .decline:
            guard sentTo != nil else { throw .refused(LocalizedMessage(.refuseReferralDeclineTo, [DischargeDestination.choices])) }
        case .accept, .clarify:
            guard sentTo == nil else { throw .refused(LocalizedMessage(.refuseReferralToOnlyDecline)) }
        }
        decision = d
        decided = today
        decidedBy = by
        self.note = note.flatMap { Change.clean($0, multiline: true) }
        self.sentTo = sentTo
    }

    /// The youth's referral fields once taken in: who referred, their contact, and when it came.
    public var youthReferral: Referral { Referral(source: from, contact: contact, received: received) }
}

extension Youth {
    /// The first contact that reached the youth or the family (a visit or a call, not an attempt).
    public var firstContact: Timestamp? {
        shownContacts.filter { $0.kind != .attempt }.map(\.at).min()
    }

    /// Days from the referral's arrival to the first contact: nil when the referral's day is not
    /// recorded (youths taken in before the queue) or nobody has reached the youth yet.
    public var referralToFirstContactDays: Int? {
        guard let received = referral?.received, let first = firstContact else { return nil }
        return max(0, received.days(to: first.day))
    }
}

extension Youth {
    /// "mottatt 20.11.2026 · første kontakt etter 3 dager" (or "… · ingen kontakt ennå"): the
    /// referral's day and the time to the first contact; nil when the day is not recorded.
    public func referralTimingText(_ lang: Language) -> String? {
        guard let received = referral?.received else { return nil }
        let first = referralToFirstContactDays.map { Texts.text(.referralFirstContact, count: $0, lang, [String($0)]) }
            ?? Texts.text(.referralNoContact, lang)
        return Texts.text(.referralReceived, lang, [received.text(lang)]) + " · " + first
    }
}
