import Foundation
import Testing

/// The public-service monitoring end to end: real `ioc-hub` and `ioc-node` processes, dossiers
/// pushed at the hub, the weekly report delivered into the district's node and acknowledged
/// there in a real browser, the reading back at the hub.
@Suite(.serialized) struct DossierTests {
    static func dossier(_ code: String, unit: String, received: String) -> [String: Any] {
        [
            "MaHoSo": code, "MaTTHC": "2.000889", "TenTTHC": "Đăng ký biến động quyền sử dụng đất", "MaLinhVuc": "dat-dai", "KenhThucHien": "1",
            "MaDonVi": unit, "NgayTiepNhan": received, "ThoiHanGiaiQuyet": "3", "TrangThaiHoSo": "4", "ChuHoSo": "Trần Thị Bình",
        ]
    }

    @Test func theWeeklyReportReachesEaKarsNodeAndItsReadingReachesTheHub() async throws {
        try await Federation.with { federation in
            try federation.addNode("ea-kar", district: "651")
            // Issued by hand below, so the week's report holds the dossiers pushed first.
            try await federation.startHub(arguments: ["--weekly-report", "off"])
            try await federation.startNode("ea-kar")
            let hub = federation.hubHTTP.as("dieu-hanh")
            let pushed = try await hub.request("POST", "/api/v1/dossiers", json: ["data": [
                Self.dossier("EK-LATE", unit: "651", received: "20250105083000"), Self.dossier("BMT-LATE", unit: "643", received: "20250105083000"),
            ]])
            #expect(pushed.status == 200, "\(String(decoding: pushed.data, as: UTF8.self))")

            let hubBrowser = try await Browser(folder: federation.folder)
            let reports = try hubBrowser.submit(federation.hubHTTP.base + "/ui/login", ["user": "dieu-hanh", "password": HTTP.password, "next": "/ui/dossiers/reports"])
            let hubToken = try #require(Browser.csrfToken(in: reports), "\(reports.prefix(800))")
            let issued = try hubBrowser.submit(federation.hubHTTP.base + "/ui/dossiers/reports/issue", ["csrf_token": hubToken])
            #expect(issued.contains("Ủy ban nhân dân huyện Ea Kar"), "\(issued.prefix(1500))")

            let node = try federation.http("ea-kar").as("an")
            var reportID = ""
            try await eventually("Ea Kar's weekly report to reach its node", timeout: .seconds(30)) {
                let items = try await node.get("/api/v1/dossiers/reports").json["items"] as? [[String: Any]] ?? []
                reportID = (items.first?["report"] as? [String: Any])?["id"] as? String ?? ""
                return items.count == 1 && items.first?["overdue"] as? Int == 1
            }
            let codes = (try await node.get("/api/v1/dossiers").json["items"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
            #expect(codes == ["EK-LATE"], "the node holds its own district's dossiers only")

            let browser = try await Browser(folder: federation.folder)
            let page = try browser.submit(node.base + "/ui/login", ["user": "an", "password": HTTP.password, "next": "/ui/dossiers/reports/\(reportID)"])
            #expect(page.contains("EK-LATE") && page.contains("Chưa xem"), "\(page.prefix(1500))")
            let token = try #require(Browser.csrfToken(in: page))
            let read = try browser.submit(node.base + "/ui/dossiers/reports/\(reportID)/read", ["csrf_token": token])
            #expect(read.contains("Đã xem: an"), "\(read.prefix(1500))")

            try await eventually("the reading to reach the hub", timeout: .seconds(30)) {
                let report = try await hub.get("/api/v1/dossiers/reports/\(reportID)").json
                return (report["read"] as? [String: Any])?["by"] as? String == "an"
            }
        }
    }
}
