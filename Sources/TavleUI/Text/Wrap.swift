import TavleCore

/// Word wrapping for messages and notes (never for names in columns, which are cut).
enum Wrap {
    /// `text` broken into lines of at most `width` columns at spaces; a word longer than a line
    /// is cut. At most `maxLines` lines, the last ending in `…` when text was left out.
    static func lines(_ text: String, width: Int, maxLines: Int = .max) -> [String] {
        guard width > 0, maxLines > 0 else { return [] }
        var out: [String] = []
        for paragraph in TextSafety.displayMultiline(text).split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
                let candidate = line.isEmpty ? word : line + " " + word
                if DisplayWidth.of(candidate) <= width { line = candidate; continue }
                if !line.isEmpty { out.append(line) }
                line = DisplayWidth.of(word) <= width ? word : DisplayWidth.truncate(word, to: width)
            }
            out.append(line)
        }
        if out.count > maxLines {
            out = Array(out.prefix(maxLines))
            let last = out[maxLines - 1]
            out[maxLines - 1] = DisplayWidth.of(last) < width ? last + "…" : DisplayWidth.truncate(last, to: width - 1) + "…"
        }
        return out
    }

    /// Like `lines`, with a first line of `first` columns (after a label) and the rest of `rest`.
    static func hanging(_ text: String, first: Int, rest: Int) -> [String] {
        guard first > 0 else { return lines(text, width: rest) }
        let words = TextSafety.displayMultiline(text).split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var line = ""
        var i = 0
        while i < words.count {
            let candidate = line.isEmpty ? words[i] : line + " " + words[i]
            if DisplayWidth.of(candidate) > first { break }
            line = candidate
            i += 1
        }
        if line.isEmpty { return [""] + lines(text, width: rest) }
        return [line] + (i < words.count ? lines(words[i...].joined(separator: " "), width: rest) : [])
    }
}
