import Identity
import Testing

@Suite struct PublicKeyTests {
    static let message = Array("shelter status update".utf8)

    @Test func flippedMessageBitFailsVerification() throws {
        let key = try SigningKey.generate()
        let signature = try key.signature(for: Self.message)
        for index in Self.message.indices {
            var tampered = Self.message
            tampered[index] ^= 0x01
            #expect(!key.publicKey.isValidSignature(signature, for: tampered))
        }
    }

    @Test func flippedSignatureBitFailsVerification() throws {
        let key = try SigningKey.generate()
        let signature = try key.signature(for: Self.message)
        for index in signature.indices {
            var tampered = signature
            tampered[index] ^= 0x80
            #expect(!key.publicKey.isValidSignature(tampered, for: Self.message))
        }
    }

    @Test func signatureFromAnotherKeyFailsVerification() throws {
        let signer = try SigningKey.generate()
        let other = try SigningKey.generate()
        let signature = try signer.signature(for: Self.message)
        #expect(!other.publicKey.isValidSignature(signature, for: Self.message))
    }

    @Test(arguments: [0, 1, 63, 65, 128])
    func signatureOfWrongLengthIsRejected(length: Int) throws {
        let key = try SigningKey.generate()
        let signature = try key.signature(for: Self.message)
        let malformed = Array((signature + signature + signature).prefix(length))
        #expect(!key.publicKey.isValidSignature(malformed, for: Self.message))
    }

    @Test(arguments: [0, 31, 33, 64])
    func publicKeyOfWrongLengthIsRejected(length: Int) {
        #expect(throws: IdentityError.invalidPublicKeyLength(actual: length)) {
            try PublicKey(rawRepresentation: [UInt8](repeating: 7, count: length))
        }
    }

    @Test(arguments: ["", "abc", "zz" + String(repeating: "0", count: 62), String(repeating: "0", count: 62)])
    func malformedHexIsRejected(text: String) {
        #expect(throws: IdentityError.self) { try PublicKey(hex: text) }
    }

    @Test func hexRoundTripsAndAcceptsUpperCase() throws {
        let key = try SigningKey.generate().publicKey
        #expect(try PublicKey(hex: key.hex) == key)
        #expect(try PublicKey(hex: key.hex.uppercased()) == key)
        #expect(key.description == key.hex)
    }

    @Test func siteIDIsFirstEightBytesOfSHA256BigEndian() throws {
        let key = try PublicKey(hex: SigningKeyTests.rfcPublic)
        let digest = SHA256.hash(key.rawRepresentation)
        let expected = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        #expect(key.siteID == expected)
        #expect(String(key.siteID, radix: 16).count <= 16)
        #expect(SHA256.hex(key.rawRepresentation).hasPrefix(hexString(Array(digest.prefix(8)))))
    }

    @Test func siteIDIsStableForTheSameKey() throws {
        let key = try SigningKey.generate()
        let reloaded = try SigningKey(rawRepresentation: key.rawRepresentation)
        #expect(key.publicKey.siteID == key.publicKey.siteID)
        #expect(reloaded.publicKey.siteID == key.publicKey.siteID)
    }

    @Test func siteIDDiffersBetweenKeys() throws {
        let first = try SigningKey.generate().publicKey
        let second = try SigningKey.generate().publicKey
        #expect(first.siteID != second.siteID)
    }
}
