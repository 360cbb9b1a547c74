import CCurl
import Vietnam

/// One probe of one page with system libcurl: the HTTP status, the time of each phase (DNS,
/// connect, TLS, first byte, total), the address the site's name resolved to, the redirect chain, the server certificate with its
/// expiry and chain verification, and the body.
///
/// Why libcurl and not URLSession: Foundation's URLSession on Linux reports neither the
/// phases of a request nor the certificate chain, and follows redirects without telling
/// each hop; libcurl gives all three and is the tool operators check a site with by hand.
///
/// Guarantees: never throws; every failure is a `ProbeResult` with its `ProbeFailure`; a
/// certificate that fails verification is reported (`chainValid` false) and the page is
/// still fetched without verification, so an expired certificate does not hide whether the
/// site answers; at most `maxBodyBytes` of a body are kept. Blocking: call it from a thread
/// outside the cooperative pool (`ProbeRunner` does).
public enum HTTPProbe {
    public static let maxBodyBytes = 2 * 1024 * 1024

    /// How one probe is made.
    public struct Options: Sendable, Hashable {
        public var timeoutMillis = 10_000
        /// A CA bundle to verify with instead of the system's (a site with its own CA).
        public var caFile: String?
        public var maxRedirects = 5
        /// curl's `--resolve` entries, `host:port:address`: probe a name at a chosen address.
        public var resolve: [String] = []
        /// curl's `--connect-to` entries, `host:port:connect-host:connect-port`: reach a site
        /// through another address (a district's proxy, a split-horizon name) while asking for
        /// the URL as written.
        public var connectTo: [String] = []
        public var userAgent = "IOC-DakLak-probe/1.0 (+giam sat an toan thong tin)"

        public init(timeoutMillis: Int = 10_000, caFile: String? = nil, maxRedirects: Int = 5, resolve: [String] = [], connectTo: [String] = []) {
            self.timeoutMillis = timeoutMillis
            self.caFile = caFile
            self.maxRedirects = maxRedirects
            self.resolve = resolve
            self.connectTo = connectTo
        }
    }

    private static let initialized: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    public static func run(_ url: String, options: Options = Options(), now: Int64) -> ProbeResult {
        guard initialized else { return ProbeResult(at: now, url: url, failure: .other, failureDetail: "curl_global_init failed", timings: ProbeTimings(total: 0)) }
        var next = url
        var redirects: [String] = []
        var total = 0.0
        var certificate: ProbeCertificate?
        var address: String?
        while true {
            var hop = Hop.run(next, options: options, verify: true)
            if hop.code == CURLE_PEER_FAILED_VERIFICATION {
                let verifyResult = hop.verifyResult
                hop = Hop.run(next, options: options, verify: false)
                hop.certificate?.chainValid = false
                hop.certificate?.verifyResult = verifyResult == 0 ? -1 : verifyResult
            }
            total += hop.timings.total
            if certificate == nil { certificate = hop.certificate }
            if redirects.isEmpty { address = hop.address }
            guard hop.code == CURLE_OK else {
                var timings = hop.timings
                timings.total = total
                return ProbeResult(
                    at: now, url: url, failure: failure(hop.code), failureDetail: hop.detail, timings: timings, redirects: redirects, certificate: certificate,
                    address: address)
            }
            if (300..<400).contains(hop.status), let location = hop.redirect {
                guard redirects.count < options.maxRedirects else {
                    return ProbeResult(
                        at: now, url: url, status: hop.status, failure: .tooManyRedirects, timings: ProbeTimings(total: total), redirects: redirects,
                        certificate: certificate, address: address)
                }
                redirects.append(location)
                next = location
                continue
            }
            var timings = hop.timings
            timings.total = total
            return ProbeResult(
                at: now, url: url, status: hop.status, timings: timings, redirects: redirects, certificate: certificate, body: hop.body.bytes,
                contentType: hop.contentType, address: address)
        }
    }

    static func failure(_ code: CURLcode) -> ProbeFailure {
        switch code {
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: .dns
        case CURLE_COULDNT_CONNECT: .connect
        case CURLE_OPERATION_TIMEDOUT: .timeout
        case CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER, CURLE_PEER_FAILED_VERIFICATION: .tls
        case CURLE_TOO_MANY_REDIRECTS: .tooManyRedirects
        default: .other
        }
    }

    /// The body as it arrives, up to the limit; the rest is read and dropped.
    final class Body {
        var bytes: [UInt8] = []
    }

    /// One request, no redirect followed.
    struct Hop {
        var code: CURLcode = CURLE_OK
        var detail: String?
        var status = 0
        var timings = ProbeTimings(total: 0)
        var redirect: String?
        var certificate: ProbeCertificate?
        var verifyResult = 0
        var contentType: String?
        /// The address libcurl connected to (the name's DNS answer it used).
        var address: String?
        var body = Body()

        static func run(_ url: String, options: Options, verify: Bool) -> Hop {
            var hop = Hop()
            guard let handle = curl_easy_init() else {
                hop.code = CURLE_FAILED_INIT
                return hop
            }
            defer { curl_easy_cleanup(handle) }
            var resolve: UnsafeMutablePointer<curl_slist>?
            for entry in options.resolve { resolve = curl_slist_append(resolve, entry) }
            defer { curl_slist_free_all(resolve) }
            var connectTo: UnsafeMutablePointer<curl_slist>?
            for entry in options.connectTo { connectTo = curl_slist_append(connectTo, entry) }
            defer { curl_slist_free_all(connectTo) }
            var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
            let box = Unmanaged.passRetained(hop.body)
            defer { box.release() }
            let write: curl_write_callback = { data, size, count, context in
                let body = Unmanaged<Body>.fromOpaque(context!).takeUnretainedValue()
                let length = size * count
                let room = HTTPProbe.maxBodyBytes - body.bytes.count
                if room > 0, let data {
                    data.withMemoryRebound(to: UInt8.self, capacity: length) { body.bytes.append(contentsOf: UnsafeBufferPointer(start: $0, count: min(length, room))) }
                }
                return length
            }
            ioc_curl_set_string(handle, CURLOPT_URL, url)
            ioc_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
            ioc_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, 0)
            ioc_curl_set_long(handle, CURLOPT_TIMEOUT_MS, options.timeoutMillis)
            ioc_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT_MS, options.timeoutMillis)
            ioc_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
            ioc_curl_set_string(handle, CURLOPT_USERAGENT, options.userAgent)
            ioc_curl_set_string(handle, CURLOPT_ACCEPT_ENCODING, "")
            ioc_curl_set_long(handle, CURLOPT_CERTINFO, 1)
            ioc_curl_set_long(handle, CURLOPT_SSL_VERIFYPEER, verify ? 1 : 0)
            ioc_curl_set_long(handle, CURLOPT_SSL_VERIFYHOST, verify ? 2 : 0)
            if let caFile = options.caFile { ioc_curl_set_string(handle, CURLOPT_CAINFO, caFile) }
            if resolve != nil { ioc_curl_set_list(handle, CURLOPT_RESOLVE, resolve) }
            if connectTo != nil { ioc_curl_set_list(handle, CURLOPT_CONNECT_TO, connectTo) }
            ioc_curl_set_write(handle, write)
            ioc_curl_set_pointer(handle, CURLOPT_WRITEDATA, box.toOpaque())
            errorBuffer.withUnsafeMutableBufferPointer { buffer in
                _ = ioc_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, buffer.baseAddress)
                hop.code = curl_easy_perform(handle)
                if hop.code != CURLE_OK {
                    let text = String(cString: buffer.baseAddress!)
                    hop.detail = text.isEmpty ? String(cString: curl_easy_strerror(hop.code)) : text
                }
            }
            var status = 0
            ioc_curl_get_long(handle, CURLINFO_RESPONSE_CODE, &status)
            hop.status = status
            var verifyResult = 0
            ioc_curl_get_long(handle, CURLINFO_SSL_VERIFYRESULT, &verifyResult)
            hop.verifyResult = verifyResult
            func millis(_ info: CURLINFO) -> Double? {
                var micros: curl_off_t = 0
                guard ioc_curl_get_offset(handle, info, &micros) == CURLE_OK, micros > 0 else { return nil }
                return Double(micros) / 1000
            }
            hop.timings = ProbeTimings(
                dns: millis(CURLINFO_NAMELOOKUP_TIME_T), connect: millis(CURLINFO_CONNECT_TIME_T), tls: millis(CURLINFO_APPCONNECT_TIME_T),
                firstByte: millis(CURLINFO_STARTTRANSFER_TIME_T), total: millis(CURLINFO_TOTAL_TIME_T) ?? 0)
            var text: UnsafeMutablePointer<CChar>?
            if ioc_curl_get_string(handle, CURLINFO_REDIRECT_URL, &text) == CURLE_OK, let text { hop.redirect = String(cString: text) }
            text = nil
            if ioc_curl_get_string(handle, CURLINFO_CONTENT_TYPE, &text) == CURLE_OK, let text { hop.contentType = String(cString: text) }
            text = nil
            if ioc_curl_get_string(handle, CURLINFO_PRIMARY_IP, &text) == CURLE_OK, let text, text.pointee != 0 { hop.address = String(cString: text) }
            hop.certificate = certificate(handle, verified: verify && hop.code == CURLE_OK, verifyResult: verifyResult)
            return hop
        }

        /// The leaf certificate's subject, issuer and expiry from libcurl's certificate info.
        static func certificate(_ handle: UnsafeMutableRawPointer, verified: Bool, verifyResult: Int) -> ProbeCertificate? {
            var info: UnsafeMutablePointer<curl_certinfo>?
            guard ioc_curl_get_certinfo(handle, &info) == CURLE_OK, let info, info.pointee.num_of_certs > 0, let lists = info.pointee.certinfo else {
                return nil
            }
            var fields: [String: String] = [:]
            var item = lists[0]
            while let node = item {
                let line = String(cString: node.pointee.data)
                if let colon = line.firstIndex(of: ":") { fields[String(line[..<colon])] = String(line[line.index(after: colon)...]) }
                item = node.pointee.next
            }
            guard let expiry = fields["Expire date"].flatMap(CertificateDate.millis) else { return nil }
            return ProbeCertificate(
                subject: fields["Subject"] ?? "", issuer: fields["Issuer"] ?? "", expires: expiry, chainValid: verified, verifyResult: verified ? 0 : verifyResult)
        }
    }
}
