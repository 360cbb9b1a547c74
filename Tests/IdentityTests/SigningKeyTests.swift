import Identity
import Testing

@Suite struct SigningKeyTests {
    // RFC 8032 §7.1, TEST 1.
    static let rfcSecret = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
    static let rfcPublic = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
    static let rfcSignature =
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"

    @Test func rfc8032Vector1DerivesThePublicKey() throws {
        let key = try SigningKey(rawRepresentation: bytes(hex: Self.rfcSecret))
        #expect(key.publicKey.hex == Self.rfcPublic)
    }

    @Test func rfc8032Vector1SignsTheEmptyMessage() throws {
        let key = try SigningKey(rawRepresentation: bytes(hex: Self.rfcSecret))
        #expect(hexString(try key.signature(for: [])) == Self.rfcSignature)
    }

    @Test func rfc8032Vector1SignatureVerifies() throws {
        let publicKey = try PublicKey(hex: Self.rfcPublic)
        #expect(publicKey.isValidSignature(bytes(hex: Self.rfcSignature), for: []))
    }

    @Test func signThenVerifyRoundTrips() throws {
        let key = try SigningKey.generate()
        let message = Array("district 7: 42 beds free".utf8)
        let signature = try key.signature(for: message)
        #expect(signature.count == 64)
        #expect(key.publicKey.isValidSignature(signature, for: message))
    }

    @Test func generatedKeysDiffer() throws {
        let first = try SigningKey.generate()
        let second = try SigningKey.generate()
        #expect(first.rawRepresentation != second.rawRepresentation)
        #expect(first.publicKey != second.publicKey)
    }

    @Test func rawRepresentationRoundTrips() throws {
        let key = try SigningKey.generate()
        let restored = try SigningKey(rawRepresentation: key.rawRepresentation)
        #expect(restored.rawRepresentation == key.rawRepresentation)
        #expect(restored.publicKey == key.publicKey)
    }

    @Test(arguments: [0, 31, 33, 64])
    func privateKeyOfWrongLengthIsRejected(length: Int) {
        #expect(throws: IdentityError.invalidPrivateKeyLength(actual: length)) {
            try SigningKey(rawRepresentation: [UInt8](repeating: 1, count: length))
        }
    }

    @Test func descriptionDoesNotRevealTheSecret() throws {
        let key = try SigningKey(rawRepresentation: bytes(hex: Self.rfcSecret))
        for text in [String(describing: key), String(reflecting: key), "\(key)"] {
            #expect(!text.contains(Self.rfcSecret))
            #expect(text.contains(Self.rfcPublic))
        }
        // Reflection (`dump`, debuggers) exposes only the public key.
        #expect(Mirror(reflecting: key).children.map(\.label) == ["publicKey"])
    }
}
