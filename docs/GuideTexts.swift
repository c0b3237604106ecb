/// The guides `tavle help guide NAME` prints, compiled into the binary so an installed server
/// without this repository has them: the English pages of docs/ as they are, and the shorter
/// bokmål guides of docs/nb/.
public enum GuideTexts {
    /// The English page of a guide.
    public static func english(_ name: String) -> String? {
        switch name {
        case "guide": return text(PackageResources.user_guide_md)
        case "meeting": return text(PackageResources.meeting_md)
        case "review-rules": return text(PackageResources.review_rules_md)
        case "privacy": return text(PackageResources.privacy_md)
        case "data-format": return text(PackageResources.data_format_md)
        default: return nil
        }
    }

    /// The bokmål guide of the same name (English names, as `english`).
    public static func bokmal(_ name: String) -> String? {
        switch name {
        case "guide": return text(PackageResources.brukerveiledning_md)
        case "meeting": return text(PackageResources.motet_md)
        case "review-rules": return text(PackageResources.regler_md)
        case "privacy": return text(PackageResources.personvern_md)
        case "data-format": return text(PackageResources.dataformat_md)
        default: return nil
        }
    }

    private static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}
