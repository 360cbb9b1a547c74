import Access
import CRDT
import CyberSecurity
import Foundation
import Hummingbird
import SiteProbes
import StaffUI
import Vietnam

/// The monitored websites: each site with what every vantage point sees, its hourly checks,
/// incidents with the security alerts they join; at the hub, the registry, baselines and
/// incident handling (`registerSiteEditing`).
extension SecurityRoutes {
    /// The vantage points always shown, before they report: the hub (nodes appear with their first report).
    static var expectedVantages: [String] { [SiteVantages.hubName] }

    var staleMillis: Int64 { keeper?.staleMillis ?? 180_000 }

    func registerSites<Context: RequestContext>(on group: RouterGroup<Context>) {
        group.get("sites") { request, _ in await api.staff(request, .securityRead) { _ in await self.sites() } }
        group.get("sites/:code") { request, context in
            await api.staff(request, .securityRead) { _ in await self.site(context.parameters.get("code") ?? "") }
        }
        group.get("sites/:code/hours") { request, context in
            await api.staff(request, .securityRead) { _ in await self.hours(request, code: context.parameters.get("code") ?? "") }
        }
        group.post("sites/check") { request, _ in await api.staff(request, .securityHandle) { _ in await self.checkNow() } }
        group.get("sites/:code/traffic") { request, context in
            await api.staff(request, .securityRead) { _ in await self.traffic(request, code: context.parameters.get("code") ?? "") }
        }
        group.post("sites/:code/access-log") { request, context in
            await api.staff(request, .securityIngest) { principal in await self.accessLog(request, principal, code: context.parameters.get("code") ?? "") }
        }
        group.get("incidents") { request, _ in await api.staff(request, .securityRead) { _ in await self.incidents(request) } }
        group.get("incidents/:id") { request, context in
            await api.staff(request, .securityRead) { principal in await self.incident(principal, id: context.parameters.get("id") ?? "") }
        }
    }

    func registerSiteEditing<Context: RequestContext>(on router: Router<Context>) {
        let group = router.group("api/v1/security")
        group.put("sites/:code") { request, context in
            await api.staff(request, .referenceEdit) { principal in await self.register(request, principal, code: context.parameters.get("code") ?? "") }
        }
        group.post("sites/:code/baseline") { request, context in
            await api.staff(request, .securityHandle) { principal in await self.approve(request, principal, code: context.parameters.get("code") ?? "") }
        }
        group.post("sites/:code/incidents") { request, context in
            await api.staff(request, .securityHandle) { principal in await self.open(request, principal, code: context.parameters.get("code") ?? "") }
        }
        group.patch("incidents/:id") { request, context in
            await api.staff(request, .securityHandle) { principal in await self.handleIncident(request, principal, id: context.parameters.get("id") ?? "") }
        }
    }

    private func sites() async -> Response {
        do throws(SecurityError) {
            let statuses = try await desk.statuses(expectedVantages: Self.expectedVantages, staleMillis: staleMillis)
            return JSONResponse.encoded(["items": statuses.map { SiteStatusJSON($0) }])
        } catch { return JSONResponse.error(error) }
    }

    private func site(_ code: String) async -> Response {
        do throws(SecurityError) {
            guard let status = try await desk.statuses(code: code, expectedVantages: Self.expectedVantages, staleMillis: staleMillis).first else {
                throw .siteNotFound(code)
            }
            var availability: [String: Double] = [:]
            for (label, days) in [("24h", 1), ("7d", 7), ("30d", 30), ("90d", 90)] {
                availability[label] = try await desk.availability(status.site, days: days).share
            }
            return JSONResponse.encoded(
                SiteStatusJSON(status, availability: availability, latestPage: try await desk.latestPage(code), baseline: try await desk.baseline(code)))
        } catch { return JSONResponse.error(error) }
    }

    /// `days` (1…90, default 1) of hourly checks, every vantage point or `vantage`.
    private func hours(_ request: Request, code: String) async -> Response {
        let query = RecordRoutes.parameters(request)
        do throws(SecurityError) {
            guard try await desk.site(code) != nil else { throw .siteNotFound(code) }
            let hours = try await desk.probeHours(site: code, vantage: query["vantage"].flatMap { $0.isEmpty ? nil : $0 }, since: try since(query))
            return JSONResponse.encoded(["items": hours.map(ProbeHourJSON.init)])
        } catch { return JSONResponse.error(error) }
    }

    /// `days` (1…90, default 1) of a site's hourly traffic with its most requested paths.
    private func traffic(_ request: Request, code: String) async -> Response {
        let query = RecordRoutes.parameters(request)
        do throws(SecurityError) {
            guard try await desk.site(code) != nil else { throw .siteNotFound(code) }
            let hours = try await desk.traffic(site: code, since: try since(query))
            return JSONResponse.encoded(TrafficJSON(hours))
        } catch { return JSONResponse.error(error) }
    }

    /// The start of the hour `days` (1…90, default 1) before now.
    private func since(_ query: [String: String]) throws(SecurityError) -> Int64 {
        let text = query["days"] ?? "1"
        guard let days = Int(text), (1...90).contains(days) else { throw .invalidQuery(field: "days", value: text) }
        return VietnamTime.hourStart(millis: desk.nowMillis - Int64(days) * 86_400_000)
    }

    /// A site's access log as its web server writes it (Common or Combined Log Format).
    private func accessLog(_ request: Request, _ principal: Principal, code: String) async -> Response {
        var request = request
        do throws(SecurityError) {
            let buffer: ByteBuffer
            do { buffer = try await request.collectBody(upTo: SecurityDesk.maxAccessLogBytes) } catch { throw .bodyTooLarge(limit: SecurityDesk.maxAccessLogBytes) }
            let outcome = try await desk.ingestAccessLog(site: code, log: String(decoding: Data(buffer: buffer), as: UTF8.self), author: principal.author)
            if outcome.hours > 0 { api.didWrite() }
            return JSONResponse.encoded(outcome)
        } catch { return JSONResponse.error(error) }
    }

    /// Checks every site this site watches now and concludes at once (an operator's "check now").
    private func checkNow() async -> Response {
        await monitor?.checkAll()
        var notices = 0
        if let keeper { notices = ((try? await keeper.evaluate()) ?? []).count }
        api.didWrite()
        return JSONResponse.object(["checked": monitor?.checksMade ?? 0, "incident_changes": notices])
    }

    /// `site`, `open=true`, `limit`.
    private func incidents(_ request: Request) async -> Response {
        let query = RecordRoutes.parameters(request)
        do throws(SecurityError) {
            guard let (limit, _) = RecordRoutes.paging(query) else { throw .invalidQuery(field: "limit", value: query["limit"] ?? "") }
            let found = try await desk.incidents(site: query["site"].flatMap { $0.isEmpty ? nil : $0 }, openOnly: query["open"] == "true", limit: limit)
            let now = desk.nowMillis
            return JSONResponse.encoded(["items": found.map { IncidentJSON($0, now: now) }])
        } catch { return JSONResponse.error(error) }
    }

    private func incident(_ principal: Principal, id: String) async -> Response {
        do throws(SecurityError) {
            let incident = try await desk.incident(id)
            let alerts = try await desk.joinedAlerts(incident).filter { alert in principal.districts.map { $0.contains(alert.unit) } ?? true }
            let now = desk.nowMillis
            return JSONResponse.encoded(IncidentJSON(incident, now: now, alerts: alerts.map { AlertJSON($0, now: now) }))
        } catch { return JSONResponse.error(error) }
    }

    /// The body as a JSON object, or a refusal naming it.
    private func object(_ request: Request, limit: Int = 64 * 1024) async throws(SecurityError) -> [String: Any] {
        var request = request
        let buffer: ByteBuffer
        do { buffer = try await request.collectBody(upTo: limit) } catch { throw .bodyTooLarge(limit: limit) }
        guard let body = (try? JSONSerialization.jsonObject(with: Data(buffer: buffer))) as? [String: Any] else {
            throw .invalidQuery(field: "body", value: String(decoding: Data(buffer: buffer).prefix(80), as: UTF8.self))
        }
        return body
    }

    /// A `MonitoredSite` as JSON; its `code` is the path's.
    private func register(_ request: Request, _ principal: Principal, code: String) async -> Response {
        do throws(SecurityError) {
            var body = try await object(request)
            body["code"] = code
            if body["expectation"] == nil { body["expectation"] = ["slowMillis": 3000, "certificateWarningDays": 14] }
            if body["vantages"] == nil { body["vantages"] = ["hub": true, "allNodes": true, "nodes": [String]()] }
            for (key, empty) in [("maintenance", [Any]()), ("hosts", [Any]())] where body[key] == nil { body[key] = empty }
            if body["retired"] == nil { body["retired"] = false }
            if body["intervalMillis"] == nil { body["intervalMillis"] = 60_000 }
            let site: MonitoredSite
            do {
                site = try JSONDecoder().decode(MonitoredSite.self, from: JSONSerialization.data(withJSONObject: body))
            } catch let DecodingError.keyNotFound(key, _) {
                throw .invalidSite(field: key.stringValue, value: "")
            } catch let DecodingError.typeMismatch(_, context) {
                throw .invalidSite(field: context.codingPath.map(\.stringValue).joined(separator: "."), value: "")
            } catch {
                throw .invalidSite(field: "body", value: "")
            }
            let stored = try await desk.register(site, author: principal.author)
            api.didWrite()
            return JSONResponse.encoded(stored)
        } catch { return JSONResponse.error(error) }
    }

    /// `{"domHash": …}`: approves the page last seen, which must still be that one.
    private func approve(_ request: Request, _ principal: Principal, code: String) async -> Response {
        do throws(SecurityError) {
            guard principal.districts == nil else { throw .otherUnit(Scope.province) }
            let body = try await object(request)
            let page = try await desk.approveBaseline(code, domHash: body["domHash"] as? String, author: principal.author)
            api.didWrite()
            return JSONResponse.object(["site": code, "domHash": page.fingerprint.domHash, "approved_by": principal.author, "approved_at": VietnamTime.iso8601(millis: page.at)])
        } catch { return JSONResponse.error(error) }
    }

    /// `{"kind": "changed", "note": …}`: an operator judges a changed page an incident.
    private func open(_ request: Request, _ principal: Principal, code: String) async -> Response {
        do throws(SecurityError) {
            guard principal.districts == nil else { throw .otherUnit(Scope.province) }
            let body = try await object(request)
            let kindText = body["kind"] as? String ?? SiteIncident.Kind.changed.rawValue
            guard let kind = SiteIncident.Kind(rawValue: kindText) else { throw .invalidQuery(field: "kind", value: kindText) }
            let incident = try await desk.openIncident(
                site: code, kind: kind, start: desk.nowMillis, vantages: [], detail: (body["note"] as? String) ?? "", by: principal.author)
            api.didWrite()
            return JSONResponse.encoded(IncidentJSON(incident, now: desk.nowMillis), status: .created)
        } catch { return JSONResponse.error(error) }
    }

    /// `{"status": "resolved", "note": …}`.
    private func handleIncident(_ request: Request, _ principal: Principal, id: String) async -> Response {
        do throws(SecurityError) {
            guard principal.districts == nil else { throw .otherUnit(Scope.province) }
            let body = try await object(request)
            var end: Int64?
            if let status = body["status"] {
                guard let text = status as? String, let parsed = SiteIncident.Status(rawValue: text) else { throw .invalidQuery(field: "status", value: "\(status)") }
                if parsed == .resolved { end = desk.nowMillis }
            }
            let note = (body["note"] as? String).flatMap { $0.isEmpty ? nil : $0 }
            let incident = try await desk.updateIncident(id, end: end, note: note, by: principal.author)
            api.didWrite()
            return JSONResponse.encoded(IncidentJSON(incident, now: desk.nowMillis))
        } catch { return JSONResponse.error(error) }
    }
}
