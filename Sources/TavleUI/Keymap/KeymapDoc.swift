import TavleCore

/// Generates docs/keymap.md from the keymap, so the documentation cannot drift from the keys.
/// A test compares the committed file with `markdown()`; `TAVLE_RECORD=1` rewrites it.
public enum KeymapDoc {
    public static func markdown() -> String {
        var out = """
        # Keys of the terminal board

        <!-- Generated from Sources/TavleUI/Keymap/Keymap.swift (KeymapDoc.markdown()); do not edit.
             After changing the keymap, run: TAVLE_RECORD=1 swift test --filter TavleUITests -->

        The same table drives the keys, the `?` overlay and the key-hint bar at the bottom of the
        screen. Keys marked ✎ change data: every change goes through the core (journaled and
        conflict-checked), and they are refused on the shared screen (`tavle --shared`) and for a
        Unix user who is not on the team. The interface speaks bokmål by default (`--lang en` for
        English); the last column gives the bokmål text shown in the `?` overlay.

        """
        for (_, title, list) in HelpOverlay.grouped() where !list.isEmpty {
            out += "\n## \(Texts.text(title, .en))\n\n"
            out += "| Keys | What it does | Bokmål |\n|---|---|---|\n"
            for b in list {
                let keys = b.keys.map { "`" + Keymap.name($0, .en) + "`" }.joined(separator: " ")
                let mark = b.command.changesData ? "✎ " : ""
                out += "| \(keys) | \(mark)\(Texts.text(b.help, .en)) | \(Texts.text(b.help, .nb)) |\n"
            }
        }
        out += "\n## Symbols on the board\n\n| Symbol | Meaning | Bokmål |\n|---|---|---|\n"
        for st in Status.allCases {
            out += "| `\(st.symbol)` | status: \(st.label(.en)) (also in colour) | status: \(st.label(.nb)) |\n"
        }
        let flags: [(String, String, TextKey)] = [
            ("!3", "!3", .legendDue),
            (Texts.text(.flagNoCrisisPlan, .en), Texts.text(.flagNoCrisisPlan, .nb), .legendNoCrisisPlan),
            (Texts.text(.flagOrderExpiring, .en), Texts.text(.flagOrderExpiring, .nb), .legendOrderExpiring),
            (Texts.text(.flagNewIntake, .en), Texts.text(.flagNewIntake, .nb), .legendNewIntake),
            (Texts.text(.flagUndocumented, .en), Texts.text(.flagUndocumented, .nb), .legendUndocumented),
            ("▶", "▶", .legendSelected), ("KH²", "KH²", .legendSameInitials),
            ("✓", "✓", .legendDiscussed), ("◆", "◆", .legendUnderDiscussion), ("⚠", "⚠", .legendWarningSymbol),
        ]
        for (en, nb, key) in flags {
            let sym = en == nb ? "`\(en)`" : "`\(en)` (bokmål `\(nb)`)"
            out += "| \(sym) | \(Texts.text(key, .en)) | \(Texts.text(key, .nb)) |\n"
        }
        return out
    }
}
