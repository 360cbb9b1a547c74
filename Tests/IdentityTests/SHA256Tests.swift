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
