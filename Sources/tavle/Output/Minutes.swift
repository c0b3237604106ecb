import TavleCore

/// The minutes of a morning meeting (`tavle export minutes`), as Markdown or HTML: the core's
/// `MeetingMinutes` (attendees, each youth discussed with its decisions, plan and changes, who was
/// not discussed) in words. Youths are named by their initials label unless `names`. A pure
/// function of its inputs and the language; all user text is escaped for the format (HTML:
/// every `& < > " '`).
enum Minutes {
    enum Kind: String, CaseIterable { case markdown, html }

    /// One youth's part of the minutes, in words.
    struct Entry {
        var youth: String
        /// `SB · krise · 2:05`
        var head: String
        var decisions: [String]
        var plans: [String]
        var changes: [String]
        /// The youth's own goals still being worked on.
        var goals: [String] = []
        /// The four questions as answered, one line each.
        var answers: [String] = []
    }

    /// The document's content, independent of the format.
    struct Document {
        var title: String
        var facts: [(String, String)]
        var discussed: [Entry]
        var otherRecorded: [Entry]
        var notDiscussed: [String]
        var open: Bool
        /// "To write into the patient record (2)", and a line per decision not yet marked
        /// (`SB: text`); with none, the one line saying so.
        var toRecordTitle: String
        var toRecord: [String]
        var toRecordNone: String
    }

    /// The core's minutes (`MeetingMinutes`) as Markdown or HTML; youths by their initials label
    /// unless `names`.
    static func render(_ minutes: MeetingMinutes, names: Bool, format: Kind) -> String {
        let doc = document(minutes, names: names)
        switch format {
        case .markdown: return markdown(doc)
        case .html: return html(doc)
        }
    }

    // MARK: Content

    static func document(_ m: MeetingMinutes, names: Bool) -> Document {
        let lang = L.lang
        func entry(_ e: MeetingMinutes.Entry) -> Entry {
            Entry(youth: e.youth.id, head: MeetingMinutes.head(e, names: names, lang), decisions: e.decisions.map(\.text),
                  plans: e.plans.map { MeetingMinutes.text($0, names: names, lang) },
                  changes: MeetingMinutes.changeLines(e, text: true, lang), goals: e.goals,
                  answers: MeetingMinutes.answerLines(e.answers, text: true, lang))
        }
        return Document(title: L.t(.minutesTitle, Format.day(m.day)), facts: m.facts(names: names, lang).map { ($0.label, $0.value) },
                        discussed: m.discussed.map(entry), otherRecorded: m.otherRecorded.map(entry),
                        notDiscussed: m.notDiscussed.map { MeetingMinutes.text($0, names: names) }, open: m.isOpen,
                        toRecordTitle: L.t(.minutesToRecord, String(m.pending.count)),
                        toRecord: m.pending.map { MeetingMinutes.text($0.youth, names: names) + ": " + $0.decision.text },
                        toRecordNone: m.hasDecisions ? L.t(.minutesAllRecorded) : L.t(.minutesNone))
    }

    // MARK: Markdown

    static func markdown(_ d: Document) -> String {
        var out: [String] = ["# " + md(d.title), ""]
        for (k, v) in d.facts { out.append("- **" + md(k) + ":** " + md(v)) }
        func section(_ title: String, _ entries: [Entry]) {
            out += ["", "## " + md(title)]
            if entries.isEmpty { out += ["", L.t(.minutesNone)] }
            for e in entries {
                out += ["", "### " + md(e.head)]
                out += list(L.t(.minutesDecisions), e.decisions)
                out += list(L.t(.minutesPlan), e.plans)
                out += list(L.t(.minutesChanges), e.changes)
                out += list(L.t(.minutesAnswers), e.answers)
                out += list(L.t(.minutesGoals), e.goals)
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
        // What must still go into the patient record, as on the board's minutes.
        out += ["", "## " + md(d.toRecordTitle), ""]
        out += d.toRecord.isEmpty ? [md(d.toRecordNone)] : d.toRecord.map { "- [ ] " + md($0).replacingOccurrences(of: "\n", with: "  \n  ") }
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
                out.append("<h3>" + h(e.head) + "</h3>")
                list(L.t(.minutesDecisions), e.decisions)
                list(L.t(.minutesPlan), e.plans)
                list(L.t(.minutesChanges), e.changes)
                list(L.t(.minutesAnswers), e.answers)
                list(L.t(.minutesGoals), e.goals)
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
        out.append("<h2>" + h(d.toRecordTitle) + "</h2>")
        if d.toRecord.isEmpty { out.append("<p>" + h(d.toRecordNone) + "</p>") } else {
            out.append("<ul class=\"to-record\">")
            for r in d.toRecord { out.append("<li>☐ " + h(r).replacingOccurrences(of: "\n", with: "<br>") + "</li>") }
            out.append("</ul>")
        }
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    /// Text escaped for HTML element content and attribute values.
    static func h(_ s: String) -> String { HTMLEscape.text(TextSafety.displayMultiline(s)) }
}
