import Foundation
import TavleCore
#if canImport(Glibc)
import Glibc
#endif

/// Where a board comes from when not from the data directory: the meeting-room screen's feed
/// (`tavle --shared --feed`). The runner then reads nothing of the data directory.
public protocol BoardSource: AnyObject {
    /// The board now.
    func load() throws(TavleError) -> Board
    /// True when the board changed since the last call (non-blocking).
    func changed() -> Bool
}

/// Runs the board's effects against the data directory, through the core, and reports what
/// happened as actions. The only place the board touches the store; no terminal code.
public final class EffectRunner {
    public let session: Session
    public let shared: Bool
    public let drafts: DraftStore
    let watcher: ChangeWatcher
    /// The feed the board shows in place of the data directory, when set (shared only).
    public let source: BoardSource?

    public init(session: Session, shared: Bool, source: BoardSource? = nil) {
        self.session = session
        self.shared = shared || source != nil
        self.source = source
        drafts = DraftStore(root: session.store.root, user: session.unixUser, access: session.team.access)
        watcher = ChangeWatcher(store: session.store)
    }

    var store: Store { session.store }
    var lang: Language { session.language }

    /// The team's day now: a board left open overnight moves on to the new day.
    /// A feed's board keeps the day it was written on (its reasons were worked out for that day).
    public var today: Day {
        if source != nil, let b = lastBoard { return b.today }
        return Clock.today(zone: session.team.zone, environment: session.environment)
    }

    /// Why this board may not write, if it may not.
    public var readOnlyReason: String? {
        if shared { return nil }  // AppState says it for the shared screen
        if session.actor == nil { return TavleError.notOnTeam(user: session.unixUser).message(lang) }
        if access(store.root, W_OK) != 0 {
            return TavleError.readOnly(path: store.root, reason: LocalizedMessage(.readonlyDirectory)).message(lang)
        }
        return nil
    }

    /// The first state: the board loaded, or an empty board with the error when it cannot load.
    public func initialState(width: Int, height: Int) -> AppState {
        let board: Board
        var message: StatusMessage?
        switch loadBoard() {
        case .boardLoaded(let b): board = b
        case .boardFailed(let text):
            board = Board(team: session.team, youths: [], today: today)
            message = StatusMessage(text, isError: true)
        default: board = Board(team: session.team, youths: [], today: today)
        }
        var s = AppState(board: board, language: lang, shared: shared, actorStaff: session.actor?.staff,
                         readOnlyReason: readOnlyReason)
        s.width = width
        s.height = height
        s.message = message ?? readOnlyReason.map { StatusMessage($0, isError: true) }
        return s
    }

    /// What the board learns right after opening: the rota and a waiting draft. Also logs the
    /// viewing (the shared screen once per session, as docs/privacy.md says).
    public func startActions() -> [Action] {
        try? store.logAccess(AccessEntry(at: session.now, staff: session.actor?.staff, user: session.unixUser, youth: nil,
                                         how: shared ? "shared-screen" : "board"))
        var out: [Action] = [.clock(session.now)]
        if source == nil, let rota = try? store.loadRota() { out.append(.rotaLoaded(rota)) }
        out += meetingActions()
        out += undocumentedActions()
        if !shared, let d = drafts.load() { out.append(.draftFound(d)) }
        return out
    }

    /// Today's meeting and who is under discussion (read only; cheap: one small file each).
    public func meetingActions() -> [Action] {
        do throws(TavleError) {
            let day = today
            return [.meetingLoaded(try store.meeting(on: day), current: store.currentYouth(day: day))]
        } catch {
            return newer(error) + [.meetingFailed(error.message(lang))]
        }
    }

    /// `.dataNewer` when the error is a file from a newer tavle (an upgrade while the board was open).
    func newer(_ error: TavleError) -> [Action] {
        if case .newerSchema = error { return [.dataNewer(Texts.text(.upgradeNotice, lang, [error.message(lang)]))] }
        return []
    }

    /// How many decisions of each youth are not marked as written into the record in time, from
    /// the index's days of the open decisions: no youth's file and no decision is read, whatever
    /// the team's size (issue 29).
    public func undocumentedActions() -> [Action] {
        guard let board = lastBoard else { return [] }
        return [.undocumentedLoaded(lastLate ?? Documentation.late(board.all.map(\.youth), today: board.today))]
    }

    /// True when another process changed the data directory since the last call (non-blocking).
    public func pollChanges() -> Bool { source?.changed() ?? watcher.poll() }

    /// How many times the board was loaded again (tests: one save, one reload).
    public private(set) var reloads = 0

    /// The board as last loaded (for the decision flags).
    var lastBoard: Board?
    /// Its late decisions per youth, when it came from the data directory (not the feed).
    var lastLate: LateDecisions?

    public func loadBoard() -> Action { loadBoardActions()[0] }

    /// The board, then `.dataNewer` when a file was written by a newer tavle.
    func loadBoardActions() -> [Action] {
        if let source {
            do throws(TavleError) {
                let board = try source.load()
                lastBoard = board
                lastLate = nil
                return [.boardLoaded(board)]
            } catch {
                return [.boardFailed(Texts.text(.loadFailed, lang, [error.message(lang)]))]
            }
        }
        do throws(TavleError) {
            // The summaries without their decisions: the board needs only their days (issue 29).
            let data = try store.loadBoard(today: today, maintainIndex: !shared, openDecisions: false)
            let board = Board(team: data.team, youths: data.youths, today: today, problems: data.problems)
            lastBoard = board
            lastLate = Documentation.late(data, today: today)
            var out: [Action] = [.boardLoaded(board)]
            if let p = data.problems.first(where: { if case .newerSchema = $0.error { return true }; return false }) {
                out += newer(p.error)
            }
            return out
        } catch {
            return [.boardFailed(Texts.text(.loadFailed, lang, [error.message(lang)]))] + newer(error)
        }
    }

    /// Runs one effect; `quit` and `redraw` belong to the terminal and give no actions here.
    public func perform(_ effect: Effect) -> [Action] {
        switch effect {
        case .save(let req): return [save(req)]
        case .reload:
            // What is on disk now is read below: the watcher must not wake this board again for it
            // (one save, one reload).
            watcher.acknowledge()
            reloads += 1
            var out = loadBoardActions()
            if source == nil, let rota = try? store.loadRota() { out.append(.rotaLoaded(rota)) }
            out += meetingActions()
            out += undocumentedActions()
            return out
        case .meeting(let req): return meeting(req)
        case .loadStats where source != nil:
            // The feed holds the board only: no figures rather than figures of nothing.
            return [.statsFailed(Texts.text(.feedNoStats, lang))]
        case .loadStats(let municipality):
            do throws(TavleError) {
                let load = try store.teamStats(team: session.team, today: today, municipality: municipality)
                return [.statsLoaded(load.stats)]
            } catch {
                return newer(error) + [.statsFailed(error.message(lang))]
            }
        case .loadCaseload:
            // Names of youths not taken in yet: never from the feed, never on the shared screen.
            if shared { return [.notice(Texts.text(.msgSharedNoReferrals, lang), isError: true)] }
            do throws(TavleError) {
                let (caseload, problems) = try store.caseload(team: session.team, today: today)
                let queue = try store.referrals()
                let waiting = queue.referrals.filter(\.isWaiting)
                if !waiting.isEmpty {
                    try? store.logAccess(AccessEntry(at: session.now, staff: session.actor?.staff, user: session.unixUser,
                                                     youth: nil, how: "referrals"))
                }
                var out: [Action] = [.caseloadLoaded(CaseloadPage(caseload: caseload,
                                                                  waiting: waiting))]
                if let p = (problems.first?.path ?? queue.problems.first?.path) {
                    out.append(.notice(Texts.text(.loadFailed, lang, [p]), isError: true))
                }
                return out
            } catch {
                return newer(error) + [.statsFailed(error.message(lang))]
            }
        case .loadFidelity where source != nil:
            return [.statsFailed(Texts.text(.feedNoStats, lang))]
        case .loadFidelity(let municipality):
            do throws(TavleError) {
                let loaded = try store.fidelity(team: session.team, today: today, from: FidelityReport.defaultFrom(today: today), to: today,
                                                municipality: municipality)
                var out: [Action] = [.fidelityLoaded(loaded.report)]
                if let p = loaded.problems.first?.path { out.append(.notice(Texts.text(.loadFailed, lang, [p]), isError: true)) }
                return out
            } catch {
                return newer(error) + [.statsFailed(error.message(lang))]
            }
        case .referral(let req): return referral(req)
        case .loadDetail(let id), .refreshDetail(let id):
            // The feed holds all there is to see of a youth: its stand-in record.
            if source != nil {
                guard let e = lastBoard?.entry(id) else { return [.detailFailed(TavleError.youthNotFound(id).message(lang))] }
                return [.detailLoaded(e.youth)]
            }
            do throws(TavleError) {
                let y = try store.loadYouth(id)
                // A viewing is logged once, when opened; refreshes are not new viewings (and a
                // log line would wake every other board's watcher, which would refresh …).
                if case .loadDetail = effect {
                    try? store.logAccess(AccessEntry(at: session.now, staff: session.actor?.staff, user: session.unixUser,
                                                     youth: id, how: "detail"))
                }
                return [.detailLoaded(y)]
            } catch {
                return newer(error) + [.detailFailed(error.message(lang))]
            }
        case .undo: return [undo()]
        case .create(let draft): return [create(draft)]
        case .rota(let change): return rota(change)
        case .loadMinutes(let day):
            do throws(TavleError) {
                guard let (minutes, _) = try store.minutes(on: day, today: today) else {
                    return [.minutesFailed(TavleError.refused(LocalizedMessage(.refuseMeetingNone, [day.iso])).message(lang))]
                }
                return [.minutesLoaded(minutes)]
            } catch {
                return newer(error) + [.minutesFailed(error.message(lang))]
            }
        case .discardDraft:
            drafts.discard()
            return []
        case .quit, .redraw: return []
        }
    }

    // MARK: Saving

    func save(_ req: SaveRequest) -> Action {
        do throws(TavleError) {
            // Never trust the view alone: the shared screen and non-members cannot write.
            if shared { throw TavleError.notAllowed(LocalizedMessage(.refuseOther, [Texts.text(.readonlyShared, lang)])) }
            let actor = try session.requireActor()
            if let day = req.meeting {
                // In the meeting: the same change, recorded in the meeting record as well.
                try store.applyInMeeting(req.change, youth: req.youthID, day: day, basedOn: req.basedOn, actor: actor)
            } else {
                try store.apply(req.change, to: req.youthID, basedOn: req.basedOn, actor: actor)
            }
            return .saved(req)
        } catch {
            return .saveFailed(failure(error, youth: req.youthID))
        }
    }

    // MARK: The meeting

    func meeting(_ req: MeetingRequest) -> [Action] {
        do throws(TavleError) {
            // The shared screen never writes, whatever asks it to.
            if shared { throw TavleError.notAllowed(LocalizedMessage(.refuseOther, [Texts.text(.readonlyShared, lang)])) }
            let actor = try session.requireActor()
            let day = today
            switch req {
            case .start(let chair, let attendees, let minutes):
                return [.meetingDone(req, try store.startMeeting(day: day, chair: chair, attendees: attendees, minutes: minutes,
                                                                 actor: actor))]
            case .discussed(let youth, let changes):
                return [.meetingDone(req, try store.discuss(youth: youth, day: day, changes: changes, actor: actor))]
            case .end(let confirm):
                switch try store.endMeeting(day: day, confirmUndiscussed: confirm, actor: actor) {
                case .ended(let m): return [.meetingDone(req, m)]
                case .needsConfirmation(let coverage): return [.meetingNeedsConfirmation(coverage.undiscussed)]
                }
            case .setCurrent(let id):
                try store.setCurrentYouth(day: day, youth: id)
                return []
            }
        } catch {
            return newer(error) + [.meetingFailed(error.message(lang))]
        }
    }

    /// Takes in a new youth: the core's intake value, created and journaled by the store.
    func create(_ draft: Youth) -> Action {
        do throws(TavleError) {
            if shared { throw TavleError.notAllowed(LocalizedMessage(.refuseOther, [Texts.text(.readonlyShared, lang)])) }
            return .created(try store.createYouth(draft, actor: try session.requireActor()))
        } catch {
            return .requestFailed(error.message(lang), refusal: refusalKey(error))
        }
    }

    /// A one-off change to the rota, through the core's rota entry point.
    func rota(_ change: RotaChangeRequest) -> [Action] {
        do throws(TavleError) {
            if shared { throw TavleError.notAllowed(LocalizedMessage(.refuseOther, [Texts.text(.readonlyShared, lang)])) }
            return [.rotaChanged(try store.addRotaChange(change, actor: try session.requireActor()))]
        } catch {
            return newer(error) + [.requestFailed(error.message(lang), refusal: refusalKey(error))]
        }
    }

    /// A referral put in the queue or decided (`Store.apply(ReferralRequest)`); a youth taken in
    /// is said by its label.
    func referral(_ req: ReferralRequest) -> [Action] {
        do throws(TavleError) {
            if shared { throw TavleError.notAllowed(LocalizedMessage(.refuseOther, [Texts.text(.readonlyShared, lang)])) }
            let done = try store.apply(req, actor: try session.requireActor())
            let r = done.referral
            if let y = done.youth {
                return [.referralDone(Texts.text(.doneReferralTakenIn, lang, [y.name, y.label, y.phase.label(lang)]))]
            }
            if r.decision == .decline {
                return [.referralDone(Texts.text(.doneReferralDeclined, lang, [r.name, r.sentTo?.label(lang) ?? ""]))]
            }
            return [.referralDone(Texts.text(.doneReferralAdd, lang, [r.name, r.id]))]
        } catch {
            return newer(error) + [.requestFailed(error.message(lang), refusal: refusalKey(error))]
        }
    }

    func refusalKey(_ error: TavleError) -> TextKey? {
        switch error {
        case .refused(let m), .usage(let m): m.key
        default: nil
        }
    }

    func failure(_ error: TavleError, youth id: String) -> SaveFailure {
        let current = (try? store.loadYouth(id))?.version
        switch error {
        case .conflict(_, let field, let by, _):
            return SaveFailure(youthID: id, message: error.message(lang), conflict: ConflictInfo(field: field, by: by),
                               currentVersion: current)
        case .refused(let m), .usage(let m):
            return SaveFailure(youthID: id, message: error.message(lang), currentVersion: current, refusal: m.key)
        default:
            return SaveFailure(youthID: id, message: error.message(lang), currentVersion: current)
        }
    }

    // MARK: Undo

    /// Undoes the user's last change (the core's undo, the same as `tavle undo`).
    func undo() -> Action {
        guard let actor = session.actor else { return .undoFailed(TavleError.notOnTeam(user: session.unixUser).message(lang)) }
        do throws(TavleError) {
            let outcome = try store.undoLast(actor: actor)
            return .undone(outcome.text(lang))
        } catch {
            if case .refused = error { return .notice(error.message(lang), isError: false) }
            return .undoFailed(error.message(lang))
        }
    }

    // MARK: Drafts

    /// Keeps what is being typed in an open dialog as a draft (called when the program must stop).
    /// Returns true when a draft was written.
    @discardableResult
    public func saveDraft(of state: AppState) -> Bool {
        guard !shared, var d = state.form?.draft else { return false }
        d.saved = session.now
        do { try drafts.save(d); return true } catch { return false }
    }
}
