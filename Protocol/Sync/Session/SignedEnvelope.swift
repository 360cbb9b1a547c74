import Foundation
import Identity
import Wire

/// Signing and checking of requests: every request a node sends is a `SignedRequest`
/// whose body is signed with the node's enrolled Ed25519 key.
public enum SignedEnvelope {
    /// Encodes and signs `request` with `key`.
    public static func seal(_ request: Ioc_Sync_V1_Request, with key: SigningKey) throws -> [UInt8] {
        let body: [UInt8] = try request.serializedBytes()
        var envelope = Ioc_Sync_V1_SignedRequest()
        envelope.publicKey = Data(key.publicKey.rawRepresentation)
        envelope.body = Data(body)
        envelope.signature = Data(try key.signature(for: body))
        return try envelope.serializedBytes()
    }

    /// Decodes an envelope and checks its signature. Nothing in the body is trusted
    /// before this returns.
    /// - Returns: the request and the key that signed it.
    public static func open(_ bytes: [UInt8]) throws(SyncRefusal) -> (Ioc_Sync_V1_Request, PublicKey) {
        let envelope: Ioc_Sync_V1_SignedRequest
        do { envelope = try Ioc_Sync_V1_SignedRequest(serializedBytes: bytes) } catch {
            throw SyncRefusal(.malformed, "the message is not a signed sync request (\(bytes.count) bytes could not be decoded)")
        }
        let key: PublicKey
        do { key = try PublicKey(rawRepresentation: Array(envelope.publicKey)) } catch {
            throw SyncRefusal(.malformed, "the public key has \(envelope.publicKey.count) bytes, expected 32")
        }
        guard key.isValidSignature(Array(envelope.signature), for: Array(envelope.body)) else {
            throw SyncRefusal(.badSignature, "the signature does not match key \(key.hex.prefix(16))…: the message was altered or the key is wrong")
        }
        do {
            return (try Ioc_Sync_V1_Request(serializedBytes: envelope.body), key)
        } catch {
            throw SyncRefusal(.malformed, "the signed body is not a sync request")
        }
    }
}
