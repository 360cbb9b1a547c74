import Foundation
import Identity
import Testing

/// The certificate authority checked against a real peer: the `openssl` command line.
@Suite struct CertificateAuthorityTests {
    static let rootName = "Đắk Lắk IOC federation CA"

    // MARK: Verification by openssl

    @Test func aNodeCertificateVerifiesWithOpenSSLForTLSClientUse() throws {
        let authority = try CertificateAuthority.create(commonName: Self.rootName, validityDays: 30)
        let node = try issue(by: authority, commonName: "node-buon-ma-thuot", usage: .client)
        try withTemporaryDirectory { directory in
            writeFile(directory + "/ca.pem", authority.certificatePEM)
            writeFile(directory + "/node.pem", node.certificate.pem)
            let result = try openssl(
                ["verify", "-x509_strict", "-purpose", "sslclient", "-CAfile", directory + "/ca.pem", directory + "/node.pem"])
            #expect(result.status == 0, "\(result.output)")
            #expect(result.output.contains("node.pem: OK"))
        }
    }

    @Test func theHubCertificateVerifiesWithOpenSSLForTLSServerUseButNotClientUse() throws {
        let authority = try CertificateAuthority.create(commonName: Self.rootName, validityDays: 30)
        let hub = try issue(by: authority, commonName: "ioc-hub", dnsNames: ["ioc-hub.local"], usage: .server)
        try withTemporaryDirectory { directory in
            writeFile(directory + "/ca.pem", authority.certificatePEM)
            writeFile(directory + "/hub.pem", hub.certificate.pem)
            let server = try openssl(
                ["verify", "-x509_strict", "-purpose", "sslserver", "-CAfile", directory + "/ca.pem", directory + "/hub.pem"])
            #expect(server.status == 0, "\(server.output)")
            let client = try openssl(
                ["verify", "-x509_strict", "-purpose", "sslclient", "-CAfile", directory + "/ca.pem", directory + "/hub.pem"])
            #expect(client.status != 0, "\(client.output)")
            #expect(client.output.contains("unsuitable certificate purpose"))
        }
    }

    @Test func theCACertificateIsAStrictlyValidSelfSignedRoot() throws {
        let authority = try CertificateAuthority.create(commonName: Self.rootName, validityDays: 30)
        try withTemporaryDirectory { directory in
            writeFile(directory + "/ca.pem", authority.certificatePEM)
            let result = try openssl(["verify", "-x509_strict", "-CAfile", directory + "/ca.pem", directory + "/ca.pem"])
            #expect(result.status == 0, "\(result.output)")
            let text = try openssl(["x509", "-noout", "-text", "-in", directory + "/ca.pem"]).output
            #expect(text.contains("CA:TRUE, pathlen:0"))
            #expect(text.contains("Certificate Sign, CRL Sign"))
            #expect(text.contains("ecdsa-with-SHA256"))
            #expect(text.contains("NIST CURVE: P-256"))
        }
        #expect(authority.info.isCertificateAuthority)
        #expect(authority.info.commonName == Self.rootName)
    }

    @Test func aCertificateFromAnotherCAWithTheSameNameDoesNotVerify() throws {
        let authority = try CertificateAuthority.create(commonName: Self.rootName, validityDays: 30)
        let impostor = try CertificateAuthority.create(commonName: Self.rootName, validityDays: 30)
        let node = try issue(by: impostor, commonName: "node-buon-ma-thuot", usage: .client)
        try withTemporaryDirectory { directory in
            writeFile(directory + "/ca.pem", authority.certificatePEM)
            writeFile(directory + "/node.pem", node.certificate.pem)
            let result = try openssl(["verify", "-CAfile", directory + "/ca.pem", directory + "/node.pem"])
            #expect(result.status != 0, "\(result.output)")
            #expect(!result.output.contains("node.pem: OK"))
        }
    }

    @Test func aRevokedSerialFailsOpenSSLVerificationWithTheCRLWhileOthersPass() throws {
        let authority = try CertificateAuthority.create(commonName: Self.rootName, validityDays: 30)
        let revoked = try issue(by: authority, commonName: "node-lost-laptop", usage: .client)
        let kept = try issue(by: authority, commonName: "node-ea-kar", usage: .client)
        let crl = try authority.revocationList(revokedSerials: [revoked.certificate.serial], validityDays: 7)
        try withTemporaryDirectory { directory in
            writeFile(directory + "/ca.pem", authority.certificatePEM)
            writeFile(directory + "/crl.pem", crl)
            writeFile(directory + "/revoked.pem", revoked.certificate.pem)
            writeFile(directory + "/kept.pem", kept.certificate.pem)
            let check = ["verify", "-crl_check", "-CRLfile", directory + "/crl.pem", "-CAfile", directory + "/ca.pem"]

            let refused = try openssl(check + [directory + "/revoked.pem"])
            #expect(refused.status != 0, "\(refused.output)")
            #expect(refused.output.contains("certificate revoked"))
            let accepted = try openssl(check + [directory + "/kept.pem"])
            #expect(accepted.status == 0, "\(accepted.output)")
        }
    }

    @Test func theCRLIsSignedByTheCAAndListsExactlyTheRevokedSerials() throws {
        let authority = try CertificateAuthority.create(commonName: Self.rootName, validityDays: 30)
        let first = try CertificateSerial.random()
        let second = try CertificateSerial(hex: "0a:1b:2c")
        let crl = try authority.revocationList(revokedSerials: [first, second, first], validityDays: 7)
        try withTemporaryDirectory { directory in
            writeFile(directory + "/ca.pem", authority.certificatePEM)
            writeFile(directory + "/crl.pem", crl)
            let result = try openssl(["crl", "-noout", "-text", "-CAfile", directory + "/ca.pem", "-in", directory + "/crl.pem"])
            #expect(result.status == 0, "\(result.output)")
            #expect(result.output.contains("verify OK"))
            #expect(result.output.contains("Serial Number: \(first.hex.uppercased())"))
            #expect(result.output.contains("Serial Number: 0A1B2C"))
            #expect(result.output.components(separatedBy: "Serial Number:").count - 1 == 2)
            #expect(result.output.contains("X509v3 CRL Number"))
        }
    }

    // MARK: Reading certificates back

    @Test func namesAndSerialReadBackThroughCertificateInfoAndOpenSSL() throws {
        let authority = try CertificateAuthority.create(commonName: Self.rootName, validityDays: 30)
        let hub = try issue(
            by: authority, commonName: "ioc-hub", dnsNames: ["ioc-hub.local", "IOC-Hub.DakLak.gov.vn", "ioc-hub.local"],
            usage: .serverAndClient)

        let info = try CertificateInfo(pem: hub.certificate.pem)
        #expect(info.commonName == "ioc-hub")
        #expect(info.issuerCommonName == Self.rootName)
        #expect(info.dnsNames == ["ioc-hub.local", "ioc-hub.daklak.gov.vn"])
        #expect(info.serial == hub.certificate.serial)
        #expect(info.usage == .serverAndClient)
        #expect(!info.isCertificateAuthority)
        #expect(info.publicKeyFingerprint == hub.key.publicKeyFingerprint)

        try withTemporaryDirectory { directory in
            writeFile(directory + "/hub.pem", hub.certificate.pem)
            let text = try openssl(["x509", "-noout", "-text", "-in", directory + "/hub.pem"]).output
            #expect(text.contains("DNS:ioc-hub.local, DNS:ioc-hub.daklak.gov.vn"))
            #expect(text.contains("TLS Web Server Authentication, TLS Web Client Authentication"))
            #expect(text.contains("CA:FALSE"))
            let serial = try openssl(["x509", "-noout", "-serial", "-in", directory + "/hub.pem"]).output
            #expect(serial.trimmingCharacters(in: .whitespacesAndNewlines) == "serial=" + info.serial.hex.uppercased())
        }
    }

    @Test func validityReadsBackThroughCertificateInfoAndOpenSSLCheckend() throws {
        let authority = try CertificateAuthority.create(commonName: Self.rootName, validityDays: 400)
        let issuedAt = Date()
        let node = try issue(by: authority, commonName: "node-krong-pac", usage: .client, validityDays: 90)

        let info = try CertificateInfo(pem: node.certificate.pem)
        let ninetyDays: TimeInterval = 90 * 86_400
        #expect(abs(info.notAfter.timeIntervalSince(issuedAt) - ninetyDays) < 5)
        #expect(info.notBefore < issuedAt)
        #expect(issuedAt.timeIntervalSince(info.notBefore) < 600)  // backdated by minutes, not more
        #expect(info.isValid(at: issuedAt))
        #expect(!info.isValid(at: issuedAt.addingTimeInterval(ninetyDays + 60)))

        try withTemporaryDirectory { directory in
            writeFile(directory + "/node.pem", node.certificate.pem)
            let margin = 120
            let stillValid = try openssl(["x509", "-noout", "-checkend", "\(90 * 86_400 - margin)", "-in", directory + "/node.pem"])
            #expect(stillValid.status == 0, "\(stillValid.output)")
            let expired = try openssl(["x509", "-noout", "-checkend", "\(90 * 86_400 + margin)", "-in", directory + "/node.pem"])
            #expect(expired.status != 0, "\(expired.output)")
        }
    }

    // MARK: Keys

    @Test func aKeyRoundTripsThroughPEMAndOpenSSLDerivesTheSamePublicKey() throws {
        let key = try TLSPrivateKey.generate()
        let reloaded = try TLSPrivateKey(pemRepresentation: key.pemRepresentation)
        #expect(reloaded == key)
        #expect(reloaded.publicKeyPEM == key.publicKeyPEM)
        #expect(key.pemRepresentation.hasPrefix("-----BEGIN PRIVATE KEY-----"))
        try withTemporaryDirectory { directory in
            writeFile(directory + "/key.pem", key.pemRepresentation)
            let result = try openssl(["pkey", "-in", directory + "/key.pem", "-pubout"])
            #expect(result.status == 0, "\(result.output)")
            #expect(result.output == key.publicKeyPEM)
        }
    }

    @Test func aP256KeyWrittenByOpenSSLInSEC1FormIsAccepted() throws {
        try withTemporaryDirectory { directory in
            let generated = try openssl(["ecparam", "-name", "prime256v1", "-genkey", "-noout"])
            #expect(generated.output.hasPrefix("-----BEGIN EC PRIVATE KEY-----"))
            let key = try TLSPrivateKey(pemRepresentation: generated.output)
            writeFile(directory + "/key.pem", generated.output)
            #expect(try openssl(["pkey", "-in", directory + "/key.pem", "-pubout"]).output == key.publicKeyPEM)
        }
    }

    @Test func anEd25519KeyIsRejectedAsUnsupported() throws {
        let ed25519 = try openssl(["genpkey", "-algorithm", "ed25519"]).output
        #expect(throws: IdentityError.unsupportedKeyType(found: "ED25519")) {
            try TLSPrivateKey(pemRepresentation: ed25519)
        }
    }

    @Test func anEncryptedKeyIsRejectedWithoutPromptingForAPassphrase() throws {
        let encrypted = try openssl([
            "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-aes256", "-pass", "pass:secret",
        ]).output
        #expect(encrypted.contains("ENCRYPTED PRIVATE KEY"))
        let error = #expect(throws: IdentityError.self) { try TLSPrivateKey(pemRepresentation: encrypted) }
        if case .malformedPEM(let kind, _) = error { #expect(kind == "private key") } else {
            Issue.record("expected malformedPEM, got \(String(describing: error))")
        }
    }

    @Test func descriptionsNeverShowThePrivateKey() throws {
        let authority = try CertificateAuthority.create(commonName: Self.rootName, validityDays: 30)
        let key = try TLSPrivateKey.generate()
        var dumped = ""
        dump(key, to: &dumped)
        dump(authority, to: &dumped)
        let texts = [key.description, key.debugDescription, authority.description, "\(authority)", dumped]
        for text in texts {
            #expect(!text.contains("PRIVATE KEY"))
            #expect(!text.contains(String(key.pemRepresentation.split(separator: "\n")[1])))
        }
        #expect(key.description.contains(key.publicKeyFingerprint))
    }

    // MARK: Loading a CA

    @Test func aCALoadedFromPEMIssuesCertificatesTheOriginalCAFileVerifies() throws {
        let original = try CertificateAuthority.create(commonName: Self.rootName, validityDays: 30)
        let loaded = try CertificateAuthority(
            certificatePEM: original.certificatePEM, privateKeyPEM: original.privateKey.pemRepresentation)
        #expect(loaded.info == original.info)
        let node = try issue(by: loaded, commonName: "node-cu-mgar", usage: .client)
        try withTemporaryDirectory { directory in
            writeFile(directory + "/ca.pem", original.certificatePEM)
            writeFile(directory + "/node.pem", node.certificate.pem)
            let result = try openssl(["verify", "-CAfile", directory + "/ca.pem", directory + "/node.pem"])
            #expect(result.status == 0, "\(result.output)")
        }
    }

    @Test func loadingACAWithAnotherCAsKeyIsRefused() throws {
        let authority = try CertificateAuthority.create(commonName: Self.rootName, validityDays: 30)
        let other = try CertificateAuthority.create(commonName: "other", validityDays: 30)
        #expect(throws: IdentityError.certificateKeyMismatch(subject: Self.rootName)) {
            try CertificateAuthority(certificatePEM: authority.certificatePEM, privateKeyPEM: other.privateKey.pemRepresentation)
        }
    }

    @Test func loadingAnIssuedCertificateAsACAIsRefused() throws {
        let authority = try CertificateAuthority.create(commonName: Self.rootName, validityDays: 30)
        let node = try issue(by: authority, commonName: "node-ea-sup", usage: .client)
        #expect(throws: IdentityError.notACertificateAuthority(subject: "node-ea-sup")) {
            try CertificateAuthority(certificatePEM: node.certificate.pem, privateKeyPEM: node.key.pemRepresentation)
        }
    }

    // MARK: Refused requests

    @Test func aServerCertificateWithoutDNSNamesIsRefused() throws {
        let authority = try CertificateAuthority.create(commonName: Self.rootName, validityDays: 30)
        let error = #expect(throws: IdentityError.self) {
            try issue(by: authority, commonName: "ioc-hub", usage: .server)
        }
        if case .invalidCertificateRequest = error {} else { Issue.record("got \(String(describing: error))") }
    }

    @Test func malformedDNSNamesAreRefusedBeforeReachingOpenSSL() throws {
        let authority = try CertificateAuthority.create(commonName: Self.rootName, validityDays: 30)
        for name in ["ioc-hub.local,DNS:evil.example", "-hub.local", "hub..local", "127.0.0.1", "*.local", ""] {
            let error = #expect(throws: IdentityError.self) {
                try issue(by: authority, commonName: "ioc-hub", dnsNames: [name], usage: .server)
            }
            if case .invalidDNSName(let rejected, _) = error { #expect(rejected == name) } else {
                Issue.record("\(name): got \(String(describing: error))")
            }
        }
    }

    @Test func aCertificateThatWouldOutliveItsCAIsRefused() throws {
        let authority = try CertificateAuthority.create(commonName: Self.rootName, validityDays: 30)
        let error = #expect(throws: IdentityError.self) {
            try issue(by: authority, commonName: "node-lak", usage: .client, validityDays: 31)
        }
        if case .invalidCertificateRequest = error {} else { Issue.record("got \(String(describing: error))") }
    }

    @Test func validityOutsideOneDayToAHundredYearsIsRefused() throws {
        #expect(throws: IdentityError.invalidValidity(days: 0)) {
            try CertificateAuthority.create(commonName: Self.rootName, validityDays: 0)
        }
        let authority = try CertificateAuthority.create(commonName: Self.rootName, validityDays: 30)
        #expect(throws: IdentityError.invalidValidity(days: -1)) {
            try authority.revocationList(revokedSerials: [], validityDays: -1)
        }
    }

    @Test func serialsParseFromOpenSSLNotationAndRefuseZero() throws {
        let serial = try CertificateSerial(hex: "00:0A:1b:2C")
        #expect(serial.hex == "0a1b2c")
        #expect(serial.bytes == [0x0a, 0x1b, 0x2c])
        #expect(try CertificateSerial(hex: "0xabc").hex == "0abc")
        #expect(throws: IdentityError.self) { try CertificateSerial(hex: "00") }
        #expect(throws: IdentityError.self) { try CertificateSerial(hex: "xyz") }
        #expect(throws: IdentityError.self) { try CertificateSerial(bytes: [UInt8](repeating: 0xff, count: 20)) }
        #expect(try CertificateSerial.random().bytes.count <= 16)
    }
}

// MARK: - Helpers

struct IssuedPeer {
    let key: TLSPrivateKey
    let certificate: IssuedCertificate
}

/// A fresh key and a certificate for it from `authority`.
func issue(
    by authority: CertificateAuthority, commonName: String, dnsNames: [String] = [], usage: CertificateUsage,
    validityDays: Int = 7
) throws -> IssuedPeer {
    let key = try TLSPrivateKey.generate()
    let certificate = try authority.issue(
        commonName: commonName, dnsNames: dnsNames, subjectPublicKeyPEM: key.publicKeyPEM,
        validityDays: validityDays, usage: usage)
    return IssuedPeer(key: key, certificate: certificate)
}

/// Runs `/usr/bin/openssl` with `arguments`; returns its exit status and its
/// standard output and error, interleaved.
func openssl(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let path = "/usr/bin/openssl"
    try #require(FileManager.default.isExecutableFile(atPath: path), "the openssl command line is needed: apt-get install openssl")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}
