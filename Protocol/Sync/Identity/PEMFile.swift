import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// PEM text (certificates, keys, revocation lists) on disk.
///
/// Guarantees: `write` replaces a file atomically (a temporary file in the same folder,
/// fsynced, then renamed), so a reader sees the old text or the new, never a mix; a
/// private file is created with mode 0600 from its first byte.
public enum PEMFile {
    public static func read(_ path: String) throws(IdentityError) -> String {
        do {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            guard text.contains("-----BEGIN ") else { throw IdentityError.malformedPEM(kind: path, openSSL: "no PEM block in the file") }
            return text
        } catch let error as IdentityError {
            throw error
        } catch {
            throw .fileUnreadable(path: path, reason: "\(error.localizedDescription)")
        }
    }

    /// Writes any short text (a public key in hex) the same way, mode 0644.
    public static func writeText(_ text: String, to path: String) throws(IdentityError) {
        try write(text, to: path, private: false)
    }

    public static func write(_ text: String, to path: String, private isPrivate: Bool) throws(IdentityError) {
        let temporary = path + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, isPrivate ? 0o600 : 0o644)
        guard descriptor >= 0 else { throw .fileUnwritable(path: path, reason: String(cString: strerror(errno))) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor)
        close(descriptor)
        guard written == bytes.count, synced == 0, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .fileUnwritable(path: path, reason: reason)
        }
    }
}
