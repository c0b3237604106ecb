import TavleCore

/// Dialog boxes over the board: going onto and off the board, notes, contacts, plans, the
/// status, the crisis plan, the youth's path, a new youth, the rota, the meeting.
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

    /// The line under the title, in the user's words, with what the dialog is about.
    static func intro(_ f: Form, _ s: AppState) -> String {
        let lang = s.language
        let entry = s.board.entry(f.youthID)
        let name = entry.map { s.label($0.youth) } ?? f.youthID
        switch f.kind {
        case .startMeeting:
            return Texts.text(.formIntroStartMeeting, lang, [String(s.board.intensive.count)])
        case .endMeeting:
            let ids = s.meeting.confirmEnd ?? []
            let who = ids.map { id in s.board.entry(id).map { s.label($0.youth) } ?? id }.joined(separator: ", ")
            return Texts.text(.meetingConfirmUndiscussed, lang, [String(ids.count), String(s.agenda.boardCount), who])
                + " " + Texts.text(.formIntroEndMeeting, lang)
        case .takeOffBoard:
            let p = entry?.youth.currentPeriod
            let args = [name, p?.reason.label(lang) ?? "", String(p?.days(today: s.board.today) ?? 0)]
            return Texts.text(f.presets["current"] == Status.crisis.rawValue ? .formIntroTakeOffBoardCrisis : .formIntroTakeOffBoard, lang, args)
        case .status:
            let current = Status(rawValue: f.presets["current"] ?? "").map { $0.symbol + " " + $0.label(lang) } ?? ""
            return Texts.text(.formIntroStatus, lang, [name, current])
        case .discharge:
            // `KH²` can be typed as `KH2` (over SSH nobody types a superscript): say so.
            let label = f.presets["label"] ?? "", ascii = f.presets["ascii"] ?? label
            let typed = ascii == label || ascii.isEmpty ? label : Texts.text(.formLabelOrAscii, lang, [label, ascii])
            let missing = f.presets["missing"] ?? ""
            return Texts.text(.formIntroDischarge, lang, [name, typed])
                + (missing.isEmpty ? "" : " " + Texts.text(.formIntroDischargeIncomplete, lang, [missing]))
        case .rotaChange:
            return Texts.text(.formIntroRotaChange, lang, [MeetingView.onCallText(s)])
        case .minutesDocumented:
            return Texts.text(.formIntroMinutesDocumented, lang, [String(s.minutes.record?.pending.count ?? 0)])
        default:
            return Texts.text(f.kind.introKey, lang, [name])
        }
    }

    /// Rows a field takes: its line and one under it (a wrapped label, a pick-list's summary),
    /// or its line alone when the dialog must be compact (a pick-list keeps its summary).
    static func rows(_ field: FormField, compact: Bool, labelLines: Int) -> Int {
        if case .multi = field.value { return 2 }
        return compact ? max(1, min(2, labelLines)) : 2
    }

    static func draw(_ f: Form, _ s: AppState, into screen: inout Screen, _ report: inout ViewReport) {
        let lang = s.language
        let w = screen.width, h = screen.height
        let bw = min(w - 4, 76)
        let inner = bw - 4
        let shown = f.shownIndices
        let error = f.error.map { Wrap.lines("✗ " + $0, width: inner, maxLines: 5) } ?? []
        let notice = f.notice.map { Wrap.lines($0, width: inner, maxLines: 2) } ?? []
        let fullIntro = Wrap.lines(intro(f, s), width: inner, maxLines: f.fields.isEmpty ? max(4, h - 8) : 4)
        // The box stays above the status line and the key hints.
        let room = h - 2
        let labelWidth = Dialogs.labelWidth(f, lang, inner: inner)
        let labels = Dictionary(uniqueKeysWithValues: shown.map { ($0, Wrap.lines(Texts.text(f.fields[$0].label, lang), width: labelWidth - 3)) })
        func rows(_ i: Int, compact: Bool) -> Int { Dialogs.rows(f.fields[i], compact: compact, labelLines: labels[i]?.count ?? 1) }
        func height(compact: Bool, intro: Int) -> Int {
            2 + intro + 1 + shown.reduce(0) { $0 + rows($1, compact: compact) } + notice.count + error.count
        }
        // The row the keys act on (the board's ▶, the meeting's youth under discussion) stays in
        // view when the box fits above or below it; compact rows are tried before covering it.
        let anchor = report.targets.first { t in
            switch t.kind {
            case .youth(let id): return id == s.selectedID && s.mode == .board
            case .agenda(let id): return id == s.meeting.currentID && s.mode == .meeting
            default: return false
            }
        }?.y
        func place(_ bh: Int) -> Int? {
            let centred = max(0, (h - bh) / 2 - 1)
            guard let a = anchor else { return centred }
            if a < centred || a > centred + bh - 1 { return centred }
            if a + 1 + bh <= room { return a + 1 }
            if a - bh >= 0 { return a - bh }
            return nil
        }
        var compact = false
        var introLines = fullIntro.count
        var bh = height(compact: false, intro: introLines)
        var y0: Int? = bh <= room ? place(bh) : nil
        if y0 == nil {
            compact = true
            introLines = min(fullIntro.count, max(1, room - height(compact: true, intro: 0)))
            bh = min(room, height(compact: true, intro: introLines))
            y0 = place(bh)
            if y0 == nil {
                let loose = height(compact: false, intro: fullIntro.count)
                if loose <= room { compact = false; introLines = fullIntro.count; bh = loose }
                y0 = max(0, (h - bh) / 2 - 1)
            }
        }
        let top = y0 ?? 0
        let x0 = (w - bw) / 2
        let name = s.board.entry(f.youthID).map { s.label($0.youth) } ?? f.youthID
        let titleArg = f.kind.titledByDay ? Dates.weekdayAndDate(s.board.today, lang) : name
        box(x: x0, y: top, width: bw, height: bh, title: Texts.text(f.kind.titleKey, lang, [titleArg]), into: &screen)
        var y = top + 1
        let last = top + bh - 2
        for l in fullIntro.prefix(introLines) where y <= last { screen.put(l, x: x0 + 2, y: y, style: .plain, maxWidth: inner); y += 1 }
        y += 1
        for i in shown where y <= last {
            let field = f.fields[i]
            let focused = i == f.focus
            let height = rows(i, compact: compact)
            // The field's lines take a click.
            for row in y..<(y + height) { report.targets.append(PointerTarget(x: x0 + 1, y: row, width: bw - 2, kind: .field(i))) }
            let label = labels[i] ?? []
            for (j, part) in label.prefix(height).enumerated() where y + j <= last {
                screen.put((j == 0 ? (focused ? "▸ " : "  ") : "  ") + part, x: x0 + 2, y: y + j, style: focused ? .bold : .dim,
                           maxWidth: labelWidth - 1)
            }
            let fx = x0 + 2 + labelWidth
            let fw = inner - labelWidth
            switch field.value {
            case .text(let t):
                let vis = t.visible(width: fw)
                let style = CellStyle(reverse: focused, underline: true)
                screen.fill(x: fx, y: y, width: fw, style: style)
                if t.text.isEmpty, let p = field.placeholder {
                    screen.put(Texts.text(p, lang), x: fx, y: y, style: CellStyle(reverse: focused, dim: true, underline: true), maxWidth: fw)
                } else if focused {
                    screen.put(vis.text, x: fx, y: y, style: style, maxWidth: fw)
                } else {
                    // Not being typed in: the start of the text, shortened, rather than wherever the cursor left it.
                    screen.put(DisplayWidth.truncate(t.text, to: fw), x: fx, y: y, style: style, maxWidth: fw)
                }
                if focused { screen.cursor = (x: fx + vis.cursorColumn, y: y) }
            case .choice(let options, let index):
                drawChoice(field, options, index, focused: focused, x: fx, y: y, width: fw, into: &screen)
            case .multi(let options, let picked, let cursor):
                // The option under the cursor on the field's line (Space picks), and every
                // picked one, by its initials, on the line below.
                let box = picked.indices.contains(cursor) && picked[cursor] ? "☑ " : "☐ "
                let text = options.indices.contains(cursor) ? box + options[cursor].label : ""
                let shownText = focused ? "◀ " + text + " ▶" : text
                screen.put(shownText, x: fx, y: y, style: focused ? CellStyle(bold: true, reverse: true) : .plain, maxWidth: fw)
                let chosen = zip(options, picked).filter(\.1).map { String($0.0.label.split(separator: " ").first ?? "") }
                let summary = Texts.text(.formPicked, lang, [String(chosen.count), chosen.joined(separator: " ")])
                // Too many to show: cut with "…", so the count and the visible initials never read as all of them.
                if y + 1 <= last { screen.put(DisplayWidth.truncate(summary, to: fw), x: fx, y: y + 1, style: .dim, maxWidth: fw) }
            }
            y += height
        }
        for l in notice where y <= last { screen.put(l, x: x0 + 2, y: y, style: CellStyle(color: .cyan), maxWidth: inner); y += 1 }
        for l in error where y <= last { screen.put(l, x: x0 + 2, y: y, style: CellStyle(color: .red, bold: true), maxWidth: inner); y += 1 }
    }

    /// A choice: every option side by side and numbered when the field is inline and they fit
    /// (`1 ● stabil  2 ▲ bekymring  3 ■ krise`, the chosen one in reverse), else the chosen one
    /// between arrows with its place (`◀ sårbar periode ▶  3/7`).
    static func drawChoice(_ field: FormField, _ options: [ChoiceOption], _ index: Int, focused: Bool, x: Int, y: Int, width: Int,
                           into screen: inout Screen) {
        let parts = options.enumerated().map { String($0.offset + 1) + " " + $0.element.label }
        let inlineWidth = parts.reduce(0) { $0 + DisplayWidth.of($1) } + 2 * max(0, parts.count - 1)
        if field.inline, inlineWidth <= width {
            var cx = x
            for (i, p) in parts.enumerated() {
                let chosen = i == index
                let style = chosen ? CellStyle(bold: true, reverse: true) : (focused ? .plain : .dim)
                cx += screen.put(p, x: cx, y: y, style: style)
                cx += 2
            }
            return
        }
        let text = options.indices.contains(index) ? options[index].label : ""
        let shown = "◀ " + text + " ▶"
        screen.put(shown, x: x, y: y, style: focused ? CellStyle(bold: true, reverse: true) : .plain, maxWidth: width)
        if focused {
            let pos = "  " + String(index + 1) + "/" + String(options.count)
            screen.put(pos, x: x + DisplayWidth.of(shown), y: y, style: .dim, maxWidth: max(0, width - DisplayWidth.of(shown)))
        }
    }
}
