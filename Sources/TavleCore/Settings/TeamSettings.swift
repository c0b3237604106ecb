/// A setting the team can change (`tavle settings set KEY VALUE`): its name in `team.json`,
/// without the `rules.` prefix of the review rules' thresholds.
public enum SettingKey: String, CaseIterable, Sendable, Codable {
    case newIntakeOverdueDays, reviewIntervalDays, boardPeriodDays, noContactIntensiveDays, noContactCaseManagementDays
    case turning18WithinDays, ageingOutWithinDays, dischargeReviewDays, orderExpiringDays, treatmentPlanReviewDays
    case clarificationDays, meetingMinutes, targetBoardShare, boardShareWarning, retentionMonths
    /// The team's municipalities: a list of names, not a number (`SettingUnit.names`).
    case municipalities

    /// Parses a key as typed: exact, or ignoring case (`reviewintervaldays`), with or without `rules.`.
    public static func parse(_ text: String) -> SettingKey? {
        var t = text.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("rules.") { t = String(t.dropFirst(6)) }
        return SettingKey(rawValue: t) ?? allCases.first { $0.rawValue.lowercased() == t.lowercased() }
    }
}

/// What a setting counts, which decides how it is typed and shown.
public enum SettingUnit: String, Choice {
    case days, minutes, months
    /// A share of the youths, stored as 0…1, typed as `0.2`, `0,2` or `20 %`.
    case share
    /// A list of names, typed separated by commas (`Nordby,Sørvik`); the range is how many.
    case names
    public static let labelPrefix = "unit"
}

/// One setting: its key, unit, allowed range, default and what it does. `TeamSettings.all` is the
/// one table of them, which `tavle settings`, its `--json`, the change's validation, the range
/// check when `team.json` is read and docs/review-rules.md all follow.
public struct Setting: Sendable, Equatable {
    public let key: SettingKey
    public let unit: SettingUnit
    /// The allowed range (a share as a fraction, 0…1).
    public let range: ClosedRange<Double>
    public let defaultValue: Double
    /// What the setting does, in the user's words.
    public let about: TextKey
    /// The review rules it is a threshold of (none for the team's targets).
    public let rules: [String]

    /// Where it lives in `team.json`: `rules.reviewIntervalDays`, `meetingMinutes`.
    public var path: String { rules.isEmpty ? key.rawValue : "rules." + key.rawValue }

    /// Whole numbers for days, minutes and months; a fraction for shares.
    public var isWhole: Bool { unit != .share && unit != .names }

    /// The setting's value in `team`; for a list of names, how many.
    public func value(in team: Team) -> Double {
        switch key {
        case .targetBoardShare: return team.targetBoardShare
        case .boardShareWarning: return team.boardShareWarning
        case .municipalities: return Double(team.municipalities.count)
        default: return Double(wholeValue(in: team) ?? 0)
        }
    }

    /// A list setting's names in `team` (nil for a number).
    public func names(in team: Team) -> [String]? {
        key == .municipalities ? team.municipalities : nil
    }

    /// Whether `team` has the default value.
    public func isDefault(in team: Team) -> Bool {
        if let names = names(in: team) { return names.isEmpty }
        return value(in: team) == defaultValue
    }

    /// The value in `team` as a person reads it: `180 dager`, `20 %`, `Nordby, Sørvik` (`–` for none).
    public func displayValue(in team: Team, _ lang: Language) -> String {
        if let names = names(in: team) { return names.isEmpty ? "–" : names.joined(separator: ", ") }
        return display(value(in: team), lang)
    }

    /// The most names a list setting holds, and the longest name.
    public static let maxNames = 50
    public static let maxNameLength = 60

    /// A list of names as typed (`Nordby, Sørvik`): trimmed, cleaned, the same name (ignoring case
    /// and accents) once; empty clears it. Refused when too many or too long.
    public func parseNames(_ text: String) throws(TavleError) -> [String] {
        let t = TextSafety.clean(text)
        var out: [String] = []
        for part in t.split(separator: ",") {
            let name = part.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { continue }
            guard name.count <= Setting.maxNameLength else { throw badNames(t) }
            if !out.contains(where: { Folding.fold($0) == Folding.fold(name) }) { out.append(name) }
        }
        guard out.count <= Setting.maxNames else { throw badNames(t) }
        return out
    }

    func badNames(_ t: String) -> TavleError {
        .usage(LocalizedMessage(.settingsBadNames, [TextSafety.display(t), key.rawValue, String(Setting.maxNames), String(Setting.maxNameLength)]))
    }

    /// Sets the value as typed (a number checked against the range, or a list of names).
    func store(text: String, in team: inout Team) throws(TavleError) {
        if key == .municipalities { team.municipalities = try parseNames(text); return }
        store(try parse(text), in: &team)
    }

    /// A whole-number setting's value exactly as stored (nil for a share).
    func wholeValue(in team: Team) -> Int? {
        let r = team.rules
        switch key {
        case .newIntakeOverdueDays: return r.newIntakeOverdueDays
        case .reviewIntervalDays: return r.reviewIntervalDays
        case .boardPeriodDays: return r.boardPeriodDays
        case .noContactIntensiveDays: return r.noContactIntensiveDays
        case .noContactCaseManagementDays: return r.noContactCaseManagementDays
        case .turning18WithinDays: return r.turning18WithinDays
        case .ageingOutWithinDays: return r.ageingOutWithinDays
        case .dischargeReviewDays: return r.dischargeReviewDays
        case .orderExpiringDays: return r.orderExpiringDays
        case .treatmentPlanReviewDays: return r.treatmentPlanReviewDays
        case .clarificationDays: return r.clarificationDays
        case .meetingMinutes: return team.meetingMinutes
        case .retentionMonths: return team.retentionMonths
        case .targetBoardShare, .boardShareWarning, .municipalities: return nil
        }
    }

    /// Sets the value (already checked against the range).
    func store(_ v: Double, in team: inout Team) {
        let n = Int(v)
        switch key {
        case .newIntakeOverdueDays: team.rules.newIntakeOverdueDays = n
        case .reviewIntervalDays: team.rules.reviewIntervalDays = n
        case .boardPeriodDays: team.rules.boardPeriodDays = n
        case .noContactIntensiveDays: team.rules.noContactIntensiveDays = n
        case .noContactCaseManagementDays: team.rules.noContactCaseManagementDays = n
        case .turning18WithinDays: team.rules.turning18WithinDays = n
        case .ageingOutWithinDays: team.rules.ageingOutWithinDays = n
        case .dischargeReviewDays: team.rules.dischargeReviewDays = n
        case .orderExpiringDays: team.rules.orderExpiringDays = n
        case .treatmentPlanReviewDays: team.rules.treatmentPlanReviewDays = n
        case .clarificationDays: team.rules.clarificationDays = n
        case .meetingMinutes: team.meetingMinutes = n
        case .targetBoardShare: team.targetBoardShare = v
        case .boardShareWarning: team.boardShareWarning = v
        case .retentionMonths: team.retentionMonths = n
        case .municipalities: break
        }
    }

    /// A value as a person reads it: `180 dager`, `20 %`.
    public func display(_ v: Double, _ lang: Language) -> String {
        switch unit {
        case .share: return TeamSettings.number(v * 100, lang) + " %"
        case .names: return v == 0 ? "–" : TeamSettings.number(v, lang) + " " + unit.label(lang)
        default: return TeamSettings.number(v, lang) + " " + unit.label(lang)
        }
    }

    /// The allowed range as a person reads it: `1–3650 dager`, `0–100 %`.
    public func rangeText(_ lang: Language) -> String {
        switch unit {
        case .share: return TeamSettings.number(range.lowerBound * 100, lang) + "–" + TeamSettings.number(range.upperBound * 100, lang) + " %"
        default: return TeamSettings.number(range.lowerBound, lang) + "–" + TeamSettings.number(range.upperBound, lang) + " " + unit.label(lang)
        }
    }

    /// Reads a value as a person typed it, checked against the range. A share is `0.2`, `0,2`,
    /// `20 %` or `20%`; the others are whole numbers. Refused with the allowed range (exit 1).
    public func parse(_ text: String) throws(TavleError) -> Double {
        let t = TextSafety.clean(text).trimmingCharacters(in: .whitespaces)
        var v: Double
        if isWhole {
            guard let n = Int(t) else {
                throw .usage(LocalizedMessage(.settingsBadWhole, [TextSafety.display(t), key.rawValue, rangeArg, unitWord]))
            }
            v = Double(n)
        } else {
            var s = t.replacingOccurrences(of: ",", with: ".")
            let percent = s.hasSuffix("%")
            if percent { s = String(s.dropLast()).trimmingCharacters(in: .whitespaces) }
            guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let n = Double(s), n.isFinite else {
                throw .usage(LocalizedMessage(.settingsBadShare, [TextSafety.display(t), key.rawValue]))
            }
            // `30` for a share is a per cent typed without its sign: say how to write it.
            if !percent, n > 1, n <= 100 {
                throw .usage(LocalizedMessage(.settingsShareNotPercent, [key.rawValue, TextSafety.display(t)]))
            }
            // A fraction with at most four decimals (what `team.json` keeps).
            v = ((percent ? n / 100 : n) * 10_000).rounded() / 10_000
        }
        guard range.contains(v) else {
            throw .usage(LocalizedMessage(.settingsOutOfRange, [key.rawValue, rangeArg, unitWord, TextSafety.display(t)]))
        }
        return v
    }

    /// The range as a message argument: `1–3650`, a share as `0–100` (with the word `%`).
    var rangeArg: String {
        let f = unit == .share ? 100.0 : 1.0
        return TeamSettings.number(range.lowerBound * f, .en) + "–" + TeamSettings.number(range.upperBound * f, .en)
    }

    /// The unit's word as a message argument (shown in the reader's language).
    var unitWord: String { LocalizedMessage.word(unit == .share ? .settingsPercent : unit.labelKey) }

    /// The problem with `team`'s value, in the words of a bad file, or nil when it is in range.
    func rangeProblem(in team: Team) -> LocalizedMessage? {
        if let names = names(in: team) {
            if names.count > Setting.maxNames {
                return LocalizedMessage(.fileTooManyNames, [path, String(names.count), String(Setting.maxNames)])
            }
            if let bad = names.first(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty || $0.count > Setting.maxNameLength || $0.contains(",") }) {
                return LocalizedMessage(.fileNotAName, [path, TextSafety.display(bad), String(Setting.maxNameLength)])
            }
            return nil
        }
        let lo = TeamSettings.number(range.lowerBound, .en), hi = TeamSettings.number(range.upperBound, .en)
        if let n = wholeValue(in: team) {
            // Compared as whole numbers: no Double rounding lets 2^63 − 1 through.
            guard n < Int(range.lowerBound) || n > Int(range.upperBound) else { return nil }
            return LocalizedMessage(.fileOutOfRange, [path, String(n), lo, hi])
        }
        let v = value(in: team)
        guard !range.contains(v) else { return nil }
        return LocalizedMessage(.fileOutOfRange, [path, "\(v)", lo, hi])
    }
}

/// The table of every setting, in the order `tavle settings` lists them.
public enum TeamSettings {
    /// Day counts: one day to ten years.
    public static let dayRange: ClosedRange<Double> = 1...3650

    public static let all: [Setting] = [
        days(.newIntakeOverdueDays, 7, .settingsAboutNewIntakeOverdueDays, ["new-intake"]),
        days(.reviewIntervalDays, 180, .settingsAboutReviewIntervalDays, ["review-overdue"]),
        days(.boardPeriodDays, 14, .settingsAboutBoardPeriodDays, ["board-period-long"]),
        days(.noContactIntensiveDays, 3, .settingsAboutNoContactIntensiveDays, ["no-contact"]),
        days(.noContactCaseManagementDays, 14, .settingsAboutNoContactCaseManagementDays, ["no-contact"]),
        days(.turning18WithinDays, 90, .settingsAboutTurning18WithinDays, ["turning-18"]),
        days(.ageingOutWithinDays, 180, .settingsAboutAgeingOutWithinDays, ["ageing-out"]),
        days(.dischargeReviewDays, 14, .settingsAboutDischargeReviewDays, ["discharge-phase"]),
        days(.orderExpiringDays, 30, .settingsAboutOrderExpiringDays, ["order-expiring"]),
        days(.treatmentPlanReviewDays, 180, .settingsAboutTreatmentPlanReviewDays, ["treatment-plan-overdue"]),
        days(.clarificationDays, 60, .settingsAboutClarificationDays, ["clarification-overdue"]),
        Setting(key: .meetingMinutes, unit: .minutes, range: 1...240, defaultValue: 15, about: .settingsAboutMeetingMinutes, rules: []),
        Setting(key: .targetBoardShare, unit: .share, range: 0...1, defaultValue: 0.20, about: .settingsAboutTargetBoardShare, rules: []),
        Setting(key: .boardShareWarning, unit: .share, range: 0...1, defaultValue: 0.25, about: .settingsAboutBoardShareWarning, rules: []),
        Setting(key: .retentionMonths, unit: .months, range: 1...240, defaultValue: 12, about: .settingsAboutRetentionMonths, rules: []),
        Setting(key: .municipalities, unit: .names, range: 0...Double(Setting.maxNames), defaultValue: 0,
                about: .settingsAboutMunicipalities, rules: []),
    ]

    static func days(_ key: SettingKey, _ value: Double, _ about: TextKey, _ rules: [String]) -> Setting {
        Setting(key: key, unit: .days, range: dayRange, defaultValue: value, about: about, rules: rules)
    }

    /// The setting of `key`.
    public static func setting(_ key: SettingKey) -> Setting { all.first { $0.key == key }! }

    /// The first value of `team` outside its range (a hand-edited or damaged `team.json`), as the
    /// problem of a bad file, or nil. Checked where the file is read, so no rule's date arithmetic
    /// ever meets an absurd number.
    public static func rangeProblem(_ team: Team) -> LocalizedMessage? {
        all.lazy.compactMap { $0.rangeProblem(in: team) }.first
    }

    /// `180`, `0.25` (`0,25` in bokmål): no trailing zeros.
    static func number(_ x: Double, _ lang: Language) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        var s = String((x * 10_000).rounded() / 10_000)
        if s.hasSuffix(".0") { s.removeLast(2) }
        return lang == .nb ? s.replacingOccurrences(of: ".", with: ",") : s
    }
}
