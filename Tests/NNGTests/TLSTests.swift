import Identity
import NNG
import Testing

/// Mutual TLS over `tls+tcp://` on loopback, with certificates from `Identity`'s
/// CA and nng's mbedTLS engine on both ends. A refused peer never gets a
/// connection, so its request fails with `timedOut` after the send timeout.
/// Every refusal test also shows an accepted client on the same listener, so the
/// timeout is the refusal and not a broken server.
@Suite("NNG mutual TLS")
struct TLSTests {
    /// Long enough for a loopback handshake; used where an answer is expected.
    static let answerTimeout: Duration = .seconds(10)
    /// Used where no answer may come.
    static let refusalTimeout: Duration = .milliseconds(1500)

    @Test func aNodeWithACertificateFromTheHubsCAGetsItsRequestAnswered() throws {
        let ca = try TestAuthority()
        let echo = try TLSEchoServer(tls: ca.serverConfiguration(try ca.hub()))
        defer { echo.shutDown() }
        #expect(echo.port > 0)

        let node = try makeTLSRequester(
            dialing: echo.url, tls: ca.clientConfiguration(try ca.node("node-buon-ma-thuot")), timeout: Self.answerTimeout)
        defer { node.close() }

        #expect(try node.request(Array("hello".utf8)) == Array("re:hello".utf8))
    }

    @Test func aNodeWhoseCertificateComesFromAnotherCAGetsNoAnswer() throws {
        let ca = try TestAuthority()
        let impostorCA = try TestAuthority()  // same name, other key
        let echo = try TLSEchoServer(tls: ca.serverConfiguration(try ca.hub()))
        defer { echo.shutDown() }

        // Trusts the right CA, but presents a certificate the hub cannot verify.
        let impostor = try impostorCA.node("node-impostor")
        let configuration = NNGTLSConfiguration.client(
            certificateChainPEM: impostor.certificate.pem, privateKeyPEM: impostor.key.pemRepresentation,
            caCertificatePEM: ca.certificatePEM, serverName: hubServerName)
        try expectNoAnswer(from: echo, tls: configuration)
        try expectAnswer(from: echo, tls: ca.clientConfiguration(try ca.node("node-control")))
    }

    @Test func aNodeWhoseSerialIsInTheHubsCRLGetsNoAnswer() throws {
        let ca = try TestAuthority()
        let revoked = try ca.node("node-lost-laptop")
        let kept = try ca.node("node-ea-kar")
        let crl = try ca.revocationList(revoking: [revoked])
        let echo = try TLSEchoServer(tls: ca.serverConfiguration(try ca.hub(), revocationListPEM: crl))
        defer { echo.shutDown() }

        try expectNoAnswer(from: echo, tls: ca.clientConfiguration(revoked))
        try expectAnswer(from: echo, tls: ca.clientConfiguration(kept))
    }

    @Test func aNodeHoldingACRLThatRevokesTheHubsCertificateRefusesTheHub() throws {
        let ca = try TestAuthority()
        let hub = try ca.hub()
        let echo = try TLSEchoServer(tls: ca.serverConfiguration(hub))
        defer { echo.shutDown() }
        let node = try ca.node("node-ea-sup")
        var configuration = ca.clientConfiguration(node)
        configuration.revocationListPEM = try ca.revocationList(revoking: [hub])

        try expectNoAnswer(from: echo, tls: configuration)
        try expectAnswer(from: echo, tls: ca.clientConfiguration(node))
    }

    @Test func aPlainTCPClientToATLSListenerGetsNoAnswer() throws {
        let ca = try TestAuthority()
        let echo = try TLSEchoServer(tls: ca.serverConfiguration(try ca.hub()))
        defer { echo.shutDown() }

        let plain = try NNGSocket.request()
        defer { plain.close() }
        plain.sendTimeout = Self.refusalTimeout
        plain.receiveTimeout = Self.refusalTimeout
        try plain.dial("tcp://127.0.0.1:\(echo.port)")
        #expect(throws: NNGError.timedOut) { try plain.request(Array("plain".utf8)) }

        try expectAnswer(from: echo, tls: ca.clientConfiguration(try ca.node("node-control")))
    }

    @Test func aNodeRefusesAHubWhoseCertificateDoesNotNameTheServerName() throws {
        let ca = try TestAuthority()
        let echo = try TLSEchoServer(tls: ca.serverConfiguration(try ca.hub(dnsNames: ["other-hub.local"])))
        defer { echo.shutDown() }
        let node = try ca.node("node-krong-buk")

        try expectNoAnswer(from: echo, tls: ca.clientConfiguration(node, serverName: hubServerName))
        try expectAnswer(from: echo, tls: ca.clientConfiguration(node, serverName: "other-hub.local"))
    }

    @Test func withoutAServerNameTheNodeChecksTheURLsHost() throws {
        let ca = try TestAuthority()
        // The certificate names ioc-hub.local, but the URL's host is 127.0.0.1.
        let echo = try TLSEchoServer(tls: ca.serverConfiguration(try ca.hub()))
        defer { echo.shutDown() }
        let node = try ca.node("node-lak")

        try expectNoAnswer(from: echo, tls: ca.clientConfiguration(node, serverName: nil))
        try expectAnswer(from: echo, tls: ca.clientConfiguration(node))
    }

    @Test func aRefusedNodeKeepsRedialingAndConnectsOnceTheHubAcceptsIt() throws {
        let ca = try TestAuthority()
        let hub = try ca.hub()
        let node = try ca.node("node-cu-kuin")
        let strict = try TLSEchoServer(tls: ca.serverConfiguration(hub, revocationListPEM: try ca.revocationList(revoking: [node])))
        let port = strict.port

        let requester = try NNGSocket.request()
        defer { requester.close() }
        try requester.setReconnect(minimum: .milliseconds(50), maximum: .milliseconds(200))
        requester.sendTimeout = Self.refusalTimeout
        requester.receiveTimeout = Self.refusalTimeout
        try requester.dial(strict.url, tls: ca.clientConfiguration(node))
        #expect(throws: NNGError.timedOut) { try requester.request(Array("ping".utf8)) }

        // The hub restarts on the same port without the revocation.
        strict.shutDown()
        let relaxedSocket = try NNGSocket.reply()
        try relaxedSocket.listen("tls+tcp://127.0.0.1:\(port)", tls: ca.serverConfiguration(hub))
        let relaxed = try NNGReplyServer(socket: relaxedSocket, workers: 1) { Array("re:".utf8) + $0 }
        defer {
            relaxed.stop()
            relaxedSocket.close()
        }
        requester.sendTimeout = Self.answerTimeout
        requester.receiveTimeout = Self.answerTimeout
        #expect(try requester.request(Array("ping".utf8)) == Array("re:ping".utf8))
    }

    /// mbedTLS does not check the pair when loading it; compare
    /// `CertificateInfo.publicKeyFingerprint` with the key's before listening.
    @Test func aPrivateKeyThatDoesNotMatchItsCertificateIsAcceptedByListenButNoClientConnects() throws {
        let ca = try TestAuthority()
        let hub = try ca.hub()
        let other = try TLSPrivateKey.generate()
        let socket = try NNGSocket.reply()
        defer { socket.close() }
        let mismatched = NNGTLSConfiguration.server(
            certificateChainPEM: hub.certificate.pem, privateKeyPEM: other.pemRepresentation, caCertificatePEM: ca.certificatePEM)
        let port = try socket.listen("tls+tcp://127.0.0.1:0", tls: mismatched)
        let server = try NNGReplyServer(socket: socket, workers: 1) { $0 }
        defer { server.stop() }
        let requester = try makeTLSRequester(
            dialing: "tls+tcp://127.0.0.1:\(port)", tls: ca.clientConfiguration(try ca.node("n")), timeout: Self.refusalTimeout)
        defer { requester.close() }
        #expect(throws: NNGError.timedOut) { try requester.request(Array("ping".utf8)) }
    }

    @Test func aNodeRefusesAHubWhoseCertificateComesFromAnotherCA() throws {
        let ca = try TestAuthority()
        let impostorCA = try TestAuthority()
        let fakeHub = try impostorCA.hub()
        // The fake hub would accept the node, but the node does not accept the fake hub.
        let configuration = NNGTLSConfiguration.server(
            certificateChainPEM: fakeHub.certificate.pem, privateKeyPEM: fakeHub.key.pemRepresentation,
            caCertificatePEM: ca.certificatePEM)
        let echo = try TLSEchoServer(tls: configuration)
        defer { echo.shutDown() }

        try expectNoAnswer(from: echo, tls: ca.clientConfiguration(try ca.node("node-m-drak")))
    }

    // MARK: Interoperability with OpenSSL

    @Test func openSSLPresentingANodeCertificateCompletesTheHandshakeWithTheHubListener() throws {
        let ca = try TestAuthority()
        let echo = try TLSEchoServer(tls: ca.serverConfiguration(try ca.hub()))
        defer { echo.shutDown() }
        let node = try ca.node("node-openssl")
        let files = ["ca.pem": ca.certificatePEM, "node.pem": node.certificate.pem, "node.key": node.key.pemRepresentation]

        let result = try withFiles(files) { directory in
            try openssl(sClient(port: echo.port, directory: directory) + ["-cert", directory + "/node.pem", "-key", directory + "/node.key"])
        }

        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("CONNECTION ESTABLISHED"))
        #expect(result.output.contains("Verification: OK"))
    }

    @Test func openSSLWithoutAClientCertificateIsRefusedPromptly() throws {
        let ca = try TestAuthority()
        let echo = try TLSEchoServer(tls: ca.serverConfiguration(try ca.hub()))
        defer { echo.shutDown() }

        let clock = ContinuousClock()
        let start = clock.now
        let result = try withFiles(["ca.pem": ca.certificatePEM]) { directory in
            try openssl(sClient(port: echo.port, directory: directory))
        }
        let elapsed = clock.now - start

        #expect(result.status != 0, "\(result.output)")
        #expect(!result.output.contains("CONNECTION ESTABLISHED"))
        #expect(elapsed < .seconds(5), "refusal took \(elapsed)")
    }

    /// `openssl s_client` arguments that verify the hub as a node would.
    private func sClient(port: Int, directory: String) -> [String] {
        [
            "s_client", "-brief", "-connect", "127.0.0.1:\(port)", "-servername", hubServerName,
            "-verify_hostname", hubServerName, "-CAfile", directory + "/ca.pem", "-verify_return_error",
        ]
    }

    // MARK: Rejected configurations

    @Test func aTLSConfigurationOnAPlainTCPURLIsRejected() throws {
        let ca = try TestAuthority()
        let socket = try NNGSocket.reply()
        defer { socket.close() }
        let error = #expect(throws: NNGError.self) {
            try socket.listen("tcp://127.0.0.1:0", tls: ca.serverConfiguration(try ca.hub()))
        }
        if case .invalidArgument(_, let reason) = error { #expect(reason.contains("tls+tcp://")) } else {
            Issue.record("expected invalidArgument, got \(String(describing: error))")
        }
    }

    @Test func listeningWithAClientConfigurationIsRejected() throws {
        let ca = try TestAuthority()
        let socket = try NNGSocket.reply()
        defer { socket.close() }
        let error = #expect(throws: NNGError.self) {
            try socket.listen("tls+tcp://127.0.0.1:0", tls: ca.clientConfiguration(try ca.node("node")))
        }
        if case .invalidArgument = error {} else { Issue.record("expected invalidArgument, got \(String(describing: error))") }
    }

    @Test func aMalformedCertificateIsReportedAsAFailedTLSStep() throws {
        let ca = try TestAuthority()
        let hub = try ca.hub()
        let socket = try NNGSocket.reply()
        defer { socket.close() }
        let broken = NNGTLSConfiguration.server(
            certificateChainPEM: "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n",
            privateKeyPEM: hub.key.pemRepresentation, caCertificatePEM: ca.certificatePEM)

        let error = #expect(throws: NNGError.self) { try socket.listen("tls+tcp://127.0.0.1:0", tls: broken) }
        if case .failed(let operation, let url, _) = error {
            #expect(operation.contains("own TLS certificate"))
            #expect(url == "tls+tcp://127.0.0.1:0")
        } else {
            Issue.record("expected failed, got \(String(describing: error))")
        }
    }

    @Test func aCRLFromAnotherIssuerIsStillAcceptedByNNGButRevokesNothing() throws {
        // Documents mbedTLS behaviour: a CRL is matched to its issuer by name and
        // signature; one that does not belong to the CA is ignored, not an error.
        let ca = try TestAuthority()
        let stranger = try TestAuthority(name: "Some other CA")
        let node = try ca.node("node-ea-hleo")
        let foreignCRL = try stranger.authority.revocationList(revokedSerials: [node.certificate.serial], validityDays: 1)
        let echo = try TLSEchoServer(tls: ca.serverConfiguration(try ca.hub(), revocationListPEM: foreignCRL))
        defer { echo.shutDown() }

        try expectAnswer(from: echo, tls: ca.clientConfiguration(node))
    }

    @Test func theConfigurationsDescriptionHidesThePrivateKey() throws {
        let ca = try TestAuthority()
        let configuration = ca.serverConfiguration(try ca.hub())
        var dumped = ""
        dump(configuration, to: &dumped)
        for text in [configuration.description, configuration.debugDescription, dumped] {
            #expect(!text.contains("PRIVATE KEY"))
        }
    }

    // MARK: Helpers

    private func expectAnswer(from echo: TLSEchoServer, tls: NNGTLSConfiguration, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let requester = try makeTLSRequester(dialing: echo.url, tls: tls, timeout: Self.answerTimeout)
        defer { requester.close() }
        #expect(try requester.request(Array("ping".utf8)) == Array("re:ping".utf8), sourceLocation: sourceLocation)
    }

    private func expectNoAnswer(from echo: TLSEchoServer, tls: NNGTLSConfiguration, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let requester = try makeTLSRequester(dialing: echo.url, tls: tls, timeout: Self.refusalTimeout)
        defer { requester.close() }
        #expect(throws: NNGError.timedOut, sourceLocation: sourceLocation) { try requester.request(Array("ping".utf8)) }
    }
}
