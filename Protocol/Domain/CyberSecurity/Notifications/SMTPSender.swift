import CCurl
import Dispatch
import Foundation

/// Sends plain-text e-mail through an SMTP server with system libcurl (`smtp://` or
/// `smtps://`, STARTTLS when the URL asks for it with `useTLS`).
///
/// Guarantees: one message per `send`, to every recipient, UTF-8 subject encoded per RFC
/// 2047 and body as quoted UTF-8 text with CRLF line ends; a refusal by the server is a
/// failure with libcurl's words; never throws. Blocking work runs on a dispatch queue.
public struct SMTPSender: Sendable, Hashable {
    /// `smtp://host:port` (the path, if any, is the HELO name).
    public var url: String
    public var from: String
    public var to: [String]
    public var username: String?
    public var password: String?
    public var useTLS: Bool
    public var timeoutMillis: Int

    public init(url: String, from: String, to: [String], username: String? = nil, password: String? = nil, useTLS: Bool = false, timeoutMillis: Int = 10_000) {
        self.url = url
        self.from = from
        self.to = to
        self.username = username
        self.password = password
        self.useTLS = useTLS
        self.timeoutMillis = timeoutMillis
    }

    public func send(subject: String, body: String, at: Date = Date()) async -> DeliveryResult {
        let message = Self.message(from: from, to: to, subject: subject, body: body, at: at)
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: self.sendBlocking(message)) }
        }
    }

    func sendBlocking(_ message: [UInt8]) -> DeliveryResult {
        guard !to.isEmpty else { return .failed(code: 0, detail: "no recipient") }
        var recipients: UnsafeMutablePointer<curl_slist>?
        for address in to { recipients = curl_slist_append(recipients, "<\(address)>") }
        defer { curl_slist_free_all(recipients) }
        return CurlTransfer.run(payload: message, timeoutMillis: timeoutMillis) { handle in
            ioc_curl_set_string(handle, CURLOPT_URL, url)
            ioc_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps")
            ioc_curl_set_string(handle, CURLOPT_MAIL_FROM, "<\(from)>")
            ioc_curl_set_list(handle, CURLOPT_MAIL_RCPT, recipients)
            ioc_curl_set_long(handle, CURLOPT_UPLOAD, 1)
            if useTLS { ioc_curl_set_long(handle, CURLOPT_USE_SSL, Int(CURLUSESSL_ALL.rawValue)) }
            if let username { ioc_curl_set_string(handle, CURLOPT_USERNAME, username) }
            if let password { ioc_curl_set_string(handle, CURLOPT_PASSWORD, password) }
        }
    }

    /// The message as it goes on the wire (RFC 5322).
    static func message(from: String, to: [String], subject: String, body: String, at: Date) -> [UInt8] {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        let encodedSubject = subject.allSatisfy(\.isASCII) ? subject : "=?UTF-8?B?\(Data(subject.utf8).base64EncodedString())?="
        // libcurl doubles a leading dot itself (RFC 5321 §4.5.2).
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let text = [
            "Date: \(formatter.string(from: at))", "From: <\(from)>", "To: \(to.map { "<\($0)>" }.joined(separator: ", "))", "Subject: \(encodedSubject)",
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "",
        ] + lines
        return Array((text.joined(separator: "\r\n") + "\r\n").utf8)
    }
}
