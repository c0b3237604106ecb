import Foundation
import Testing
@testable import TavleCore

/// The two definitions of issue 22, each one function in the core: face to face / in the
/// community (of an arena) and in school or work (of a status).
@Suite struct PlaceDefinitionTests {
    @Test func faceToFaceAndInTheCommunityByArena() {
        let expected: [Arena: (faceToFace: Bool, community: Bool)] = [
            .home: (true, true), .school: (true, true), .work: (true, true), .community: (true, true),
            .office: (true, false), .phone: (false, false), .video: (false, false), .sms: (false, false), .other: (false, false),
        ]
        #expect(Set(expected.keys) == Set(Arena.allCases), "every arena has its expected value here")
        for a in Arena.allCases {
            #expect(a.isFaceToFace == expected[a]!.faceToFace, "\(a) face to face")
            #expect(a.isInCommunity == expected[a]!.community, "\(a) in the community")
        }
    }

    @Test func inSchoolOrWorkByStatus() {
        let yes: Set<SchoolStatus> = [.attending, .partly, .work, .navMeasure]
        for s in SchoolStatus.allCases { #expect(s.isInSchoolOrWork == yes.contains(s), "\(s)") }
        #expect(SchoolStatus.parse("dropped_out") == .droppedOut)
        #expect(SchoolStatus.parse("NAV-measure") == .navMeasure)
    }

    @Test func aContactIsFaceToFaceOnlyWhenMadeOnAFaceToFaceArena() {
        let at = Timestamp.local(day: fixedToday, minutes: 600, in: TimeZone(identifier: "Europe/Oslo")!)
        func c(_ kind: ContactKind, _ arena: Arena?) -> Contact {
            Contact(id: "c", at: at, staff: "ole", with: .youth, kind: kind, arena: arena)
        }
        #expect(c(.visit, .community).isFaceToFace && c(.visit, .community).isInCommunity)
        #expect(c(.visit, .office).isFaceToFace && !c(.visit, .office).isInCommunity)
        #expect(!c(.phone, .phone).isFaceToFace)
        #expect(!c(.attempt, .home).isFaceToFace, "an attempt is not a contact")
        #expect(!c(.visit, nil).isFaceToFace, "a contact from before arenas is not counted")
    }

    @Test func theArenaDefaultsFromTheKind() {
        #expect(ContactKind.visit.defaultArena == .home)
        #expect(ContactKind.phone.defaultArena == .phone)
        #expect(ContactKind.attempt.defaultArena == nil)
    }

    @Test func theSchoolStatusThatHoldsOnADay() {
        var y = Youth(id: "y", name: "Kari Nordmann", born: Day(year: 2009, month: 1, day: 1)!, intake: Day(year: 2025, month: 1, day: 1)!)
        let at = Timestamp.local(day: fixedToday, minutes: 600, in: TimeZone(identifier: "Europe/Oslo")!)
        #expect(y.schoolEntry(on: fixedToday) == nil && !y.isInSchoolOrWork(on: fixedToday))
        try! y.setSchool(.absent, since: Day(year: 2025, month: 3, day: 1)!, note: nil, by: "ole", at: at, today: fixedToday)
        try! y.setSchool(.partly, since: Day(year: 2026, month: 10, day: 1)!, note: "  Tre dager ", by: "ole", at: at, today: fixedToday)
        // Recorded later, about an earlier day: kept in day order.
        try! y.setSchool(.droppedOut, since: Day(year: 2025, month: 9, day: 1)!, note: nil, by: "ole", at: at, today: fixedToday)
        #expect(y.school.map(\.status) == [.absent, .droppedOut, .partly])
        #expect(y.schoolEntry(on: fixedToday)?.status == .partly)
        #expect(y.schoolEntry(on: fixedToday)?.note == "Tre dager")
        #expect(y.schoolEntry(on: Day(year: 2026, month: 1, day: 1)!)?.status == .droppedOut)
        #expect(y.isInSchoolOrWork(on: fixedToday))
        #expect(!y.isInSchoolOrWork(on: Day(year: 2026, month: 1, day: 1)!))
    }
}
