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

    /// Bytes to stdout as they are, after what `out` buffered, with no string made of them (the
    /// listings write megabytes at 10,000 youths, issue 29).
    static func write<Bytes: ContiguousBytes & Sequence<UInt8>>(_ bytes: Bytes) {
        if let sink { sink.write(bytes) } else { fflush(nil); bytes.withUnsafeBytes { raw(STDOUT_FILENO, $0) } }
    }

    /// Writes `bytes` out and empties them once they hold 64 KB or more (a listing built in bytes).
    static func flushIfFull(_ bytes: inout [UInt8]) {
        guard bytes.count >= 1 << 16 else { return }
        write(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    static func error(_ line: String) {
        fflush(nil)
        stderr(line.hasSuffix("\n") ? line : line + "\n")
    }

    /// Text to stderr as it is. A stderr that is gone (a closed terminal: EIO, a closed pipe) is
    /// not an error worth dying for: the bytes are dropped. (`FileHandle.write` traps on EIO.)
    static func stderr(_ text: String) {
        Array(text.utf8).withUnsafeBytes { raw(STDERR_FILENO, $0) }
    }

    /// Bytes to a file descriptor, past any buffer (flushed first by the caller); dropped when the
    /// other end is gone, as `stderr` says.
    private static func raw(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) {
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return }
            done += n
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
    static func status(_ s: Status) -> String { status(s, words: [:]) }

    /// `status` with the words looked up already (`L.words(Status.self)`: a listing names thousands).
    static func status(_ s: Status, words: [Status: String]) -> String { s.symbol + " " + (words[s] ?? L.label(s)) }

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
        var bytes: [UInt8] = []
        guard appendWrappedPlain(text, first: first, rest: rest, width: width, to: &bytes) else { return nil }
        return bytes.dropLast().split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `wrap`'s lines appended to `out` as bytes, each ending in a newline.
    static func appendWrapped(_ text: String, first: String, rest: String, width: Int = Console.width, to out: inout [UInt8]) {
        if appendWrappedPlain(text, first: first, rest: rest, width: width, to: &out) { return }
        for line in wrap(text, first: first, rest: rest, width: width) { out.append(contentsOf: line.utf8); out.append(0x0A) }
    }

    /// `wrapPlain`'s lines appended to `out`, each ending in a newline; false (nothing appended)
    /// when the text is not plain. Words are split at every space, as `wrap` splits them.
    static func appendWrappedPlain(_ text: String, first: String, rest: String, width: Int, to out: inout [UInt8]) -> Bool {
        guard let firstWidth = DisplayWidth.plainColumns(first), let restWidth = DisplayWidth.plainColumns(rest),
              let textWidth = DisplayWidth.plainColumns(text) else { return false }
        var lineStart = out.count
        out.append(contentsOf: first.utf8)
        // Most lines fit as they are.
        if firstWidth + textWidth <= width { out.append(contentsOf: text.utf8); out.append(0x0A); return true }
        var lineWidth = firstWidth, empty = true
        var text = text
        text.withUTF8 { t in
            var i = 0
            while true {
                var j = i, wordWidth = 0
                while j < t.count && t[j] != 0x20 { if t[j] & 0xC0 != 0x80 { wordWidth += 1 }; j += 1 }
                let word = UnsafeBufferPointer(rebasing: t[i..<j])
                let candidateWidth = empty ? lineWidth + wordWidth : lineWidth + 1 + wordWidth
                if !empty && j > i && candidateWidth > width {
                    while out.count > lineStart && out.last == 0x20 { out.removeLast() }
                    out.append(0x0A)
                    lineStart = out.count
                    out.append(contentsOf: rest.utf8)
                    out.append(contentsOf: word)
                    lineWidth = restWidth + wordWidth
                } else {
                    if !empty { out.append(0x20) }
                    out.append(contentsOf: word)
                    lineWidth = candidateWidth
                }
                empty = false
                if j == t.count { break }
                i = j + 1
            }
        }
        out.append(0x0A)
        return true
    }

    /// One reason for review: `severity  message  [rule]`, wrapped under the message.
    static func dueLine(_ d: DueReason, severityWidth: Int) -> [String] {
        var out: [UInt8] = []
        appendDueLine(d, severity: L.label(d.severity), severityWidth: severityWidth, to: &out)
        return out.dropLast().split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `dueLine`'s lines appended to `out` as bytes, each ending in a newline; `severity` is the
    /// severity's word (looked up once by a listing).
    static func appendDueLine(_ d: DueReason, severity: String, severityWidth: Int, to out: inout [UInt8]) {
        let head = "  " + DisplayWidth.pad(severity, to: severityWidth) + "  "
        appendWrapped(safe(d.message.text(L.lang)), first: head, rest: String(repeating: " ", count: DisplayWidth.of(head)), to: &out)
    }
}
