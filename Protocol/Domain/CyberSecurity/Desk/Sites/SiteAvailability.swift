/// The share of a span of time a site was available: everything but its outages (`down`
/// incidents; a district's link is not the site's outage) and, when asked, not counting
/// its maintenance windows at all.
///
/// Pure: the same incidents and span give the same figure on any replica.
public struct SiteAvailability: Sendable, Hashable, Codable {
    public var from: Int64
    public var to: Int64
    /// Milliseconds the site was down within the span, outside maintenance.
    public var downMillis: Int64
    /// Milliseconds of maintenance within the span.
    public var maintenanceMillis: Int64
    public var outages: Int

    public init(site: MonitoredSite, incidents: [SiteIncident], from: Int64, to: Int64, now: Int64) {
        self.from = from
        self.to = to
        let windows = site.maintenance.map { (max($0.start, from), min($0.end, to)) }.filter { $0.0 < $0.1 }
        maintenanceMillis = Self.union(windows)
        var down: [(Int64, Int64)] = []
        var outages = 0
        for incident in incidents where incident.kind == .down {
            let start = max(incident.start, from), end = min(incident.end ?? now, to)
            guard start < end else { continue }
            outages += 1
            down.append((start, end))
        }
        self.outages = outages
        // Outage time inside maintenance is maintenance, not downtime.
        downMillis = Self.union(down) - Self.overlap(Self.merged(down), Self.merged(windows))
    }

    /// Available share, 0…1, of the span less its maintenance (1 when nothing is left).
    public var share: Double {
        let counted = max(0, to - from - maintenanceMillis)
        return counted > 0 ? 1 - Double(downMillis) / Double(counted) : 1
    }

    static func merged(_ spans: [(Int64, Int64)]) -> [(Int64, Int64)] {
        var out: [(Int64, Int64)] = []
        for span in spans.sorted(by: { $0.0 < $1.0 }) {
            if let last = out.last, span.0 <= last.1 {
                out[out.count - 1].1 = max(last.1, span.1)
            } else {
                out.append(span)
            }
        }
        return out
    }

    static func union(_ spans: [(Int64, Int64)]) -> Int64 { merged(spans).reduce(0) { $0 + $1.1 - $1.0 } }

    static func overlap(_ a: [(Int64, Int64)], _ b: [(Int64, Int64)]) -> Int64 {
        var total: Int64 = 0
        for x in a { for y in b { total += max(0, min(x.1, y.1) - max(x.0, y.0)) } }
        return total
    }
}
