/// The youth file's records read straight from their bytes (`FastRead`): each reader knows every
/// key its record's synthesized `Decodable` knows, requires the same ones and gives up on any
/// other, so `Coding.decodeFile` can take its result or fall back to `JSONDecoder`. Keep each
/// reader's keys in step with its record's stored properties (`FastReadTests` compares them).

extension Youth: FastRecord {
    static func read(_ s: inout JSONScanner) -> Youth? {
        var schema: Int?, id: String?, version: Int?, name: String?, initialsOverride: String??, labelNumber: Int??
        var born: Day?, intake: Day?, referral: Referral??, primaryContact: String??, secondContact: String??
        var domains: [Domain]?, whereabouts: Whereabouts?, goals: String?, goalList: [Goal]?, network: [NetworkEntry]?
        var lastNetworkNumber: Int??, answers: FourAnswers??, warning: String?, status: Status?, crisisPlan: CrisisPlan??
        var orders: [Order]?, consents: [Consent]?, services: [ShareParty]?, handover: Handover??, phase: Phase?
        var planReviewed: Day??, mode: Mode?, boardPeriods: [BoardPeriod]?, reviews: [Review]?, notes: [Note]?
        var contacts: [Contact]?, retractions: [Retraction]?, plans: [PlanEntry]?, intakeCriteria: IntakeCriteria?
        var ageOverride: String??, lastContact: Timestamp??, discharged: Day??, dischargeReason: DischargeReason??
        var dischargeTo: DischargeDestination??, dischargeNote: String??, dischargeHandoverMissing: [HandoverItem]??
        var municipality: String??, school: [SchoolEntry]?, fieldVersions: [String: Int]?, fieldAuthors: [String: String]?
        var updated: Timestamp??
        let ok = s.object { key, s in
            switch key {
            case "schema": s.take(&schema)
            case "id": s.take(&id)
            case "version": s.take(&version)
            case "name": s.take(&name)
            case "initialsOverride": s.take(&initialsOverride)
            case "labelNumber": s.take(&labelNumber)
            case "born": s.take(&born)
            case "intake": s.take(&intake)
            case "referral": s.take(&referral)
            case "primaryContact": s.take(&primaryContact)
            case "secondContact": s.take(&secondContact)
            case "domains": s.take(&domains)
            case "whereabouts": s.take(&whereabouts)
            case "goals": s.take(&goals)
            case "goalList": s.take(&goalList)
            case "network": s.take(&network)
            case "lastNetworkNumber": s.take(&lastNetworkNumber)
            case "answers": s.take(&answers)
            case "warning": s.take(&warning)
            case "status": s.take(&status)
            case "crisisPlan": s.take(&crisisPlan)
            case "orders": s.take(&orders)
            case "consents": s.take(&consents)
            case "services": s.take(&services)
            case "handover": s.take(&handover)
            case "phase": s.take(&phase)
            case "planReviewed": s.take(&planReviewed)
            case "mode": s.take(&mode)
            case "boardPeriods": s.take(&boardPeriods)
            case "reviews": s.take(&reviews)
            case "notes": s.take(&notes)
            case "contacts": s.take(&contacts)
            case "retractions": s.take(&retractions)
            case "plans": s.take(&plans)
            case "intakeCriteria": s.take(&intakeCriteria)
            case "ageOverride": s.take(&ageOverride)
            case "lastContact": s.take(&lastContact)
            case "discharged": s.take(&discharged)
            case "dischargeReason": s.take(&dischargeReason)
            case "dischargeTo": s.take(&dischargeTo)
            case "dischargeNote": s.take(&dischargeNote)
            case "dischargeHandoverMissing": s.take(&dischargeHandoverMissing)
            case "municipality": s.take(&municipality)
            case "school": s.take(&school)
            case "fieldVersions": s.take(&fieldVersions)
            case "fieldAuthors": s.take(&fieldAuthors)
            case "updated": s.take(&updated)
            default: false
            }
        }
        guard ok, let schema, let id, let version, let name, let born, let intake, let domains, let whereabouts, let goals,
              let goalList, let network, let warning, let status, let orders, let consents, let services, let phase, let mode,
              let boardPeriods, let reviews, let notes, let contacts, let retractions, let plans, let intakeCriteria, let school,
              let fieldVersions, let fieldAuthors else { return nil }
        var y = Youth(id: id, name: name, born: born, intake: intake)
        y.schema = schema; y.version = version
        y.initialsOverride = initialsOverride ?? nil; y.labelNumber = labelNumber ?? nil
        y.referral = referral ?? nil; y.primaryContact = primaryContact ?? nil; y.secondContact = secondContact ?? nil
        y.domains = domains; y.whereabouts = whereabouts; y.goals = goals; y.goalList = goalList; y.network = network
        y.lastNetworkNumber = lastNetworkNumber ?? nil; y.answers = answers ?? nil; y.warning = warning; y.status = status
        y.crisisPlan = crisisPlan ?? nil; y.orders = orders; y.consents = consents; y.services = services
        y.handover = handover ?? nil; y.phase = phase; y.planReviewed = planReviewed ?? nil; y.mode = mode
        y.boardPeriods = boardPeriods; y.reviews = reviews; y.notes = notes; y.contacts = contacts; y.retractions = retractions
        y.plans = plans; y.intakeCriteria = intakeCriteria; y.ageOverride = ageOverride ?? nil
        y.lastContact = lastContact ?? nil; y.discharged = discharged ?? nil; y.dischargeReason = dischargeReason ?? nil
        y.dischargeTo = dischargeTo ?? nil; y.dischargeNote = dischargeNote ?? nil
        y.dischargeHandoverMissing = dischargeHandoverMissing ?? nil; y.municipality = municipality ?? nil; y.school = school
        y.fieldVersions = fieldVersions; y.fieldAuthors = fieldAuthors; y.updated = updated ?? nil
        return y
    }
}

extension Referral: FastReadable {
    static func read(_ s: inout JSONScanner) -> Referral? {
        var source: ReferralSource?, contact: String??, received: Day??
        let ok = s.object { key, s in
            switch key {
            case "source": s.take(&source)
            case "contact": s.take(&contact)
            case "received": s.take(&received)
            default: false
            }
        }
        guard ok, let source else { return nil }
        return Referral(source: source, contact: contact ?? nil, received: received ?? nil)
    }
}

extension Handover: FastReadable {
    static func read(_ s: inout JSONScanner) -> Handover? {
        var service: String?, contact: String??, followUp: String??, day: Day??, consented: Bool??
        let ok = s.object { key, s in
            switch key {
            case "service": s.take(&service)
            case "contact": s.take(&contact)
            case "followUp": s.take(&followUp)
            case "day": s.take(&day)
            case "consented": s.take(&consented)
            default: false
            }
        }
        guard ok, let service else { return nil }
        return Handover(service: service, contact: contact ?? nil, followUp: followUp ?? nil, day: day ?? nil,
                        consented: consented ?? nil)
    }
}

extension CrisisPlan: FastReadable {
    static func read(_ s: inout JSONScanner) -> CrisisPlan? {
        var updated: Day?, outOfHours: String??
        let ok = s.object { key, s in
            switch key {
            case "updated": s.take(&updated)
            case "outOfHours": s.take(&outOfHours)
            default: false
            }
        }
        guard ok, let updated else { return nil }
        return CrisisPlan(updated: updated, outOfHours: outOfHours ?? nil)
    }
}

extension Order: FastReadable {
    static func read(_ s: inout JSONScanner) -> Order? {
        var id: String?, kind: String?, expires: Day?
        let ok = s.object { key, s in
            switch key {
            case "id": s.take(&id)
            case "kind": s.take(&kind)
            case "expires": s.take(&expires)
            default: false
            }
        }
        guard ok, let id, let kind, let expires else { return nil }
        return Order(id: id, kind: kind, expires: expires)
    }
}

extension Consent: FastReadable {
    static func read(_ s: inout JSONScanner) -> Consent? {
        var party: ShareParty?, givenBy: ConsentGiver?, given: Day?, scope: String??, withdrawn: Day??, note: String??
        let ok = s.object { key, s in
            switch key {
            case "party": s.take(&party)
            case "givenBy": s.take(&givenBy)
            case "given": s.take(&given)
            case "scope": s.take(&scope)
            case "withdrawn": s.take(&withdrawn)
            case "note": s.take(&note)
            default: false
            }
        }
        guard ok, let party, let givenBy, let given else { return nil }
        return Consent(party: party, givenBy: givenBy, given: given, scope: scope ?? nil, withdrawn: withdrawn ?? nil,
                       note: note ?? nil)
    }
}

extension BoardPeriod: FastReadable {
    static func read(_ s: inout JSONScanner) -> BoardPeriod? {
        var id: String?, reason: BoardReason?, start: Day?, plan: String?, evaluate: Day??, decidedBy: String?
        var lastEvaluated: Day??, end: Day??, endNote: String??
        let ok = s.object { key, s in
            switch key {
            case "id": s.take(&id)
            case "reason": s.take(&reason)
            case "start": s.take(&start)
            case "plan": s.take(&plan)
            case "evaluate": s.take(&evaluate)
            case "decidedBy": s.take(&decidedBy)
            case "lastEvaluated": s.take(&lastEvaluated)
            case "end": s.take(&end)
            case "endNote": s.take(&endNote)
            default: false
            }
        }
        guard ok, let id, let reason, let start, let plan, let decidedBy else { return nil }
        var p = BoardPeriod(id: id, reason: reason, start: start, plan: plan, evaluate: evaluate ?? nil, decidedBy: decidedBy)
        p.lastEvaluated = lastEvaluated ?? nil; p.end = end ?? nil; p.endNote = endNote ?? nil
        return p
    }
}

extension Review: FastReadable {
    static func read(_ s: inout JSONScanner) -> Review? {
        var day: Day?, by: String?, note: String??
        let ok = s.object { key, s in
            switch key {
            case "day": s.take(&day)
            case "by": s.take(&by)
            case "note": s.take(&note)
            default: false
            }
        }
        guard ok, let day, let by else { return nil }
        return Review(day: day, by: by, note: note ?? nil)
    }
}

extension Retraction: FastReadable {
    static func read(_ s: inout JSONScanner) -> Retraction? {
        var id: String?, by: String?, at: Timestamp?
        let ok = s.object { key, s in
            switch key {
            case "id": s.take(&id)
            case "by": s.take(&by)
            case "at": s.take(&at)
            default: false
            }
        }
        guard ok, let id, let by, let at else { return nil }
        return Retraction(id: id, by: by, at: at)
    }
}

extension Note: FastReadable {
    static func read(_ s: inout JSONScanner) -> Note? {
        var id: String?, at: Timestamp?, author: String?, kind: NoteKind?, text: String?, documented: Timestamp??
        let ok = s.object { key, s in
            switch key {
            case "id": s.take(&id)
            case "at": s.take(&at)
            case "author": s.take(&author)
            case "kind": s.take(&kind)
            case "text": s.take(&text)
            case "documented": s.take(&documented)
            default: false
            }
        }
        guard ok, let id, let at, let author, let kind, let text else { return nil }
        var n = Note(id: id, at: at, author: author, kind: kind, text: text)
        n.documented = documented ?? nil
        return n
    }
}

extension Contact: FastReadable {
    static func read(_ s: inout JSONScanner) -> Contact? {
        var id: String?, at: Timestamp?, staff: String?, with: ContactWith?, kind: ContactKind?, note: String??
        var place: String??, arena: Arena??
        let ok = s.object { key, s in
            switch key {
            case "id": s.take(&id)
            case "at": s.take(&at)
            case "staff": s.take(&staff)
            case "with": s.take(&with)
            case "kind": s.take(&kind)
            case "note": s.take(&note)
            case "place": s.take(&place)
            case "arena": s.take(&arena)
            default: false
            }
        }
        guard ok, let id, let at, let staff, let with, let kind else { return nil }
        return Contact(id: id, at: at, staff: staff, with: with, kind: kind, note: note ?? nil, place: place ?? nil,
                       arena: arena ?? nil)
    }
}

extension SchoolEntry: FastReadable {
    static func read(_ s: inout JSONScanner) -> SchoolEntry? {
        var status: SchoolStatus?, since: Day?, note: String??, by: String?, at: Timestamp?
        let ok = s.object { key, s in
            switch key {
            case "status": s.take(&status)
            case "since": s.take(&since)
            case "note": s.take(&note)
            case "by": s.take(&by)
            case "at": s.take(&at)
            default: false
            }
        }
        guard ok, let status, let since, let by, let at else { return nil }
        return SchoolEntry(status: status, since: since, note: note ?? nil, by: by, at: at)
    }
}

extension PlanEntry: FastReadable {
    static func read(_ s: inout JSONScanner) -> PlanEntry? {
        var id: String?, day: Day?, staff: String?, time: String?, place: String??
        let ok = s.object { key, s in
            switch key {
            case "id": s.take(&id)
            case "day": s.take(&day)
            case "staff": s.take(&staff)
            case "time": s.take(&time)
            case "place": s.take(&place)
            default: false
            }
        }
        guard ok, let id, let day, let staff, let time else { return nil }
        return PlanEntry(id: id, day: day, staff: staff, time: time, place: place ?? nil)
    }
}

extension IntakeCriteria: FastReadable {
    static func read(_ s: inout JSONScanner) -> IntakeCriteria? {
        var longTermNeed: Bool??, functionalImpairment: Bool??, severeEatingDisorder: Bool?
        let ok = s.object { key, s in
            switch key {
            case "longTermNeed": s.take(&longTermNeed)
            case "functionalImpairment": s.take(&functionalImpairment)
            case "severeEatingDisorder": s.take(&severeEatingDisorder)
            default: false
            }
        }
        guard ok, let severeEatingDisorder else { return nil }
        return IntakeCriteria(longTermNeed: longTermNeed ?? nil, functionalImpairment: functionalImpairment ?? nil,
                              severeEatingDisorder: severeEatingDisorder)
    }
}

extension Goal: FastReadable {
    static func read(_ s: inout JSONScanner) -> Goal? {
        var number: Int?, text: String?, date: Day?, done: Day??, by: String?
        let ok = s.object { key, s in
            switch key {
            case "number": s.take(&number)
            case "text": s.take(&text)
            case "date": s.take(&date)
            case "done": s.take(&done)
            case "by": s.take(&by)
            default: false
            }
        }
        guard ok, let number, let text, let date, let by else { return nil }
        return Goal(number: number, text: text, date: date, done: done ?? nil, by: by)
    }
}

extension NetworkEntry: FastReadable {
    static func read(_ s: inout JSONScanner) -> NetworkEntry? {
        var number: Int?, name: String?, relation: Relation?, parentalResponsibility: Bool?, phone: String??
        var mayShare: Bool??, added: Day?
        let ok = s.object { key, s in
            switch key {
            case "number": s.take(&number)
            case "name": s.take(&name)
            case "relation": s.take(&relation)
            case "parentalResponsibility": s.take(&parentalResponsibility)
            case "phone": s.take(&phone)
            case "mayShare": s.take(&mayShare)
            case "added": s.take(&added)
            default: false
            }
        }
        guard ok, let number, let name, let relation, let parentalResponsibility, let added else { return nil }
        return NetworkEntry(number: number, name: name, relation: relation, parentalResponsibility: parentalResponsibility,
                            phone: phone ?? nil, mayShare: mayShare ?? nil, added: added)
    }
}

extension FourAnswers: FastReadable {
    static func read(_ s: inout JSONScanner) -> FourAnswers? {
        var day: Day?, needs: String??, treatment: QuestionAnswer??, safety: QuestionAnswer??, family: QuestionAnswer??
        let ok = s.object { key, s in
            switch key {
            case "day": s.take(&day)
            case "needs": s.take(&needs)
            case "treatment": s.take(&treatment)
            case "safety": s.take(&safety)
            case "family": s.take(&family)
            default: false
            }
        }
        guard ok, let day else { return nil }
        return FourAnswers(day: day, needs: needs ?? nil, treatment: treatment ?? nil, safety: safety ?? nil,
                           family: family ?? nil)
    }
}
