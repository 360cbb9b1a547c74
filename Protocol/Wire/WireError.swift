/// Why bytes from a peer could not be turned into a change.
public enum WireError: Error, Equatable, Sendable, CustomStringConvertible {
    case malformedEntityID(byteCount: Int)
    case unknownOperation(rawValue: Int)
    case undecodable(String)

    public var description: String {
        switch self {
        case let .malformedEntityID(count): "entity id has \(count) bytes, expected 16"
        case let .unknownOperation(raw): "unknown field operation \(raw) (is the peer running a newer protocol?)"
        case let .undecodable(reason): "message could not be decoded: \(reason)"
        }
    }
}
