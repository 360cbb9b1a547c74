import Foundation
import Testing

/// Backup, restore, resync and the "not synced" alert through the operator commands, on real
/// `ioc-node` and `ioc-hub` processes (issue 10 point 9).
extension FederationTests {
    @Test func aNodeBackedUpWhileServingAndRestoredByTheCommandsLosesNoReportAndConvergesWithTheHub() async throws {
        try await Federation.with { federation in
            try federation.addNode("ea-kar", district: "651")
            try await federation.startHub()
            try await federation.startNode("ea-kar")
            let data = federation.nodeData("ea-kar")
            var reports: [String] = []
            for index in 0..<5 { reports.append(try await federation.http("ea-kar").createReport(index).0) }
            try await eventually("the first five reports to reach the hub") {
                try await Federation.syncPeer(federation.http("ea-kar"))["not_yet_acknowledged"] as? Int == 0
            }

            // The backup is taken while the node serves.
            let backup = federation.folder + "/ea-kar-backup.sqlite"
            let backedUp = try FederationProcess.run("ioc-node", ["backup", "--data", data, backup])
            #expect(backedUp.contains("backed up"), "\(backedUp)")
            for index in 5..<10 { reports.append(try await federation.http("ea-kar").createReport(index).0) }
            try await eventually("five more reports to reach the hub") {
                try await Federation.syncPeer(federation.http("ea-kar"))["not_yet_acknowledged"] as? Int == 0
            }

            // Restore is refused while the node runs, whatever ports.json says.
            do {
                try FederationProcess.run("ioc-node", ["restore", "--data", data, backup])
                Issue.record("restore must be refused while the node serves")
            } catch {
                #expect("\(error)".contains("open in another process"), "\(error)")
            }
            await federation.stopNode("ea-kar")
            await federation.stopHub()
            let restored = try FederationProcess.run("ioc-node", ["restore", "--data", data, backup])
            #expect(restored.contains("new incarnation 1"), "\(restored)")
            #expect(FileManager.default.fileExists(atPath: data + "/node.sqlite.before-restore"))

            // Reports taken while the hub is down go out under the new incarnation.
            try await federation.startNode("ea-kar")
            let node = try federation.http("ea-kar")
            #expect(try await node.get("/api/v1/reports/\(reports[7])").status == 404, "the backup lacks the later reports")
            for index in 10..<15 { reports.append(try await node.createReport(index).0) }
            #expect(try await node.get("/api/v1/sync").json["incarnation"] as? Int == 1)
            try await federation.startHub()
            try await federation.eventuallyIdentical(
                "ea-kar", district: "651", entities: 30 + Federation.districtReference, "node and hub identical, with all fifteen reports")
            for id in reports {
                #expect(try await federation.hubHTTP.get("/api/v1/reports/\(id)").status == 200, "report \(id) at the hub")
                #expect(try await node.get("/api/v1/reports/\(id)").status == 200, "report \(id) at the node")
            }
            // The first handshake found the hub holding more of incarnation 0 than the backup
            // (recovered once: the hub's copies came back); the reports taken after the
            // restore were already numbered in the restore's new incarnation 1, so nothing
            // had to be made again and it stays 1.
            #expect(try await Federation.syncPeer(node)["recoveries"] as? Int == 1)
            #expect(try await node.get("/api/v1/sync").json["incarnation"] as? Int == 1)
        }
    }

    @Test func aResyncRequestedWhileTheHubIsDownRebuildsTheNodeFromTheHubAndKeepsItsUnacknowledgedReport() async throws {
        try await Federation.with { federation in
            // Notice level: the resync's progress lines are in the log.
            try federation.addNode("ea-kar", district: "651", arguments: ["--log-level", "notice"])
            try await federation.startHub()
            try await federation.startNode("ea-kar")
            let data = federation.nodeData("ea-kar")
            var reports: [String] = []
            for index in 0..<3 { reports.append(try await federation.http("ea-kar").createReport(index).0) }
            try await eventually("three reports to reach the hub") {
                try await Federation.syncPeer(federation.http("ea-kar"))["not_yet_acknowledged"] as? Int == 0
            }

            // Damage: the node loses its first report's record (nothing syncs it back by itself).
            await federation.stopNode("ea-kar")
            let script = """
                import sqlite3, sys
                db = sqlite3.connect(sys.argv[1])
                db.execute("DELETE FROM entity WHERE id = (SELECT id FROM entity WHERE type = 'report' ORDER BY id LIMIT 1)")
                db.commit()
                """
            _ = try FederationProcess.runSystem("/usr/bin/env", ["python3", "-c", script, data + "/node.sqlite"])
            try await federation.startNode("ea-kar")
            let node = try federation.http("ea-kar")
            #expect(try await node.get("/api/v1/reports/\(reports[0])").status == 404)

            // The hub goes down; a report is taken; the resync is asked for while the node runs.
            await federation.stopHub()
            let local = try await node.createReport(3).0
            let requested = try FederationProcess.run("ioc-node", ["resync", "--data", data])
            #expect(requested.contains("resync requested"), "\(requested)")
            let waiting = try await node.get("/api/v1/sync").json["resync"] as? [String: Any]
            #expect(waiting?["state"] as? String == "requested")

            try await federation.startHub()
            var resync: [String: Any] = [:]
            try await eventually("the resync done and node and hub identical", timeout: .seconds(60)) {
                resync = try await node.get("/api/v1/sync").json["resync"] as? [String: Any] ?? [:]
                let (nodeDigest, nodeCount) = try await Federation.digest(node)
                let (hubDigest, _) = try await Federation.digest(federation.hubHTTP, district: "651")
                let pending = try await Federation.syncPeer(node)["not_yet_acknowledged"] as? Int
                return resync["state"] as? String == "done" && nodeDigest == hubDigest && nodeCount == 8 + Federation.districtReference && pending == 0
            }
            // The report and its case, taken while the hub was down, were kept and sent (with the
            // audit entries of the requests that took them).
            #expect((resync["kept_local"] as? Int ?? 0) >= 2)
            #expect((resync["pulled"] as? Int ?? 0) >= 6 + Federation.reference)
            #expect(resync["last"] as? String != nil)
            for id in reports + [local] {
                #expect(try await node.get("/api/v1/reports/\(id)").status == 200, "report \(id) at the node")
                #expect(try await federation.hubHTTP.get("/api/v1/reports/\(id)").status == 200, "report \(id) at the hub")
            }
            // Same node: same incarnation, staff accounts (these requests sign in), no leftover file.
            #expect(try await node.get("/api/v1/sync").json["incarnation"] as? Int == 0)
            #expect(!FileManager.default.fileExists(atPath: data + "/node.sqlite.resync"))
            let log = federation.nodes["ea-kar"]?.log ?? ""
            #expect(log.contains("resync: rebuilding the replica from the hub") && log.contains("resync done"), "\(log)")
        }
    }

    @Test func aHubBackedUpWhileServingAndRestoredGetsEveryReportBackAndItsNewIncarnationStillReachesTheNode() async throws {
        try await Federation.with { federation in
            try federation.addNode("ea-kar", district: "651")
            try await federation.startHub()
            try await federation.startNode("ea-kar")
            let node = try federation.http("ea-kar")
            var reports: [String] = []
            for index in 0..<3 { reports.append(try await node.createReport(index).0) }
            try await eventually("three reports to reach the hub") {
                try await Federation.syncPeer(node)["not_yet_acknowledged"] as? Int == 0
            }
            let backup = federation.folder + "/hub-backup.sqlite"
            try FederationProcess.run("ioc-hub", ["backup", "--data", federation.hubData, backup])
            for index in 3..<6 { reports.append(try await node.createReport(index).0) }
            try await eventually("three more reports to reach the hub") {
                try await Federation.syncPeer(node)["not_yet_acknowledged"] as? Int == 0
            }

            await federation.stopHub()
            let restored = try FederationProcess.run("ioc-hub", ["restore", "--data", federation.hubData, backup])
            #expect(restored.contains("new incarnation 1"), "\(restored)")
            #expect(restored.contains("enrolment"), "enrolments kept from the replaced database: \(restored)")
            try await federation.startHub()
            #expect(try await federation.hubHTTP.get("/api/v1/sync").json["incarnation"] as? Int == 1)

            // Province data the restored hub makes comes from its new incarnation: the node takes it.
            let units = (try await federation.hubHTTP.get("/api/v1/categories").json["items"] as? [[String: Any]])?.first?["units"] as? [String] ?? []
            let put = try await federation.hubHTTP.as("dieu-hanh").request(
                "PUT", "/api/v1/categories/sau-khoi-phuc",
                json: ["name_vi": "Sau khôi phục", "name_en": "After the restore", "units": units, "deadline_days": 5])
            #expect(put.status == 200, "\(String(decoding: put.data, as: UTF8.self))")
            try await eventually("node and hub identical, with all six reports and the new category", timeout: .seconds(60)) {
                let (nodeDigest, nodeCount) = try await Federation.digest(node)
                let (hubDigest, _) = try await Federation.digest(federation.hubHTTP, district: "651")
                return nodeDigest == hubDigest && nodeCount == 12 + Federation.districtReference + 1
            }
            for id in reports { #expect(try await federation.hubHTTP.get("/api/v1/reports/\(id)").status == 200, "report \(id) at the hub") }
            #expect(try await Federation.syncPeer(node)["refused"] as? Int == 0, "no province change of the hub was refused")
        }
    }

    @Test func theHubRaisesTheNotSyncedAlertForAStoppedNodeOnceAndClearsItOnceWhenTheNodeReturns() async throws {
        try await Federation.with { federation in
            try federation.addNode("ea-kar", district: "651")
            try await federation.startHub(arguments: ["--stale-after-minutes", "0.1"])  // 6 s
            try await federation.startNode("ea-kar")
            func peer() async throws -> [String: Any] { try await Federation.syncPeer(federation.hubHTTP) }
            func metrics() async throws -> String { String(decoding: try await federation.hubHTTP.get("/metrics").data, as: UTF8.self) }
            let gauge = #"ioc_sync_node_stale{node="ea-kar",district="651"}"#
            try await eventually("the node syncing, not stale") {
                let entry = try await peer()
                return entry["stale"] as? Bool == false && entry["last_success_ms"] as? Int != nil
            }
            #expect(try await metrics().contains("\(gauge) 0"))
            #expect(try await federation.hubHTTP.get("/api/v1/sync").json["stale_after_minutes"] as? Double == 0.1)

            await federation.stopNode("ea-kar")
            try await eventually("the alert for the stopped node", timeout: .seconds(30)) { try await peer()["stale"] as? Bool == true }
            let raised = try await metrics()
            #expect(raised.contains("\(gauge) 1") && raised.contains("ioc_sync_stale_nodes 1"), "\(raised)")

            try await federation.startNode("ea-kar")
            try await eventually("the alert cleared", timeout: .seconds(30)) { try await peer()["stale"] as? Bool == false }
            #expect(try await metrics().contains("\(gauge) 0"))
            func logged(_ line: String) -> Int { (federation.hub?.log ?? "").components(separatedBy: line).count - 1 }
            try await eventually("the clearing logged") { logged("node synced again: ea-kar") > 0 }
            #expect(logged("node not synced for more than") == 1, "raised once:\n\(federation.hub?.log ?? "")")
            #expect(logged("node synced again: ea-kar") == 1, "cleared once:\n\(federation.hub?.log ?? "")")
        }
    }
}
