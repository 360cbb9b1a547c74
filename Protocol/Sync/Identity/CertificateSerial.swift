import CCrypto

/// An X.509 certificate serial number: a positive integer of at most 20 DER octets
/// (RFC 5280 §4.1.2.2), kept as its minimal big-endian magnitude.
///
/// Serials name certificates in revocation lists and operator commands. The
/// textual form (`hex`, `description`) is lower-case hex of the minimal magnitude,
/// which is what `openssl x509 -serial` prints, in upper case.
public struct CertificateSerial: Hashable, Sendable, CustomStringConvertible {
    /// Big-endian magnitude, without leading zero bytes; never empty.
    public let bytes: [UInt8]

    /// Wraps a big-endian magnitude. Leading zero bytes are dropped; throws
    /// `.invalidSerial` for zero or for a value needing more than 20 DER octets.
    public init(bytes: [UInt8]) throws(IdentityError) {
        let magnitude = Array(bytes.drop(while: { $0 == 0 }))
        guard !magnitude.isEmpty else { throw .invalidSerial(reason: "the serial is zero") }
        // DER prefixes a 0x00 octet when the top bit is set.
        let derLength = magnitude.count + (magnitude[0] & 0x80 != 0 ? 1 : 0)
        guard derLength <= 20 else {
            throw .invalidSerial(reason: "the serial needs \(derLength) octets, more than the 20 RFC 5280 allows")
        }
        self.bytes = magnitude
    }

    /// Parses hex as written by this type or by OpenSSL: either case, optional
    /// `0x` prefix, optional `:` separators (as in `openssl x509 -text`).
    public init(hex: String) throws(IdentityError) {
        var text = Substring(hex.filter { $0 != ":" })
        if text.hasPrefix("0x") || text.hasPrefix("0X") { text = text.dropFirst(2) }
        guard !text.isEmpty else { throw .invalidSerial(reason: "the text \"\(hex)\" holds no hex digits") }
        let digits = text.utf8.count % 2 == 0 ? Array(text.utf8) : [UInt8(ascii: "0")] + Array(text.utf8)
        let decoded: [UInt8]
        do {
            decoded = try Hex.decode(digits)
        } catch {
            throw .invalidSerial(reason: "\"\(hex)\" is not hex")
        }
        try self.init(bytes: decoded)
    }

    /// A fresh random serial with 127 random bits (positive, from `RAND_bytes`), as
    /// CA/Browser Forum practice recommends so that serials are unpredictable.
    public static func random() throws(IdentityError) -> CertificateSerial {
        while true {
            var random = SecureRandom.bytes(16)
            random[0] &= 0x7f
            if random.contains(where: { $0 != 0 }) { return try CertificateSerial(bytes: random) }
        }
    }

    /// Lower-case hex of the minimal magnitude (an even number of digits).
    public var hex: String { Hex.encode(bytes) }

    public var description: String { hex }

    /// A new `ASN1_INTEGER` holding this serial; the caller frees it with `ASN1_INTEGER_free`.
    func makeASN1Integer() throws(IdentityError) -> UnsafeMutablePointer<ASN1_INTEGER> {
        OpenSSL.clearErrors()
        let number = bytes.withUnsafeBufferPointer { BN_bin2bn($0.baseAddress, Int32($0.count), nil) }
        guard let number else { throw OpenSSL.failure("BN_bin2bn") }
        defer { BN_free(number) }
        guard let integer = BN_to_ASN1_INTEGER(number, nil) else { throw OpenSSL.failure("BN_to_ASN1_INTEGER") }
        return integer
    }

    /// The serial held by an OpenSSL `ASN1_INTEGER`.
    init(asn1 integer: UnsafePointer<ASN1_INTEGER>) throws(IdentityError) {
        OpenSSL.clearErrors()
        guard let number = ASN1_INTEGER_to_BN(integer, nil) else { throw OpenSSL.failure("ASN1_INTEGER_to_BN") }
        defer { BN_free(number) }
        guard BN_is_negative(number) == 0 else { throw .invalidSerial(reason: "the serial is negative") }
        var magnitude = [UInt8](repeating: 0, count: (Int(BN_num_bits(number)) + 7) / 8)
        let written = magnitude.withUnsafeMutableBufferPointer { BN_bn2bin(number, $0.baseAddress) }
        guard Int(written) == magnitude.count else { throw OpenSSL.failure("BN_bn2bin") }
        try self.init(bytes: magnitude)
    }
}
