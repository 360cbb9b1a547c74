import CyberSecurity
import SiteProbes
import Vietnam

/// A monitored site with what the federation sees of it now.
struct SiteStatusJSON: Encodable {
    var site: MonitoredSite
    var verdict: String
    /// Vantage points that see the site down while others reach it: their link, not the site.
    var unreachable_from: [String]
    var colour: String
    var page: String?
    var vantages: [VantageJSON]
    var open_incidents: [IncidentJSON]
    var availability: [String: Double]?
    /// The page last seen at the hub and the approved baseline (a site's own page only).
    var latest_page: PageJSON?
    var baseline: PageJSON?

    struct PageJSON: Encodable {
        var domHash: String
        var at: String
        var by: String?
        var lines: Int

        init(_ page: ObservedPage) {
            domHash = page.fingerprint.domHash
            at = VietnamTime.iso8601(millis: page.at)
            by = page.by
            lines = page.fingerprint.lines.count
        }
    }

    init(_ status: SiteStatus, availability: [String: Double]? = nil, latestPage: ObservedPage? = nil, baseline: ObservedPage? = nil) {
        site = status.site
        switch status.verdict {
        case .unknown: verdict = "unknown"
        case .up: verdict = "up"
        case .degraded: verdict = "degraded"
        case .down: verdict = "down"
        case .unreachableFrom: verdict = "unreachable_from"
        }
        if case .unreachableFrom(let vantages) = status.verdict { unreachable_from = vantages } else { unreachable_from = [] }
        colour = status.colour
        page = status.page?.rawValue
        vantages = status.vantages.map(VantageJSON.init)
        open_incidents = status.openIncidents.map { IncidentJSON($0) }
        self.availability = availability
        latest_page = latestPage.map(PageJSON.init)
        self.baseline = baseline.map(PageJSON.init)
    }
}

/// One vantage point's report of a site; `fresh` false when it is too old to vote.
struct VantageJSON: Encodable {
    var vantage: String
    var fresh: Bool
    var state: String?
    var since: String?
    var checked_at: String?
    var health: String?
    var reasons: [String]
    var status: Int?
    var failure: String?
    var failure_detail: String?
    var timings_ms: [String: Double]?
    var redirects: [String]
    var maintenance: Bool
    var certificate_expires: String?
    var certificate_days: Int?
    var certificate_valid: Bool?
    var address: String?
    var page: String?
    var page_ratio: Double?
    var page_added: [String]
    var page_removed: [String]
    var page_phrases: [String]

    init(_ vantage: SiteStatus.Vantage) {
        self.vantage = vantage.name
        fresh = vantage.fresh
        let r = vantage.report
        state = r?.state.rawValue
        since = r?.since.map { VietnamTime.iso8601(millis: $0) }
        checked_at = r.map { VietnamTime.iso8601(millis: $0.checkedAt) }
        health = r?.health.rawValue
        reasons = r?.reasons ?? []
        status = r?.status
        failure = r?.failure
        failure_detail = r?.failureDetail
        if let r {
            var timings = ["total": r.totalMillis]
            timings["dns"] = r.dnsMillis
            timings["connect"] = r.connectMillis
            timings["tls"] = r.tlsMillis
            timings["first_byte"] = r.firstByteMillis
            timings_ms = timings
        }
        redirects = r?.redirects ?? []
        maintenance = r?.maintenance ?? false
        certificate_expires = r?.certificateExpires.map { VietnamTime.iso8601(millis: $0) }
        certificate_days = r?.certificateDays
        certificate_valid = r?.certificateValid
        address = r?.address
        page = r?.page?.rawValue
        page_ratio = r?.pageRatio
        page_added = r?.pageAdded ?? []
        page_removed = r?.pageRemoved ?? []
        page_phrases = r?.pagePhrases ?? []
    }
}

/// An incident as the API shows it, with the security alerts it joins when asked.
struct IncidentJSON: Encodable {
    var id: String
    var site: String
    var kind: String
    var status: String
    var start: String
    var end: String?
    var duration_s: Int64
    var vantages: [String]
    var detail: String
    var opened_by: String
    var notes: [Note]
    var alerts: [AlertJSON]?

    struct Note: Encodable {
        var at: String
        var by: String
        var text: String
    }

    init(_ i: SiteIncident, now: Int64 = 0, alerts: [AlertJSON]? = nil) {
        id = i.id
        site = i.site
        kind = i.kind.rawValue
        status = i.status.rawValue
        start = VietnamTime.iso8601(millis: i.start)
        end = i.end.map { VietnamTime.iso8601(millis: $0) }
        duration_s = i.duration(at: max(now, i.end ?? i.start)) / 1000
        vantages = i.vantages
        detail = i.detail
        opened_by = i.openedBy
        notes = i.notes.map { Note(at: VietnamTime.iso8601(millis: $0.at), by: $0.by, text: $0.text) }
        self.alerts = alerts
    }
}

/// One hour of one vantage point's checks.
struct ProbeHourJSON: Encodable {
    var hour: String
    var vantage: String
    var checks: Int
    var failed: Int
    var degraded: Int
    var mean_ms: Double

    init(_ h: ProbeHour) {
        hour = VietnamTime.iso8601(millis: h.hour)
        vantage = h.vantage
        checks = h.checks
        failed = h.failed
        degraded = h.degraded
        mean_ms = (h.meanMillis * 10).rounded() / 10
    }
}

/// A site's traffic per hour and its most requested paths over the span.
struct TrafficJSON: Encodable {
    struct Hour: Encodable {
        var hour: String
        var requests: Int
        var client_errors: Int
        var server_errors: Int
        var bytes: Int
    }
    struct Path: Encodable {
        var path: String
        var requests: Int
    }
    var items: [Hour]
    var top_paths: [Path]

    init(_ hours: [TrafficHour]) {
        items = hours.map { Hour(hour: VietnamTime.iso8601(millis: $0.hour), requests: $0.requests, client_errors: $0.clientErrors, server_errors: $0.serverErrors, bytes: $0.bytes) }
        top_paths = TrafficHour.topPaths(hours, count: 20).map { Path(path: $0.path, requests: $0.requests) }
    }
}
