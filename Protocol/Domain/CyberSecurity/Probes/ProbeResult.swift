/// What one probe of one page saw from one vantage point.
public struct ProbeResult: Sendable, Hashable, Codable {
    /// Unix milliseconds when the probe started.
    public var at: Int64
    public var url: String
    /// The final answer's HTTP status; nil when there was none.
    public var status: Int?
    public var failure: ProbeFailure?
    /// libcurl's words for the failure.
    public var failureDetail: String?
    /// The last hop's phases; `total` sums every hop.
    public var timings: ProbeTimings
    /// Each URL a redirect led to, in order (empty: none).
    public var redirects: [String]
    public var certificate: ProbeCertificate?
    /// The final answer's body, at most `HTTPProbe.maxBodyBytes`.
    public var body: [UInt8]
    public var contentType: String?
    /// The address the URL's own host resolved to and was reached at (before any redirect);
    /// nil when no connection was made.
    public var address: String?

    public init(
        at: Int64, url: String, status: Int? = nil, failure: ProbeFailure? = nil, failureDetail: String? = nil, timings: ProbeTimings,
        redirects: [String] = [], certificate: ProbeCertificate? = nil, body: [UInt8] = [], contentType: String? = nil,
        address: String? = nil
    ) {
        self.at = at
        self.url = url
        self.status = status
        self.failure = failure
        self.failureDetail = failureDetail
        self.timings = timings
        self.redirects = redirects
        self.certificate = certificate
        self.body = body
        self.contentType = contentType
        self.address = address
    }

    /// An answer came back with a status below 400.
    public var answered: Bool { failure == nil && (status ?? 600) < 400 }
}
