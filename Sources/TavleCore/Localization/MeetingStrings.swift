/// Strings of the morning meeting, rota and statistics (bokmål and English), merged into
/// `CoreStrings.catalog`.
enum MeetingStrings {
    static let nb: [String: String] = [:]
    static let en: [String: String] = [:]
}
