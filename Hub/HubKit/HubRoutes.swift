import CRDT
import FieldReports
import Foundation
import Hummingbird
import Replica
import StaffUI
import SyncSession
import WebAPI

/// Hub-only routes: health, sync state per node, metrics.
struct HubRoutes: Sendable {
    let service: SyncService
    let replica: Replica
    let enrolments: EnrolmentBook
    let auth: StaffAuthenticator
    /// The "not synced" alert (`--stale-after-minutes`); nil: none.
    var alert: StaleNodeAlert? = nil

    /// A node counts as connected when it was heard from within this window (the node's
    /// periodic pull is far more frequent).
    var connectedWindowMillis: Int64 = 30_000

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("healthz") { _, _ in JSONResponse.object(["status": "ok", "role": "hub", "site": replica.site.description]) }
        router.get("api/v1/sync") { request, _ in await auth.staff(request, .syncRead) { _ in syncStatus() } }
        router.get("metrics") { request, _ in await auth.staff(request, .syncRead) { _ in metrics() } }
    }

    /// Every enrolled node's link as the wall shows it (see `link(_:now:)`).
    func wallLinks() -> [WallLink] {
        let now = Int64(Replica.systemMillis())
        return enrolments.all().map { link($0, now: now).link }
    }

    /// One node's link, as both the wall and `GET /api/v1/sync` show it: connected when heard
    /// from within `connectedWindowMillis`, its last successful sync, and the changes it has yet
    /// to receive (nil when it never said what it holds, or the count failed); with the
    /// activity and sites the count was made from.
    private func link(_ node: Enrolment, now: Int64) -> (link: WallLink, activity: NodeActivity, sites: [SiteID]) {
        let activity = service.activity(of: node.name)
        let sites = activity.sites.isEmpty ? [node.site] : activity.sites
        let waiting = activity.has.flatMap { has in
            try? replica.pendingCount(forScopes: [node.district, Scope.province], has: has, excluding: Set(sites))
        }
        let link = WallLink(
            name: node.name, district: node.district, connected: activity.lastContactMillis.map { now - $0 < connectedWindowMillis } ?? false,
            lastSuccess: activity.lastSuccessMillis, waiting: waiting)
        return (link, activity, sites)
    }

    private func syncStatus() -> Response {
        let now = Int64(Replica.systemMillis())
        let held = (try? replica.versionVector()) ?? VersionVector()
        let enrolled = enrolments.all()
        let verdicts = Dictionary((alert?.check(enrolled, now: now) ?? []).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let nodes = enrolled.map { node -> [String: Any] in
            let (link, activity, sites) = link(node, now: now)
            var entry: [String: Any] = [
                "name": node.name, "district": node.district, "site": node.site.description,
                "public_key": node.publicKey.hex,
                "connected": link.connected,
                "changes_received": sites.reduce(0) { $0 + held[$1] },
                "incarnation": sites.count - 1,
            ]
            entry["last_contact_ms"] = activity.lastContactMillis
            entry["last_success_ms"] = activity.lastSuccessMillis
            entry["last_error"] = activity.lastRefusal
            entry["refused_requests"] = activity.refusals
            entry["stale"] = verdicts[node.name]?.stale ?? false
            if activity.has != nil { entry["not_yet_acknowledged"] = link.waiting ?? NSNull() }
            return entry
        }
        let counters = service.statistics
        var body: [String: Any] = [
            "role": "hub", "site": replica.site.description, "incarnation": Int(replica.incarnation), "peers": nodes,
            "requests": [
                "served": counters.served, "malformed": counters.malformed, "too_large": counters.tooLarge,
                "refused": counters.refused, "replays": counters.replays, "rate_limited": counters.rateLimited, "changes_applied": counters.changesApplied,
            ],
            "quarantined": (try? replica.quarantineCount()) ?? 0,
        ]
        body["stale_after_minutes"] = alert.map { Double($0.thresholdMillis) / 60_000 }
        return JSONResponse.object(body)
    }

    private func metrics() -> Response {
        let counters = service.statistics
        let text = """
            # HELP ioc_sync_requests_total Sync requests answered by the hub, by outcome.
            # TYPE ioc_sync_requests_total counter
            ioc_sync_requests_total{outcome="served"} \(counters.served)
            ioc_sync_requests_total{outcome="malformed"} \(counters.malformed)
            ioc_sync_requests_total{outcome="too_large"} \(counters.tooLarge)
            ioc_sync_requests_total{outcome="refused"} \(counters.refused)
            ioc_sync_requests_total{outcome="replay"} \(counters.replays)
            ioc_sync_requests_total{outcome="rate_limited"} \(counters.rateLimited)
            # HELP ioc_sync_changes_applied_total Changes from nodes applied at the hub.
            # TYPE ioc_sync_changes_applied_total counter
            ioc_sync_changes_applied_total \(counters.changesApplied)

            """ + staleMetrics()
        return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The "not synced" alert as gauges: one per node, and how many are stale.
    private func staleMetrics() -> String {
        guard let alert else { return "" }
        let verdicts = alert.check(enrolments.all())
        func label(_ value: String) -> String {
            value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n")
        }
        var text = """
            # HELP ioc_sync_node_stale Whether the hub has had no successful sync from the node for longer than --stale-after-minutes.
            # TYPE ioc_sync_node_stale gauge

            """
        for verdict in verdicts {
            text += "ioc_sync_node_stale{node=\"\(label(verdict.name))\",district=\"\(label(verdict.district))\"} \(verdict.stale ? 1 : 0)\n"
        }
        text += """
            # HELP ioc_sync_stale_nodes Enrolled nodes not synced for longer than --stale-after-minutes.
            # TYPE ioc_sync_stale_nodes gauge
            ioc_sync_stale_nodes \(verdicts.filter(\.stale).count)
            # HELP ioc_sync_stale_after_seconds The threshold of the not-synced alert.
            # TYPE ioc_sync_stale_after_seconds gauge
            ioc_sync_stale_after_seconds \(Double(alert.thresholdMillis) / 1000)

            """
        return text
    }
}
