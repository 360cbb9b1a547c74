import Foundation
import Testing

/// A district node whose data folder goes back to an older copy: nothing either side
/// wrote is lost, and node and hub end identical.
extension FederationTests {
    @Test func aNodeRestoredFromAnOlderCopyThatWorkedOfflineLosesNoReportAndConvergesWithTheHub() async throws {
        try await Federation.with { federation in
            try federation.addNode("ea-kar", district: "651")
            try await federation.startHub()
            try await federation.startNode("ea-kar")
            var reports: [String] = []
            for index in 0..<5 { reports.append(try await federation.http("ea-kar").createReport(index).0) }
            try await eventually("the first five reports to reach the hub") {
                try await Federation.syncPeer(federation.http("ea-kar"))["not_yet_acknowledged"] as? Int == 0
            }
            await federation.stopNode("ea-kar")
            let data = federation.nodeData("ea-kar")
            let copy = federation.folder + "/ea-kar-copy"
            try FileManager.default.copyItem(atPath: data, toPath: copy)

            try await federation.startNode("ea-kar")
            for index in 5..<10 { reports.append(try await federation.http("ea-kar").createReport(index).0) }
            try await eventually("five more reports to reach the hub") {
                try await Federation.syncPeer(federation.http("ea-kar"))["not_yet_acknowledged"] as? Int == 0
            }
            await federation.stopNode("ea-kar")
            await federation.stopHub()
            try FileManager.default.removeItem(atPath: data)
            try FileManager.default.moveItem(atPath: copy, toPath: data)

            try await federation.startNode("ea-kar")
            for index in 10..<15 { reports.append(try await federation.http("ea-kar").createReport(index).0) }
            try await federation.startHub()
            let node = try federation.http("ea-kar")
            try await federation.eventuallyIdentical(
                "ea-kar", district: "651", entities: 30 + Federation.districtReference, "node and hub identical, with all fifteen reports")
            for id in reports {
                #expect(try await federation.hubHTTP.get("/api/v1/reports/\(id)").status == 200, "report \(id) at the hub")
                #expect(try await node.get("/api/v1/reports/\(id)").status == 200, "report \(id) at the node")
            }
            let status = try await Federation.syncPeer(node)
            #expect(status["recoveries"] as? Int == 1)
            let incarnation = try await node.get("/api/v1/sync").json["incarnation"] as? Int
            #expect(incarnation == 1)
        }
    }
}
