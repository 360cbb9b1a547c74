import Foundation
import Testing

/// The socio-economic indicators end to end: real `ioc-node` and `ioc-hub` processes and a
/// real browser.
@Suite(.serialized) struct IndicatorTests {
    /// The "done": Ea Kar's officer enters a month's figures in the browser with the
    /// hub stopped; once it starts they are at the hub, in its API and on its pages, and the
    /// district submits its report through the node.
    @Test func figuresEnteredAtEaKarWhileTheHubIsDownReachTheHubAndItsPagesAfterItStarts() async throws {
        try await Federation.with { federation in
            try federation.addNode("ea-kar", district: "651")
            try await federation.startHub()
            try await federation.startNode("ea-kar")
            let node = try federation.http("ea-kar").as("an")
            try await eventually("the catalog to reach the node", timeout: .seconds(30)) {
                ((try await node.get("/api/v1/indicators/catalog").json["items"] as? [Any])?.count ?? 0) > 30
            }
            await federation.stopHub()

            let browser = try await Browser(folder: federation.folder)
            let form = try browser.submit(node.base + "/ui/login", ["user": "an", "password": HTTP.password, "next": "/ui/indicators/entry?area=651&period=2026-10"])
            #expect(form.contains("name=\"v.RETAIL\""), "\(form.prefix(1500))")
            let token = try #require(Browser.csrfToken(in: form))
            let saved = try browser.submit(node.base + "/ui/indicators/entry", [
                "csrf_token": token, "area": "651", "period": "2026-10", "v.RETAIL": "1.318,5", "v.TOURISTS": "12.480", "status": "estimate",
                "source": "Chi cục Thống kê Ea Kar",
            ])
            #expect(saved.contains("Đã lưu 2 số liệu"), "\(saved.prefix(1500))")
            let submitted = try browser.submit(node.base + "/ui/indicators/reports/651/2026-10/submit", ["csrf_token": token])
            #expect(submitted.contains("Đã gửi, chờ duyệt"))

            try await federation.startHub()
            let hub = federation.hubHTTP.as("dieu-hanh")
            try await eventually("Ea Kar's figures to reach the hub", timeout: .seconds(40)) {
                let items = try await hub.get("/api/v1/indicators/values?area=651&from=2026-10&to=2026-10").json["items"] as? [[String: Any]] ?? []
                return Set(items.compactMap { $0["value"] as? Double }) == [1318.5, 12_480]
            }
            let reports = try await hub.get("/api/v1/indicators/reports?area=651").json["items"] as? [[String: Any]] ?? []
            #expect(reports.first?["status"] as? String == "submitted")
            let approved = try await hub.request("POST", "/api/v1/indicators/reports/651/2026-10/approve")
            #expect(approved.status == 200)

            let hubBrowser = try await Browser(folder: federation.folder)
            let page = try hubBrowser.submit(federation.hubHTTP.base + "/ui/login", ["user": "dieu-hanh", "password": HTTP.password, "next": "/ui/indicators/i/RETAIL?area=651&frequency=month"])
            #expect(page.contains("1.318,5"), "\(page.prefix(1500))")
            #expect(page.contains("<svg") && page.contains("indicator-chart"), "the chart")
            try await eventually("the approval to reach the node", timeout: .seconds(30)) {
                let items = try await node.get("/api/v1/indicators/reports?area=651").json["items"] as? [[String: Any]] ?? []
                return items.first?["status"] as? String == "approved"
            }
        }
    }
}
