/// Why bytes from a peer could not be turned into a change.
public enum WireError: Error, Equatable, Sendable, CustomStringConvertible {
    case malformedEntityID(byteCount: Int)
    case unknownOperation(rawValue: Int)
    case undecodable(String)
    /// A number a peer sent lies outside what the protocol allows (a sequence number of
    /// 2^63 or more cannot be stored, and no site ever reaches it).
    case outOfRange(field: String, value: UInt64, allowed: ClosedRange<UInt64>)

    public var description: String {
        switch self {
        case let .malformedEntityID(count): "entity id has \(count) bytes, expected 16"
        case let .unknownOperation(raw): "unknown field operation \(raw) (is the peer running a newer protocol?)"
        case let .undecodable(reason): "message could not be decoded: \(reason)"
        case let .outOfRange(field, value, allowed):
            "\(field) = \(value) is outside \(allowed.lowerBound)…\(allowed.upperBound): the peer is broken or hostile; nothing of the message was used"
        }
    }
}
