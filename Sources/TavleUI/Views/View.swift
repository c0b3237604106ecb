import TavleCore

extension BoardApp {
    /// Draws the state into a grid of `width`×`height` cells: a pure function, so what a user
    /// sees is tested without a terminal.
    public static func view(_ s: AppState, width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        if width < BoardGeometry.minWidth || height < BoardGeometry.minHeight {
            tooSmall(s.language, into: &screen)
            return screen
        }
        switch s.mode {
        case .board:
            Header.draw(s, into: &screen)
            BoardView.draw(s, into: &screen)
        case .detail:
            DetailView.draw(s, into: &screen)
        case .meeting:
            MeetingView.draw(s, into: &screen)
        case .dayPlan, .stats:
            PageView.draw(s, into: &screen)
        }
        if s.helpScroll != nil { HelpOverlay.draw(s, into: &screen) }
        if let f = s.form { Dialogs.draw(f, s, into: &screen) }
        HintBar.drawStatus(s, into: &screen)
        HintBar.draw(s, into: &screen)
        return screen
    }

    /// "The terminal is too small", with the size needed, centred; cut cleanly if even that does not fit.
    static func tooSmall(_ lang: Language, into screen: inout Screen) {
        let w = screen.width, h = screen.height
        let lines = [
            (Texts.text(.tooSmallTitle, lang), CellStyle(bold: true)),
            (Texts.text(.tooSmallNeed, lang, [String(BoardGeometry.minWidth), String(BoardGeometry.minHeight), String(w), String(h)]), .plain),
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
