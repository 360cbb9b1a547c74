import Foundation
import Testing

extension FederationTests {
    /// A link cut and healed three times (a TCP proxy that drops every connection, then
    /// accepts again): the node resumes by itself each time, and what it took meanwhile
    /// reaches the hub.
    @Test func aNodeWhoseLinkIsCutAndHealedResumesSyncingWithoutARestart() async throws {
        try await Federation.with { federation in
            try federation.addNode("ea-kar", district: "651")
            try await federation.startHub()
            let sync = try FaultProxy(target: federation.hubSyncPort)
            let announce = try FaultProxy(target: federation.hubAnnouncePort)
            defer {
                sync.stop()
                announce.stop()
            }
            try await federation.startNode("ea-kar", via: (sync.port, announce.port))
            let node = try federation.http("ea-kar")
            for round in 0..<3 {
                _ = try await node.createReport(round)
                try await eventually("round \(round): in sync before the cut", timeout: .seconds(20)) {
                    try await Federation.syncPeer(node)["not_yet_acknowledged"] as? Int == 0
                }
                sync.cut()
                announce.cut()
                let (id, _) = try await node.createReport(100 + round)
                try await eventually("round \(round): the node to notice the cut", timeout: .seconds(20)) {
                    try await Federation.syncPeer(node)["connected"] as? Bool == false
                }
                sync.heal()
                announce.heal()
                try await eventually("round \(round): the report taken during the cut to reach the hub", timeout: .seconds(40)) {
                    try await federation.hubHTTP.get("/api/v1/reports/\(id)").status == 200
                }
            }
        }
    }
}
