import Foundation
import Identity
import Testing

/// The field-report service end to end: real `ioc-node` and `ioc-hub` processes, a real
/// browser, a district working through an outage.
@Suite(.serialized) struct FieldReportTests {
    /// The issue's "done": an officer takes a report from intake to closed in the browser
    /// while the hub is stopped; once it starts, the hub's statistics agree with the district's.
    @Test func aReportTakenAtEaKarWhileTheHubIsDownIsClosedInTheBrowserAndCountedAtTheHubAfterReconnect() async throws {
        try await Federation.with { federation in
            try federation.addNode("ea-kar", district: "651")
            try await federation.startNode("ea-kar")
            let node = try federation.http("ea-kar")
            let browser = try await Browser(folder: federation.folder)

            // A citizen's report through the public form.
            let receipt = try browser.submit(node.base + "/report", [
                "category": "xa-rac", "description": "Rác thải đổ tràn ra đường Giải Phóng", "address": "Thị trấn Ea Kar",
                "phone": "0987 654 321",
            ])
            let code = try #require(receipt.firstMatch(of: /651-[0-9A-Z]{7}/).map { String($0.output) }, "no tracking code on the receipt:\n\(receipt.prefix(2000))")

            // The officer signs in and finds it in the inbox, due state and all.
            let inbox = try browser.submit(node.base + "/ui/login", ["user": "an", "password": HTTP.password, "next": "/ui/inbox"])
            #expect(inbox.contains(code))
            #expect(inbox.contains("Mới tiếp nhận"))
            let caseID = try #require(inbox.firstMatch(of: /\/ui\/cases\/([0-9a-f-]{36})/).map { String($0.output.1) })

            // Accept, assign, resolve and close, each through the case page's forms.
            var page = try browser.dom(node.base + "/ui/cases/\(caseID)")
            #expect(page.contains("0987 654 321"), "staff see the reporter's phone")
            for (action, fields) in [
                ("accept", ["unit": "tai-nguyen-moi-truong"]), ("start", [:]),
                ("resolve", ["result": "Đã thu gom 2 m³ rác, lập biên bản nhắc nhở"]), ("close", [:]),
            ] {
                let token = try #require(Browser.csrfToken(in: page), "no form token on the case page before \(action)")
                page = try browser.submit(node.base + "/ui/cases/\(caseID)/actions/\(action)", fields.merging(["csrf_token": token]) { a, _ in a })
            }
            #expect(page.contains("Đã đóng"))
            #expect(page.contains("Đã thu gom 2 m³ rác"))

            // The citizen follows it by code: status and result, never the phone.
            let tracking = try await Browser(folder: federation.folder).dom(node.base + "/track?code=\(code)")
            #expect(tracking.contains("Đã đóng") && tracking.contains("Đã thu gom 2 m³ rác"))
            #expect(!tracking.contains("0987 654 321"))

            // The district's statistics, in the province's shape.
            let stats = try browser.dom(node.base + "/ui/stats?from=2000-01-01")
            #expect(stats.contains("Tiếp nhận 1 phản ánh: đã xử lý 1 (đúng hạn 1, quá hạn 0)"))
            let districtTotal = try await node.get("/api/v1/stats").json["total"] as? [String: Any]
            #expect(districtTotal?["received"] as? Int == 1)

            // The hub starts: the same figures appear there, unchanged.
            try await federation.startHub()
            try await eventually("the hub to count Ea Kar's report", timeout: .seconds(15)) {
                let hubTotal = try await federation.hubHTTP.get("/api/v1/stats?district=651").json["total"] as? [String: Any]
                return hubTotal.map { NSDictionary(dictionary: $0) } == districtTotal.map { NSDictionary(dictionary: $0) }
            }
            let hubStats = try browser.dom(federation.hubHTTP.base + "/ui/login")  // a new site: sign in there too
            #expect(hubStats.contains("Đăng nhập"))
        }
    }

    @Test func photosTakenOfflineReachTheHubAndReportsComeThroughOpen311AndChatWebhooks() async throws {
        try await Federation.with { federation in
            try federation.addNode("buon-ho", district: "644", arguments: ["--webhook-secret", "bi-mat-zalo"])
            try await federation.startNode("buon-ho")
            let node = try federation.http("buon-ho")

            // A photo uploaded while the hub is down, attached to a report.
            let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array("IHDR fake but typed".utf8)
            let upload = try await node.request("POST", "/api/v1/attachments", body: Data(png), headers: ["Content-Type": "image/png"])
            #expect(upload.status == 201)
            let sha = try #require(upload.json["sha256"] as? String)
            let again = try await node.request("POST", "/api/v1/attachments", body: Data(png), headers: ["Content-Type": "image/png"])
            #expect(again.status == 200 && again.json["sha256"] as? String == sha, "the same bytes are stored once")
            let refused = try await node.request("POST", "/api/v1/attachments", body: Data("MZ not a photo".utf8), headers: ["Content-Type": "image/png"])
            #expect(refused.status == 400)
            let report = try await node.request("POST", "/api/v1/reports", json: [
                "category": "lan-chiem-long-le-duong", "description": "Quán nước lấn chiếm hết vỉa hè", "address": "Phường An Lạc",
                "photos": [sha], "attributes": ["vi-tri": "via-he"],
            ])
            #expect(report.status == 201)

            // Open311: the spec's field names, JSON and XML.
            let services = try await node.get("/open311/v2/services.json")
            let list = try JSONSerialization.jsonObject(with: services.data) as? [[String: Any]] ?? []
            #expect(list.contains { $0["service_code"] as? String == "xa-rac" && $0["service_name"] as? String == "Xả rác" })
            let created = try await node.request(
                "POST", "/open311/v2/requests.json",
                body: Data("service_code=xa-rac&lat=12.917&long=108.267&description=R%C3%A1c+%E1%BB%9F+ch%E1%BB%A3&first_name=Lan".utf8),
                headers: ["Content-Type": "application/x-www-form-urlencoded"])
            let createdList = try JSONSerialization.jsonObject(with: created.data) as? [[String: Any]] ?? []
            let requestID = try #require(createdList.first?["service_request_id"] as? String, "POST answered \(created.status): \(String(decoding: created.data, as: UTF8.self))")
            let fetched = try JSONSerialization.jsonObject(with: try await node.get("/open311/v2/requests/\(requestID).json").data) as? [[String: Any]] ?? []
            let request = try #require(fetched.first)
            for key in ["service_request_id", "status", "status_notes", "service_name", "service_code", "description", "requested_datetime", "expected_datetime", "lat", "long"] {
                #expect(request.keys.contains(key), "Open311 request lacks \(key)")
            }
            #expect(request["status"] as? String == "open" && request["description"] as? String == "Rác ở chợ")
            let xml = String(decoding: try await node.get("/open311/v2/requests/\(requestID).xml").data, as: UTF8.self)
            #expect(xml.contains("<service_requests>") && xml.contains("<service_request_id>\(requestID)</service_request_id>"))
            let missing = try await node.request("POST", "/open311/v2/requests.json", body: Data("service_code=xa-rac".utf8), headers: ["Content-Type": "application/x-www-form-urlencoded"])
            #expect(missing.status == 400)
            let fiware = try await node.get("/api/v1/fiware/requests/\(requestID)").json
            #expect(fiware["type"] as? String == "Open311ServiceRequest")

            // A Zalo message through the signed webhook; a bad signature is refused; a retry is idempotent.
            let message = Data(#"{"message_id":"zalo-991","text":"Bán hàng rong tụ tập trước chợ","category":"tu-tap-buon-ban","address":"Chợ Buôn Hồ","sender":{"name":"Hùng"}}"#.utf8)
            let unsigned = try await node.request("POST", "/api/v1/webhooks/zalo", body: message, headers: ["X-IOC-Signature": "sha256=00"])
            #expect(unsigned.status == 401)
            let signature = "sha256=" + HMACSHA256.hex(key: Array("bi-mat-zalo".utf8), message: Array(message))
            let first = try await node.request("POST", "/api/v1/webhooks/zalo", body: message, headers: ["X-IOC-Signature": signature])
            let retry = try await node.request("POST", "/api/v1/webhooks/zalo", body: message, headers: ["X-IOC-Signature": signature])
            #expect(first.status == 201 && retry.status == 200)
            #expect(first.json["tracking_code"] as? String == retry.json["tracking_code"] as? String)

            // The hub starts: the photo follows the report there.
            try await federation.startHub()
            try await eventually("the photo to reach the hub", timeout: .seconds(15)) {
                try await federation.hubHTTP.get("/attachments/\(sha)").status == 200
            }
            let atHub = try await federation.hubHTTP.get("/attachments/\(sha)")
            #expect([UInt8](atHub.data) == png)
            try await eventually("the hub to hold all three reports", timeout: .seconds(15)) {
                (try await federation.hubHTTP.get("/api/v1/stats?district=644").json["total"] as? [String: Any])?["received"] as? Int == 3
            }
        }
    }
}

