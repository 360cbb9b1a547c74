import Identity
import Testing

@Suite struct PasswordHashTests {
    @Test func rightPasswordVerifies() throws {
        let encoded = try PasswordHash.make(password: "correct horse battery staple")
        #expect(PasswordHash.verify(password: "correct horse battery staple", against: encoded))
    }

    @Test func wrongPasswordIsRejected() throws {
        let encoded = try PasswordHash.make(password: "correct horse battery staple")
        #expect(!PasswordHash.verify(password: "correct horse battery stapler", against: encoded))
        #expect(!PasswordHash.verify(password: "", against: encoded))
    }

    @Test func verifiesRFC7914ScryptVector() {
        // RFC 7914 §12: scrypt("pleaseletmein", "SodiumChloride", N=16384, r=8, p=1), first 32 bytes.
        let encoded = "scrypt$16384$8$1$U29kaXVtQ2hsb3JpZGU=$cCO9yzr9c0hGHAbNgf046/2o+7qQT44+qbVD9lRdofI="
        #expect(PasswordHash.verify(password: "pleaseletmein", against: encoded))
    }

    @Test func encodingIsSelfDescribing() throws {
        let fields = try PasswordHash.make(password: "x").split(separator: "$", omittingEmptySubsequences: false)
        #expect(fields.count == 6)
        #expect(Array(fields.prefix(4)) == ["scrypt", "16384", "8", "1"])
    }

    @Test func samePasswordGetsAFreshSalt() throws {
        #expect(try PasswordHash.make(password: "pw") != PasswordHash.make(password: "pw"))
    }

    @Test func emptyPasswordRoundTrips() throws {
        let encoded = try PasswordHash.make(password: "")
        #expect(PasswordHash.verify(password: "", against: encoded))
        #expect(!PasswordHash.verify(password: " ", against: encoded))
    }

    @Test func malformedEncodingIsRejected() throws {
        let valid = try PasswordHash.make(password: "pw")
        let fields = valid.split(separator: "$", omittingEmptySubsequences: false).map(String.init)
        var candidates = ["", "scrypt", "bcrypt$16384$8$1$x$y", valid + "$", String(valid.dropLast(4))]
        candidates.append((["argon2"] + fields.dropFirst()).joined(separator: "$"))
        candidates.append(([fields[0], "1000"] + fields.dropFirst(2)).joined(separator: "$"))  // N not a power of two
        candidates.append(([fields[0], String(1 << 30)] + fields.dropFirst(2)).joined(separator: "$"))  // N too costly
        candidates.append((fields.prefix(4) + ["!!!!", fields[5]]).joined(separator: "$"))  // salt not base64
        for candidate in candidates {
            #expect(!PasswordHash.verify(password: "pw", against: candidate), "accepted \(candidate)")
        }
    }
}
