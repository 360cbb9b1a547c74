import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import WebAPI

/// The monitored websites through `/api/v1/security`: the registry edited by an
/// administrator, "check now" against a real HTTP server, the baseline an operator
/// approves, incidents.
@Suite struct SiteRouteTests: Sendable {
    /// Python's http.server on loopback serving one page; killed when released.
    final class PageServer: @unchecked Sendable {
        let process = Process()
        let folder: String
        var port = 0

        init(page: String) throws {
            folder = NSTemporaryDirectory() + "ioc-site-\(UUID().uuidString.prefix(8))"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(page.utf8).write(to: URL(fileURLWithPath: folder + "/index.html"))
            let output = Pipe()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
            process.arguments = ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", folder]
            process.standardOutput = output
            process.standardError = output
            try process.run()
            var seen = ""
            let deadline = ContinuousClock.now + .seconds(15)
            while ContinuousClock.now < deadline, port == 0 {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen += String(decoding: chunk, as: UTF8.self)
                if let match = seen.firstMatch(of: /port (\d+)/) { port = Int(match.output.1) ?? 0 }
            }
        }

        func write(_ page: String) throws { try Data(page.utf8).write(to: URL(fileURLWithPath: folder + "/index.html")) }

        deinit {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            let deadline = Date().addingTimeInterval(5)
            while process.isRunning, Date() < deadline { usleep(5_000) }
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    static let page = "<html><body><h1>Cổng thông tin điện tử tỉnh Đắk Lắk</h1><p>Tin tức</p><p>Văn bản</p></body></html>"

    static func site(port: Int) -> [String: Any] {
        ["name": "Cổng thông tin tỉnh", "url": "http://127.0.0.1:\(port)/", "owner": "vp-ubnd", "expectation": ["keyword": "Đắk Lắk", "slowMillis": 3000, "certificateWarningDays": 14], "intervalMillis": 1000]
    }

    @Test func anAdministratorRegistersASiteAndCheckNowShowsItUpFromTheHub() async throws {
        let server = try PageServer(page: Self.page)
        try await SecurityHub().test { client async throws in
            let put = try await client.json("PUT", "/api/v1/security/sites/cong-tinh", as: "quan-tri", body: Self.site(port: server.port))
            #expect(put.status == .ok, "\(put.body)")
            #expect(put.body["code"] as? String == "cong-tinh")
            let checked = try await client.json("POST", "/api/v1/security/sites/check", as: "dieu-hanh", body: [:])
            #expect(checked.status == .ok)
            let sites = try await client.json("GET", "/api/v1/security/sites", as: "lanh-dao")
            let item = try #require((sites.body["items"] as? [[String: Any]])?.first)
            #expect(item["verdict"] as? String == "up")
            #expect(item["colour"] as? String == "green")
            let hub = try #require((item["vantages"] as? [[String: Any]])?.first)
            #expect(hub["vantage"] as? String == "hub")
            #expect(hub["status"] as? Int == 200)
            #expect(hub["fresh"] as? Bool == true)
            #expect((item["vantages"] as? [[String: Any]])?.count == 1)
            let detail = try await client.json("GET", "/api/v1/security/sites/cong-tinh", as: "lanh-dao")
            #expect((detail.body["availability"] as? [String: Double])?["24h"] == 1)
            #expect((detail.body["latest_page"] as? [String: Any])?["domHash"] is String)
            #expect(detail.body["baseline"] == nil)
            let hours = try await client.json("GET", "/api/v1/security/sites/cong-tinh/hours?days=1", as: "lanh-dao")
            #expect((hours.body["items"] as? [[String: Any]])?.first?["checks"] as? Int == 1)
        }
    }

    @Test func onlyAnAdministratorEditsTheRegistryAndBadSettingsNameTheirField() async throws {
        try await SecurityHub().test { client async throws in
            #expect(try await client.json("PUT", "/api/v1/security/sites/cong-tinh", as: "dieu-hanh", body: Self.site(port: 1)).status == .forbidden)
            var bad = Self.site(port: 1)
            bad["url"] = "javascript:alert(1)"
            let refused = try await client.json("PUT", "/api/v1/security/sites/cong-tinh", as: "quan-tri", body: bad)
            #expect(refused.status == .unprocessableContent)
            #expect((refused.body["error"] as? [String: Any])?["field"] as? String == "url")
            bad = Self.site(port: 1)
            bad["intervalMillis"] = "often"
            let wrongType = try await client.json("PUT", "/api/v1/security/sites/cong-tinh", as: "quan-tri", body: bad)
            #expect((wrongType.body["error"] as? [String: Any])?["field"] as? String == "intervalMillis")
            #expect(try await client.json("GET", "/api/v1/security/sites/khong-co", as: "lanh-dao").status == .notFound)
        }
    }

    @Test func anOperatorApprovesTheBaselineTheySawAndADefacedPageOpensAnIncident() async throws {
        let server = try PageServer(page: Self.page)
        try await SecurityHub().test { client async throws in
            _ = try await client.json("PUT", "/api/v1/security/sites/cong-tinh", as: "quan-tri", body: Self.site(port: server.port))
            _ = try await client.json("POST", "/api/v1/security/sites/check", as: "dieu-hanh", body: [:])
            let seen = try await client.json("GET", "/api/v1/security/sites/cong-tinh", as: "dieu-hanh")
            let hash = try #require((seen.body["latest_page"] as? [String: Any])?["domHash"] as? String)
            let stale = try await client.json("POST", "/api/v1/security/sites/cong-tinh/baseline", as: "dieu-hanh", body: ["domHash": "khac"])
            #expect(stale.status == .conflict)
            #expect(try await client.json("POST", "/api/v1/security/sites/cong-tinh/baseline", as: "can-bo@651", body: ["domHash": hash]).status == .forbidden)
            let approved = try await client.json("POST", "/api/v1/security/sites/cong-tinh/baseline", as: "dieu-hanh", body: ["domHash": hash])
            #expect(approved.status == .ok)
            #expect(approved.body["approved_by"] as? String != nil)

            try server.write("<html><body><h1>HACKED BY anonymous</h1><p>Đắk Lắk</p></body></html>")
            let checked = try await client.json("POST", "/api/v1/security/sites/check", as: "dieu-hanh", body: [:])
            #expect(checked.body["incident_changes"] as? Int == 1)
            let incidents = try await client.json("GET", "/api/v1/security/incidents?open=true", as: "lanh-dao")
            let incident = try #require((incidents.body["items"] as? [[String: Any]])?.first)
            #expect(incident["kind"] as? String == "likely_defaced")
            #expect(incident["site"] as? String == "cong-tinh")
            let sites = try await client.json("GET", "/api/v1/security/sites", as: "lanh-dao")
            #expect((sites.body["items"] as? [[String: Any]])?.first?["colour"] as? String == "red")
            let id = try #require(incident["id"] as? String)
            let one = try await client.json("GET", "/api/v1/security/incidents/\(id)", as: "lanh-dao")
            #expect(one.body["alerts"] as? [Any] != nil)
            let resolved = try await client.json("PATCH", "/api/v1/security/incidents/\(id)", as: "dieu-hanh", body: ["status": "resolved", "note": "đã khôi phục"])
            #expect(resolved.body["status"] as? String == "resolved")
            #expect((resolved.body["notes"] as? [[String: Any]])?.first?["text"] as? String == "đã khôi phục")
        }
    }

    @Test func anOperatorOpensAnIncidentForAChangedPage() async throws {
        let server = try PageServer(page: Self.page)
        try await SecurityHub().test { client async throws in
            _ = try await client.json("PUT", "/api/v1/security/sites/cong-tinh", as: "quan-tri", body: Self.site(port: server.port))
            let opened = try await client.json("POST", "/api/v1/security/sites/cong-tinh/incidents", as: "dieu-hanh", body: ["kind": "changed", "note": "banner lạ"])
            #expect(opened.status == .created)
            #expect(opened.body["opened_by"] as? String != "monitor")
            #expect(opened.body["detail"] as? String == "banner lạ")
            let wrong = try await client.json("POST", "/api/v1/security/sites/cong-tinh/incidents", as: "dieu-hanh", body: ["kind": "meteor"])
            #expect(wrong.status == .badRequest)
        }
    }

    @Test func aSitesAccessLogBecomesItsHourlyTrafficWithTheMostRequestedPaths() async throws {
        try await SecurityHub().test { client async throws in
            _ = try await client.json("PUT", "/api/v1/security/sites/cong-tinh", as: "quan-tri", body: Self.site(port: 1))
            let now = Date()
            let stamp = { (seconds: TimeInterval) -> String in
                let f = DateFormatter()
                f.locale = Locale(identifier: "en_US_POSIX")
                f.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")
                f.dateFormat = "dd/MMM/yyyy:HH:mm:ss Z"
                return f.string(from: now.addingTimeInterval(-seconds))
            }
            let log = [
                "127.0.0.5 - - [\(stamp(60))] \"GET /tin-tuc HTTP/1.1\" 200 5120 \"-\" \"Mozilla/5.0\"",
                "127.0.0.6 - - [\(stamp(50))] \"GET /tin-tuc HTTP/1.1\" 200 5120 \"https://daklak.gov.vn/\" \"Mozilla/5.0\"",
                "127.0.0.7 - - [\(stamp(40))] \"GET /wp-login.php HTTP/1.1\" 404 153",
                "127.0.0.8 - - [\(stamp(30))] \"POST /dang-nhap HTTP/1.1\" 500 0",
                "not a log line",
            ].joined(separator: "\n")
            let posted = try await client.text("POST", "/api/v1/security/sites/cong-tinh/access-log", as: "soc", body: log)
            #expect(posted.status == .ok)
            #expect(posted.body["lines"] as? Int == 4)
            #expect(posted.body["unreadable"] as? Int == 1)
            let traffic = try await client.json("GET", "/api/v1/security/sites/cong-tinh/traffic", as: "lanh-dao")
            let hours = try #require(traffic.body["items"] as? [[String: Any]])
            #expect(hours.reduce(0) { $0 + ($1["requests"] as? Int ?? 0) } == 4)
            #expect(hours.reduce(0) { $0 + ($1["client_errors"] as? Int ?? 0) } == 1)
            #expect(hours.reduce(0) { $0 + ($1["server_errors"] as? Int ?? 0) } == 1)
            let top = try #require(traffic.body["top_paths"] as? [[String: Any]])
            #expect(top.first?["path"] as? String == "/tin-tuc")
            #expect(top.first?["requests"] as? Int == 2)
            #expect(try await client.text("POST", "/api/v1/security/sites/khong-co/access-log", as: "soc", body: log).status == .notFound)
            #expect(try await client.text("POST", "/api/v1/security/sites/cong-tinh/access-log", as: "lanh-dao", body: log).status == .forbidden)
        }
    }

    @Test func theWallGridShowsEachSiteWithItsVerdictAndVantagePointsAndTheReportExportsCSV() async throws {
        let server = try PageServer(page: Self.page)
        try await SecurityHub().test { client async throws in
            _ = try await client.json("PUT", "/api/v1/security/sites/cong-tinh", as: "quan-tri", body: Self.site(port: server.port))
            _ = try await client.json("POST", "/api/v1/security/sites/check", as: "dieu-hanh", body: [:])
            let wall = try await client.page("/ui/security?lang=vi", as: "lanh-dao")
            #expect(wall.status == .ok)
            #expect(wall.body.contains("class=\"site-tile site-green\" data-site=\"cong-tinh\""))
            #expect(wall.body.contains("Cổng thông tin tỉnh"))
            #expect(wall.body.contains("vantage vantage-up"))
            #expect(wall.body.contains("<svg"))
            let site = try await client.page("/ui/security/sites/cong-tinh?lang=en", as: "lanh-dao")
            #expect(site.body.contains("Availability 24 hours"))
            #expect(site.body.contains("No approved baseline"))
            let month = String(ISO8601DateFormatter().string(from: Date()).prefix(7))
            let csv = try await client.page("/ui/security/availability?month=\(month)&format=csv", as: "lanh-dao")
            #expect(csv.status == .ok)
            #expect(csv.body.contains("vp-ubnd,Cổng thông tin tỉnh,http://127.0.0.1:\(server.port)/,100"))
            #expect(try await client.page("/ui/security/availability?month=2026-13", as: "lanh-dao").status == .badRequest)
        }
    }
}

extension TestClientProtocol {
    /// GET with HTTP Basic; the status and the body as text.
    func page(_ path: String, as user: String) async throws -> (status: HTTPResponse.Status, body: String) {
        var fields = HTTPFields()
        fields[.authorization] = "Basic " + Data("\(user):\(AccessHub.password)".utf8).base64EncodedString()
        return try await execute(uri: path, method: .get, headers: fields, body: nil) { response in
            (response.status, String(decoding: Data(buffer: response.body), as: UTF8.self))
        }
    }
}
