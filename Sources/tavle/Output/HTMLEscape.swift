/// Text made safe for HTML element content and attribute values (`&`, `<`, `>`, `"`, `'`), for the
/// minutes and the fidelity report. The caller first makes the text safe to display
/// (`TextSafety.display` or `displayMultiline`), as each needs.
enum HTMLEscape {
    static func text(_ s: String) -> String {
        var out = ""
        for ch in s {
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
