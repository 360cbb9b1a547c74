#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// On-disk format and file handling for a node's private key.
///
/// Format: the 32-byte seed as 64 lower-case hex characters followed by a newline.
/// On reading, surrounding ASCII whitespace is ignored and hex may be in either case;
/// anything else is rejected with a precise `IdentityError`.
///
/// Creation writes a private temporary file (mode 0600) in the same directory, fsyncs it,
/// then publishes it with `link(2)`, which never replaces an existing file. So the key file
/// appears complete or not at all, and when several processes race to create it exactly one
/// wins and all of them end up with the winner's key.
enum KeyFile {
    /// Key files are tiny; refuse to read anything bigger than this.
    static let maximumSize = 4096

    /// The file content for `seed`.
    static func encode(_ seed: [UInt8]) -> [UInt8] {
        Array(Hex.encode(seed).utf8) + [UInt8(ascii: "\n")]
    }

    /// The seed stored in `content`, read from `path` (used only for error messages).
    static func decode(_ content: [UInt8], path: String) throws(IdentityError) -> [UInt8] {
        let trimmed = content.drop(while: isWhitespace).reversed().drop(while: isWhitespace).reversed()
        guard !trimmed.isEmpty else { throw .keyFileMalformed(path: path, reason: "the file is empty") }
        let seed: [UInt8]
        do {
            seed = try Hex.decode(Array(trimmed))
        } catch {
            throw .keyFileMalformed(path: path, reason: error.reason)
        }
        guard seed.count == SigningKey.byteCount else {
            throw .keyFileWrongLength(path: path, byteCount: seed.count)
        }
        return seed
    }

    /// The seed stored at `path`, or `nil` when no file exists there.
    static func load(at path: String) throws(IdentityError) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            let code = errno
            if code == ENOENT { return nil }
            throw .keyFileUnreadable(path: path, reason: errorString(code))
        }
        defer { close(fd) }

        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .keyFileUnreadable(path: path, reason: errorString(errno)) }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw .keyFileUnreadable(path: path, reason: "not a regular file")
        }
        guard Int(info.st_size) <= maximumSize else {
            throw .keyFileMalformed(path: path, reason: "the file is \(info.st_size) bytes long, far too big for a key")
        }

        var content: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .keyFileUnreadable(path: path, reason: errorString(errno))
            }
            if count == 0 { break }
            content.append(contentsOf: buffer[0..<count])
            guard content.count <= maximumSize else {
                throw .keyFileMalformed(path: path, reason: "the file is too big for a key")
            }
        }
        return try decode(content, path: path)
    }

    /// Atomically creates `path` with `content` and mode 0600.
    /// Returns `false`, leaving the existing file untouched, if `path` already exists.
    static func createExclusively(at path: String, content: [UInt8]) throws(IdentityError) -> Bool {
        let temporary = path + ".tmp-" + Hex.encode(SecureRandom.bytes(8))
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .keyFileWriteFailed(path: path, reason: "\(temporary): \(errorString(errno))") }
        defer { unlink(temporary) }  // after a successful link the key lives on under `path`

        do throws(IdentityError) {
            // The umask can only remove permission bits, but be explicit anyway.
            guard fchmod(fd, 0o600) == 0 else { throw .keyFileWriteFailed(path: path, reason: errorString(errno)) }
            try writeAll(fd, content, path: path)
            guard fsync(fd) == 0 else { throw .keyFileWriteFailed(path: path, reason: "fsync: \(errorString(errno))") }
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw .keyFileWriteFailed(path: path, reason: "close: \(errorString(errno))") }

        if link(temporary, path) != 0 {
            let code = errno
            if code == EEXIST { return false }
            throw .keyFileWriteFailed(path: path, reason: errorString(code))
        }
        syncDirectory(containing: path)
        return true
    }

    private static func writeAll(_ fd: Int32, _ content: [UInt8], path: String) throws(IdentityError) {
        var offset = 0
        while offset < content.count {
            let count = content[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .keyFileWriteFailed(path: path, reason: errorString(errno))
            }
            offset += count
        }
    }

    /// Best effort: makes the new directory entry durable. Failure here does not lose the key
    /// already handed to the caller's process, so it is not reported.
    private static func syncDirectory(containing path: String) {
        let directory: String
        if let slash = path.lastIndex(of: "/") {
            directory = slash == path.startIndex ? "/" : String(path[..<slash])
        } else {
            directory = "."
        }
        let fd = open(directory, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    private static func errorString(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
