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
            let png: [UInt8] = [  // a 1×1 PNG: IHDR, IDAT, IEND
                0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00,
                0x00, 0x01, 0x08, 0x02, 0x00, 0x00, 0x00, 0x90, 0x77, 0x53, 0xDE, 0x00, 0x00, 0x00, 0x0C, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63,
                0xB8, 0xA0, 0x28, 0x0D, 0x00, 0x02, 0xD1, 0x01, 0x0D, 0xD9, 0xF2, 0xF6, 0xB9, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
                0x42, 0x60, 0x82,
            ]
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
            let notice = createdList.first?["service_notice"] as? String ?? ""
            #expect(notice.contains(/\d{3}-[0-9A-Z]{7}/) && requestID.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/) != nil, "the code to the reporter only, a public id to everyone")
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


/// Bad input at a real node: every refusal is clear, in the caller's terms, and leaves
/// nothing behind.
@Suite(.serialized) struct FieldReportBadInputTests {
    @Test func malformedUnknownOutOfProvinceOversizedAndUnauthenticatedInputIsRefusedAndWritesNothing() async throws {
        try await Federation.with { federation in
            try federation.addNode("cu-mgar", district: "648")
            try await federation.startNode("cu-mgar")
            let node = try federation.http("cu-mgar")
            let valid: [String: Any] = ["category": "xa-rac", "description": "Rác đổ trộm", "address": "Xã Ea Pốk"]

            let malformed = try await node.request("POST", "/api/v1/reports", body: Data(#"{"category": "xa-rac", "description": "#.utf8))
            #expect(malformed.status == 400)
            #expect((malformed.json["error"] as? [String: Any])?["code"] as? String == "invalid_input")

            let unknownField = try await node.request("POST", "/api/v1/reports", json: valid.merging(["priority_vip": true]) { a, _ in a })
            #expect(unknownField.status == 400)
            #expect(String(decoding: unknownField.data, as: UTF8.self).contains("priority_vip"))

            let outside = try await node.request(
                "POST", "/api/v1/reports", json: valid.merging(["location": ["lat": 21.03, "lon": 105.85]]) { a, _ in a })
            #expect(outside.status == 400)
            #expect((outside.json["error"] as? [String: Any])?["field"] as? String == "location")
            #expect(String(decoding: outside.data, as: UTF8.self).contains("ngoài tỉnh Đắk Lắk"))

            let unknownCategory = try await node.request("POST", "/api/v1/reports", json: valid.merging(["category": "bay-tren-troi"]) { _, new in new })
            #expect(
                unknownCategory.status == 400 && (unknownCategory.json["error"] as? [String: Any])?["field"] as? String == "category",
                "\(unknownCategory.status): \(String(decoding: unknownCategory.data, as: UTF8.self))")

            // URLSession answers a 401's Basic challenge itself; curl shows what a client gets.
            let anonymous = try Self.curl(node.base + "/api/v1/reports", body: try JSONSerialization.data(withJSONObject: valid), user: "khong-co-ai")
            #expect(anonymous == 401)

            let badDate = try await node.get("/api/v1/stats?from=2026-13-45")
            #expect(badDate.status == 400 && (badDate.json["error"] as? [String: Any])?["field"] as? String == "from")

            let unknownAction = try await node.request(
                "POST", "/api/v1/cases/0190f2a4-0000-7000-8000-000000000000/actions", json: ["action": "bien-mat"])
            #expect([400, 404].contains(unknownAction.status))

            // 300 KB, over the API's 256 KiB: refused before it is read whole (curl, which
            // reads an early answer, stands in for a client that sends everything).
            let oversized = try Self.curl(
                node.base + "/api/v1/reports", body: Data(repeating: UInt8(ascii: " "), count: 300_000), user: node.user)
            #expect(oversized == 413)

            // The citizen form answers in Vietnamese on the page itself, keeping what was typed.
            let form = try await node.request(
                "POST", "/report", body: Data("category=xa-rac&description=&address=Ea+P%E1%BB%91k".utf8),
                headers: ["Content-Type": "application/x-www-form-urlencoded"])
            let page = String(decoding: form.data, as: UTF8.self)
            #expect(form.status == 400 || form.status == 422)
            #expect(page.contains("Vui lòng mô tả sự việc"))
            #expect(page.contains("Ea Pốk"))

            // Nothing was written, and the node still takes a good report.
            let total = try await node.get("/api/v1/stats").json["total"] as? [String: Any]
            #expect(total?["received"] as? Int == 0)
            let good = try await node.request("POST", "/api/v1/reports", json: valid)
            #expect(good.status == 201)
        }
    }

    @Test func theNodeServesTheOpenAPIDocumentOfItsAPI() async throws {
        try await Federation.with { federation in
            try federation.addNode("krong-nang", district: "650")
            try await federation.startNode("krong-nang")
            let reply = try await federation.http("krong-nang").get("/api/v1/openapi.json")
            #expect(reply.status == 200)
            let document = reply.json
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: Any])
            for path in ["/api/v1/reports", "/api/v1/cases/{id}/actions", "/api/v1/stats", "/api/v1/track/{code}", "/api/v1/webhooks/{channel}"] {
                #expect(paths[path] != nil, "the document lacks \(path)")
            }
        }
    }

    /// POSTs `body` as JSON with curl and returns the HTTP status.
    static func curl(_ url: String, body: Data, user: String) throws -> Int {
        let file = NSTemporaryDirectory() + "ioc-oversized-\(UUID().uuidString.prefix(8)).json"
        try body.write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let output = try? FederationProcess.runSystem("/usr/bin/curl", [
            "--silent", "--output", "/dev/null", "--write-out", "%{http_code}", "--max-time", "10",
            "--user", "\(user):\(HTTP.password)", "--header", "Content-Type: application/json", "--data-binary", "@" + file, url,
        ])
        return output.flatMap { Int($0) } ?? 0
    }
}
