import Foundation
import Notifications
import Testing

/// Incident notices leave through libcurl to a webhook and an SMTP server: test doubles
/// written in Python (`Peers/`), real servers on loopback.
@Suite struct NotificationDeliveryTests {
    static func peer(_ script: String, _ arguments: [String]) throws -> PeerServer {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Peers/\(script)").path
        return try PeerServer("/usr/bin/python3", ["-u", path] + arguments, ready: /port (\d+)/)
    }

    /// The JSON lines a double wrote.
    static func lines(_ path: String) -> [[String: Any]] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    @Test func aWebhookReceivesTheJSONWithItsHeaders() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sink = try Self.peer("webhook_sink.py", [scratch.path + "/posts.jsonl"])
        let post = WebhookPost(url: "http://127.0.0.1:\(sink.port)/hooks/ioc", headers: ["Authorization: Bearer t0k3n"])
        let result = await post.send(Array(#"{"event":"opened","site":"stttt"}"#.utf8))
        #expect(result == .delivered(status: 200))
        let received = try #require(Self.lines(scratch.path + "/posts.jsonl").first)
        #expect(received["path"] as? String == "/hooks/ioc")
        #expect(received["body"] as? String == #"{"event":"opened","site":"stttt"}"#)
        let headers = try #require(received["headers"] as? [String: String])
        #expect(headers["Content-Type"] == "application/json")
        #expect(headers["Authorization"] == "Bearer t0k3n")
    }

    @Test func aWebhookThatAnswersAnErrorIsAFailureWithItsStatus() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sink = try Self.peer("webhook_sink.py", [scratch.path + "/posts.jsonl", "503"])
        let result = await WebhookPost(url: "http://127.0.0.1:\(sink.port)/").send(Array("{}".utf8))
        #expect(result == .failed(code: 503, detail: "HTTP 503"))
    }

    @Test func aWebhookNobodyListensToFailsWithoutThrowing() async throws {
        let silent = try PeerServer.silent()
        let port = silent.port
        silent.stop()
        let result = await WebhookPost(url: "http://127.0.0.1:\(port)/", timeoutMillis: 2_000).send(Array("{}".utf8))
        #expect(!result.isDelivered)
    }

    @Test func anEmailReachesTheSMTPServerWithItsEnvelopeAndAVietnameseSubject() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let smtp = try Self.peer("fake_smtp.py", [scratch.path + "/mail.jsonl"])
        let sender = SMTPSender(url: "smtp://127.0.0.1:\(smtp.port)", from: "ioc@daklak.gov.vn", to: ["soc@daklak.gov.vn", "stttt@daklak.gov.vn"])
        let result = await sender.send(subject: "Mở sự cố: Trang ngừng hoạt động", body: "Cổng DVC không truy cập được.\n.dòng bắt đầu bằng dấu chấm")
        #expect(result.isDelivered)
        let mail = try #require(Self.lines(scratch.path + "/mail.jsonl").first)
        #expect(mail["from"] as? String == "<ioc@daklak.gov.vn>")
        #expect(mail["to"] as? [String] == ["<soc@daklak.gov.vn>", "<stttt@daklak.gov.vn>"])
        let data = try #require(mail["data"] as? String)
        let subject = "=?UTF-8?B?" + Data("Mở sự cố: Trang ngừng hoạt động".utf8).base64EncodedString() + "?="
        #expect(data.contains("Subject: \(subject)\r\n"))
        #expect(data.contains("Content-Type: text/plain; charset=UTF-8"))
        #expect(data.contains("\r\n\r\nCổng DVC không truy cập được.\r\n"))
        // Dot-stuffed on the wire (RFC 5321 §4.5.2): the server sees the doubled dot.
        #expect(data.contains("\r\n..dòng bắt đầu bằng dấu chấm"))
    }

    @Test func anSMTPServerThatRefusesTheRecipientIsAFailure() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let smtp = try Self.peer("fake_smtp.py", [scratch.path + "/mail.jsonl", "--refuse-rcpt"])
        let result = await SMTPSender(url: "smtp://127.0.0.1:\(smtp.port)", from: "ioc@daklak.gov.vn", to: ["ai-do@daklak.gov.vn"]).send(subject: "x", body: "y")
        #expect(!result.isDelivered)
        #expect(Self.lines(scratch.path + "/mail.jsonl").isEmpty)
    }
}

extension NotificationDeliveryTests {
    @Test func aCriticalSOCAlertReachesTheWebhookOnce() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let sink = try Self.peer("webhook_sink.py", [scratch.path + "/posts.jsonl"])
        let (desk, folder) = try SecurityDeskTests.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await desk.ingest([SecurityDeskTests.event("550", host: "web-soyte", band: .critical)])
        let post = WebhookPost(url: "http://127.0.0.1:\(sink.port)/soc")
        for _ in 0..<2 {
            try await desk.tellAlerts { alert in
                await post.send(Array(#"{"rule":"\#(alert.rule)","host":"\#(alert.host)"}"#.utf8)).isDelivered
            }
        }
        #expect(Self.lines(scratch.path + "/posts.jsonl").compactMap { $0["body"] as? String } == [#"{"rule":"550","host":"web-soyte"}"#])
    }
}
