import Foundation

/// The short public code a citizen uses to follow a report: the district's GSO code and
/// seven characters of Crockford base-32 (no I, L, O, U), e.g. `651-7K3Q9MX`.
///
/// 35 random bits per district: a node checks its own codes for collisions; two sites of
/// one district (node and hub) collide with negligible probability.
public enum TrackingCode {
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

    public static func make<R: RandomNumberGenerator>(district: String, using rng: inout R) -> String {
        let value = rng.next()
        let body = (0..<7).map { index in alphabet[Int((value >> (5 * UInt64(index))) & 31)] }
        return "\(district)-\(String(body))"
    }

    public static func make(district: String) -> String {
        var rng = SystemRandomNumberGenerator()
        return make(district: district, using: &rng)
    }

    /// `text` as a code (upper case, ambiguous letters read as digits), or nil.
    public static func normalized(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let parts = trimmed.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, parts[0].count == 3, parts[0].allSatisfy(\.isNumber), parts[1].count == 7 else { return nil }
        let body = parts[1].map { character -> Character in
            switch character {
            case "O": "0"
            case "I", "L": "1"
            default: character
            }
        }
        guard body.allSatisfy({ alphabet.contains($0) }) else { return nil }
        return "\(parts[0])-\(String(body))"
    }
}
