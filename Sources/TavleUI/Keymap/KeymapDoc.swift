import TavleCore

/// Generates docs/keymap.md from the keymap, so the documentation cannot drift from the keys.
/// A test compares the committed file with `markdown()`; `TAVLE_RECORD=1` rewrites it.
public enum KeymapDoc {
    public static func markdown() -> String {
        var out = """
        # Keys of the terminal board

        <!-- Generated from Sources/TavleUI/Keymap/Keymap.swift (KeymapDoc.markdown()); do not edit.
             After changing the keymap, run: TAVLE_RECORD=1 swift test --filter TavleUITests -->

        The same table drives the keys, the `?` overlay (which opens at the section of the view you
        are in) and the key-hint bar at the bottom of the screen; each key's policy is part of its
        row: how high its hint ranks when the bar is narrow, whether it changes data, what the shared
        screen does with it, and what it needs (a selected youth, an open meeting). Keys marked ✎
        change data: every change goes through the core (journaled and conflict-checked), and they
        are refused on the shared screen (`tavle --shared`) and for a Unix user who is not on the
        team. The interface speaks bokmål by default (`--lang en` for English); the last column
        gives the bokmål text shown in the `?` overlay.

        The mouse works in every view where the terminal reports it (xterm's SGR mode; xterm, tmux,
        screen and most others): a click selects, a double-click opens, the wheel scrolls, and a
        click on a key hint at the bottom does what its key does. On the shared screen a click only
        selects. Hold Shift while dragging to select text for copying; `tavle --no-mouse` leaves the
        mouse to the terminal altogether.

        """
        for (_, title, list) in HelpOverlay.grouped() where !list.isEmpty {
            out += "\n## \(Texts.text(title, .en))\n\n"
            out += "| Keys | What it does | Bokmål |\n|---|---|---|\n"
            for b in list {
                let keys = b.keys.map { "`" + Keymap.name($0, .en) + "`" }.joined(separator: " ")
                let mark = b.writes ? "✎ " : ""
                // Refused on the shared screen though it writes nothing (the ✎ keys are refused there anyway).
                let (enShared, nbShared) = !b.writes && b.refusedOnSharedScreen
                    ? (" " + Texts.text(.helpNotShared, .en), " " + Texts.text(.helpNotShared, .nb)) : ("", "")
                out += "| \(keys) | \(mark)\(Texts.text(b.help, .en))\(enShared) | \(Texts.text(b.help, .nb))\(nbShared) |\n"
            }
        }
        out += commandLine()
        out += "\n## Symbols on the board\n\n| Symbol | Meaning | Bokmål |\n|---|---|---|\n"
        // The legend of the `?` overlay, in both languages (a flag's letter differs between them).
        for (en, nb) in zip(Legend.entries(.en), Legend.entries(.nb)) {
            let sym = en.symbol == nb.symbol ? "`\(en.symbol)`" : "`\(en.symbol)` (bokmål `\(nb.symbol)`)"
            out += "| \(sym) | \(en.meaning) | \(nb.meaning) |\n"
        }
        return out
    }

    /// Every write of the command line and its key on the board; the few left to the command line, and why.
    static func commandLine() -> String {
        var out = """

        ## Every write of the command line, on the board

        Whatever `tavle` writes from the command line, the board writes with a key, through the same
        change in the core (a test reads the command tree from `tavle` and fails on a write without a
        key here). Commands that only read are left out.

        | Command | Key on the board |
        |---|---|

        """
        for (command, kind) in CommandCoverage.table {
            switch kind {
            case .reads: continue
            case .key(let c):
                let keys = Keymap.bindings.filter { $0.command == c }.flatMap(\.keys).map { Keymap.name($0, .en) }
                var seen: [String] = []
                for k in keys where !seen.contains(k) { seen.append(k) }
                let note = command == "rota set" ? " (a one-off change; the weekly pattern stays on the command line)" : ""
                out += "| `tavle \(command)` | " + seen.map { "`" + $0 + "`" }.joined(separator: " ") + note + " |\n"
            case .commandLineOnly(let why):
                out += "| `tavle \(command)` | command line only: \(Texts.text(why, .en)) |\n"
            }
        }
        return out
    }
}
