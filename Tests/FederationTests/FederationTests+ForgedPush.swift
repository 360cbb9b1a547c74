import CRDT
import FieldReports
import Foundation
import Identity
import NNG
import SyncSession
import Testing
import Wire

/// A stolen node key in the hands of someone who speaks the protocol: the hub refuses what
/// the key's district may not write, shows it, and applies nothing.
extension FederationTests {
    @Test func aPushWithEaKarsRealKeyDeactivatingAProvinceCategoryIsRefusedShownAndNotApplied() async throws {
        try await Federation.with { federation in
            try federation.addNode("ea-kar", district: "651")
            try await federation.startHub()
            try await federation.startNode("ea-kar")
            let (reportID, _) = try await federation.http("ea-kar").createReport(1)
            try await eventually("the report to reach the hub") {
                try await federation.hubHTTP.get("/api/v1/reports/\(reportID)").status == 200
            }
            await federation.stopNode("ea-kar")

            let seed = try String(contentsOfFile: federation.nodeData("ea-kar") + "/node.key", encoding: .utf8)
            let key = try SigningKey(rawRepresentation: try Hex.decode(Array(seed.trimmingCharacters(in: .whitespacesAndNewlines).utf8)))
            let site = SiteID(key.publicKey.siteID)
            let peer = try await Federation.hubPeer(federation.hubHTTP, named: "ea-kar")
            let next = UInt64(peer["changes_received"] as? Int ?? 0) + 1
            var request = Ioc_Sync_V1_Request()
            request.protocolVersion = SyncLimits.protocolVersion
            request.site = site.rawValue
            request.district = "651"
            request.nodeName = "ea-kar"
            var push = Ioc_Sync_V1_Push()
            push.changes = [Ioc_Sync_V1_Change(Change(
                origin: site, seq: next, hlc: HLCTimestamp(physicalMillis: UInt64(Date().timeIntervalSince1970 * 1000)),
                entityType: "category", entityID: StableID.make("category", "xa-rac"), scope: "651", author: "ke-gian",
                ops: [FieldOp(field: "active", value: Array("false".utf8))]))]
            let socket = try NNGSocket.request()
            defer { socket.close() }
            socket.receiveTimeout = .seconds(10)
            try socket.dial(federation.hubSyncURL, tls: try federation.clientTLS("ea-kar"))
            // The forger holds the key, so it can open a session like the node would.
            var hello = request
            hello.kind = .hello(Ioc_Sync_V1_Hello())
            let helloBytes = try SignedEnvelope.seal(hello, with: key)
            guard case let .welcome(welcome) = try federation.answer(try socket.request(helloBytes), to: helloBytes, node: "ea-kar").kind else {
                Issue.record("no welcome")
                return
            }
            request.session = welcome.session
            request.counter = 1
            request.kind = .push(push)
            let sealed = try SignedEnvelope.seal(request, with: key)
            let response = try federation.answer(try socket.request(sealed), to: sealed, node: "ea-kar")
            guard case let .refusal(refusal) = response.kind else { Issue.record("expected a refusal, got \(response)"); return }
            #expect(refusal.code == .outOfScope)

            let categories = try await federation.hubHTTP.get("/api/v1/categories").json["items"] as? [[String: Any]] ?? []
            #expect(categories.contains { $0["code"] as? String == "xa-rac" })
            let after = try await Federation.hubPeer(federation.hubHTTP, named: "ea-kar")
            #expect(after["changes_received"] as? Int == Int(next - 1))
            #expect(after["refused_requests"] as? Int == 1)
            #expect((after["last_error"] as? String)?.contains("province") == true)
        }
    }
}

extension Federation {
    /// The hub's sync status entry of one node.
    static func hubPeer(_ hub: HTTP, named name: String) async throws -> [String: Any] {
        let peers = try await hub.get("/api/v1/sync").json["peers"] as? [[String: Any]] ?? []
        guard let peer = peers.first(where: { $0["name"] as? String == name }) else { throw HarnessError("the hub lists no node \(name)") }
        return peer
    }
}
