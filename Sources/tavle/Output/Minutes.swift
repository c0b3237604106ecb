import TavleCore

/// The minutes of a morning meeting (`tavle export minutes`), as Markdown or HTML: attendees, each
/// youth discussed with its decisions, plan and changes, and who was not discussed. Youths are
/// named by their initials label unless `names`. A pure function of its inputs and the language;
/// all user text is escaped for the format (HTML: every `& < > " '`).
enum Minutes {
    enum Kind: String, CaseIterable { case markdown, html }

    struct Input {
        var meeting: Meeting
        var team: Team
        /// Youths by id (summaries are enough: name, initials, status).
        var youths: [String: Youth]
        /// Initials labels that tell youths apart (`KH²`), by id.
        var labels: [String: String]
        var names: Bool
    }

    /// One youth's part of the minutes.
    struct Entry {
        var youth: String
        var title: String
        var status: String?
        var seconds: Int
        var decisions: [String]
        var plans: [String]
        var changes: [String]
    }

    /// The document's content, independent of the format.
    struct Document {
        var title: String
        var facts: [(String, String)]
        var discussed: [Entry]
        var otherRecorded: [Entry]
        var notDiscussed: [String]
        var open: Bool
    }

    static func render(_ input: Input, format: Kind) -> String {
        let doc = document(input)
        switch format {
        case .markdown: return markdown(doc)
        case .html: return html(doc)
        }
    }

    // MARK: Content

    static func document(_ input: Input) -> Document {
        let m = input.meeting, team = input.team
        func youthTitle(_ id: String) -> String {
            let label = input.labels[id] ?? input.youths[id]?.initials ?? id
            guard input.names, let y = input.youths[id] else { return label }
            return y.name + " (" + label + ")"
        }
        func staff(_ id: StaffID) -> String {
            guard let s = team.member(id) else { return id }
            return input.names ? s.name + " (" + s.initials + ")" : s.initials
        }
        func changeText(_ c: MeetingChange) -> String {
            func word(_ raw: String?) -> String {
                guard let raw else { return "–" }
                if c.field == "status", let s = Status(rawValue: raw) { return L.label(s) }
                if c.field == "mode", let md = Mode(rawValue: raw) { return L.label(md) }
                return raw
            }
            let field = c.field == "status" ? L.t(.minutesFieldStatus) : c.field == "mode" ? L.t(.minutesFieldMode) : c.field
            return field + ": " + word(c.old) + " → " + word(c.new) + (c.why.map { " (" + L.t(.minutesWhy, $0) + ")" } ?? "")
        }
        func entry(_ item: MeetingItem) -> Entry {
            Entry(youth: item.youth, title: youthTitle(item.youth), status: input.youths[item.youth].map { L.label($0.status) },
                  seconds: item.seconds, decisions: item.decisions.map(\.text),
                  plans: item.plans.map { p in
                      L.t(.minutesPlanLine, staff(p.staff), p.time) + (p.place.map { ", " + $0 } ?? "")
                  },
                  changes: item.changes.map(changeText))
        }
        let items = m.items
        let discussed = items.filter { $0.outcome == .discussed }.map(entry)
        let others = items.filter { $0.outcome != .discussed && !m.board.contains($0.youth)
            && !($0.decisions.isEmpty && $0.plans.isEmpty && $0.changes.isEmpty) }.map(entry)
        let notDiscussed = m.board.filter { m.item($0).outcome != .discussed }
        var facts: [(String, String)] = [
            (L.t(.minutesTeam), team.name),
            (L.t(.minutesTime), m.started.clock + "–" + (m.ended?.clock ?? "") + " · "
                + L.t(.minutesTimeBox, MeetingText.duration(Int((m.ended ?? m.started).seconds - m.started.seconds)), String(m.minutes))),
            (L.t(.minutesChair), staff(m.chair)),
            (L.t(.minutesAttendees), m.attendees.map(staff).joined(separator: ", ")),
            (L.t(.minutesCoverage), L.t(.minutesCoverageValue, String(m.coverage().discussed.count), String(m.coverage().board.count))),
        ]
        if m.isOpen { facts.append((L.t(.minutesState), L.t(.minutesOpen))) }
        return Document(title: L.t(.minutesTitle, Format.day(m.day)), facts: facts, discussed: discussed,
                        otherRecorded: others, notDiscussed: notDiscussed.map(youthTitle), open: m.isOpen)
    }

    static func entryHead(_ e: Entry) -> String {
        e.title + (e.status.map { " · " + $0 } ?? "") + (e.seconds > 0 ? " · " + MeetingText.duration(e.seconds) : "")
    }

    // MARK: Markdown

    static func markdown(_ d: Document) -> String {
        var out: [String] = ["# " + md(d.title), ""]
        for (k, v) in d.facts { out.append("- **" + md(k) + ":** " + md(v)) }
        func section(_ title: String, _ entries: [Entry]) {
            out += ["", "## " + md(title)]
            if entries.isEmpty { out += ["", L.t(.minutesNone)] }
            for e in entries {
                out += ["", "### " + md(entryHead(e))]
                out += list(L.t(.minutesDecisions), e.decisions)
                out += list(L.t(.minutesPlan), e.plans)
                out += list(L.t(.minutesChanges), e.changes)
                if e.decisions.isEmpty && e.plans.isEmpty && e.changes.isEmpty { out += ["", L.t(.minutesNoDecision)] }
            }
        }
        func list(_ head: String, _ items: [String]) -> [String] {
            guard !items.isEmpty else { return [] }
            return ["", head] + items.map { "- " + md($0).replacingOccurrences(of: "\n", with: "  \n  ") }
        }
        section(L.t(.minutesDiscussed), d.discussed)
        if !d.otherRecorded.isEmpty { section(L.t(.minutesOther), d.otherRecorded) }
        out += ["", "## " + md(d.open ? L.t(.minutesNotYetDiscussed) : L.t(.minutesNotDiscussed)), ""]
        out += d.notDiscussed.isEmpty ? [L.t(.minutesNone)] : d.notDiscussed.map { "- " + md($0) }
        return out.joined(separator: "\n") + "\n"
    }

    /// User text made safe for Markdown: terminal-fooling characters shown, and every character
    /// Markdown or inline HTML would act on escaped with a backslash.
    static func md(_ s: String) -> String {
        let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "{", "}", "!", "&"]
        var out = ""
        for ch in TextSafety.displayMultiline(s) {
            if special.contains(ch) { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    // MARK: HTML

    static func html(_ d: Document) -> String {
        var out: [String] = [
            "<!DOCTYPE html>",
            "<html lang=\"" + (L.lang == .nb ? "nb" : "en") + "\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<title>" + h(d.title) + "</title>",
            "</head>",
            "<body>",
            "<h1>" + h(d.title) + "</h1>",
            "<ul class=\"facts\">",
        ]
        for (k, v) in d.facts { out.append("<li><strong>" + h(k) + ":</strong> " + h(v) + "</li>") }
        out.append("</ul>")
        func list(_ head: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            out.append("<p>" + h(head) + "</p>")
            out.append("<ul>")
            for i in items { out.append("<li>" + h(i).replacingOccurrences(of: "\n", with: "<br>") + "</li>") }
            out.append("</ul>")
        }
        func section(_ title: String, _ entries: [Entry]) {
            out.append("<h2>" + h(title) + "</h2>")
            if entries.isEmpty { out.append("<p>" + h(L.t(.minutesNone)) + "</p>") }
            for e in entries {
                out.append("<h3>" + h(entryHead(e)) + "</h3>")
                list(L.t(.minutesDecisions), e.decisions)
                list(L.t(.minutesPlan), e.plans)
                list(L.t(.minutesChanges), e.changes)
                if e.decisions.isEmpty && e.plans.isEmpty && e.changes.isEmpty { out.append("<p>" + h(L.t(.minutesNoDecision)) + "</p>") }
            }
        }
        section(L.t(.minutesDiscussed), d.discussed)
        if !d.otherRecorded.isEmpty { section(L.t(.minutesOther), d.otherRecorded) }
        out.append("<h2>" + h(d.open ? L.t(.minutesNotYetDiscussed) : L.t(.minutesNotDiscussed)) + "</h2>")
        if d.notDiscussed.isEmpty { out.append("<p>" + h(L.t(.minutesNone)) + "</p>") } else {
            out.append("<ul>")
            for n in d.notDiscussed { out.append("<li>" + h(n) + "</li>") }
            out.append("</ul>")
        }
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    /// Text escaped for HTML element content and attribute values.
    static func h(_ s: String) -> String {
        var out = ""
        for ch in TextSafety.displayMultiline(s) {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
