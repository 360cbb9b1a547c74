import Foundation
import Identity
import Wire

/// Signing and checking of the hub's answers: every answer is a `SignedResponse` whose
/// body is signed with the hub's Ed25519 key and names the SHA-256 of the request it
/// answers, so a node takes no answer that was forged, altered, or meant for another
/// request.
public enum SignedAnswer {
    /// Encodes `response`, bound to `request` (the request's bytes as received), signed with `key`.
    public static func seal(_ response: Ioc_Sync_V1_Response, answering request: [UInt8], with key: SigningKey) -> [UInt8] {
        var response = response
        response.requestSha256 = Data(SHA256.hash(request))
        let body: [UInt8] = (try? response.serializedBytes()) ?? []
        var envelope = Ioc_Sync_V1_SignedResponse()
        envelope.body = Data(body)
        envelope.signature = Data((try? key.signature(for: body)) ?? [])
        return (try? envelope.serializedBytes()) ?? []
    }

    /// Decodes an answer and checks it: signed by `hubKey` (when given: a node in loopback
    /// development without the hub's key skips only this check) and answering `request`.
    public static func open(_ bytes: [UInt8], answering request: [UInt8], hubKey: PublicKey?) throws(SyncRefusal) -> Ioc_Sync_V1_Response {
        let envelope: Ioc_Sync_V1_SignedResponse
        do { envelope = try Ioc_Sync_V1_SignedResponse(serializedBytes: bytes) } catch {
            throw SyncRefusal(.malformed, "the hub's answer (\(bytes.count) bytes) is not a signed response")
        }
        if let hubKey, !hubKey.isValidSignature(Array(envelope.signature), for: Array(envelope.body)) {
            throw SyncRefusal(.badSignature, "the answer is not signed by the hub's key \(hubKey.hex.prefix(16))… pinned at enrolment: ignored")
        }
        let response: Ioc_Sync_V1_Response
        do { response = try Ioc_Sync_V1_Response(serializedBytes: envelope.body) } catch {
            throw SyncRefusal(.malformed, "the hub's signed answer does not decode")
        }
        guard Array(response.requestSha256) == SHA256.hash(request) else {
            throw SyncRefusal(.replay, "the hub's answer is bound to another request (replayed or crossed): ignored")
        }
        return response
    }
}
