import Foundation
import Identity

/// Photos stored as files named by their SHA-256, with an outbox of those the hub has
/// not confirmed yet.
///
/// Guarantees:
/// - content-addressed and deduplicated: the same bytes are stored once, whoever sends
///   them, and `put` of stored bytes changes nothing;
/// - only JPEG, PNG and WebP up to `maxBytes` are accepted, recognised by content;
/// - an upload (no expected hash) is stored without its metadata (`PhotoMetadata`: no GPS
///   position, camera or time), and named by the hash of what is stored; a transfer from
///   another site (expected hash given) is stored byte for byte;
/// - a file appears whole or not at all (written to a temporary name, flushed, renamed),
///   so a crash or a full disk never leaves a truncated photo under a valid name;
/// - thread-safe: every operation is a file-system call on distinct names.
public struct AttachmentStore: Sendable {
    public let directory: URL
    public let maxBytes: Int
    /// Below `SyncLimits.maxRequestBytes`, so one photo always fits one sync request.
    public static let defaultMaxBytes = 3 * 1024 * 1024

    public init(directory: URL, maxBytes: Int = AttachmentStore.defaultMaxBytes) throws(AttachmentError) {
        self.directory = directory
        self.maxBytes = maxBytes
        do {
            try FileManager.default.createDirectory(at: directory.appendingPathComponent("outbox"), withIntermediateDirectories: true)
        } catch {
            throw .storage("\(directory.path): \(error.localizedDescription)")
        }
    }

    /// Stores `bytes` (checked, stripped of metadata unless a transfer, hashed, deduplicated).
    /// - Parameter expectedSHA256: a transfer from another site: bytes hashing to anything else
    ///   are refused, and they are stored as they are (the sender stripped them).
    /// - Parameter queueForHub: add to the outbox, for the node's sync daemon to send.
    /// - Returns: the attachment and whether it is new here.
    @discardableResult
    public func put(_ bytes: [UInt8], declaredType: String? = nil, expectedSHA256: String? = nil, queueForHub: Bool) throws(AttachmentError) -> (attachment: Attachment, isNew: Bool) {
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count <= maxBytes else { throw .tooLarge(bytes: bytes.count, limit: maxBytes) }
        guard let type = MediaType.sniff(bytes) else { throw .unsupportedType(declared: declaredType) }
        var bytes = bytes
        if expectedSHA256 == nil {
            guard let clean = PhotoMetadata.stripped(bytes, type) else { throw .unreadablePhoto(type: type.rawValue) }
            bytes = clean
        }
        let sha = SHA256.hex(bytes)
        if let expectedSHA256, expectedSHA256.lowercased() != sha { throw .hashMismatch(expected: expectedSHA256, actual: sha) }
        let attachment = Attachment(sha256: sha, mediaType: type.rawValue, size: bytes.count)
        let file = url(sha, type)
        let isNew = !FileManager.default.fileExists(atPath: file.path)
        do {
            if isNew {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                let temporary = file.deletingLastPathComponent().appendingPathComponent(".\(sha).\(UUID().uuidString).tmp")
                do {
                    try Data(bytes).write(to: temporary)
                    let handle = try FileHandle(forWritingTo: temporary)
                    try handle.synchronize()
                    try handle.close()
                    try FileManager.default.moveItem(at: temporary, to: file)
                } catch {
                    try? FileManager.default.removeItem(at: temporary)
                    // Another request stored the same bytes meanwhile: that is success.
                    if !FileManager.default.fileExists(atPath: file.path) { throw error }
                }
            }
            if queueForHub {
                let marker = directory.appendingPathComponent("outbox/\(sha)")
                if !FileManager.default.fileExists(atPath: marker.path) {
                    try Data(type.rawValue.utf8).write(to: marker, options: .atomic)
                }
            }
        } catch {
            throw .storage(error.localizedDescription)
        }
        return (attachment, isNew)
    }

    /// The bytes and media type stored under `sha256`, or nil.
    public func get(_ sha256: String) throws(AttachmentError) -> (bytes: [UInt8], mediaType: String)? {
        let sha = try Self.validated(sha256)
        for type in MediaType.allCases {
            let file = url(sha, type)
            if let data = FileManager.default.contents(atPath: file.path) { return ([UInt8](data), type.rawValue) }
        }
        return nil
    }

    public func contains(_ sha256: String) -> Bool {
        guard let sha = try? Self.validated(sha256) else { return false }
        return MediaType.allCases.contains { FileManager.default.fileExists(atPath: url(sha, $0).path) }
    }

    /// Attachments waiting to reach the hub, oldest first (by name: order is not promised).
    public func outbox(limit: Int = 100) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("outbox").path)) ?? []
        return Array(names.filter { (try? Self.validated($0)) != nil }.sorted().prefix(limit))
    }

    /// Marks `sha256` as held by the hub.
    public func confirmDelivered(_ sha256: String) {
        guard let sha = try? Self.validated(sha256) else { return }
        try? FileManager.default.removeItem(at: directory.appendingPathComponent("outbox/\(sha)"))
    }

    private func url(_ sha: String, _ type: MediaType) -> URL {
        directory.appendingPathComponent(String(sha.prefix(2))).appendingPathComponent("\(sha).\(type.fileExtension)")
    }

    /// `text` as a lower-case SHA-256 hex digest, or an error: never a path.
    public static func validated(_ text: String) throws(AttachmentError) -> String {
        let lower = text.lowercased()
        guard lower.utf8.count == 64, lower.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
            throw .malformedHash(text)
        }
        return lower
    }
}
