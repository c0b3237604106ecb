/// `order-expiring`: a legal or child-welfare order expires within `orderExpiringDays` (or has expired).
public struct OrderExpiringRule: ReviewRule {
    public let id = "order-expiring"
    public init() {}
    public func check(_ youth: Youth, today: Day, settings: RuleSettings) -> DueReason? {
        guard let order = youth.orders.filter({ today.days(to: $0.expires) <= settings.orderExpiringDays })
            .min(by: { $0.expires < $1.expires }) else { return nil }
        let days = today.days(to: order.expires)
        if days < 0 {
            return DueReason(rule: id, severity: .urgent, message: LocalizedMessage(.ruleOrderExpiringExpired, [order.kind, order.expires.iso]))
        }
        return reason(.warning, [order.kind, order.expires.iso, String(days)])
    }
}
