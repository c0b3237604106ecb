import Foundation

/// Where the team's data directory is: `--data`, else `$TAVLE_DATA`, else the server-wide
/// `/etc/tavle/config.json` (`{"data": "/srv/tavle/team"}`), else `$XDG_DATA_HOME/tavle`
/// (`~/.local/share/tavle`).
public enum DataLocation {
    public static let serverConfigPath = "/etc/tavle/config.json"

    private struct ServerConfig: Decodable { var data: String }

    public static func resolve(flag: String?, environment: [String: String]) -> String {
        if let f = flag, !f.isEmpty { return absolute(f) }
        if let e = environment["TAVLE_DATA"], !e.isEmpty { return absolute(e) }
        if let bytes = try? FileIO.read(serverConfigPath, limit: 64 * 1024),
           let cfg = try? JSONDecoder().decode(ServerConfig.self, from: Data(bytes)), !cfg.data.isEmpty {
            return absolute(cfg.data)
        }
        if let x = environment["XDG_DATA_HOME"], !x.isEmpty { return absolute(x) + "/tavle" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/tavle"
    }

    static func absolute(_ p: String) -> String {
        let expanded = (p as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return (expanded as NSString).standardizingPath }
        return ((FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(expanded) as NSString).standardizingPath
    }
}

/// Strict ids: they become file names, so nothing that could escape the directory gets through.
public enum Identifier {
    /// Youth ids: lower-case letters, digits and `-`, 1–40 characters, starting with a letter or digit.
    public static func isValidYouthID(_ s: String) -> Bool { matches(s, max: 40, extra: "-") }

    /// Staff ids: lower-case letters, digits, `.`, `_` and `-`, 1–32 characters.
    public static func isValidStaffID(_ s: String) -> Bool { matches(s, max: 32, extra: "-._") }

    static func matches(_ s: String, max: Int, extra: String) -> Bool {
        let u = Array(s.utf8)
        guard !u.isEmpty, u.count <= max else { return false }
        for (i, c) in u.enumerated() {
            let alnum = (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39)
            if alnum { continue }
            if i > 0, extra.utf8.contains(c) { continue }
            return false
        }
        return !s.contains("..")
    }

    private static let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")

    /// A fresh random id such as `k7m2qa`.
    public static func random(length: Int = 6) -> String {
        var g = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet[Int(g.next() % UInt64(alphabet.count))] })
    }
}
