/// Strings of a youth's path (referral, handover, consent, access log, retention, backup,
/// upgrade), bokmål and English, merged into `CoreStrings.catalog`.
enum PathStrings {
    static let nb: [String: String] = [:]
    static let en: [String: String] = [:]
}
