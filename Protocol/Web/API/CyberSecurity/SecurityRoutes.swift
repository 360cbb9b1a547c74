import Access
import CRDT
import CyberSecurity
import Foundation
import Hummingbird
import StaffUI

/// The `/api/v1/security` routes: sensors' events in (Wazuh's integrator, Suricata's EVE
/// records), alerts with their handling, the raw events this site keeps, the counts of bad
/// messages.
///
/// Guarantees: every route needs a staff session, HTTP Basic credentials or a token with the
/// permission named; a district account sees and handles its district's alerts only; a
/// sensor's post stores every good event even when other lines are bad (each bad line is
/// named in the answer and counted), and is refused whole (422) only when no line is good.
struct SecurityRoutes: Sendable {
    let api: RecordRoutes
    let intake: SecurityIntake
    let monitor: SiteMonitor?
    let keeper: IncidentKeeper?
    var desk: SecurityDesk { intake.desk }

    static let maxBodyBytes = 16 * 1024 * 1024

    func register<Context: RequestContext>(on router: Router<Context>) {
        let group = router.group("api/v1/security")
        group.get("alerts") { request, _ in await api.staff(request, .securityRead) { principal in await self.alerts(request, principal) } }
        group.get("alerts/:id") { request, context in
            await api.staff(request, .securityRead) { principal in await self.alert(principal, id: context.parameters.get("id") ?? "") }
        }
        group.patch("alerts/:id") { request, context in
            await api.staff(request, .securityHandle) { principal in await self.handle(request, principal, id: context.parameters.get("id") ?? "") }
        }
        group.get("events") { request, _ in await api.staff(request, .securityRead) { principal in await self.events(request, principal) } }
        group.get("problems") { request, _ in await api.staff(request, .securityRead) { _ in await self.problems() } }
        group.post("events/wazuh") { request, _ in
            await api.staff(request, .securityIngest) { _ in await self.post(request, source: "wazuh") { (line, at) throws(SecurityEventProblem) in try WazuhAlertReader.event(line, receivedAt: at) } }
        }
        group.post("events/suricata") { request, _ in
            await api.staff(request, .securityIngest) { _ in await self.post(request, source: "suricata") { (line, at) throws(SecurityEventProblem) in try SuricataEveReader.event(line, receivedAt: at) } }
        }
        registerSites(on: group)
    }

    /// The units `principal` reads among this site's: every unit's alerts at the hub for a
    /// provincial account, its own district's otherwise.
    private func units(_ principal: Principal) -> [String]? { principal.districts.map(Array.init) }

    private func visible(_ alert: SecurityAlert, to principal: Principal) -> Bool { principal.districts.map { $0.contains(alert.unit) } ?? true }

    private func alerts(_ request: Request, _ principal: Principal) async -> Response {
        let query = RecordRoutes.parameters(request)
        do throws(SecurityError) {
            let band = try Self.band(query)
            guard let (limit, _) = RecordRoutes.paging(query) else { throw .invalidQuery(field: "limit", value: query["limit"] ?? "") }
            let found = try await desk.alerts(
                units: units(principal), minimumBand: band, openOnly: query["open"] == "true", host: query["host"].flatMap { $0.isEmpty ? nil : $0 }, limit: limit)
            let now = desk.nowMillis
            return JSONResponse.encoded(["items": found.map { AlertJSON($0, now: now) }])
        } catch { return JSONResponse.error(error) }
    }

    private func alert(_ principal: Principal, id: String) async -> Response {
        do throws(SecurityError) {
            let alert = try await desk.alert(id)
            guard visible(alert, to: principal) else { throw .alertNotFound(id) }
            return JSONResponse.encoded(AlertJSON(alert, now: desk.nowMillis))
        } catch { return JSONResponse.error(error) }
    }

    /// `{"status": …, "assignee": …, "note": …}`, each optional.
    private func handle(_ request: Request, _ principal: Principal, id: String) async -> Response {
        var request = request
        do throws(SecurityError) {
            let buffer: ByteBuffer
            do { buffer = try await request.collectBody(upTo: 64 * 1024) } catch { throw .bodyTooLarge(limit: 64 * 1024) }
            guard let body = (try? JSONSerialization.jsonObject(with: Data(buffer: buffer))) as? [String: Any] else {
                throw .invalidQuery(field: "body", value: String(decoding: Data(buffer: buffer).prefix(80), as: UTF8.self))
            }
            var status: AlertStatus?
            if let text = body["status"] {
                guard let text = text as? String, let parsed = AlertStatus(rawValue: text) else { throw .invalidQuery(field: "status", value: "\(text)") }
                status = parsed
            }
            let assignee = body["assignee"] as? String, note = (body["note"] as? String).flatMap { $0.isEmpty ? nil : String($0.prefix(2000)) }
            let current = try await desk.alert(id)
            guard visible(current, to: principal) else { throw .alertNotFound(id) }
            let handled = try await desk.handle(id, status: status, assignee: assignee, note: note, by: principal.author)
            api.didWrite()
            return JSONResponse.encoded(AlertJSON(handled, now: desk.nowMillis))
        } catch { return JSONResponse.error(error) }
    }

    /// This site's raw events, newest first: `alert` (an alert's id), `host`, `band`, `before` (an event id, for the next page), `limit`.
    private func events(_ request: Request, _ principal: Principal) async -> Response {
        let query = RecordRoutes.parameters(request)
        do throws(SecurityError) {
            guard principal.districts.map({ $0.contains(desk.homeScope) }) ?? true else { throw .otherUnit(desk.homeScope) }
            guard let (limit, _) = RecordRoutes.paging(query) else { throw .invalidQuery(field: "limit", value: query["limit"] ?? "") }
            var groupKey: String?, host = query["host"].flatMap { $0.isEmpty ? nil : $0 }
            if let id = query["alert"], !id.isEmpty {
                let alert = try await desk.alert(id)
                groupKey = alert.key
                host = alert.host
            }
            var before: Int64?
            if let text = query["before"], !text.isEmpty {
                guard let value = Int64(text) else { throw .invalidQuery(field: "before", value: text) }
                before = value
            }
            let stored = try await desk.store.events(
                groupKey: groupKey, host: host, minimumBand: try Self.band(query), before: before, limit: limit)
            return JSONResponse.encoded(["items": stored.map(SecurityEventJSON.init)])
        } catch { return JSONResponse.error(error) }
    }

    private func problems() async -> Response {
        do throws(SecurityError) {
            let counts = intake.counts
            return JSONResponse.encoded(ProblemsJSON(received: counts.received, ingested: counts.ingested, refused: counts.refused, dropped: counts.dropped, problems: try await desk.store.problems()))
        } catch { return JSONResponse.error(error) }
    }

    private struct ProblemsJSON: Encodable {
        var received, ingested, refused, dropped: Int
        var problems: [SecurityEventStore.ProblemCount]
    }

    /// One JSON object, or one per line (NDJSON, as `eve.json` and `alerts.json` are written).
    private func post(
        _ request: Request, source: String, read: (ArraySlice<UInt8>, Int64) throws(SecurityEventProblem) -> SecurityEvent
    ) async -> Response {
        var request = request
        do throws(SecurityError) {
            let buffer: ByteBuffer
            do { buffer = try await request.collectBody(upTo: Self.maxBodyBytes) } catch { throw .bodyTooLarge(limit: Self.maxBodyBytes) }
            let bytes = Array(buffer: buffer)
            let now = desk.nowMillis
            var events: [SecurityEvent] = []
            var problems: [(Int, SecurityEventProblem, ArraySlice<UInt8>)] = []
            var skipped = 0
            for (index, line) in bytes.split(separator: 10, omittingEmptySubsequences: false).enumerated() {
                guard line.contains(where: { $0 > 32 }) else { continue }
                do throws(SecurityEventProblem) {
                    events.append(try read(line, now))
                } catch .notAnAlert {
                    skipped += 1
                } catch {
                    problems.append((index + 1, error, line))
                }
            }
            guard events.count <= SecurityDesk.maxBatch else { throw .tooMany(limit: SecurityDesk.maxBatch) }
            if !problems.isEmpty { try await desk.store.record(problems.map { ($0.1, Array($0.2.prefix(512))) }, source: source, at: now) }
            guard !events.isEmpty || problems.isEmpty else { throw .badEvents(problems.map(\.1)) }
            let outcome = try await desk.ingest(events)
            if !events.isEmpty { api.didWrite() }
            return JSONResponse.encoded(SensorPostJSON(
                accepted: outcome.stored, skipped: skipped, refused: problems.count, alerts_opened: outcome.alertsOpened,
                problems: problems.prefix(50).map { p in SensorPostJSON.Problem(line: p.0, code: p.1.code, message: Localizer.bilingual { $0.message(p.1) }) }))
        } catch { return JSONResponse.error(error) }
    }

    static func band(_ query: [String: String]) throws(SecurityError) -> SeverityBand? {
        guard let text = query["band"], !text.isEmpty else { return nil }
        guard let band = SeverityBand(code: text) else { throw .invalidQuery(field: "band", value: text) }
        return band
    }
}
