import Attachments
import Foundation
import Identity
import Logging
import NNG
import Replica
import SyncSession
import Testing
import Wire

/// The hub replaces a sync listener that has heard nothing for `quietMillis` (libnng 1.5.2 can
/// stop accepting for good; see `NNGListener`), and leaves a listener that serves alone.
@Suite struct SyncListenerRevivalTests {
    /// A hub endpoint on plain loopback TCP over the fixture's replica and enrolments.
    static func endpoint(_ fixture: SyncServiceFixture) throws -> SyncEndpoint {
        try SyncEndpoint(
            replica: fixture.hub, enrolments: try EnrolmentBook(replica: fixture.hub),
            attachments: try AttachmentStore(directory: URL(fileURLWithPath: fixture.folder + "/endpoint-attachments")), signer: fixture.hubKey,
            syncURL: "tcp://127.0.0.1:0", announceURL: "tcp://127.0.0.1:0", tls: nil, workers: 2, logger: Logger(label: "test"))
    }

    /// Sends a sealed hello from a new connection; true if the hub answered within `timeout`.
    static func answered(port: Int, fixture: SyncServiceFixture, timeout: Duration = .seconds(5)) throws -> Bool {
        let socket = try NNGSocket.request()
        defer { socket.close() }
        socket.sendTimeout = timeout
        socket.receiveTimeout = timeout
        try socket.dial("tcp://127.0.0.1:\(port)")
        return (try? socket.request(try fixture.seal(.hello(Ioc_Sync_V1_Hello())))) != nil
    }

    @Test func aListenerThatServedWithinTheQuietTimeIsKept() throws {
        let fixture = try SyncServiceFixture()
        let endpoint = try Self.endpoint(fixture)
        defer { endpoint.stop() }
        #expect(try Self.answered(port: endpoint.syncPort, fixture: fixture))
        #expect(!endpoint.reviveIfDeaf(nowMillis: Int64(Replica.systemMillis()) + SyncEndpoint.quietMillis / 2))
        #expect(endpoint.listenerRevivals == 0)
    }

    @Test func aSilentListenerIsReplacedOnTheSamePortAndNodesGetIn() throws {
        let fixture = try SyncServiceFixture()
        let endpoint = try Self.endpoint(fixture)
        defer { endpoint.stop() }
        let later = Int64(Replica.systemMillis()) + SyncEndpoint.quietMillis
        #expect(endpoint.reviveIfDeaf(nowMillis: later))
        #expect(endpoint.listenerRevivals == 1)
        #expect(!endpoint.reviveIfDeaf(nowMillis: later + 1), "not again within the quiet time")
        #expect(try Self.answered(port: endpoint.syncPort, fixture: fixture))
    }
}
