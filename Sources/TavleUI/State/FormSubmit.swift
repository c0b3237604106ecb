import Foundation
import TavleCore

/// What a dialog's Enter asks for: a change to one youth, a new youth, a change to the rota, the
/// meeting started or ended, or nothing (the value is what it was).
public enum Submission: Sendable, Equatable {
    case youth(String, basedOn: Int, YouthChange)
    case create(Youth)
    case rota(RotaChangeRequest)
    case meeting(MeetingRequest)
    case referral(ReferralRequest)
    case unchanged
}

/// What a dialog needs to read what was typed: the team's day and moment, and the team.
struct FormContext {
    var today: Day
    var now: Timestamp
    var team: Team

    init(_ s: AppState) {
        today = s.board.today
        team = s.board.team
        // Without a clock yet (a test), "now" is the end of today: a time typed today is never refused as future here.
        now = s.now ?? Timestamp.local(day: s.board.today, minutes: 23 * 60 + 59, in: s.board.team.zone)
    }
}

extension Form {
    /// What the user typed as the core's values, or what to say about the typing. Dates and
    /// times are read by the core's one parser (`Input`); every rule is the core's (`Store.apply`,
    /// `Youth.intake`, `Rota.addChange` refuse, and the dialog shows the refusal).
    func submission(_ c: FormContext) -> Result<Submission, FormProblem> {
        func trimmed(_ id: String) -> String { value(id).trimmingCharacters(in: .whitespaces) }
        func optional(_ id: String) -> String? { trimmed(id).isEmpty ? nil : trimmed(id) }
        /// A typed day, or the problem pointing at its field.
        func day(_ id: String, _ use: DateUse) throws(FormProblem) -> Day? {
            do throws(TavleError) { return try Input.optionalDay(trimmed(id), for: use, today: c.today) } catch {
                throw FormProblem(error, field: id)
            }
        }
        func change(_ ch: YouthChange) -> Result<Submission, FormProblem> { .success(.youth(youthID, basedOn: basedOn, ch)) }
        do throws(FormProblem) {
            switch kind {
            case .putOnBoard:
                guard let reason = BoardReason(rawValue: value("reason")) else { throw FormProblem(LocalizedMessage(.formErrReason)) }
                guard let evaluate = try day("evaluate", .upcoming) else {
                    throw FormProblem(LocalizedMessage(.inputBadDate, [""]), field: "evaluate")
                }
                return change(.putOnBoard(reason: reason, plan: value("plan"), evaluate: evaluate))
            case .takeOffBoard:
                let status = presets["current"] == Status.crisis.rawValue ? Status(rawValue: value("status")) : nil
                return change(.takeOffBoard(note: optional("note"), status: status, why: status == nil ? nil : optional("why")))
            case .status:
                guard let st = Status(rawValue: value("status")) else { throw FormProblem(LocalizedMessage(.formErrReason)) }
                if st.rawValue == presets["current"] { return .success(.unchanged) }
                return change(.status(st, why: optional("why")))
            case .note:
                return change(.note(text: value("text"), kind: NoteKind(rawValue: value("kind")) ?? .note))
            case .contact:
                var at: Timestamp?
                if let typed = optional("at") {
                    do throws(TavleError) { at = try Input.moment(typed, now: c.now, zone: c.team.zone) } catch {
                        throw FormProblem(error, field: "at")
                    }
                }
                return change(.contact(with: ContactWith(rawValue: value("with")) ?? .youth, kind: ContactKind(rawValue: value("kind")) ?? .visit,
                                       at: at, staff: optional("staff"), note: optional("note"), place: optional("place"),
                                       arena: Arena(rawValue: value("arena"))))
            case .school:
                guard let st = SchoolStatus(rawValue: value("status")) else { throw FormProblem(LocalizedMessage(.formErrReason)) }
                return change(.school(st, since: try day("since", .past), note: optional("note")))
            case .plan:
                guard !value("staff").isEmpty else { throw FormProblem(LocalizedMessage(.formErrStaff)) }
                let d = try day("day", .upcoming)
                do throws(TavleError) { _ = try Input.clock(trimmed("time")) } catch { throw FormProblem(error, field: "time") }
                return change(.plan(day: d, staff: value("staff"), time: trimmed("time"), place: optional("place")))
            case .crisisPlan:
                let updated = try day("updated", .past)
                let typed = value("outOfHours").trimmingCharacters(in: .whitespaces)
                // Left as it was: the plan keeps its out-of-hours text (as `tavle crisis-plan` without the option).
                let outOfHours = typed == presets["outOfHours"] ? nil : typed
                return change(.crisisPlan(updated: updated, outOfHours: outOfHours))
            case .evaluate:
                return change(.evaluate(next: try day("next", .upcoming), note: optional("note")))
            case .reviewed:
                return change(.reviewed(note: optional("note")))
            case .consent:
                guard let party = ShareParty(rawValue: value("party")) else { throw FormProblem(LocalizedMessage(.formErrReason)) }
                let on = try day("on", .past)
                if value("action") == "withdraw" { return change(.withdrawConsent(party: party, on: on)) }
                return change(.consent(party: party, by: ConsentGiver(rawValue: value("by")) ?? .youth, on: on, scope: optional("scope"),
                                       note: optional("note")))
            case .handover:
                // Only what was changed is sent; what was left as it was stays as agreed.
                func edited(_ id: String) -> String? { trimmed(id) == (presets[id] ?? "") ? nil : trimmed(id) }
                let typedDay = edited("day") == nil ? nil : try day("day", .upcoming)
                let consented = edited("consented").map { $0 == "yes" }
                let service = presets["service"]?.isEmpty != false ? trimmed("service") : edited("service")
                return change(.handover(service: service, contact: edited("contact"), followUp: edited("followUp"),
                                        day: typedDay, consented: consented))
            case .orders:
                if value("action") == "remove" { return change(.removeOrder(kind: value("order"))) }
                guard let expires = try day("expires", .upcoming) else {
                    throw FormProblem(LocalizedMessage(.inputBadDate, [""]), field: "expires")
                }
                return change(.order(kind: value("kind"), expires: expires))
            case .goal:
                if value("action") == "done" {
                    guard let n = Int(value("number")) else { throw FormProblem(LocalizedMessage(.formErrReason)) }
                    return change(.goalDone(number: n, on: nil))
                }
                return change(.addGoal(text: value("text")))
            case .network:
                if value("action") == "remove" {
                    guard let n = Int(value("number")) else { throw FormProblem(LocalizedMessage(.formErrReason)) }
                    return change(.removeNetwork(number: n))
                }
                guard let relation = Relation(rawValue: value("relation")) else { throw FormProblem(LocalizedMessage(.formErrReason)) }
                let mayShare: Bool? = value("mayShare").isEmpty ? nil : value("mayShare") == "yes"
                return change(.addNetwork(name: value("name"), relation: relation, parentalResponsibility: value("parental") == "yes",
                                          phone: optional("phone"), mayShare: mayShare))
            case .services:
                guard let party = ShareParty(rawValue: value("party")) else { throw FormProblem(LocalizedMessage(.formErrReason)) }
                if value("following") == presets[party.rawValue] { return .success(.unchanged) }
                return change(.service(party, following: value("following") == "yes"))
            case .setField:
                let field = value("field")
                if value("value") == (presets[field] ?? "") && optional("ageOverride") == nil { return .success(.unchanged) }
                return change(.set(field: field, value: value("value"), ageOverride: optional("ageOverride")))
            case .discharge:
                let typed = Folding.fold(trimmed("confirm"))
                guard typed == Folding.fold(presets["label"] ?? "") || typed == Folding.fold(presets["ascii"] ?? "") else {
                    throw FormProblem(LocalizedMessage(.formErrConfirm, [presets["label"] ?? ""]), field: "confirm")
                }
                guard let reason = DischargeReason(rawValue: value("reason")), let to = DischargeDestination(rawValue: value("to")) else {
                    throw FormProblem(LocalizedMessage(.formErrReason))
                }
                return change(.discharge(reason: reason, to: to, note: optional("note"), anyway: value("anyway") == "yes"))
            case .decision:
                return change(.decision(text: value("text")))
            case .documented:
                guard !value("note").isEmpty else { throw FormProblem(LocalizedMessage(.formErrNoDecision)) }
                return change(.documented(noteIDs: [value("note")]))
            case .minutesDocumented:
                let parts = value("note").split(separator: "/", maxSplits: 1).map(String.init)
                guard parts.count == 2, !parts[1].isEmpty else { throw FormProblem(LocalizedMessage(.formErrNoDecision)) }
                return .success(.youth(parts[0], basedOn: Int(presets[parts[0]] ?? "") ?? 0, .documented(noteIDs: [parts[1]])))
            case .addYouth:
                let born: Day
                do throws(TavleError) { born = try Input.day(trimmed("born"), for: .birth, today: c.today) } catch {
                    throw FormProblem(error, field: "born")
                }
                let source = ReferralSource(rawValue: value("referredBy"))
                let contact = optional("referralContact")
                let referral = source.map { Referral(source: $0, contact: contact) } ?? contact.map { Referral(source: .other, contact: $0) }
                let domains = value("domains").split(separator: ",").compactMap { Domain(rawValue: String($0)) }
                let request = IntakeRequest(name: value("name"), born: born, primaryContact: optional("contact"), domains: domains,
                                            referral: referral, ageOverride: optional("ageOverride"),
                                            longTermNeed: optional("longTermNeed"))
                do throws(TavleError) {
                    return .success(.create(try request.draft(today: c.today, team: c.team)))
                } catch {
                    throw FormProblem(error, field: nil)
                }
            case .addReferral:
                let born: Day
                do throws(TavleError) { born = try Input.day(trimmed("born"), for: .birth, today: c.today) } catch {
                    throw FormProblem(error, field: "born")
                }
                let received = try day("received", .past)
                guard let from = ReferralSource(rawValue: value("from")) else { throw FormProblem(LocalizedMessage(.formErrReason)) }
                do throws(TavleError) {
                    return .success(.referral(.add(try IncomingReferral.make(name: value("name"), born: born, from: from, received: received,
                                                                              contact: optional("contact"), today: c.today))))
                } catch {
                    throw FormProblem(error, field: nil)
                }
            case .decideReferral:
                let id = value("referral")
                guard let decision = ReferralDecision(rawValue: value("decision")) else { throw FormProblem(LocalizedMessage(.formErrReason)) }
                // The referral as the page read it (the store reads it again and refuses one decided meanwhile).
                guard let name = presets[id + ".name"], let born = presets[id + ".born"].flatMap({ Day(parsing: $0) }),
                      let from = presets[id + ".from"].flatMap(ReferralSource.init(rawValue:)),
                      let received = presets[id + ".received"].flatMap({ Day(parsing: $0) }) else {
                    throw FormProblem(LocalizedMessage(.refuseReferralNotFound, [id]), field: "referral")
                }
                let r = IncomingReferral(id: id, name: name, born: born, from: from, received: received,
                                         contact: presets[id + ".contact"].flatMap { $0.isEmpty ? nil : $0 })
                let taken = decision != .decline
                let intake = taken ? r.intake(primaryContact: optional("contact"), longTermNeed: optional("longTermNeed")) : nil
                return .success(.referral(.decide(id: id, decision, intake: intake, note: optional("note"),
                                                  sentTo: taken ? nil : DischargeDestination(rawValue: value("to")))))
            case .rotaChange:
                guard let d = try day("day", .upcoming) else { throw FormProblem(LocalizedMessage(.inputBadDate, [""]), field: "day") }
                guard let shift = Shift(rawValue: value("shift")) else { throw FormProblem(LocalizedMessage(.formErrReason)) }
                return .success(.rota(RotaChangeRequest(day: d, shift: shift, staff: optional("staff"), replacing: optional("replacing"),
                                                        note: optional("note"))))
            case .startMeeting:
                let minutes: Int
                do throws(TavleError) { minutes = try Input.timeBox(trimmed("minutes")) } catch { throw FormProblem(error, field: "minutes") }
                let attendees = value("attendees").split(separator: ",").map(String.init)
                return .success(.meeting(.start(chair: value("chair"), attendees: attendees, minutes: minutes)))
            case .endMeeting:
                return .success(.meeting(.end(confirm: true)))
            case .answers:
                // Answered and discussed, as `tavle meeting discuss X --needs … --safety …` does.
                let change = YouthChange.answers(needs: optional("needs"), treatment: QuestionAnswer(rawValue: value("treatment")),
                                                 safety: QuestionAnswer(rawValue: value("safety")),
                                                 family: QuestionAnswer(rawValue: value("family")))
                return .success(.meeting(.discussed(youth: youthID, changes: [change])))
            }
        } catch {
            return .failure(error)
        }
    }

    /// The field a refusal of the core is about, to put the cursor back there.
    func field(for refusal: TextKey) -> String? {
        switch (kind, refusal) {
        case (_, .refusePlanNeeded): "plan"
        case (.putOnBoard, .refuseEvaluateInPast), (.putOnBoard, .inputBadDate): "evaluate"
        case (.evaluate, .refuseEvaluateInPast): "next"
        case (_, .refuseNoteEmpty), (_, .refuseDecisionEmpty): "text"
        case (_, .inputBadTime): "time"
        case (_, .refuseLeaveCrisisWhy): "why"
        case (.contact, .refuseContactInFuture): "at"
        case (.school, .refuseSchoolSinceFuture), (.school, .refuseSchoolBeforeIntake): "since"
        case (.crisisPlan, .refuseDateInFuture): "updated"
        case (.consent, .refuseDateInFuture), (.consent, .refuseConsentUnder16), (.consent, .refuseConsentOver16): "by"
        case (.consent, .refuseNoConsent): "party"
        case (.consent, .refuseConsentOtherNote): "note"
        case (.goal, .refuseGoalEmpty): "text"
        case (.answers, .refuseAnswersNone): "needs"
        case (.network, .refuseNetworkName): "name"
        case (.handover, .refuseHandoverService): "service"
        case (.orders, .refuseOrderKind): "kind"
        case (.setField, _): "value"
        case (.addYouth, .refuseNameEmpty): "name"
        case (.addYouth, .refuseBornInFuture): "born"
        case (.addYouth, .refuseAge): "ageOverride"
        case (.rotaChange, .refuseRotaAlreadyOnShift), (.rotaChange, .refuseRotaChangeEmpty): "staff"
        case (.rotaChange, .refuseRotaNotOnShift): "replacing"
        default: nil
        }
    }
}

/// What to say about a dialog's input before it goes to the core: a message and the field to go back to.
struct FormProblem: Error, Equatable {
    var message: LocalizedMessage
    var field: String?
    /// Any other error of the core, worded in the reader's language when shown.
    var error: TavleError?
    init(_ message: LocalizedMessage, field: String? = nil) { self.message = message; self.field = field }

    func text(_ lang: Language) -> String {
        error.map { Texts.text(.refuseOther, lang, [$0.message(lang)]) } ?? message.text(lang)
    }

    /// The core's words for a refusal or a typing error, about `field` (or the field the refusal names).
    init(_ error: TavleError, field: String?) {
        switch error {
        case .usage(let m), .refused(let m): self.init(m, field: field)
        default:
            self.init(LocalizedMessage(.refuseOther), field: field)
            self.error = error
        }
    }
}
