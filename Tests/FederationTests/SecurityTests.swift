import Foundation
import Testing

/// The website monitoring end to end: real `ioc-hub` and `ioc-node` processes probe a real
/// HTTP server on loopback; Ea Kar reaches it through a TCP proxy the test cuts, so the site
/// is unreachable from Ea Kar only; the hub reports that district's link, not the site.
@Suite(.serialized) struct SecurityTests {
    /// Milliseconds: probes every 200 ms, a report at least every second, silence of 5 s stops a vote.
    static let probeArguments = ["--probe-tick-ms", "50", "--probe-heartbeat-ms", "1000"]

    static func registry(port: Int, folder: String) throws -> String {
        let sites: [[String: Any]] = [[
            "code": "cong-tinh", "name": "Cổng thông tin điện tử tỉnh", "url": "http://127.0.0.1:\(port)/", "owner": "vp-ubnd",
            "expectation": ["keyword": "Đắk Lắk", "slowMillis": 3000, "certificateWarningDays": 14], "intervalMillis": 200,
            "vantages": ["hub": true, "allNodes": true, "nodes": [String]()], "maintenance": [Any](), "hosts": [String](), "retired": false,
        ]]
        let path = folder + "/sites.json"
        try JSONSerialization.data(withJSONObject: sites).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aSiteUnreachableFromOneDistrictIsThatDistrictsLinkNotTheSite() async throws {
        try await Federation.with { federation in
            let pages = federation.folder + "/site"
            try FileManager.default.createDirectory(atPath: pages, withIntermediateDirectories: true)
            try "<html><body><h1>Cổng thông tin điện tử tỉnh Đắk Lắk</h1></body></html>".write(toFile: pages + "/index.html", atomically: true, encoding: .utf8)
            let site = try await StaticPageServer(name: "site", serving: pages, logFolder: federation.folder)
            defer { site.stop() }
            let sitePort = site.port
            // Ea Kar's road to the site: a proxy the test cuts.
            let link = try FaultProxy(target: sitePort)
            defer { link.stop() }

            try federation.addNode("ea-kar", district: "651", arguments: Self.probeArguments + ["--probe-connect-to", "127.0.0.1:\(sitePort):127.0.0.1:\(link.port)"])
            try federation.addNode("buon-ho", district: "644", arguments: Self.probeArguments)
            try await federation.startHub(
                arguments: Self.probeArguments + ["--incident-stale-ms", "5000", "--security-sites", try Self.registry(port: sitePort, folder: federation.folder)])
            try await federation.startNode("ea-kar")
            try await federation.startNode("buon-ho")
            let hub = federation.hubHTTP.as("dieu-hanh")

            func status() async throws -> [String: Any] {
                (try await hub.get("/api/v1/security/sites").json["items"] as? [[String: Any]])?.first ?? [:]
            }
            func states(_ status: [String: Any]) -> [String: String] {
                Dictionary(((status["vantages"] as? [[String: Any]]) ?? []).map { ($0["vantage"] as? String ?? "", $0["state"] as? String ?? "") }, uniquingKeysWith: { a, _ in a })
            }
            try await eventually("every vantage point to see the site up", timeout: .seconds(60)) {
                let s = try await status()
                return s["verdict"] as? String == "up" && states(s) == ["hub": "up", "651": "up", "644": "up"]
            }

            link.cut()
            try await eventually("the hub to call it Ea Kar's link", timeout: .seconds(60)) {
                let s = try await status()
                return s["verdict"] as? String == "unreachable_from" && s["unreachable_from"] as? [String] == ["651"]
            }
            let s = try await status()
            #expect(states(s) == ["hub": "up", "651": "down", "644": "up"])
            #expect(s["colour"] as? String == "amber")
            try await eventually("a link incident naming Ea Kar", timeout: .seconds(30)) {
                let items = try await hub.get("/api/v1/security/incidents?open=true").json["items"] as? [[String: Any]] ?? []
                return items.map { $0["kind"] as? String ?? "" } == ["link"] && items.first?["vantages"] as? [String] == ["651"]
            }
            // Ea Kar's own center says what it measures itself.
            let eaKar = try federation.http("ea-kar").as("an")
            let own = (try await eaKar.get("/api/v1/security/sites").json["items"] as? [[String: Any]])?.first ?? [:]
            #expect(states(own)["651"] == "down")

            link.heal()
            try await eventually("the link incident to close when Ea Kar reaches the site again", timeout: .seconds(60)) {
                let items = try await hub.get("/api/v1/security/incidents").json["items"] as? [[String: Any]] ?? []
                return items.count == 1 && items.first?["status"] as? String == "resolved"
            }
            #expect(try await status()["verdict"] as? String == "up")
        }
    }
}
