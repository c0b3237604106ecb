/// How a person in the youth's family or network is related to the youth.
public enum Relation: String, Choice {
    case mother, father, guardian, sibling, fosterParent = "foster-parent", partner, friend, teacher, other
    public static let labelPrefix = "relation"
}

/// A person in the youth's family or network: a third party, never on the shared screen, purged
/// with the youth. Numbered from 1 in the order they were added (`tavle network remove X N`).
public struct NetworkEntry: Sendable, Codable, Equatable {
    public var number: Int
    public var name: String
    public var relation: Relation
    /// Holds parental responsibility (foreldreansvar).
    public var parentalResponsibility: Bool
    public var phone: String?
    /// Whether the team may share information with this person; nil when not yet asked.
    public var mayShare: Bool?
    public var added: Day
    public init(number: Int, name: String, relation: Relation, parentalResponsibility: Bool = false, phone: String? = nil,
                mayShare: Bool? = nil, added: Day) {
        self.number = number; self.name = name; self.relation = relation; self.parentalResponsibility = parentalResponsibility
        self.phone = phone; self.mayShare = mayShare; self.added = added
    }
}

extension Youth {
    /// Adds a person to the network; returns the entry's number.
    mutating func addNetwork(name: String, relation: Relation, parentalResponsibility: Bool, phone: String?, mayShare: Bool?,
                             on day: Day) throws(TavleError) -> Int {
        guard let n = Change.clean(name) else { throw .refused(LocalizedMessage(.refuseNetworkName)) }
        let number = max(lastNetworkNumber ?? 0, network.map(\.number).max() ?? 0) + 1
        lastNetworkNumber = number
        network.append(NetworkEntry(number: number, name: n, relation: relation, parentalResponsibility: parentalResponsibility,
                                    phone: phone.flatMap { Change.clean($0) }, mayShare: mayShare, added: day))
        return number
    }

    /// Removes network entry `number` (the others keep their numbers).
    mutating func removeNetwork(_ number: Int) throws(TavleError) {
        guard let i = network.firstIndex(where: { $0.number == number }) else {
            throw .refused(LocalizedMessage(.refuseNoNetwork, [String(number)]))
        }
        network.remove(at: i)
    }
}
