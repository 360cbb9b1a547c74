import CRDT
import Foundation
import Hummingbird
import Identity
import Replica
import StaffUI
import SyncSession
import WebAPI

/// Node-only routes: health, the link to the hub, metrics.
struct NodeRoutes: Sendable {
    let configuration: NodeConfiguration
    let replica: Replica
    let key: PublicKey
    let daemon: SyncDaemon
    let auth: StaffAuthenticator

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("healthz") { _, _ in
            JSONResponse.object(["status": "ok", "role": "node", "district": configuration.district, "name": configuration.name])
        }
        router.get("api/v1/sync") { request, _ in await auth.staff(request, .syncRead) { _ in syncStatus() } }
        router.get("metrics") { request, _ in await auth.staff(request, .syncRead) { _ in metrics() } }
    }

    /// This node's link to the hub, as its own center's wall shows it.
    func wallLinks() -> [WallLink] {
        let status = daemon.status
        return [
            WallLink(
                name: SyncDaemon.hubPeer, district: "", connected: status.connected, lastSuccess: status.lastSuccessMillis,
                waiting: (try? replica.unacknowledged(by: SyncDaemon.hubPeer)).map { Int($0) })
        ]
    }

    private func syncStatus() -> Response {
        let status = daemon.status
        var hub: [String: Any] = [
            "name": SyncDaemon.hubPeer, "url": configuration.sync.hubSyncURL, "connected": status.connected,
            "not_yet_acknowledged": (try? replica.unacknowledged(by: SyncDaemon.hubPeer)).map { Int($0) } ?? -1,
            "pushed": status.pushed, "pulled": status.pulled, "refused": status.refused, "rounds": status.rounds, "photos_sent": status.photosSent,
        ]
        hub["last_success_ms"] = status.lastSuccessMillis
        hub["last_attempt_ms"] = status.lastAttemptMillis
        hub["last_error"] = status.lastError.map { problem in Localizer.bilingual { $0.message(problem) } }
        hub["hub_clock_offset_ms"] = status.hubClockOffsetMillis
        hub["waiting_for_hub_clock"] = status.waitingForTime
        hub["recoveries"] = status.recoveries
        hub["last_recovery"] = status.lastRecovery
        return JSONResponse.object([
            "role": "node", "name": configuration.name, "district": configuration.district,
            "site": replica.site.description, "incarnation": Int(replica.incarnation), "public_key": key.hex, "peers": [hub],
            "version_vector": ((try? replica.versionVector()) ?? VersionVector()).entries
                .reduce(into: [String: Int]()) { $0[$1.key.description] = Int($1.value) },
            "quarantined": (try? replica.quarantineCount()) ?? 0,
            "resync": resyncStatus(status.resync),
        ])
    }

    /// The resync under way or done since start; else a pending request; else the last one.
    private func resyncStatus(_ progress: Resync.Progress?) -> [String: Any] {
        var entry: [String: Any] = [:]
        entry["last"] = try? replica.meta(Resync.lastKey)
        if let progress {
            entry["state"] = progress.phase.rawValue
            entry["requested_ms"] = progress.requestedAtMillis
            entry["started_ms"] = progress.startedMillis
            entry["finished_ms"] = progress.finishedMillis
            entry["pulled"] = progress.pulled
            entry["estimated"] = progress.estimated
            entry["kept_local"] = progress.keptLocal
            entry["entities"] = progress.entities
            entry["error"] = progress.error.map { problem in Localizer.bilingual { $0.message(problem) } }
        }
        if progress == nil || progress?.phase == .done, let requested = try? Resync.requested(on: replica) {
            // Asked for (again) and not started yet: the next round with the hub performs it.
            entry["state"] = "requested"
            entry["requested_ms"] = requested
        }
        if entry["state"] == nil { entry["state"] = "none" }
        return entry
    }

    private func metrics() -> Response {
        let status = daemon.status
        let pending = (try? replica.unacknowledged(by: SyncDaemon.hubPeer)) ?? 0
        let text = """
            # HELP ioc_sync_connected Whether the last sync round with the hub succeeded.
            # TYPE ioc_sync_connected gauge
            ioc_sync_connected \(status.connected ? 1 : 0)
            # HELP ioc_sync_unacknowledged_changes Local changes the hub has not acknowledged.
            # TYPE ioc_sync_unacknowledged_changes gauge
            ioc_sync_unacknowledged_changes \(pending)
            # HELP ioc_sync_changes_total Changes moved by the sync daemon.
            # TYPE ioc_sync_changes_total counter
            ioc_sync_changes_total{direction="pushed"} \(status.pushed)
            ioc_sync_changes_total{direction="pulled"} \(status.pulled)

            """
        return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
