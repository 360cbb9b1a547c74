/// What a monitored page must show to count as up: an answer below 400 within the slow
/// limit, the expected text or pattern, a certificate that verifies and is not about to
/// expire, and (when given) a DNS answer among the site's own addresses.
public struct SiteExpectation: Sendable, Hashable, Codable {
    /// Text the page must contain (case-sensitive, after no normalisation), e.g. the
    /// department's name; nil: none.
    public var keyword: String?
    /// A regular expression the page must match; nil: none.
    public var pattern: String?
    /// Slower than this (total milliseconds) is degraded.
    public var slowMillis: Double
    /// Fewer days left on the certificate than this is degraded.
    public var certificateWarningDays: Int
    /// The DNS answer check: the addresses the site's name may resolve to (its servers'); an
    /// answer outside them (a hijacked or mistyped record) is degraded. Nil or empty: any.
    public var addresses: [String]?

    public init(keyword: String? = nil, pattern: String? = nil, slowMillis: Double = 3_000, certificateWarningDays: Int = 14, addresses: [String]? = nil) {
        self.keyword = keyword
        self.pattern = pattern
        self.slowMillis = slowMillis
        self.certificateWarningDays = certificateWarningDays
        self.addresses = addresses
    }

    /// How one probe's result reads against the expectation.
    public func assess(_ result: ProbeResult) -> CheckOutcome {
        guard result.failure == nil, let status = result.status else { return CheckOutcome(health: .failed, reasons: [.unreachable(result.failure ?? .other)]) }
        guard status < 400 else { return CheckOutcome(health: .failed, reasons: [.httpStatus(status)]) }
        var reasons: [CheckOutcome.Reason] = []
        let text = String(decoding: result.body, as: UTF8.self)
        if let keyword, !keyword.isEmpty, !text.contains(keyword) { reasons.append(.keywordMissing(keyword)) }
        if let pattern, !pattern.isEmpty {
            if let regex = try? Regex(pattern) {
                if text.firstMatch(of: regex) == nil { reasons.append(.patternMissing(pattern)) }
            } else {
                reasons.append(.patternInvalid(pattern))
            }
        }
        // A page without its expected text is not the page: as bad as no answer.
        if !reasons.isEmpty { return CheckOutcome(health: .failed, reasons: reasons) }
        if let addresses, !addresses.isEmpty, let address = result.address, !addresses.contains(address) { reasons.append(.dnsUnexpected(address)) }
        if result.timings.total > slowMillis { reasons.append(.slow(result.timings.total)) }
        if let certificate = result.certificate {
            if !certificate.chainValid { reasons.append(.certificateInvalid(certificate.verifyResult)) }
            let left = certificate.daysLeft(at: result.at)
            if left < certificateWarningDays { reasons.append(.certificateExpiring(daysLeft: left)) }
        }
        return CheckOutcome(health: reasons.isEmpty ? .healthy : .degraded, reasons: reasons)
    }
}

/// One check's reading: healthy, degraded (answered, with something wrong) or failed, and why.
public struct CheckOutcome: Sendable, Hashable, Codable {
    public enum Health: String, Sendable, Hashable, Codable {
        case healthy, degraded, failed
    }

    public enum Reason: Sendable, Hashable, Codable {
        case unreachable(ProbeFailure)
        case httpStatus(Int)
        case keywordMissing(String)
        case patternMissing(String)
        case patternInvalid(String)
        case slow(Double)
        case certificateInvalid(Int)
        case certificateExpiring(daysLeft: Int)
        /// The name resolved to an address outside the expected ones.
        case dnsUnexpected(String)

        /// A short stable code with its value, as records and the API carry it
        /// (`http_status:503`, `keyword_missing`, `certificate_expiring:3`).
        public var code: String {
            switch self {
            case .unreachable(let failure): "unreachable:\(failure.rawValue)"
            case .httpStatus(let status): "http_status:\(status)"
            case .keywordMissing: "keyword_missing"
            case .patternMissing: "pattern_missing"
            case .patternInvalid: "pattern_invalid"
            case .slow(let millis): "slow:\(Int(millis.rounded()))"
            case .certificateInvalid(let result): "certificate_invalid:\(result)"
            case .certificateExpiring(let days): "certificate_expiring:\(days)"
            case .dnsUnexpected(let address): "dns_unexpected:\(address)"
            }
        }
    }

    public var health: Health
    public var reasons: [Reason]

    public init(health: Health, reasons: [Reason] = []) {
        self.health = health
        self.reasons = reasons
    }
}
