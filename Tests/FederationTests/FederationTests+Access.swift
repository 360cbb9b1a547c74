import Foundation
import Testing

extension FederationTests {
    /// An officer account made at the hub signs in at its district's node once synced; disabled
    /// at the hub, it is refused at the node within one sync (the node checks the account's
    /// replicated state on every request, also for credentials it remembered).
    @Test func anAccountDisabledAtTheHubIsRefusedAtItsNodeAfterOneSync() async throws {
        try await Federation.with { federation in
            try federation.addNode("ea-kar", district: "651")
            try await federation.startHub()
            try await federation.startNode("ea-kar")
            let officer = try federation.http("ea-kar").as("thu@651")
            func accounts(_ client: HTTP) async throws -> Int {
                ((try await client.get("/api/v1/digest?district=651").json["types"] as? [String: Any])?["account"] as? Int) ?? -1
            }
            try FederationProcess.run(
                "ioc-hub", ["staff", "add", "--data", federation.hubData, "--district", "651", "--user", "thu", "--role", "district_officer", "--password-stdin"],
                input: HTTP.password)
            // Waiting on the node's accounts, not on sign-ins: tries with an account not yet there are failed sign-ins, and five lock the name.
            let atHub = try await accounts(federation.hubHTTP.as("dieu-hanh"))
            try await eventually("the new officer at the node", timeout: .seconds(30)) { try await accounts(federation.http("ea-kar")) == atHub }
            #expect(try await officer.get("/api/v1/cases").status == 200)
            #expect(try await federation.http("ea-kar").as("thu@648").get("/api/v1/cases").status == 401, "no such account in Buôn Hồ")
            try FederationProcess.run("ioc-hub", ["staff", "change", "--data", federation.hubData, "--district", "651", "--user", "thu", "--disable"])
            try await eventually("the disabled officer to be refused at the node", timeout: .seconds(30)) {
                try await officer.get("/api/v1/cases").status == 401
            }
            #expect(try await federation.hubHTTP.as("thu@651").get("/api/v1/cases").status == 401)
        }
    }

    /// An Ea Kar officer signed in at the hub reads Ea Kar's cases and nothing of Buôn Hồ's.
    @Test func anEaKarOfficerAtTheHubCannotReadBuonHosCases() async throws {
        try await Federation.with { federation in
            try federation.addNode("ea-kar", district: "651")
            try federation.addNode("buon-ho", district: "648")
            try await federation.startHub()
            try await federation.startNode("ea-kar")
            try await federation.startNode("buon-ho")
            let (_, eaKarCase) = try await federation.http("ea-kar").createReport(1)
            let (_, buonHoCase) = try await federation.http("buon-ho").createReport(2)
            let officer = federation.hubHTTP.as("can-bo@651")
            try await eventually("both cases at the hub", timeout: .seconds(30)) {
                let eaKar = try await federation.hubHTTP.get("/api/v1/cases/\(eaKarCase)").status
                let buonHo = try await federation.hubHTTP.get("/api/v1/cases/\(buonHoCase)").status
                return eaKar == 200 && buonHo == 200
            }
            #expect(try await officer.get("/api/v1/cases/\(eaKarCase)").status == 200)
            #expect(try await officer.get("/api/v1/cases/\(buonHoCase)").status == 404)
            #expect(try await officer.request("PATCH", "/api/v1/cases/\(buonHoCase)", json: ["comment": "x"]).status == 404)
            let listed = try await officer.get("/api/v1/cases").json["items"] as? [[String: Any]] ?? []
            #expect(Set(listed.compactMap { $0["district"] as? String }) == ["651"])
        }
    }
}

extension FederationTests {
    /// Sync state and metrics name nodes, keys and errors: they answer accounts that may read
    /// the federation's sync (a district's officer at its node), nobody else.
    @Test func theSyncStateAndTheMetricsNeedAnAccountThatMayReadThem() async throws {
        try await Federation.with { federation in
            try federation.addNode("ea-kar", district: "651")
            try await federation.startHub()
            try await federation.startNode("ea-kar")
            let node = try federation.http("ea-kar")
            for path in ["/api/v1/sync", "/metrics"] {
                #expect(try await node.as("khach").get(path).status == 401, "\(path)")
                #expect(try await federation.hubHTTP.as("khach").get(path).status == 401, "\(path)")
                #expect(try await node.get(path).status == 200, "\(path)")
                #expect(try await federation.hubHTTP.as("dieu-hanh").get(path).status == 200, "\(path)")
            }
            try FederationProcess.run(
                "ioc-hub", ["staff", "add", "--data", federation.hubData, "--user", "lanh-dao", "--role", "viewer", "--password-stdin"], input: HTTP.password)
            #expect(try await federation.hubHTTP.as("lanh-dao").get("/api/v1/sync").status == 403)
        }
    }
}

extension FederationTests {
    /// A failed sign-in and a report taken at Ea Kar's node reach the hub's audit log with
    /// one sync, under the node's district; an account made with `ioc-hub staff add` is in the
    /// hub's own log as the operating-system user's, from `local`.
    @Test func aNodesAuditEntriesReachTheHubsLogAndTheHubRecordsItsCommands() async throws {
        try await Federation.with { federation in
            try federation.addNode("ea-kar", district: "651")
            try await federation.startHub()
            try await federation.startNode("ea-kar")
            #expect(try await federation.http("ea-kar").as("ke-la").get("/api/v1/cases").status == 401)
            _ = try await federation.http("ea-kar").createReport(1)
            try FederationProcess.run(
                "ioc-hub", ["staff", "add", "--data", federation.hubData, "--district", "651", "--user", "thu", "--role", "district_officer", "--password-stdin"],
                input: HTTP.password)
            let admin = federation.hubHTTP.as("dieu-hanh")
            try await eventually("the node's entries in the hub's audit log", timeout: .seconds(30)) {
                let items = try await admin.get("/api/v1/audit?site=651").json["items"] as? [[String: Any]] ?? []
                let actions = Set(items.map { "\($0["action"] ?? "") \($0["account"] ?? "")" })
                return actions.contains("sign_in_failed ke-la") && actions.contains("field_reports.act can-bo@651")
            }
            let commands = (try await admin.get("/api/v1/audit?site=hub&action=accounts.manage").json["items"] as? [[String: Any]] ?? [])
                .filter { ($0["request"] as? String)?.contains("--user thu") == true }
            #expect(commands.count == 1)
            #expect((commands.first?["account"] as? String)?.hasPrefix("os:") == true && commands.first?["address"] as? String == "local")
            #expect((commands.first?["request"] as? String)?.contains("staff add") == true)
            let nodeSide = try await federation.http("ea-kar").as("dieu-hanh@province").get("/api/v1/audit?site=hub").json["items"] as? [[String: Any]]
            #expect(nodeSide?.isEmpty == true, "the hub's own entries stay at the hub")
        }
    }
}

extension FederationTests {
    /// A token made with `ioc-hub token create` for Ea Kar reaches Ea Kar's node with one
    /// sync; curl, an independent HTTP client, reads the node's cases with it and nothing it
    /// does not hold. Revoked through the hub's API, it is refused at the node within one sync.
    @Test func aTokenMadeAtTheHubOpensItsNodeAndIsRefusedThereOnceRevoked() async throws {
        try await Federation.with { federation in
            try federation.addNode("ea-kar", district: "651")
            try await federation.startHub()
            try await federation.startNode("ea-kar")
            let text = try FederationProcess.run(
                "ioc-hub", ["token", "create", "--data", federation.hubData, "--label", "Cổng dịch vụ công", "--district", "651", "--permission", "field_reports.read"])
            #expect(text.wholeMatch(of: /ioc_[0-9a-f]{16}_[0-9a-f]{64}/) != nil, "only the token on standard output: \(text)")
            let node = try federation.http("ea-kar").base
            func curl(_ base: String, _ path: String, method: String = "GET") throws -> String {
                try FederationProcess.runSystem(
                    "/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", method, "-H", "Authorization: Bearer \(text)", base + path])
            }
            try await eventually("the token to open the node", timeout: .seconds(30)) { try curl(node, "/api/v1/cases") == "200" }
            #expect(try curl(node, "/api/v1/sync") == "403", "it holds field_reports.read only")
            #expect(try curl(federation.hubHTTP.base, "/api/v1/cases?district=648") == "403", "Ea Kar's only")
            #expect(try curl(federation.hubHTTP.base, "/api/v1/access/tokens") == "403")
            let id = String(text.dropFirst(4).prefix(16))
            #expect(try await federation.hubHTTP.as("dieu-hanh").request("DELETE", "/api/v1/access/tokens/\(id)").status == 204)
            #expect(try curl(federation.hubHTTP.base, "/api/v1/cases") == "401")
            try await eventually("the revoked token to be refused at the node", timeout: .seconds(30)) { try curl(node, "/api/v1/cases") == "401" }
        }
    }
}
