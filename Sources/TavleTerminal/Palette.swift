import CNCurses
import TavleUI

/// How a `CellStyle` becomes ncurses attributes: colour pairs only when the terminal has colour
/// and NO_COLOR is unset; otherwise bold/reverse/dim/underline alone (views carry symbols too).
struct Palette {
    let usesColor: Bool
    /// Colours ncurses cannot show as such (grey on an 8-colour terminal) fall back to dim.
    private let dimmedColors: Set<CellColor>

    static let monochrome = Palette(usesColor: false, dimmedColors: [])

    /// Starts colour in the current ncurses screen unless NO_COLOR (any non-empty value) says not to.
    static func start(environment: [String: String]) -> Palette {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        guard has_colors(), start_color() == OK else { return .monochrome }
        // -1 keeps the user's own background (light or dark theme) behind coloured text.
        let hasDefault = use_default_colors() == OK
        let background = Int16(hasDefault ? -1 : COLOR_BLACK)
        var dimmed: Set<CellColor> = []
        for color in CellColor.allCases where color != .normal {
            let foreground: Int32
            switch color {
            case .normal: continue
            case .red: foreground = COLOR_RED
            case .yellow: foreground = COLOR_YELLOW
            case .green: foreground = COLOR_GREEN
            case .blue: foreground = COLOR_BLUE
            case .cyan: foreground = COLOR_CYAN
            case .magenta: foreground = COLOR_MAGENTA
            case .gray:
                if tavle_color_count() >= 16 {
                    foreground = 8  // "bright black", readable on light and dark themes
                } else {
                    // White would vanish on a light theme; the default colour dimmed works on both.
                    foreground = hasDefault ? -1 : COLOR_WHITE
                    dimmed.insert(.gray)
                }
            }
            init_pair(pairNumber(color), Int16(foreground), background)
        }
        return Palette(usesColor: true, dimmedColors: dimmed)
    }

    /// Pair 0 is the terminal's default; each other colour has the pair of its raw value.
    static func pairNumber(_ color: CellColor) -> Int16 { Int16(color.rawValue) }

    /// The value for `wattrset`.
    func attributes(for style: CellStyle) -> Int32 {
        var attributes: Int32 = 0
        if style.bold { attributes |= tavle_attr_bold() }
        if style.reverse { attributes |= tavle_attr_reverse() }
        if style.underline { attributes |= tavle_attr_underline() }
        if style.dim { attributes |= tavle_attr_dim() }
        if usesColor, style.color != .normal {
            attributes |= COLOR_PAIR(Int32(Self.pairNumber(style.color)))
            if dimmedColors.contains(style.color) { attributes |= tavle_attr_dim() }
        }
        return attributes
    }
}
