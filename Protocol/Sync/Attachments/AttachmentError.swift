/// Why an attachment was refused or could not be stored, in words a district officer
/// can act on (Vietnamese, then English).
public enum AttachmentError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case tooLarge(bytes: Int, limit: Int)
    case unsupportedType(declared: String?)
    case hashMismatch(expected: String, actual: String)
    case malformedHash(String)
    case storage(String)

    public var description: String {
        switch self {
        case .empty:
            "Ảnh trống / the photo is empty"
        case let .tooLarge(bytes, limit):
            "Ảnh quá lớn (\(bytes / 1024) KB, tối đa \(limit / 1024) KB) / photo of \(bytes) bytes exceeds \(limit) bytes"
        case let .unsupportedType(declared):
            "Chỉ nhận ảnh JPEG, PNG hoặc WebP / only JPEG, PNG or WebP photos are accepted (got \(declared ?? "unknown bytes"))"
        case let .hashMismatch(expected, actual):
            "Nội dung không khớp mã băm / content hashes to \(actual), not \(expected)"
        case let .malformedHash(text):
            "Mã ảnh không hợp lệ / '\(text.prefix(80))' is not a SHA-256 hex digest"
        case let .storage(reason):
            "Không lưu được ảnh / the photo could not be stored: \(reason)"
        }
    }

    /// Whether the sender's input is at fault (400) rather than the server (500).
    public var isInputError: Bool {
        if case .storage = self { return false }
        return true
    }
}
