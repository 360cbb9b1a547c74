import Wire

/// A request the other end refused, with the code and message it sent.
public struct SyncRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    public typealias Code = Ioc_Sync_V1_Refusal.Code

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public init(_ wire: Ioc_Sync_V1_Refusal) { self.init(wire.code, wire.message) }

    public var wire: Ioc_Sync_V1_Refusal {
        var refusal = Ioc_Sync_V1_Refusal()
        refusal.code = code
        refusal.message = message
        return refusal
    }

    public var description: String { "hub refused (\(Self.name(of: code))): \(message)" }

    public static func name(of code: Code) -> String {
        switch code {
        case .malformed: "malformed"
        case .tooLarge: "too_large"
        case .badSignature: "bad_signature"
        case .unknownKey: "unknown_key"
        case .outOfScope: "out_of_scope"
        case .protocolVersion: "protocol_version"
        case .clockSkew: "clock_skew"
        case .sequenceGap: "sequence_gap"
        case .internal: "internal"
        case .wrongDistrict: "wrong_district"
        case .replay: "replay"
        case .unknownSession: "unknown_session"
        case .rateLimited: "rate_limited"
        default: "unspecified"
        }
    }
}
