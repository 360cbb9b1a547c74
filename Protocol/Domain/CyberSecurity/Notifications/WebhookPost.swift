import CCurl
import Dispatch

/// Posts JSON to a configured URL (a chat bot, a ticketing system, the province's
/// alerting gateway) with system libcurl.
///
/// Guarantees: one POST per `send`, `Content-Type: application/json`, the configured
/// headers (a bearer token) sent as given; an answer of 400 or more is a failure with its
/// status; never throws. Blocking work runs on a dispatch queue, off the cooperative pool.
public struct WebhookPost: Sendable, Hashable {
    public var url: String
    /// Extra header lines, `Name: value`.
    public var headers: [String]
    public var timeoutMillis: Int

    public init(url: String, headers: [String] = [], timeoutMillis: Int = 10_000) {
        self.url = url
        self.headers = headers
        self.timeoutMillis = timeoutMillis
    }

    public func send(_ json: [UInt8]) async -> DeliveryResult {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: self.sendBlocking(json)) }
        }
    }

    func sendBlocking(_ json: [UInt8]) -> DeliveryResult {
        var list: UnsafeMutablePointer<curl_slist>?
        for header in ["Content-Type: application/json", "Expect:"] + headers { list = curl_slist_append(list, header) }
        defer { curl_slist_free_all(list) }
        let result = CurlTransfer.run(payload: json, timeoutMillis: timeoutMillis) { handle in
            ioc_curl_set_string(handle, CURLOPT_URL, url)
            ioc_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
            ioc_curl_set_long(handle, CURLOPT_POST, 1)
            ioc_curl_set_offset(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(json.count))
            ioc_curl_set_list(handle, CURLOPT_HTTPHEADER, list)
        }
        if case .delivered(let status) = result, status >= 400 { return .failed(code: status, detail: "HTTP \(status)") }
        return result
    }
}
