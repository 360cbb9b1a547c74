import SiteProbes

/// What one vantage point last reported of one site, as replicated (`security-vantage`).
public struct VantageReport: Sendable, Hashable, Codable {
    public var site: String
    /// `hub`, or a district code.
    public var vantage: String
    public var state: VantageState.State
    /// When the current state began (an outage: its first failed check).
    public var since: Int64?
    public var checkedAt: Int64
    public var health: CheckOutcome.Health
    /// `CheckOutcome.Reason.code` of each reason.
    public var reasons: [String]
    public var status: Int?
    public var failure: String?
    public var failureDetail: String?
    public var totalMillis: Double
    public var dnsMillis: Double?
    public var connectMillis: Double?
    public var tlsMillis: Double?
    public var firstByteMillis: Double?
    public var redirects: [String]
    public var maintenance: Bool
    public var certificateExpires: Int64?
    public var certificateDays: Int?
    public var certificateValid: Bool?
    /// The address the site's name resolved to from this vantage point.
    public var address: String?
    public var pageHash: String?
    /// The page against its approved baseline; nil without a baseline.
    public var page: DefacementCheck.Verdict?
    public var pageRatio: Double?
    public var pageAdded: [String]
    public var pageRemoved: [String]
    public var pagePhrases: [String]

    enum CodingKeys: String, CodingKey {
        case site, vantage, state, since = "since_ms", checkedAt = "checked_ms", health, reasons, status, failure, failureDetail = "failure_detail"
        case totalMillis = "total_ms", dnsMillis = "dns_ms", connectMillis = "connect_ms", tlsMillis = "tls_ms", firstByteMillis = "first_byte_ms"
        case redirects, maintenance, certificateExpires = "certificate_expires_ms", certificateDays = "certificate_days"
        case certificateValid = "certificate_valid", pageHash = "page_hash", page, pageRatio = "page_ratio", pageAdded = "page_added"
        case pageRemoved = "page_removed", pagePhrases = "page_phrases", address
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        site = try c.decode(String.self, forKey: .site)
        vantage = try c.decode(String.self, forKey: .vantage)
        state = try c.decode(VantageState.State.self, forKey: .state)
        since = try c.decodeIfPresent(Int64.self, forKey: .since)
        checkedAt = try c.decode(Int64.self, forKey: .checkedAt)
        health = try c.decode(CheckOutcome.Health.self, forKey: .health)
        reasons = try c.decodeIfPresent([String].self, forKey: .reasons) ?? []
        status = try c.decodeIfPresent(Int.self, forKey: .status)
        failure = try c.decodeIfPresent(String.self, forKey: .failure)
        failureDetail = try c.decodeIfPresent(String.self, forKey: .failureDetail)
        totalMillis = try c.decodeIfPresent(Double.self, forKey: .totalMillis) ?? 0
        dnsMillis = try c.decodeIfPresent(Double.self, forKey: .dnsMillis)
        connectMillis = try c.decodeIfPresent(Double.self, forKey: .connectMillis)
        tlsMillis = try c.decodeIfPresent(Double.self, forKey: .tlsMillis)
        firstByteMillis = try c.decodeIfPresent(Double.self, forKey: .firstByteMillis)
        redirects = try c.decodeIfPresent([String].self, forKey: .redirects) ?? []
        maintenance = try c.decodeIfPresent(Bool.self, forKey: .maintenance) ?? false
        certificateExpires = try c.decodeIfPresent(Int64.self, forKey: .certificateExpires)
        certificateDays = try c.decodeIfPresent(Int.self, forKey: .certificateDays)
        certificateValid = try c.decodeIfPresent(Bool.self, forKey: .certificateValid)
        address = try c.decodeIfPresent(String.self, forKey: .address)
        pageHash = try c.decodeIfPresent(String.self, forKey: .pageHash)
        page = try c.decodeIfPresent(DefacementCheck.Verdict.self, forKey: .page)
        pageRatio = try c.decodeIfPresent(Double.self, forKey: .pageRatio)
        pageAdded = try c.decodeIfPresent([String].self, forKey: .pageAdded) ?? []
        pageRemoved = try c.decodeIfPresent([String].self, forKey: .pageRemoved) ?? []
        pagePhrases = try c.decodeIfPresent([String].self, forKey: .pagePhrases) ?? []
    }

    /// Whether it still speaks for its vantage point at `now`: reports older than
    /// `staleMillis` (a node cut from the hub, a monitor stopped) do not vote.
    public func isFresh(at now: Int64, staleMillis: Int64) -> Bool { now - checkedAt <= staleMillis }
}
