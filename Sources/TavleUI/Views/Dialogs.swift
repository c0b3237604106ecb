import TavleCore

/// Dialog boxes over the board: going onto and off the board, notes, contacts, plans.
enum Dialogs {
    /// A framed box with a title in its top border; the inside is cleared.
    static func box(x: Int, y: Int, width: Int, height: Int, title: String, into screen: inout Screen) {
        guard width >= 4, height >= 2 else { return }
        // A blank margin of two columns each side, so the board behind (and its ▶) does not
        // touch the frame.
        for row in y..<(y + height) { screen.fill(x: x - 2, y: row, width: width + 4, style: .plain) }
        let border = CellStyle(bold: true)
        screen.put("┌" + String(repeating: "─", count: width - 2) + "┐", x: x, y: y, style: border)
        screen.put("└" + String(repeating: "─", count: width - 2) + "┘", x: x, y: y + height - 1, style: border)
        for row in (y + 1)..<(y + height - 1) {
            screen.put("│", x: x, y: row, style: border)
            screen.put("│", x: x + width - 1, y: row, style: border)
        }
        screen.put(" " + title + " ", x: x + 2, y: y, style: CellStyle(bold: true, reverse: true), maxWidth: width - 4)
    }

    /// The label column: as wide as the dialog's longest label and its `▸`, so no label is cut,
    /// but never so wide that the fields get less than 12 columns (a longer label then wraps).
    static func labelWidth(_ f: Form, _ lang: Language, inner: Int) -> Int {
        let longest = f.fields.map { DisplayWidth.of(Texts.text($0.label, lang)) }.max() ?? 0
        return max(8, min(longest + 3, inner - 13))
    }

    static func draw(_ f: Form, _ s: AppState, into screen: inout Screen, _ report: inout ViewReport) {
        let lang = s.language
        let w = screen.width, h = screen.height
        let bw = min(w - 4, 76)
        let inner = bw - 4
        let entry = s.board.entry(f.youthID)
        let name = entry.map { s.label($0.youth) } ?? f.youthID
        var introArgs = [name]
        if f.kind == .takeOffBoard, let p = entry?.youth.currentPeriod {
            introArgs += [p.reason.label(lang), String(p.days(today: s.board.today))]
        }
        var introText = Texts.text(f.kind.introKey, lang, introArgs)
        switch f.kind {
        case .startMeeting:
            introText = Texts.text(.formIntroStartMeeting, lang, [String(s.board.team.meetingMinutes), String(s.board.intensive.count)])
        case .endMeeting:
            let ids = s.meeting.confirmEnd ?? []
            let who = ids.map { id in s.board.entry(id).map { s.label($0.youth) } ?? id }.joined(separator: ", ")
            introText = Texts.text(.meetingConfirmUndiscussed, lang,
                                                 [String(ids.count), String(s.agenda.boardCount), who])
                + " " + Texts.text(.formIntroEndMeeting, lang)
        default: break
        }
        let intro = Wrap.lines(introText, width: inner, maxLines: f.fields.isEmpty ? max(4, h - 8) : 4)
        let error = f.error.map { Wrap.lines("✗ " + $0, width: inner, maxLines: 5) } ?? []
        let notice = f.notice.map { Wrap.lines($0, width: inner, maxLines: 2) } ?? []
        let bh = min(h - 2, 2 + intro.count + 1 + f.fields.count * 2 + notice.count + error.count)
        let x0 = (w - bw) / 2
        let y0 = max(0, (h - bh) / 2 - 1)
        let titleArg = f.kind.isMeeting ? Dates.weekdayAndDate(s.board.today, lang) : name
        box(x: x0, y: y0, width: bw, height: bh, title: Texts.text(f.kind.titleKey, lang, [titleArg]), into: &screen)
        var y = y0 + 1
        let last = y0 + bh - 2
        for l in intro where y <= last { screen.put(l, x: x0 + 2, y: y, style: .plain, maxWidth: inner); y += 1 }
        y += 1
        let labelWidth = Dialogs.labelWidth(f, lang, inner: inner)
        for (i, field) in f.fields.enumerated() where y <= last {
            let focused = i == f.focus
            // The field's line and the one under it (its label's second line, its picks) take a click.
            for row in y...(y + 1) { report.targets.append(PointerTarget(x: x0 + 1, y: row, width: bw - 2, kind: .field(i))) }
            let label = Wrap.lines(Texts.text(field.label, lang), width: labelWidth - 3)
            for (j, part) in label.prefix(2).enumerated() where y + j <= last {
                screen.put((j == 0 ? (focused ? "▸ " : "  ") : "  ") + part, x: x0 + 2, y: y + j, style: focused ? .bold : .dim)
            }
            let fx = x0 + 2 + labelWidth
            let fw = inner - labelWidth
            switch field.value {
            case .text(let t):
                let vis = t.visible(width: fw)
                screen.fill(x: fx, y: y, width: fw, style: CellStyle(reverse: focused, underline: true))
                screen.put(vis.text, x: fx, y: y, style: CellStyle(reverse: focused, underline: true), maxWidth: fw)
                if focused { screen.cursor = (x: fx + vis.cursorColumn, y: y) }
            case .choice(let options, let index):
                let text = options.indices.contains(index) ? options[index].label : ""
                let shown = "◀ " + text + " ▶"
                screen.put(shown, x: fx, y: y, style: focused ? CellStyle(bold: true, reverse: true) : .plain, maxWidth: fw)
                if focused {
                    let pos = "  " + String(index + 1) + "/" + String(options.count)
                    screen.put(pos, x: fx + DisplayWidth.of(shown), y: y, style: .dim, maxWidth: max(0, fw - DisplayWidth.of(shown)))
                }
            case .multi(let options, let picked, let cursor):
                // The option under the cursor on the field's line (Space picks), and every
                // picked one, by its initials, on the line below.
                let box = picked.indices.contains(cursor) && picked[cursor] ? "☑ " : "☐ "
                let text = options.indices.contains(cursor) ? box + options[cursor].label : ""
                let shown = focused ? "◀ " + text + " ▶" : text
                screen.put(shown, x: fx, y: y, style: focused ? CellStyle(bold: true, reverse: true) : .plain, maxWidth: fw)
                let chosen = zip(options, picked).filter(\.1).map { String($0.0.label.split(separator: " ").first ?? "") }
                let summary = Texts.text(.formPicked, lang, [String(chosen.count), chosen.joined(separator: " ")])
                if y + 1 <= last { screen.put(summary, x: fx, y: y + 1, style: .dim, maxWidth: fw) }
            }
            y += 2
        }
        for l in notice where y <= last { screen.put(l, x: x0 + 2, y: y, style: CellStyle(color: .cyan), maxWidth: inner); y += 1 }
        for l in error where y <= last { screen.put(l, x: x0 + 2, y: y, style: CellStyle(color: .red, bold: true), maxWidth: inner); y += 1 }
    }
}
