import Testing
@testable import TavleCore

@Suite struct OrderExpiringRuleTests {
    @Test func dueWithin30Days() throws {
        var y = youth()
        try y.setOrder(kind: "Omsorgsovertakelse", expires: d(31))
        #expect(check(OrderExpiringRule(), y) == nil)
        try y.setOrder(kind: "Omsorgsovertakelse", expires: d(30))
        let r = check(OrderExpiringRule(), y)
        #expect(r?.rule == "order-expiring")
        #expect(r?.message.text(.en) == "The order “Omsorgsovertakelse” expires on 2026-12-22 (in 30 days)")
    }

    @Test func expiredOrderIsUrgent() throws {
        var y = youth()
        try y.setOrder(kind: "Tvang", expires: d(-1))
        #expect(check(OrderExpiringRule(), y)?.severity == .urgent)
    }

    @Test func clearedByANewExpiryDateOrRemoval() throws {
        var y = youth()
        try y.setOrder(kind: "Tvang", expires: d(5))
        try y.setOrder(kind: "tvang", expires: d(200))
        #expect(y.orders.count == 1)
        #expect(check(OrderExpiringRule(), y) == nil)
        try y.setOrder(kind: "Annet", expires: d(2))
        try y.removeOrder(kind: "Annet")
        #expect(check(OrderExpiringRule(), y) == nil)
    }
}
