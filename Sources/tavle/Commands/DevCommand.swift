import ArgumentParser
import Foundation
import TavleCore

/// `tavle dev …`: tools for developers (benchmarks, stress tests), not for the team's daily work.
struct DevCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "dev", abstract: L.t(.helpDevAbstract), subcommands: [DevGenerateCommand.self, DevManCommand.self])
    }

    /// Bare `tavle dev`: tavle's own help for the group (the parser's printed "OVERVIEW:").
    func run() throws { GroupHelp.show(["dev"]) }
}

/// `tavle dev generate --youths N --years Y [--seed S] --data DIR`: a realistic, deterministic
/// data directory (staff, youths with board periods, notes and contacts over the years, and the
/// journal that created them), written as safely as real data.
struct DevGenerateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "generate", abstract: L.t(.helpDevGenerateAbstract),
                             discussion: L.t(.helpDevGenerateDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Option(help: ArgumentHelp(L.t(.optDevYouths), valueName: "N")) var youths = 1000
    @Option(help: ArgumentHelp(L.t(.optDevYears), valueName: "Y")) var years = 3
    @Option(help: ArgumentHelp(L.t(.optDevSeed), valueName: "S")) var seed: UInt64 = 42
    @Flag(help: ArgumentHelp(L.t(.optDevFidelity))) var fidelity = false

    func validate() throws {
        guard (1...1_000_000).contains(youths) else { throw ValidationError(L.t(.usageDevYouths, String(youths))) }
        guard (1...50).contains(years) else { throw ValidationError(L.t(.usageDevYears, String(years))) }
    }

    func run() throws {
        let env = ProcessInfo.processInfo.environment
        let root = try globals.root
        if FileIO.isDirectory(root), let entries = try? FileManager.default.contentsOfDirectory(atPath: root), !entries.isEmpty {
            throw CLIError.data(.refuseDevNotEmpty, Format.safe(root))
        }
        let me = Session.currentUnixUser()
        let today = Clock.today(zone: TimeZone(identifier: "Europe/Oslo") ?? .current, environment: env)
        let actor = Actor(staff: "s0", unixUser: me)
        if fidelity {
            _ = try GeneratorFidelity.generate(root: root, youths: youths, years: years, seed: seed, today: today, actor: actor, environment: env)
        } else {
            _ = try Generator.generate(root: root, youths: youths, years: years, seed: seed, today: today,
                                       actor: actor, environment: env)
        }
        Console.out(L.t(.doneDevGenerate, String(youths), String(years), String(seed), Format.safe(root)))
    }
}

/// `tavle dev man [--lang nb|en] [--output FILE]`: the man page, in the chosen language, generated
/// from the same words as `--help` (for packaging: `tavle dev man --lang nb > tavle.1`).
struct DevManCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "man", abstract: L.t(.helpDevManAbstract), discussion: L.t(.helpDevManDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Option(help: ArgumentHelp(L.t(.optDevManOutput), valueName: "FILE")) var output: String?

    func run() throws {
        let page = ManPage.render()
        guard let output else { return Console.write(page) }
        try FileIO.writeNew(Array(page.utf8), to: output, mode: 0o644)
    }
}
