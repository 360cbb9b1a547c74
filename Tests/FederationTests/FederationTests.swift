import CRDT
import Foundation
import Identity
import NNG
import Testing
import Wire

/// The federation's promises, checked against real `ioc-hub` and `ioc-node` processes on
/// loopback. Serialized: each test starts several processes on a 2-core machine.
@Suite(.serialized) struct FederationTests {
    @Test func aNodeThatTook500EditsWhileTheHubWasDownIsIdenticalToTheHubWithin5sOfItsStart() async throws {
        try await Federation.with { federation in
            try federation.addNode("ea-kar", district: "651")
            try await federation.startNode("ea-kar")
            let node = try federation.http("ea-kar")

            var cases: [String] = []
            for index in 0..<100 { cases.append(try await node.createReport(index).1) }
            for index in 0..<400 {
                let reply = try await node.request("PATCH", "/api/v1/cases/\(cases[index % 100])", json: ["comment": "ghi chú \(index)"])
                #expect(reply.status == 200)
            }
            let offline = try await Federation.syncPeer(node)
            let audited = try await node.get("/api/v1/digest").json["types"] as? [String: Int] ?? [:]
            #expect(offline["connected"] as? Bool == false)
            #expect(
                offline["not_yet_acknowledged"] as? Int == 600 + HTTP.staff.count + (audited["audit"] ?? 0),
                "500 edits, the node's own officer accounts and the audit entries of both")
            #expect((audited["audit"] ?? 0) >= 500 + HTTP.staff.count)

            let hubStart = ContinuousClock.now
            try await federation.startHub()
            try await eventually("node and hub identical", timeout: .seconds(5) - (ContinuousClock.now - hubStart)) {
                let (nodeDigest, nodeCount) = try await Federation.digest(node)
                let (hubDigest, hubCount) = try await Federation.digest(federation.hubHTTP, district: "651")
                return nodeCount == 200 + Federation.districtReference && hubCount == 200 + Federation.districtReference && nodeDigest == hubDigest
            }
            try await eventually("the node to see its edits acknowledged", timeout: .seconds(5)) {
                try await Federation.syncPeer(node)["not_yet_acknowledged"] as? Int == 0
            }
        }
    }

    @Test func aFieldEditedAtTwoNodesAndTheHubDuringAPartitionEndsWithOneValueAndOneConflictEverywhere() async throws {
        try await Federation.with { federation in
            try federation.addNode("ea-kar-1", district: "651")
            try federation.addNode("ea-kar-2", district: "651")
            try await federation.startHub()
            try await federation.startNode("ea-kar-1")
            try await federation.startNode("ea-kar-2")
            let caseID = try await federation.http("ea-kar-1").createReport(1).1
            try await eventually("the case to reach the second node") {
                try await federation.http("ea-kar-2").get("/api/v1/cases/\(caseID)").status == 200
            }

            // Partition: both nodes go offline; staff keep working on each, and at the hub.
            await federation.stopNode("ea-kar-1")
            await federation.stopNode("ea-kar-2")
            try FederationProcess.run("ioc-node", ["case", "edit", "--data", federation.nodeData("ea-kar-1"), caseID, "--status", "assigned"])
            try FederationProcess.run("ioc-node", ["case", "edit", "--data", federation.nodeData("ea-kar-2"), caseID, "--status", "ineligible"])
            let atHub = try await federation.hubHTTP.as("dieu-hanh").request(
                "PATCH", "/api/v1/cases/\(caseID)", json: ["status": "in_progress"])
            #expect(atHub.status == 200)

            try await federation.startNode("ea-kar-1")
            try await federation.startNode("ea-kar-2")
            let replicas = [try federation.http("ea-kar-1"), try federation.http("ea-kar-2"), federation.hubHTTP]
            func view(_ http: HTTP) async throws -> (String?, Set<String>, Set<String>) {
                let record = try await http.get("/api/v1/cases/\(caseID)").json
                let conflicts = record["conflicts"] as? [[String: Any]] ?? []
                let values = conflicts.first { $0["field"] as? String == "status" }?["values"] as? [[String: Any]] ?? []
                return (record["status"] as? String, Set(values.compactMap { $0["author"] as? String }), Set(values.compactMap { $0["value"] as? String }))
            }
            try await eventually("every replica to hold the same value and conflict") {
                var views: [(String?, Set<String>, Set<String>)] = []
                for http in replicas { views.append(try await view(http)) }
                // The commands record the operating-system user who ran them, the hub the signed-in account.
                let commandLine = "os:" + ProcessInfo.processInfo.userName
                return views.allSatisfy { $0.1 == [commandLine, "dieu-hanh"] && $0.0 == views[0].0 && $0.2 == views[0].2 }
            }
            let (status, _, values) = try await view(replicas[0])
            #expect(values == ["assigned", "ineligible", "in_progress"])
            #expect(status.map(values.contains) == true)
        }
    }

    @Test func aNodeKilledInTheMiddleOfALargeSyncConvergesAfterRestartWithNoAcknowledgedEditMissing() async throws {
        try await Federation.with { federation in
            try federation.addNode("krong-nang", district: "650", arguments: ["--batch-bytes", "1024"])
            try await federation.startNode("krong-nang")
            let node = try federation.http("krong-nang")
            var reports: [String] = []
            for index in 0..<600 { reports.append(try await node.createReport(index).0) }

            try await federation.startHub()
            try await eventually("the hub to receive part of the backlog", timeout: .seconds(30)) {
                let peers = try await federation.hubHTTP.get("/api/v1/sync").json["peers"] as? [[String: Any]]
                return (peers?.first?["changes_received"] as? Int ?? 0) >= 60
            }
            federation.killNode("krong-nang")
            let received = (try await federation.hubHTTP.get("/api/v1/sync").json["peers"] as? [[String: Any]])?.first?["changes_received"] as? Int ?? 0
            #expect(received < 1200, "the sync had already finished: nothing was interrupted")

            try await federation.startNode("krong-nang")
            let restarted = try federation.http("krong-nang")
            try await eventually("node and hub identical after the restart", timeout: .seconds(60)) {
                let (nodeDigest, nodeCount) = try await Federation.digest(restarted)
                let (hubDigest, hubCount) = try await Federation.digest(federation.hubHTTP, district: "650")
                return nodeCount == 1200 + Federation.districtReference && hubCount == 1200 + Federation.districtReference && nodeDigest == hubDigest
            }
            for id in reports {
                #expect(try await federation.hubHTTP.get("/api/v1/reports/\(id)").status == 200, "report \(id) missing at the hub")
            }
        }
    }

    @Test func aNodeWithoutACertificateServesItsStaffAndSaysItIsNotEnrolled() async throws {
        try await Federation.with { federation in
            try federation.addNode("la-ma", district: "651", enrol: false)
            try await federation.startHub()
            try await federation.startNode("la-ma")
            _ = try await federation.http("la-ma").createReport(1)
            try await eventually("the reason to show in the node's sync status") {
                let peer = try await Federation.syncPeer(federation.http("la-ma"))
                return peer["connected"] as? Bool == false && (peer["last_error"] as? String ?? "").contains("not enrolled")
            }
            let (_, hubCount) = try await Federation.digest(federation.hubHTTP, district: "651")
            #expect(hubCount == Federation.reference, "only the province's reference data, nothing of the node")
        }
    }

    @Test func aNodeWithACertificateButAnUnenrolledKeyIsRefusedAndSaysSoInItsSyncStatus() async throws {
        try await Federation.with { federation in
            try federation.addNode("la-ma", district: "651")
            // The name is enrolled again for another key: la-ma's TLS certificate stays valid, its signing key does not.
            try FederationProcess.run("ioc-hub", [
                "enrol", "--data", federation.hubData, "--name", "la-ma", "--district", "651", "--public-key", try SigningKey.generate().publicKey.hex,
            ])
            try await federation.startHub()
            try await federation.startNode("la-ma")
            _ = try await federation.http("la-ma").createReport(1)
            try await eventually("the refusal to show in the node's sync status") {
                let peer = try await Federation.syncPeer(federation.http("la-ma"))
                return peer["connected"] as? Bool == false && (peer["last_error"] as? String ?? "").contains("not enrolled")
            }
            let (_, hubCount) = try await Federation.digest(federation.hubHTTP, district: "651")
            #expect(hubCount == Federation.reference, "only the province's reference data, nothing of the refused node")
            let requests = try await federation.hubHTTP.get("/api/v1/sync").json["requests"] as? [String: Any]
            #expect((requests?["refused"] as? Int ?? 0) > 0)
        }
    }

    @Test func malformedTruncatedAndOversizedMessagesAreRefusedWhileTheHubKeepsServingNodes() async throws {
        try await Federation.with { federation in
            try federation.addNode("buon-ho", district: "644")
            try await federation.startHub()
            try await federation.startNode("buon-ho")

            let socket = try NNGSocket.request()
            defer { socket.close() }
            socket.receiveTimeout = .seconds(10)
            socket.sendTimeout = .seconds(10)
            try socket.dial(federation.hubSyncURL, tls: try federation.clientTLS("buon-ho"))
            func refusal(_ bytes: [UInt8]) throws -> Ioc_Sync_V1_Refusal.Code? {
                let response = try federation.answer(try socket.request(bytes), to: bytes, node: "buon-ho")
                if case let .refusal(refusal) = response.kind { return refusal.code }
                return nil
            }
            #expect(try refusal(Array("GET / HTTP/1.1\r\n\r\n".utf8)) == .malformed)
            var envelope = Ioc_Sync_V1_SignedRequest()
            envelope.publicKey = Data(repeating: 7, count: 32)
            envelope.body = Data(repeating: 1, count: 200)
            envelope.signature = Data(repeating: 9, count: 64)
            let whole: [UInt8] = try envelope.serializedBytes()
            #expect(try refusal(Array(whole.prefix(whole.count / 2))) == .malformed)
            #expect(try refusal(whole) == .badSignature)
            #expect(try refusal([UInt8](repeating: 0x2A, count: 5 << 20)) == .tooLarge)
            // Beyond the socket's limit nng drops the message and the connection, before it is read.
            // On a socket of its own: libnng 1.5 may never return from closing a TLS pipe whose
            // send the peer cut (as in nanomsg/nng#1219), so it is closed on a thread of its own.
            let oversized = try NNGSocket.request()
            oversized.receiveTimeout = .seconds(10)
            oversized.sendTimeout = .seconds(10)
            try oversized.dial(federation.hubSyncURL, tls: try federation.clientTLS("buon-ho"))
            #expect(throws: NNGError.self) { _ = try oversized.request([UInt8](repeating: 0, count: 20 << 20)) }
            Thread.detachNewThread { oversized.close() }

            let (reportID, _) = try await federation.http("buon-ho").createReport(7)
            try await eventually("a node's report to reach the hub meanwhile") {
                try await federation.hubHTTP.get("/api/v1/reports/\(reportID)").status == 200
            }
            let requests = try await federation.hubHTTP.get("/api/v1/sync").json["requests"] as? [String: Any]
            #expect(requests?["malformed"] as? Int == 2)
            #expect(requests?["too_large"] as? Int == 1)
        }
    }

    @Test func aForeignNNGPeerSendingGarbageGetsRefusalsAndTheHubKeepsServing() async throws {
        try await Federation.with { federation in
            try federation.addNode("cu-mgar", district: "648")
            try await federation.startHub()
            try await federation.startNode("cu-mgar")
            let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Peers/nng_peer.py").path
            let replies = try FederationProcess.runSystem("/usr/bin/env", ["python3", script, federation.hubSyncURL, federation.nodeData("cu-mgar")])
                .split(separator: "\n").map(String.init)
            #expect(replies.count == 3)
            // What the peer sent, in order: garbage, an empty message, a truncated protobuf.
            let sent: [[UInt8]] = [[UInt8](repeating: 0xFF, count: 64), [], [0x0A, 0x20] + [UInt8](repeating: 7, count: 10)]
            for (hex, request) in zip(replies, sent) {
                let bytes = stride(from: 0, to: hex.count, by: 2).compactMap { offset -> UInt8? in
                    let start = hex.index(hex.startIndex, offsetBy: offset)
                    return UInt8(hex[start..<hex.index(start, offsetBy: 2)], radix: 16)
                }
                let response = try federation.answer(bytes, to: request, node: "cu-mgar")
                guard case let .refusal(refusal) = response.kind else { Issue.record("expected a refusal"); continue }
                #expect(refusal.code == .malformed)
            }
            let (reportID, _) = try await federation.http("cu-mgar").createReport(3)
            try await eventually("the node's report to reach the hub") {
                try await federation.hubHTTP.get("/api/v1/reports/\(reportID)").status == 200
            }
        }
    }
}
