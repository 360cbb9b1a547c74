import Foundation
import Testing

/// The operations center's wall in a real browser (headless Chromium over the DevTools
/// protocol): the hub's wall with its nodes' links, updated live when a node stops and
/// starts again, at 1920×1080 and 3840×2160; a node's own center while the hub is down.
@Suite(.serialized) struct WallTests {
    /// Where the screenshots go: `$IOC_SCREENSHOTS` when set (kept), else the test's folder.
    static func screenshot(_ federation: Federation, _ name: String) -> String {
        if let folder = ProcessInfo.processInfo.environment["IOC_SCREENSHOTS"] {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            return folder + "/" + name
        }
        return federation.folder + "/" + name
    }

    static func linkState(_ node: String) -> String { "document.querySelector('tr[data-node=\"\(node)\"]')?.getAttribute('data-state') || document.querySelector('tr[data-node=\"\(node)\"]')?.className" }

    @Test func theHubsWallShowsEachNodesLinkAndMarksAStoppedNodeDownLive() async throws {
        try await Federation.with { federation in
            try FederationProcess.run("ioc-hub", ["staff", "add", "--data", federation.hubData, "--user", "man-hinh-1", "--role", "kiosk", "--password-stdin"], input: HTTP.password)
            try federation.addNode("ea-kar", district: "651", arguments: ["--no-site-probes"])
            try federation.addNode("buon-ho", district: "644", arguments: ["--no-site-probes"])
            try await federation.startHub(arguments: ["--link-window-ms", "5000", "--no-site-probes"])
            try await federation.startNode("ea-kar")
            try await federation.startNode("buon-ho")
            let page = try DevToolsPage()
            try await page.open(federation.hubHTTP.base + "/ui/ioc?kiosk=1", width: 1920, height: 1080, user: "man-hinh-1")
            try await page.wait("both nodes up on the wall", "document.querySelectorAll('.wall-links tr.link-up').length === 2")
            let text = try await page.evaluate("document.body.innerText") as? String ?? ""
            #expect(text.contains("Ea Kar") && text.contains("Buôn Hồ"))
            #expect(text.contains("Phản ánh đang xử lý"))
            #expect(try await page.evaluate("document.querySelectorAll('svg.wall-map-svg path.district').length") as? Int == 24)
            #expect(try await page.evaluate("document.querySelector('.site-nav') === null") as? Bool == true, "kiosk: no navigation")
            // The whole wall fits the screen: nothing to scroll on a wall.
            #expect(try await page.evaluate(Self.fitsTheScreen) as? Bool == true)
            try await page.screenshot(Self.screenshot(federation, "wall-1920x1080.png"))

            await federation.stopNode("buon-ho")
            #expect(!(federation.nodes["buon-ho"]?.isRunning ?? true))
            try await page.wait(
                "Buôn Hồ marked down, and its data said to be old, without a reload",
                "\(Self.linkState("buon-ho"))?.includes('down') && !document.getElementById('wall-stale').hidden && document.getElementById('wall-stale').innerText.includes('Buôn Hồ')",
                seconds: 30)
            try await page.screenshot(Self.screenshot(federation, "wall-node-down-1920x1080.png"))
            try await federation.startNode("buon-ho")
            try await page.wait(
                "Buôn Hồ up again and nothing said old", "\(Self.linkState("buon-ho"))?.includes('up') && document.getElementById('wall-stale').hidden", seconds: 30)
            let problems = try await page.console().filter { !$0.contains("favicon") }
            #expect(problems.isEmpty, "\(problems)")

            try await page.open(federation.hubHTTP.base + "/ui/ioc?kiosk=1", width: 3840, height: 2160, user: "man-hinh-1")
            try await page.wait("the wall at 3840×2160", "document.querySelectorAll('.wall-links tr').length >= 3")
            let size = try await page.evaluate("parseFloat(getComputedStyle(document.querySelector('.figure-value')).fontSize)") as? Double ?? 0
            #expect(size >= 60, "figures readable from 5 m on a 4K wall: \(size) px")
            #expect(try await page.evaluate(Self.fitsTheScreen) as? Bool == true)
            try await page.screenshot(Self.screenshot(federation, "wall-3840x2160.png"))

            // One screen of a room: the map alone, then a playlist's screen of one service.
            for (width, height) in [(1920, 1080), (3840, 2160)] {
                try await page.open(federation.hubHTTP.base + "/ui/ioc?view=map&kiosk=1", width: width, height: height, user: "man-hinh-1")
                try await page.wait("the map screen", "document.querySelectorAll('svg.wall-map-svg path.district').length === 24")
                #expect(try await page.evaluate(Self.fitsTheScreen) as? Bool == true)
                #expect(try await page.evaluate("document.querySelector('.wall-map-svg').getBoundingClientRect().height > innerHeight * 0.6") as? Bool == true)
                try await page.screenshot(Self.screenshot(federation, "wall-map-\(width)x\(height).png"))
                try await page.open(federation.hubHTTP.base + "/ui/ioc/playlist/tat-ca?step=1", width: width, height: height, user: "man-hinh-1")
                try await page.wait("the field reports' screen", "document.querySelectorAll('.wall-tile').length === 1")
                #expect(try await page.evaluate("document.querySelector('meta[http-equiv=refresh]').content") as? String == "30;url=/ui/ioc/playlist/tat-ca?step=2")
                #expect(try await page.evaluate(Self.fitsTheScreen) as? Bool == true)
                try await page.screenshot(Self.screenshot(federation, "wall-playlist-reports-\(width)x\(height).png"))
            }
        }
    }

    /// Nothing to scroll, either way.
    static let fitsTheScreen = "document.documentElement.scrollWidth <= innerWidth && document.documentElement.scrollHeight <= innerHeight"


    @Test func aNodesOwnCenterKeepsServingWhileTheHubIsDownAndSaysSince() async throws {
        try await Federation.with { federation in
            try federation.addNode("ea-kar", district: "651", arguments: ["--no-site-probes"])
            try await federation.startHub(arguments: ["--no-site-probes"])
            try await federation.startNode("ea-kar")
            let node = try federation.http("ea-kar")
            let page = try DevToolsPage()
            try await page.open(node.base + "/ui/ioc", width: 1920, height: 1080, user: "an")
            try await page.wait("the hub's link up", "\(Self.linkState("hub"))?.includes('up')", seconds: 30)
            #expect((try await page.evaluate("document.querySelector('h1').innerText") as? String ?? "").contains("Ea Kar"))
            await federation.stopHub()
            try await page.wait("the hub's link down", "\(Self.linkState("hub"))?.includes('down')", seconds: 30)
            try await page.wait(
                "the center to say since when the hub is unreachable", "document.getElementById('wall-stale').innerText.includes('Mất kết nối với trung tâm tỉnh từ')")
            try await page.screenshot(Self.screenshot(federation, "center-ea-kar-hub-down-1920x1080.png"))
            // Still served by the node alone.
            #expect(try await node.as("an").get("/ui/ioc").status == 200)
        }
    }
}

extension WallTests {
    /// A node for a 2025 commune-level unit is configuration: `init` and `enrol` with its
    /// code. Its reports reach the hub under its code, its center frames it, and the hub's
    /// wall marks its link where the ward is; a code that is no unit of the province is
    /// refused at `init` with the reason.
    @Test func aNodeServingAWardIsConfigurationOnlyAndItsReportsReachTheHub() async throws {
        try await Federation.with { federation in
            #expect {
                try FederationProcess.run("ioc-node", ["init", "--data", federation.folder + "/nowhere", "--district", "99999", "--name", "nowhere"])
            } throws: { error in "\(error)".contains("99999 is not a unit of the province") }

            try federation.addNode("phuong-bmt", district: "24133", arguments: ["--no-site-probes"])
            try await federation.startHub(arguments: ["--no-site-probes"])
            try await federation.startNode("phuong-bmt")
            let node = try federation.http("phuong-bmt")
            _ = try await node.createReport(1)

            let center = try await node.as("an").get("/ui/ioc")
            let page = String(decoding: center.data, as: UTF8.self)
            #expect(center.status == 200)
            #expect(page.contains("<circle class=\"commune focus\" data-commune=\"24133\""), "the ward's own center marks it")
            #expect(page.contains("Phường Buôn Ma Thuột"))
            let browser = try DevToolsPage()
            try await browser.open(node.base + "/ui/ioc", width: 1920, height: 1080, user: "an")
            try await browser.wait("the ward marked on its map", "document.querySelector('circle.commune.focus') !== null")
            try await browser.screenshot(Self.screenshot(federation, "center-phuong-buon-ma-thuot-1920x1080.png"))

            try await eventually("the hub to count the ward's report", timeout: .seconds(30)) {
                let total = try await federation.hubHTTP.get("/api/v1/stats?district=24133").json["total"] as? [String: Any]
                return total?["received"] as? Int == 1
            }
            try await eventually("the hub's wall to mark the ward's link", timeout: .seconds(30)) {
                String(decoding: try await federation.hubHTTP.as("dieu-hanh").get("/ui/ioc").data, as: UTF8.self).contains("data-node=\"phuong-bmt\"")
            }
        }
    }
}
