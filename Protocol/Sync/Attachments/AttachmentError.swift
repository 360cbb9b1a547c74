/// Why an attachment was refused or could not be stored: a code with its values, worded
/// for people by `Localizer.message(_:)`; `description` is the English text for logs.
public enum AttachmentError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case tooLarge(bytes: Int, limit: Int)
    case unsupportedType(declared: String?)
    /// The file starts as a JPEG, PNG or WebP but its structure is broken.
    case unreadablePhoto(type: String)
    case hashMismatch(expected: String, actual: String)
    case malformedHash(String)
    case storage(String)

    public var description: String {
        switch self {
        case .empty:
            "the photo is empty"
        case let .tooLarge(bytes, limit):
            "photo of \(bytes) bytes exceeds \(limit) bytes"
        case let .unsupportedType(declared):
            "only JPEG, PNG or WebP photos are accepted (got \(declared ?? "unknown bytes"))"
        case let .unreadablePhoto(type):
            "the \(type) photo is damaged (its structure cannot be read)"
        case let .hashMismatch(expected, actual):
            "content hashes to \(actual), not \(expected)"
        case let .malformedHash(text):
            "'\(text.prefix(80))' is not a SHA-256 hex digest"
        case let .storage(reason):
            "the photo could not be stored: \(reason)"
        }
    }

    /// Whether the sender's input is at fault (400) rather than the server (500).
    public var isInputError: Bool {
        if case .storage = self { return false }
        return true
    }
}
