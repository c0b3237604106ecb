import ArgumentParser
import TavleCore

// The core's value types as command-line arguments. Values are parsed as the core parses them
// (raw value, `_` for `-`, or the user's word in either language); help and errors list the
// user's words in the run's language, completion the raw values (one word each, in any language).

extension Choice {
    init?(choiceArgument text: String) {
        guard let v = Self.parse(text) else { return nil }
        self = v
    }
}

extension ExpressibleByArgument where Self: Choice {
    public static var allValueStrings: [String] { allCases.map { $0.label(L.lang) } }
    public static var defaultCompletionKind: CompletionKind { .list(allCases.map(\.rawValue)) }
}

extension Mode: ExpressibleByArgument { public init?(argument: String) { self.init(choiceArgument: argument) } }
extension Status: ExpressibleByArgument { public init?(argument: String) { self.init(choiceArgument: argument) } }
extension BoardReason: ExpressibleByArgument { public init?(argument: String) { self.init(choiceArgument: argument) } }
extension ContactWith: ExpressibleByArgument { public init?(argument: String) { self.init(choiceArgument: argument) } }
extension ContactKind: ExpressibleByArgument { public init?(argument: String) { self.init(choiceArgument: argument) } }
extension Role: ExpressibleByArgument { public init?(argument: String) { self.init(choiceArgument: argument) } }
extension ReferralSource: ExpressibleByArgument { public init?(argument: String) { self.init(choiceArgument: argument) } }
extension ShareParty: ExpressibleByArgument { public init?(argument: String) { self.init(choiceArgument: argument) } }
extension Arena: ExpressibleByArgument { public init?(argument: String) { self.init(choiceArgument: argument) } }
extension SchoolStatus: ExpressibleByArgument { public init?(argument: String) { self.init(choiceArgument: argument) } }
extension ConsentGiver: ExpressibleByArgument { public init?(argument: String) { self.init(choiceArgument: argument) } }
extension DischargeReason: ExpressibleByArgument { public init?(argument: String) { self.init(choiceArgument: argument) } }
extension DischargeDestination: ExpressibleByArgument { public init?(argument: String) { self.init(choiceArgument: argument) } }
extension ReferralDecision: ExpressibleByArgument { public init?(argument: String) { self.init(choiceArgument: argument) } }
extension QuestionAnswer: ExpressibleByArgument { public init?(argument: String) { self.init(choiceArgument: argument) } }
extension Relation: ExpressibleByArgument { public init?(argument: String) { self.init(choiceArgument: argument) } }

extension Day: ExpressibleByArgument {
    /// `YYYY-MM-DD` or `dd.mm.yyyy`.
    public init?(argument: String) { self.init(parsing: argument, allowNorwegian: true) }
}

/// `--domains a,b`: functional-impairment domains.
struct DomainList: ExpressibleByArgument {
    var domains: [Domain]
    init?(argument: String) {
        var out: [Domain] = []
        for part in argument.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            guard let d = Domain.parse(String(part)) else { return nil }
            if !out.contains(d) { out.append(d) }
        }
        domains = out
    }
    static var defaultCompletionKind: CompletionKind { .list(Domain.allCases.map(\.rawValue)) }
}
