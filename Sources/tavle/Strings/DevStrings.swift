import TavleCore

/// The strings of `tavle dev` (developer tools), bokmål and English, merged into `L`.
enum DevStrings {
    static let catalog = Catalog([.nb: nb, .en: en])

    static let nb: [String: String] = [
        "help.dev.abstract": "Verktøy for utviklere: testdata for målinger og belastningstester.",
        "help.devGenerate.abstract": "Lag en realistisk datamappe med mange ungdommer (for målinger).",
        "help.devGenerate.discussion": """
            Lager ansatte, ungdommer med perioder på tavla, notater og kontakter over årene, og journalen som skapte dem, i en ny, tom mappe. Samme --seed gir de samme ungdommene. Skrives like trygt som ekte data (fsync).

            Eksempler:
              tavle dev generate --youths 10000 --years 3 --data /tmp/stor-tavle
              tavle dev generate --youths 100 --seed 7 --data /tmp/liten-tavle
            """,
        "opt.dev.youths": "Antall ungdommer (1–1 000 000).",
        "opt.dev.years": "Hvor mange år tilbake dataene går (1–50).",
        "opt.dev.seed": "Frø for tilfeldighetene: samme frø gir samme data.",
        "usage.dev.youths": "--youths må være mellom 1 og 1 000 000, ikke {1}.",
        "usage.dev.years": "--years må være mellom 1 og 50, ikke {1}.",
        "refuse.dev.notEmpty": "{1} er ikke tom. Velg en ny mappe med --data; tavle dev generate skriver aldri over data.",
        "done.dev.generate": "Laget {1} ungdommer over {2} år (frø {3}) i {4}.",
    ]

    static let en: [String: String] = [
        "help.dev.abstract": "Developer tools: test data for benchmarks and stress tests.",
        "help.devGenerate.abstract": "Make a realistic data directory with many youths (for benchmarks).",
        "help.devGenerate.discussion": """
            Makes staff, youths with board periods, notes and contacts over the years, and the journal that created them, in a new, empty directory. The same --seed gives the same youths. Written as safely as real data (fsync).

            Examples:
              tavle dev generate --youths 10000 --years 3 --data /tmp/big-board
              tavle dev generate --youths 100 --seed 7 --data /tmp/small-board
            """,
        "opt.dev.youths": "Number of youths (1–1,000,000).",
        "opt.dev.years": "How many years back the data goes (1–50).",
        "opt.dev.seed": "Seed for the randomness: the same seed gives the same data.",
        "usage.dev.youths": "--youths must be between 1 and 1,000,000, not {1}.",
        "usage.dev.years": "--years must be between 1 and 50, not {1}.",
        "refuse.dev.notEmpty": "{1} is not empty. Choose a new directory with --data; tavle dev generate never writes over data.",
        "done.dev.generate": "Made {1} youths over {2} years (seed {3}) in {4}.",
    ]
}
