/// The four bands every security event is sorted into, whatever scale its source used.
///
/// The mappings follow each source's own reading of its scale: Wazuh's dashboard groups rule
/// levels 0–6 as low, 7–11 medium, 12–14 high and 15 critical; Suricata's classification
/// priority 1 is its most severe and 3 its least (a rule may set 4, read as low); syslog
/// severities 0–2 (emergency, alert, critical) are critical, 3 (error) high, 4 (warning)
/// medium and 5–7 (notice, informational, debug) low.
public enum SeverityBand: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case low = 1, medium, high, critical

    /// Wazuh rule level 0…15 (16 is accepted as critical: the integrator filters allow it).
    public init(wazuhLevel level: Int) {
        switch level {
        case ..<7: self = .low
        case 7...11: self = .medium
        case 12...14: self = .high
        default: self = .critical
        }
    }

    /// Suricata `alert.severity` 1…3 (1 most severe).
    public init(suricataSeverity severity: Int) {
        switch severity {
        case ...1: self = .high
        case 2: self = .medium
        default: self = .low
        }
    }

    /// Syslog severity 0…7 (0 emergency).
    public init(syslogSeverity severity: Int) {
        switch severity {
        case ...2: self = .critical
        case 3: self = .high
        case 4: self = .medium
        default: self = .low
        }
    }

    /// The stable name used in the API and in stored rows.
    public var code: String {
        switch self {
        case .low: "low"
        case .medium: "medium"
        case .high: "high"
        case .critical: "critical"
        }
    }

    public init?(code: String) {
        guard let band = Self.allCases.first(where: { $0.code == code }) else { return nil }
        self = band
    }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}
