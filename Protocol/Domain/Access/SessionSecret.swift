import Foundation
import Identity

/// The key that signs a site's session cookies and form tokens: 32 random bytes in a file
/// of the data folder, outside the replica, readable by the process's user alone (0600),
/// so a copy of the database (a backup) opens no session.
public enum SessionSecret {
    /// Reads the secret at `path`, or makes it.
    /// - Throws: `IdentityError.fileUnreadable` / `.fileUnwritable` with the path.
    public static func loadOrCreate(at path: String) throws(IdentityError) -> [UInt8] {
        if FileManager.default.fileExists(atPath: path) {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8),
                let bytes = try? Hex.decode(Array(text.trimmingCharacters(in: .whitespacesAndNewlines).utf8)), bytes.count == 32
            else { throw .fileUnreadable(path: path, reason: "not 64 hexadecimal characters") }
            return bytes
        }
        let bytes = SecureRandom.bytes(32)
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .fileUnwritable(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let text = Array((Hex.encode(bytes) + "\n").utf8)
        guard write(descriptor, text, text.count) == text.count, fsync(descriptor) == 0 else {
            throw .fileUnwritable(path: path, reason: String(cString: strerror(errno)))
        }
        return bytes
    }
}
