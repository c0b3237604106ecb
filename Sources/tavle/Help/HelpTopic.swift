import TavleCore
import TavleGuides

/// `tavle help [COMMAND …]` and `tavle help guide [NAME]`: tavle's own help command (the
/// parser's `help` is answered here, so it speaks the user's language and an unknown topic is a
/// usage error), and the guides, built into the binary so they work on an installed server.
struct HelpTopic {
    let words: [String]
    let invocation: Invocation

    /// The request, if the command line asks for `help`.
    init?(_ arguments: [String]) {
        // Laying the line over the command tree builds the whole tree (the parser's help dump,
        // decoded): about 30 ms that every command paid before doing its work (issue 29). Only
        // a line with the word `help` in it can ask for help.
        guard arguments.contains("help") else { return nil }
        let inv = Invocation(arguments)
        guard inv.unknownCommand == "help" else { return nil }
        invocation = inv
        words = inv.path + inv.positionals
    }

    /// The words for the guides topic, in both languages.
    static let guideWords = ["guide", "veiledning"]

    func run() throws {
        if let first = words.first, Self.guideWords.contains(first.lowercased()) {
            guard words.count > 1 else { return Console.out(Guide.list()) }
            guard let guide = Guide.find(words[1]) else { throw Self.unknownGuide(words[1]) }
            return Console.out(guide.text())
        }
        guard let command = CommandInfo.root.find(words) else {
            throw Self.unknown(words.joined(separator: " "), in: invocation)
        }
        Console.out(HelpText.render(words, command))
    }

    /// `tavle help lsit`: no such command or topic (exit 1), with the closest name.
    static func unknown(_ typed: String, in inv: Invocation) -> CLIError {
        let names = CommandInfo.root.visibleSubcommands.map(\.commandName) + guideWords
        let guess = Suggestion.closest(to: typed.split(separator: " ").first.map(String.init) ?? typed, among: names)
        let hint = guess.map { " " + L.t(.parseDidYouMean, "tavle help " + $0) } ?? ""
        return CLIError(message: L.t(.helpUnknownTopic, TextSafety.display(typed)) + hint + "\n" + L.t(.helpTopics),
                        exitCode: 1)
    }

    static func unknownGuide(_ typed: String) -> CLIError {
        let guess = Suggestion.closest(to: Folding.fold(typed), among: Guide.all.flatMap { [Folding.fold($0.nb), $0.en] })
            .flatMap { g in Guide.all.first { Folding.fold($0.nb) == g || $0.en == g } }
        let hint = guess.map { " " + L.t(.parseDidYouMean, "tavle help guide " + $0.name) } ?? ""
        return CLIError(message: L.t(.helpUnknownGuide, TextSafety.display(typed)) + hint + "\n" + Guide.list(), exitCode: 1)
    }
}

/// One guide: its name in each language, its one-line description, its text.
struct Guide {
    let en: String
    let nb: String
    let about: TextKey

    static let all = [
        Guide(en: "guide", nb: "brukerveiledning", about: .guideAboutGuide),
        Guide(en: "meeting", nb: "møtet", about: .guideAboutMeeting),
        Guide(en: "review-rules", nb: "regler", about: .guideAboutRules),
        Guide(en: "privacy", nb: "personvern", about: .guideAboutPrivacy),
        Guide(en: "data-format", nb: "dataformat", about: .guideAboutDataFormat),
    ]

    /// The name shown in the run's language (either is accepted).
    var name: String { L.lang == .nb ? nb : en }

    /// By either language's name, folded (`motet` finds møtet).
    static func find(_ typed: String) -> Guide? {
        let t = Folding.fold(typed)
        return all.first { Folding.fold($0.nb) == t || Folding.fold($0.en) == t }
    }

    func text() -> String {
        (L.lang == .nb ? GuideTexts.bokmal(en) : GuideTexts.english(en)) ?? ""
    }

    /// The list `tavle help guide` prints.
    static func list() -> String {
        ([L.t(.guideListTitle)] + HelpText.table(all.map { ("tavle help guide " + $0.name, L.t($0.about)) }, widest: 36)).joined(separator: "\n")
    }
}
