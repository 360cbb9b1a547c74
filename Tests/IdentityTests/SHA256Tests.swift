import Identity
import Testing

@Suite struct SHA256Tests {
    @Test func hashOfABCMatchesFIPS180Vector() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func hashOfEmptyInputMatchesKnownDigest() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func hashIs32Bytes() {
        #expect(SHA256.hash(Array(repeating: 0xab, count: 1000)).count == 32)
    }
}

@Suite struct HMACSHA256Tests {
    @Test func matchesTheRFC4231TestCase2() {
        let mac = HMACSHA256.hex(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
        #expect(mac == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func comparisonRejectsAnyDifferenceAndEmptyMACs() {
        let mac = HMACSHA256.mac(key: [1, 2, 3], message: [4])
        var other = mac
        other[31] ^= 1
        #expect(HMACSHA256.equal(mac, mac))
        #expect(!HMACSHA256.equal(mac, other))
        #expect(!HMACSHA256.equal([], []))
    }
}
