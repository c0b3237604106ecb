import TavleCore

extension BoardApp {
    /// Draws the state into a grid of `width`×`height` cells: a pure function, so what a user
    /// sees is tested without a terminal.
    public static func view(_ s: AppState, width: Int, height: Int) -> Screen {
        frame(s, width: width, height: height).screen
    }

    /// The frame and what it showed: where lists are scrolled, how big a page is, what is where.
    public static func frame(_ s: AppState, width: Int, height: Int) -> (screen: Screen, report: ViewReport) {
        var screen = Screen(width: width, height: height)
        var report = ViewReport()
        report.boardTop = s.boardScroll
        if width < AppState.minimumWidth || height < AppState.minimumHeight {
            tooSmall(s.language, into: &screen)
            return (screen, report)
        }
        switch s.mode {
        case .board:
            Header.draw(s, into: &screen)
            BoardView.draw(s, into: &screen, &report)
        case .detail:
            DetailView.draw(s, into: &screen, &report)
        case .meeting:
            MeetingView.draw(s, into: &screen, &report)
        case .dayPlan, .stats, .caseload, .fidelity:
            PageView.draw(s, into: &screen, &report)
        case .minutes:
            MinutesView.draw(s, into: &screen, &report)
        }
        if s.help != nil { HelpOverlay.draw(s, into: &screen, &report) }
        if let f = s.form { Dialogs.draw(f, s, into: &screen, &report) }
        HintBar.drawStatus(s, into: &screen)
        HintBar.draw(s, into: &screen, &report)
        return (screen, report)
    }

    /// Draws the state at its size and takes in what the view reported, as the loop does after
    /// every paint (`BoardSession.screen`); tests that press keys one by one do the same.
    public static func present(_ s: inout AppState) -> Screen {
        let (screen, report) = frame(s, width: s.width, height: s.height)
        if report != s.report { s = update(s, .viewed(report)).0 }
        return screen
    }

    /// "The terminal is too small", with the size needed, centred; cut cleanly if even that does not fit.
    static func tooSmall(_ lang: Language, into screen: inout Screen) {
        let w = screen.width, h = screen.height
        let lines = [
            (Texts.text(.tooSmallTitle, lang), CellStyle(bold: true)),
            (Texts.text(.tooSmallNeed, lang, [String(AppState.minimumWidth), String(AppState.minimumHeight), String(w), String(h)]), .plain),
            (Texts.text(.tooSmallHint, lang), CellStyle.dim),
        ]
        var wrapped: [(String, CellStyle)] = []
        for (t, st) in lines { for l in Wrap.lines(t, width: max(1, w - 2)) { wrapped.append((l, st)) } }
        let y0 = max(0, (h - wrapped.count) / 2)
        for (i, (t, st)) in wrapped.enumerated() where y0 + i < h {
            let x = max(0, (w - DisplayWidth.of(t)) / 2)
            screen.put(t, x: x, y: y0 + i, style: st, maxWidth: w - x)
        }
    }
}
