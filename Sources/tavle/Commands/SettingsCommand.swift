import ArgumentParser
import TavleCore

/// `tavle settings [--json]` and `tavle settings set KEY VALUE`: the team's thresholds and targets,
/// from the one table of them (`TeamSettings.all`).
struct SettingsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "settings", abstract: L.t(.helpSettingsAbstract), discussion: L.t(.helpSettingsDiscussion),
                             subcommands: [SettingsList.self, SettingsSet.self], defaultSubcommand: SettingsList.self)
    }
}

struct SettingsList: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: L.t(.helpSettingsListAbstract), discussion: L.t(.helpSettingsListDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @OptionGroup var output: JSONOption

    /// One setting in `--json` (documented in docs/cli.md). Shares are fractions (0.2).
    struct JSON: Encodable {
        let key: String
        let path: String
        let value: Double
        /// A list setting's names (`municipalities`); `value` is then how many.
        let names: [String]?
        let `default`: Double
        let min: Double
        let max: Double
        let unit: String
        let changed: Bool
        let description: String
        let rules: [String]

        func encode(to encoder: Encoder) throws {
            enum K: String, CodingKey { case key, path, value, names, `default`, min, max, unit, changed, description, rules }
            var c = encoder.container(keyedBy: K.self)
            try c.encode(key, forKey: .key); try c.encode(path, forKey: .path)
            // Whole numbers stay whole in the JSON (180, not 180.0).
            func put(_ v: Double, _ k: K) throws { if unit == SettingUnit.share.rawValue { try c.encode(v, forKey: k) } else { try c.encode(Int(v), forKey: k) } }
            if let names { try c.encode(names, forKey: .names) }
            try put(value, .value); try put(`default`, .default); try put(min, .min); try put(max, .max)
            try c.encode(unit, forKey: .unit); try c.encode(changed, forKey: .changed)
            try c.encode(description, forKey: .description); try c.encode(rules, forKey: .rules)
        }
    }

    func run() throws {
        let session = try globals.session()
        let team = session.team
        if output.json {
            try JSONOutput.print(TeamSettings.all.map { s in
                JSON(key: s.key.rawValue, path: s.path, value: s.value(in: team), names: s.names(in: team)?.map { JSONOutput.safe($0) },
                     default: s.defaultValue, min: s.range.lowerBound,
                     max: s.range.upperBound, unit: s.unit.rawValue, changed: !s.isDefault(in: team),
                     description: L.t(s.about), rules: s.rules)
            })
            return
        }
        Console.out(L.t(.settingsHeader, Format.safe(team.name), String(team.version)))
        let kw = TeamSettings.all.map { $0.key.rawValue.count }.max() ?? 0
        let vw = TeamSettings.all.map { DisplayWidth.of(Format.safe($0.displayValue(in: team, L.lang))) }.max() ?? 0
        for s in TeamSettings.all {
            Console.out()
            var line = "  " + DisplayWidth.pad(s.key.rawValue, to: kw) + "  " + DisplayWidth.pad(Format.safe(s.displayValue(in: team, L.lang)), to: vw) + "  "
            line += L.t(.settingsDefaultRange, s.display(s.defaultValue, L.lang), s.rangeText(L.lang))
            if !s.isDefault(in: team) { line += "  " + L.t(.settingsChanged) }
            Console.out(line)
            Console.out(Format.wrap(L.t(s.about), first: "      ", rest: "      "))
        }
        Console.out()
        Console.out(L.t(.settingsHint))
    }
}

struct SettingsSet: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "set", abstract: L.t(.helpSettingsSetAbstract), discussion: L.t(.helpSettingsSetDiscussion))
    }

    @OptionGroup var globals: GlobalOptions
    @Argument(help: ArgumentHelp(L.t(.argSettingsKey), valueName: "KEY")) var key: String
    @Argument(help: ArgumentHelp(L.t(.argSettingsValue), valueName: "VALUE")) var value: String
    @OptionGroup var write: WriteOptions

    func validate() throws {
        guard SettingKey.parse(key) != nil else {
            throw ValidationError(L.t(.usageSettingsKey, Format.safe(key), SettingKey.allCases.map(\.rawValue).joined(separator: ", ")))
        }
    }

    func run() throws {
        let session = try globals.session()
        let actor = try session.requireActor()
        let k = SettingKey.parse(key)!
        let (old, new) = try session.store.apply(.setting(k, value), actor: actor, basedOn: write.ifVersion)
        let s = TeamSettings.setting(k)
        let before = Format.safe(s.displayValue(in: old, L.lang)), after = Format.safe(s.displayValue(in: new, L.lang))
        if new.version == old.version {
            Console.out(L.t(.settingsUnchanged, k.rawValue, after, String(new.version)))
        } else {
            Console.out(L.t(.settingsDone, k.rawValue, before, after, String(new.version)))
        }
    }
}
