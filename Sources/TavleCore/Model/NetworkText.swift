/// A network entry in words, the same on the board, in `tavle network list` and in `show`:
/// `1. Kari Haug · mor · foreldreansvar · tlf. 900 00 000 · kan få informasjon`.
public enum NetworkText {
    public static func line(_ e: NetworkEntry, _ lang: Language) -> String {
        var parts = [e.relation.label(lang)]
        if e.parentalResponsibility { parts.append(Texts.text(.networkParental, lang)) }
        if let p = e.phone { parts.append(Texts.text(.networkPhone, lang, [p])) }
        switch e.mayShare {
        case true?: parts.append(Texts.text(.networkMayShare, lang))
        case false?: parts.append(Texts.text(.networkMayNotShare, lang))
        case nil: parts.append(Texts.text(.networkNotAsked, lang))
        }
        return Texts.text(.networkLine, lang, [String(e.number), TextSafety.clean(e.name), parts.joined(separator: " · ")])
    }
}
