import TavleCore

/// What the `L` page shows: each member's caseload (the core's `Caseload`, the same figure
/// `tavle caseload` prints) and the referrals waiting in the queue, oldest first.
public struct CaseloadPage: Sendable, Equatable {
    public var caseload: Caseload
    public var waiting: [IncomingReferral]
    public init(caseload: Caseload, waiting: [IncomingReferral]) { self.caseload = caseload; self.waiting = waiting }
}
