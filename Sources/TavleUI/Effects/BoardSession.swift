import TavleCore

/// A running board without the terminal: the state, the effect runner, and the steps of the
/// main loop (a key, a tick, a resize). The terminal glue only reads keys and paints
/// `screen`; tests drive the same object with keys and a real data directory.
public final class BoardSession {
    public private(set) var state: AppState
    public let runner: EffectRunner
    /// Set by `q`: the loop should close the terminal and end.
    public private(set) var quitRequested = false
    /// Set by Ctrl-L: the terminal should repaint everything once.
    public var redrawRequested = false
    /// Called before an effect that reads every youth file (the team's numbers, the caseload, the
    /// fidelity evidence), so the terminal can paint the page as it stands ("Regner ut …") rather
    /// than seem frozen on a large directory.
    public var beforeLongRead: (() -> Void)?

    public init(session: Session, shared: Bool, source: BoardSource? = nil, width: Int = 80, height: Int = 24) {
        runner = EffectRunner(session: session, shared: shared, source: source)
        state = runner.initialState(width: width, height: height)
        for a in runner.startActions() { send(a) }
    }

    /// What to paint now. The view's report of it (scroll limits, page size, what is where)
    /// goes back into the state, so the next key pages and the next click hits what was painted.
    public var screen: Screen { BoardApp.present(&state) }

    /// A key (or a mouse gesture) from the terminal, through the keymap.
    public func key(_ key: Key) {
        guard let action = Keymap.action(for: key, in: state) else { return }
        // The meeting times each youth, and a message is timed from when it shows: the clock
        // must be right when the key acts.
        send(.clock(runner.session.now))
        send(action)
    }

    public func resize(width: Int, height: Int) { send(.resize(width: width, height: height)) }

    /// Runs an action through `update` and every effect it asks for (and what those report back).
    public func send(_ action: Action) {
        var queue = [action]
        var steps = 0
        while !queue.isEmpty, steps < 100 {
            steps += 1
            let (next, effects) = BoardApp.update(state, queue.removeFirst())
            state = next
            for e in effects {
                switch e {
                case .quit: quitRequested = true
                case .redraw: redrawRequested = true
                default:
                    if e.readsEveryYouth { beforeLongRead?() }
                    queue += runner.perform(e)
                }
            }
        }
    }

    /// One idle step of the loop: reload when another process changed the data, or the day
    /// turned. Returns true when the board was reloaded (so the caller repaints).
    @discardableResult
    public func tick() -> Bool {
        // The meeting view's countdown and time per youth move on by the second, and a message
        // on the status line goes when its time is up.
        var secondChanged = false
        if state.mode == .meeting || state.message != nil {
            let now = runner.session.now
            if now.seconds != state.now?.seconds {
                let hadMessage = state.message != nil
                send(.clock(now))
                secondChanged = state.mode == .meeting || (hadMessage && state.message == nil)
            }
        }
        let changed = runner.pollChanges()
        guard changed || runner.today != state.board.today else { return secondChanged }
        for a in runner.perform(.reload) { send(a) }
        if state.mode == .detail, let d = state.detail {
            for a in runner.perform(.refreshDetail(d.youthID)) { send(a) }
        }
        return true
    }

    /// Keeps a note being typed as a draft; for when the program must stop (SIGHUP, SIGTERM …).
    @discardableResult
    public func saveDraft() -> Bool { runner.saveDraft(of: state) }
}
