import Foundation

/// Where the team's data directory is: `--data`, else `$TAVLE_DATA`, else the server-wide
/// configuration (`$TAVLE_CONFIG`, else `/etc/tavle/config.json`: `{"data": "/srv/tavle/team"}`),
/// else `$XDG_DATA_HOME/tavle` (`~/.local/share/tavle`).
///
/// A configuration that exists but cannot be read or used is an error naming the file (exit 4),
/// never a quiet fall back to a directory in the user's home: followed, that made a private
/// shadow board the team never saw.
public enum DataLocation {
    public static let serverConfigPath = "/etc/tavle/config.json"

    private struct ServerConfig: Decodable { var data: String? }

    /// The configuration file in use: `$TAVLE_CONFIG` (for installs under a prefix, and tests), else `/etc/tavle/config.json`.
    public static func configPath(_ environment: [String: String]) -> String {
        if let c = environment["TAVLE_CONFIG"], !c.isEmpty { return absolute(c) }
        return serverConfigPath
    }

    public static func resolve(flag: String?, environment: [String: String]) throws(TavleError) -> String {
        if let f = flag, !f.isEmpty { return absolute(f) }
        if let e = environment["TAVLE_DATA"], !e.isEmpty { return absolute(e) }
        if let configured = try configured(environment) { return configured }
        if let x = environment["XDG_DATA_HOME"], !x.isEmpty { return absolute(x) + "/tavle" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/tavle"
    }

    /// The data directory the configuration names; nil when there is no configuration file.
    static func configured(_ environment: [String: String]) throws(TavleError) -> String? {
        let path = configPath(environment)
        let bytes: [UInt8]
        do { bytes = try FileIO.read(path, limit: 64 * 1024) } catch {
            // No file at the default place: no server configuration. One named by $TAVLE_CONFIG
            // must be there: a typo in it must not open a private board in the user's home.
            if case .io(_, _, let e) = error, e == ENOENT {
                if let named = environment["TAVLE_CONFIG"], !named.isEmpty {
                    throw .badConfig(path: path, problem: LocalizedMessage(.configMissing))
                }
                return nil
            }
            if case .io(_, _, let e) = error, e == EACCES || e == EPERM {
                throw .badConfig(path: path, problem: LocalizedMessage(.configNoAccess))
            }
            if case .io(_, _, let e) = error {
                throw .badConfig(path: path, problem: LocalizedMessage(.configUnreadable, [String(cString: strerror(e))]))
            }
            if case .badFile(_, let problem) = error { throw .badConfig(path: path, problem: problem) }
            throw error
        }
        let cfg: ServerConfig
        do { cfg = try JSONDecoder().decode(ServerConfig.self, from: Data(bytes)) } catch {
            throw .badConfig(path: path, problem: bytes.isEmpty ? LocalizedMessage(.fileEmpty) : Coding.describe(error))
        }
        guard let data = cfg.data, !data.isEmpty else { throw .badConfig(path: path, problem: LocalizedMessage(.configNoData)) }
        guard data.hasPrefix("/") else { throw .badConfig(path: path, problem: LocalizedMessage(.configRelative, [data])) }
        return absolute(data)
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
            // No `..` anywhere (on bytes: Foundation's `contains` was a tenth of listing the
            // youths' directory at 10,000 youths, issue 29).
            if i > 0, extra.utf8.contains(c), !(c == 0x2E && u[i - 1] == 0x2E) { continue }
            return false
        }
        return true
    }

    private static let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")

    /// A fresh random id such as `k7m2qa`.
    public static func random(length: Int = 6) -> String {
        var g = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet[Int(g.next() % UInt64(alphabet.count))] })
    }
}
