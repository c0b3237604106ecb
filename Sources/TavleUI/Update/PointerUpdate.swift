import TavleCore

/// The mouse in `update`: what is under the pointer comes from the last frame's report, so a
/// click acts on what the user saw there. A click selects (a row, a group, an agenda line, a
/// dialog field) or runs a key hint as its key would; a double-click also opens; the wheel scrolls.
enum PointerUpdate {
    /// Lines one notch of the wheel scrolls.
    static let wheelLines = 3

    static func apply(_ s: inout AppState, _ c: Command, x: Int, y: Int, _ effects: inout [Effect]) {
        guard let binding = Keymap.binding(for: c, in: s.keyContext) else { return }
        // The shared screen: the pointer only selects; nothing opens and no hint runs.
        let selectOnly = s.shared && binding.shared == .selectOnly
        switch c {
        case .wheelDown: wheel(&s, wheelLines)
        case .wheelUp: wheel(&s, -wheelLines)
        case .pointSelect, .pointOpen:
            guard let target = s.report.target(x: x, y: y) else { return }
            select(&s, target, open: c == .pointOpen && !selectOnly, runHints: !selectOnly, &effects)
        default: break
        }
    }

    static func wheel(_ s: inout AppState, _ delta: Int) {
        switch s.keyContext {
        case .board, .search: BoardApp.scrollBoard(&s, by: delta)
        case .detail, .dayPlan, .stats, .minutes, .help, .caseload, .fidelity: BoardApp.scrollView(&s, delta)
        case .meeting:
            // The agenda scrolls on its own; choosing the next youth stays the chair's keys.
            let top = max(0, min(s.report.maxScroll, (s.meeting.agendaTop ?? s.report.scrollTop) + delta))
            s.meeting.agendaTop = top
            s.report.scrollTop = top
        case .form, .tooSmall: break
        }
    }

    static func select(_ s: inout AppState, _ target: PointerTarget.Kind, open: Bool, runHints: Bool, _ effects: inout [Effect]) {
        switch (s.keyContext, target) {
        case (.board, .youth(let id)), (.search, .youth(let id)):
            s.selectedID = id
            if open {
                s.searching = false
                BoardApp.command(&s, .openDetail, &effects)
            }
        case (.board, .group(let mode)):
            BoardApp.selectGroup(&s, mode)
        case (.meeting, .agenda(let id)):
            // Choosing who is discussed follows the same policy as ↑↓ in the meeting (the chair's).
            guard Keymap.binding(for: .moveDown, in: .meeting)?.refusal(in: s) == nil else { return }
            // The agenda stays where it was: the line clicked does not jump away under the pointer.
            let top = s.meeting.agendaTop ?? s.report.scrollTop
            MeetingUpdate.moveTo(&s, id, &effects)
            s.meeting.agendaTop = top
        case (.form, .field(let i)):
            if let f = s.form, f.isShown(i) { s.form?.focus = i }
        case (_, .hint(let c)) where runHints:
            s.message = nil
            BoardApp.command(&s, c, &effects)
        default: break
        }
    }
}
