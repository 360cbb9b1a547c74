import Foundation
import Identity
import NNG
import Testing

/// The DNS name the hub's certificate carries and clients check.
let hubServerName = "ioc-hub.local"

/// A key and the certificate a test CA issued for it.
struct TLSPeer {
    let key: TLSPrivateKey
    let certificate: IssuedCertificate
}

/// A throw-away certificate authority for TLS tests.
struct TestAuthority {
    let authority: CertificateAuthority

    /// A new CA; several tests make two with the same name on purpose.
    init(name: String = "Đắk Lắk IOC test CA") throws {
        authority = try CertificateAuthority.create(commonName: name, validityDays: 2)
    }

    var certificatePEM: String { authority.certificatePEM }

    /// A hub (server) certificate naming `dnsNames`.
    func hub(dnsNames: [String] = [hubServerName]) throws -> TLSPeer {
        try peer(commonName: "ioc-hub", dnsNames: dnsNames, usage: .server)
    }

    /// A district node (client) certificate.
    func node(_ name: String) throws -> TLSPeer {
        try peer(commonName: name, dnsNames: [], usage: .client)
    }

    func peer(commonName: String, dnsNames: [String], usage: CertificateUsage) throws -> TLSPeer {
        let key = try TLSPrivateKey.generate()
        let certificate = try authority.issue(
            commonName: commonName, dnsNames: dnsNames, subjectPublicKeyPEM: key.publicKeyPEM, validityDays: 1,
            usage: usage)
        return TLSPeer(key: key, certificate: certificate)
    }

    func revocationList(revoking peers: [TLSPeer]) throws -> String {
        try authority.revocationList(revokedSerials: peers.map(\.certificate.serial), validityDays: 1)
    }

    /// The listener configuration of `peer`, trusting this CA.
    func serverConfiguration(_ peer: TLSPeer, revocationListPEM: String? = nil) -> NNGTLSConfiguration {
        .server(
            certificateChainPEM: peer.certificate.pem, privateKeyPEM: peer.key.pemRepresentation,
            caCertificatePEM: certificatePEM, revocationListPEM: revocationListPEM)
    }

    /// The dialer configuration of `peer`, trusting this CA.
    func clientConfiguration(_ peer: TLSPeer, serverName: String? = hubServerName) -> NNGTLSConfiguration {
        .client(
            certificateChainPEM: peer.certificate.pem, privateKeyPEM: peer.key.pemRepresentation,
            caCertificatePEM: certificatePEM, serverName: serverName)
    }
}

/// A rep socket listening with TLS on a loopback port chosen by the OS, answering
/// every request with "re:" + request.
struct TLSEchoServer {
    let socket: NNGSocket
    let server: NNGReplyServer
    let port: Int
    var url: String { "tls+tcp://127.0.0.1:\(port)" }

    init(tls: NNGTLSConfiguration) throws {
        socket = try NNGSocket.reply()
        port = try socket.listen("tls+tcp://127.0.0.1:0", tls: tls)
        server = try NNGReplyServer(socket: socket, workers: 2) { Array("re:".utf8) + $0 }
    }

    func shutDown() {
        server.stop()
        socket.close()
    }
}

/// A request socket dialing `url` with TLS, with finite timeouts.
func makeTLSRequester(dialing url: String, tls: NNGTLSConfiguration, timeout: Duration) throws -> NNGSocket {
    let socket = try NNGSocket.request()
    socket.sendTimeout = timeout
    socket.receiveTimeout = timeout
    try socket.dial(url, tls: tls)
    return socket
}

/// Runs `/usr/bin/openssl` with `arguments` and no standard input; returns its
/// exit status and its standard output and error, interleaved.
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

/// A fresh temporary directory holding `files` (name → content), removed after `body`.
func withFiles<R>(_ files: [String: String], _ body: (String) throws -> R) throws -> R {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("nng-tls-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    for (name, content) in files {
        try content.write(toFile: directory + "/" + name, atomically: false, encoding: .utf8)
    }
    return try body(directory)
}
