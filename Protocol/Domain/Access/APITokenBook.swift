import CRDT
import Foundation
import Identity
import Replica
import Vietnam

/// The integrators' tokens on the replica: entities of type `api_token`, scoped to their
/// district or to the province, made and revoked at the hub, checked at every site that
/// holds them (a node while the hub is out of reach).
///
/// Guarantees:
/// - the token's text leaves `create` once and is stored nowhere; sites keep the SHA-256
///   of its secret, compared in constant time;
/// - a revoked or expired token opens nothing, here at once and at every other site after
///   sync (revocation is a replicated flag; nothing un-revokes a token);
/// - a token holds one permission that the site's policy knows, never one of
///   `APIToken.withheld`; writes are validated whole before anything is stored.
public struct APITokenBook: Sendable {
    public static let entityType = "api_token"
    public static let maximumDays = 5 * 366
    public let replica: Replica

    public init(replica: Replica) { self.replica = replica }

    public static func entity(_ id: String) -> EntityID { StableID.make(entityType, id) }

    // MARK: Reading

    public func token(id: String) async -> APIToken? {
        guard Self.isTokenID(id), let snapshot = try? await replica.entity(Self.entity(id)), snapshot.type == Self.entityType else { return nil }
        return Self.decode(snapshot.document, scope: snapshot.scope)
    }

    /// Every token (of `district` only, when given), newest first.
    public func list(district: String? = nil) async throws(AccessError) -> [APIToken] {
        do {
            let summaries = try await replica.list(type: Self.entityType, scope: district, limit: 100_000)
            return summaries.compactMap { Self.decode($0.document, scope: $0.scope) }.sorted { ($0.createdMillis, $0.id) > ($1.createdMillis, $1.id) }
        } catch { throw .storage(error.description) }
    }

    /// The token `text` is, if it is one this site holds and it is valid at `nowMillis`.
    public func verify(_ text: String, nowMillis: Int64) async -> APIToken? {
        guard let (id, secret) = Self.parts(text), let token = await token(id: id), token.isValid(nowMillis: nowMillis) else { return nil }
        return HMACSHA256.equal(Array(SHA256.hex(Array(secret.utf8)).utf8), Array(token.secretHash.utf8)) ? token : nil
    }

    // MARK: Writing

    /// Makes a token for `permission` in `district`, valid for `days`.
    /// - Parameter known: the permissions the site's policy knows (`AccessPolicy.known`).
    /// - Returns: the token and its text, which nothing keeps: show it once.
    public func create(
        label: String, district: String, permission: Permission, days: Int, known: Set<Permission>, author: String, nowMillis: Int64
    ) async throws(AccessError) -> (token: APIToken, text: String) {
        let label = label.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...80).contains(label.count), !label.contains(where: \.isNewline) else { throw .invalidTokenLabel }
        guard district == Scope.province || AdministrativeUnit.named(district)?.code == district else { throw .invalidDistrict(district) }
        guard known.contains(permission) else { throw .unknownPermission(permission.rawValue) }
        guard !APIToken.withheld.contains(permission) else { throw .permissionNotForTokens(permission) }
        guard (1...Self.maximumDays).contains(days) else { throw .invalidTokenLifetime(maximumDays: Self.maximumDays) }
        let id = Hex.encode(SecureRandom.bytes(8))
        let secret = Hex.encode(SecureRandom.bytes(32))
        let token = APIToken(
            id: id, label: label, district: district, permission: permission, createdBy: author, createdMillis: nowMillis,
            expiresMillis: nowMillis + Int64(days) * 86_400_000, secretHash: SHA256.hex(Array(secret.utf8)))
        let edits: [Edit] = [
            .assign("id", json: JSONFragment.text(id)), .assign("label", json: JSONFragment.text(label)),
            .assign("permission", json: JSONFragment.text(permission.rawValue)), .assign("created_by", json: JSONFragment.text(author)),
            .assign("created_ms", json: "\(nowMillis)"), .assign("expires_ms", json: "\(token.expiresMillis)"),
            .assign("revoked", json: "false"), .assign("secret_sha256", json: JSONFragment.text(token.secretHash)),
        ]
        try await write(id, scope: district, edits, author: author)
        return (token, "\(APIToken.prefix)\(id)_\(secret)")
    }

    /// Revokes the token `id` for good. Idempotent.
    public func revoke(id: String, author: String) async throws(AccessError) {
        guard let token = await token(id: id) else { throw .noSuchToken(String(id.prefix(40))) }
        guard !token.revoked else { return }
        try await write(id, scope: token.district, [.assign("revoked", json: "true")], author: author, mustExist: true)
    }

    // MARK: Encoding

    private func write(_ id: String, scope: String, _ edits: [Edit], author: String, mustExist: Bool = false) async throws(AccessError) {
        do {
            _ = try await replica.write(entity: Self.entity(id), type: Self.entityType, scope: scope, edits: edits, author: author, mustExist: mustExist)
        } catch { throw .storage(error.description) }
    }

    /// The id and the secret of a token's text, if it has the shape of one.
    public static func parts(_ text: String) -> (id: String, secret: String)? {
        guard text.hasPrefix(APIToken.prefix) else { return nil }
        let rest = text.dropFirst(APIToken.prefix.count).split(separator: "_", omittingEmptySubsequences: false)
        guard rest.count == 2, isTokenID(String(rest[0])), rest[1].count == 64, rest[1].allSatisfy(isLowerHex) else { return nil }
        return (String(rest[0]), String(rest[1]))
    }

    static func isLowerHex(_ character: Character) -> Bool { character.isASCII && character.isHexDigit && !character.isUppercase }

    static func isTokenID(_ id: String) -> Bool { id.count == 16 && id.allSatisfy(isLowerHex) }

    static func decode(_ document: String, scope: String) -> APIToken? {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(document.utf8))) as? [String: Any], let id = object["id"] as? String,
            let permission = object["permission"] as? String, let hash = object["secret_sha256"] as? String
        else { return nil }
        func millis(_ key: String) -> Int64 { (object[key] as? NSNumber)?.int64Value ?? 0 }
        return APIToken(
            id: id, label: object["label"] as? String ?? id, district: scope, permission: Permission(permission),
            createdBy: object["created_by"] as? String ?? "", createdMillis: millis("created_ms"), expiresMillis: millis("expires_ms"),
            revoked: object["revoked"] as? Bool ?? false, secretHash: hash)
    }

    /// What a node may write of tokens: nothing. They are made and revoked at the hub alone.
    public static func nodeWriteRefusal(_ change: Change, current: EntityState?, district: String) -> String? {
        "API tokens are made and revoked at the hub only"
    }
}
