import Foundation
import Identity
import NNG
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A TLS listener keeps accepting after clients hang up before or during the handshake (a
/// port scanner, a node that gave up): the next node still gets its answer.
@Suite("NNG TLS clients that hang up")
struct TLSHangUpTests {
    /// Connects over plain TCP to `port`, sends `bytes` (maybe none) and closes.
    static func hangUp(port: Int, after bytes: [UInt8]) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return }
        if !bytes.isEmpty { _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } }
    }

    /// The first bytes of a TLS 1.2 ClientHello record: enough for the server to start the handshake.
    static let clientHelloStart: [UInt8] = [0x16, 0x03, 0x01, 0x00, 0xc8, 0x01, 0x00, 0x00, 0xc4, 0x03, 0x03]

    @Test(arguments: [false, true])
    func aListenerStillAnswersANodeAfterClientsHangUp(afterAPartialClientHello sendHello: Bool) throws {
        let ca = try TestAuthority()
        let echo = try TLSEchoServer(tls: ca.serverConfiguration(try ca.hub()))
        defer { echo.shutDown() }
        for _ in 0..<5 { Self.hangUp(port: echo.port, after: sendHello ? Self.clientHelloStart : []) }
        let requester = try makeTLSRequester(dialing: echo.url, tls: ca.clientConfiguration(try ca.node("node-after")), timeout: .seconds(5))
        defer { requester.close() }
        #expect(try requester.request(Array("ping".utf8)) == Array("re:ping".utf8))
    }
}
