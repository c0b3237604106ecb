import Foundation
import TavleCore

/// Where output goes: results to stdout, messages and errors to stderr.
enum Console {
    /// While a command writes its youth data to `--output FILE`, results go there instead of stdout
    /// (`PrivateOutputOptions.emit`); messages and errors still go to stderr.
    nonisolated(unsafe) static var sink: PrivateOutput.Writer?

    static func out(_ line: String = "") { write(line + "\n") }

    static func out(_ lines: [String]) { for l in lines { out(l) } }

    /// Text to stdout with no newline of its own.
    static func write(_ text: String) {
        if let sink { sink.write(text.utf8) } else { print(text, terminator: "") }
    }

    /// Bytes to stdout as they are (through the same buffer as `out`).
    static func write(_ bytes: Data) {
        if let sink { sink.write(bytes) } else { print(String(decoding: bytes, as: UTF8.self), terminator: "") }
    }

    static func error(_ line: String) {
        fflush(nil)
        stderr(line.hasSuffix("\n") ? line : line + "\n")
    }

    /// Text to stderr as it is. A stderr that is gone (a closed terminal: EIO, a closed pipe) is
    /// not an error worth dying for: the bytes are dropped. (`FileHandle.write` traps on EIO.)
    static func stderr(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return }
            bytes = bytes.dropFirst(n)
        }
    }

    static func flush() { fflush(nil) }

    /// The width to lay out tables in: `$COLUMNS`, else the terminal's, else 80. Worked out once
    /// per command: `due` asked for it on every line, and each time copied the whole environment
    /// (a fifth of `tavle due` at 10,000 youths, issue 29).
    static let width: Int = {
        if let c = getenv("COLUMNS").map({ String(cString: $0) }), let n = Int(c), n >= 40 { return n }
        var ws = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col >= 40 { return Int(ws.ws_col) }
        return 80
    }()
}

/// Dates and times as people read them: `22.11.2026` in bokmål, `2026-11-22` in English.
enum Format {
    static func day(_ d: Day) -> String { L.lang == .nb ? d.norwegian : d.iso }

    static func day(_ d: Day?) -> String { d.map { day($0) } ?? "–" }

    /// Short form for table cells: `01.12.` in bokmål, `12-01` in English.
    static func shortDay(_ d: Day?) -> String {
        guard let d else { return "" }
        let iso = d.iso
        return L.lang == .nb ? String(d.norwegian.prefix(6)) : String(iso.dropFirst(5))
    }

    static func time(_ t: Timestamp) -> String { day(t.day) + " " + t.clock }

    /// `■ krise`: status is always a symbol and a word, never colour alone.
    static func status(_ s: Status) -> String { s.symbol + " " + L.label(s) }

    /// User text made safe for the terminal, on one line.
    static func safe(_ s: String) -> String { TextSafety.display(s) }

    static func safe(_ s: String?) -> String { s.map { TextSafety.display($0) } ?? "" }

    /// A share 0…1 as a whole percentage.
    static func percent(_ x: Double) -> String { Board.percent(x) + " %" }

    /// A staff member's initials (or the id when they are unknown).
    static func staff(_ id: StaffID?, _ team: Team) -> String {
        guard let id else { return "–" }
        return safe(StaffMember.tag(team.member(id)?.initials ?? id))
    }

    /// A multi-line text made safe line by line, indented and wrapped to the console's width.
    static func block(_ text: String, indent: Int) -> [String] {
        TextSafety.displayMultiline(text).split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { wrap(String($0), first: String(repeating: " ", count: indent), rest: String(repeating: " ", count: indent)) }
    }

    /// Words wrapped to the console's width: the first line starts with `first`, the others with `rest`.
    static func wrap(_ text: String, first: String, rest: String, width: Int = Console.width) -> [String] {
        // Most lines fit as they are: one width, no word by word (a quarter of `tavle due` at
        // 10,000 youths went into the loop below, issue 29). No break happens then, and the
        // loop would give the same one line.
        let whole = first + text
        if DisplayWidth.of(whole) <= width { return [whole] }
        if let lines = wrapPlain(text, first: first, rest: rest, width: width) { return lines }
        var lines: [String] = []
        var line = first, empty = true
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = empty ? line + word : line + " " + word
            if !empty && !word.isEmpty && DisplayWidth.of(candidate) > width {
                var trimmed = Substring(line)
                while trimmed.last == " " { trimmed.removeLast() }
                lines.append(String(trimmed))
                line = rest + word
            } else {
                line = candidate
            }
            empty = false
        }
        lines.append(line)
        return lines
    }

    /// `wrap` for plain text (every scalar printable and below U+0300: one column each, never
    /// combining), the same lines without building and measuring each candidate line anew (that
    /// was most of `wrap` in `tavle due` at 10,000 youths, issue 29). Nil for any other text.
    static func wrapPlain(_ text: String, first: String, rest: String, width: Int) -> [String]? {
        func plainWidth<S: StringProtocol>(_ s: S) -> Int? {
            var n = 0
            for u in s.unicodeScalars {
                let v = u.value
                if v >= 0x300 || v < 0x20 || (v >= 0x7F && v < 0xA0) { return nil }
                n += 1
            }
            return n
        }
        guard let firstWidth = plainWidth(first), let restWidth = plainWidth(rest), plainWidth(text) != nil else { return nil }
        var lines: [String] = []
        var line = first, lineWidth = firstWidth, empty = true
        for word in text.utf8.split(separator: 0x20, omittingEmptySubsequences: false) {
            let w = Substring(word)
            let wordWidth = w.unicodeScalars.count
            let candidateWidth = empty ? lineWidth + wordWidth : lineWidth + 1 + wordWidth
            if !empty && !w.isEmpty && candidateWidth > width {
                var trimmed = Substring(line)
                while trimmed.last == " " { trimmed.removeLast() }
                lines.append(String(trimmed))
                line = rest + w
                lineWidth = restWidth + wordWidth
            } else {
                if !empty { line += " " }
                line += w
                lineWidth = candidateWidth
            }
            empty = false
        }
        lines.append(line)
        return lines
    }

    /// One reason for review: `severity  message  [rule]`, wrapped under the message.
    static func dueLine(_ d: DueReason, severityWidth: Int) -> [String] {
        let head = "  " + DisplayWidth.pad(L.label(d.severity), to: severityWidth) + "  "
        return wrap(safe(d.message.text(L.lang)), first: head,
                    rest: String(repeating: " ", count: DisplayWidth.of(head)))
    }
}
