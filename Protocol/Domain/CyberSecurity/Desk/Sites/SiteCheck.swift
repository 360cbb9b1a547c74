import Replica
import SiteProbes

/// One probe of one site read against what the site must show: its health with the
/// reasons, and for a page with an approved baseline, how far the page moved from it.
struct SiteCheck: Sendable {
    var at: Int64
    var outcome: CheckOutcome
    var status: Int?
    var failure: ProbeFailure?
    var failureDetail: String?
    var timings: ProbeTimings
    var redirects: [String]
    var certificate: ProbeCertificate?
    var address: String?
    /// The page's fingerprint, when an HTML page came back.
    var page: PageFingerprint?
    /// The comparison with the approved baseline (nil: no baseline, or no page).
    var finding: DefacementCheck.Finding?

    var totalMillis: Double { timings.total }

    init(_ result: ProbeResult, site: MonitoredSite, baseline: PageFingerprint?) {
        at = result.at
        outcome = site.expectation.assess(result)
        status = result.status
        failure = result.failure
        failureDetail = result.failureDetail
        timings = result.timings
        redirects = result.redirects
        certificate = result.certificate
        address = result.address
        let html = result.contentType.map { $0.lowercased().contains("html") } ?? true
        if result.answered, html, !result.body.isEmpty {
            let page = PageFingerprint(html: result.body)
            self.page = page
            finding = baseline.map { DefacementCheck().compare(baseline: $0, current: page) }
        }
    }

    /// The fields of the vantage point's record of this check.
    func edits(site: String, vantage: String, state: VantageState, maintenance: Bool) -> [Edit] {
        func assign(_ field: String, _ value: Any?) -> Edit { Edit(field, .assign(JSONFragment.encode(value))) }
        var edits = [
            assign("site", site), assign("vantage", vantage), assign("state", state.state.rawValue), assign("since_ms", state.since),
            assign("checked_ms", at), assign("health", outcome.health.rawValue), assign("reasons", outcome.reasons.map(\.code)),
            assign("status", status), assign("failure", failure?.rawValue), assign("failure_detail", failureDetail.map { String($0.prefix(300)) }),
            assign("total_ms", timings.total), assign("dns_ms", timings.dns), assign("connect_ms", timings.connect), assign("tls_ms", timings.tls),
            assign("first_byte_ms", timings.firstByte), assign("redirects", redirects), assign("maintenance", maintenance),
            assign("certificate_expires_ms", certificate?.expires), assign("certificate_days", certificate.map { $0.daysLeft(at: at) }),
            assign("certificate_valid", certificate?.chainValid), assign("page_hash", page?.domHash),
            assign("address", address),
        ]
        if let finding {
            edits += [
                assign("page", finding.verdict.rawValue), assign("page_ratio", finding.ratio), assign("page_added", Array(finding.added.prefix(40))),
                assign("page_removed", Array(finding.removed.prefix(40))), assign("page_phrases", finding.phrases),
            ]
        } else {
            edits += [assign("page", nil), assign("page_ratio", nil), assign("page_added", []), assign("page_removed", []), assign("page_phrases", [])]
        }
        return edits
    }
}
