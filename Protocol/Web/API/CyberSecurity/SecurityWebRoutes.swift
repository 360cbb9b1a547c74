import Access
import CRDT
import CyberSecurity
import Foundation
import Hummingbird
import Sheets
import SiteProbes
import StaffUI
import Vietnam

/// The staff pages of the cyber-security monitoring: the wall grid of sites with the open
/// incidents and the SOC summary, a site's page, an incident's page, the monthly
/// availability report (printable, CSV, XLSX); at the hub, the forms that approve a
/// baseline, open an incident and resolve it.
///
/// Guarantees: pages need a staff session with `security.read`, forms `security.handle`, a
/// provincial account and the session's CSRF token; a district account sees its own
/// district's alerts only.
struct SecurityWebRoutes: Sendable {
    let web: WebRoutes
    let api: SecurityRoutes
    /// True at a node: the page says it shows what this district measures.
    let isDistrictCenter: Bool

    var desk: SecurityDesk { api.desk }

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("ui/security") { request, _ in await web.signedIn(request, .securityRead) { principal in await self.overview(request, principal) } }
        router.get("ui/security/availability") { request, _ in await web.signedIn(request, .securityRead) { _ in await self.availability(request) } }
        router.get("ui/security/sites/:code") { request, context in
            await web.signedIn(request, .securityRead) { principal in await self.site(request, principal, code: context.parameters.get("code") ?? "") }
        }
        router.get("ui/security/incidents/:id") { request, context in
            await web.signedIn(request, .securityRead) { principal in await self.incident(request, principal, id: context.parameters.get("id") ?? "") }
        }
    }

    func registerSiteEditing<Context: RequestContext>(on router: Router<Context>) {
        router.post("ui/security/sites/:code/baseline") { request, context in
            await web.signedIn(request, .securityHandle) { principal in
                await self.form(request, principal) { form throws(SecurityError) in
                    let code = context.parameters.get("code") ?? ""
                    try await desk.approveBaseline(code, domHash: form.fields["domHash"], author: principal.author)
                    return SecurityLinks.site(code)
                }
            }
        }
        router.post("ui/security/sites/:code/incidents") { request, context in
            await web.signedIn(request, .securityHandle) { principal in
                await self.form(request, principal) { form throws(SecurityError) in
                    let incident = try await desk.openIncident(
                        site: context.parameters.get("code") ?? "", kind: .changed, start: desk.nowMillis, vantages: [], detail: form.fields["note"] ?? "",
                        by: principal.author)
                    return SecurityLinks.incident(incident.id)
                }
            }
        }
        router.post("ui/security/incidents/:id") { request, context in
            await web.signedIn(request, .securityHandle) { principal in
                await self.form(request, principal) { form throws(SecurityError) in
                    let id = context.parameters.get("id") ?? ""
                    let note = form.fields["note"].flatMap { $0.isEmpty ? nil : $0 }
                    try await desk.updateIncident(id, end: form.fields["action"] == "resolve" ? desk.nowMillis : nil, note: note, by: principal.author)
                    return SecurityLinks.incident(id)
                }
            }
        }
    }

    /// A provincial officer's form with this session's token: `body` acts and names where to go next.
    private func form(_ request: Request, _ principal: Principal, _ body: (FormInput) async throws(SecurityError) -> String) async -> Response {
        await web.withStaffForm(request) { form in
            do throws(SecurityError) {
                guard principal.districts == nil else { throw .otherUnit(Scope.province) }
                let next = try await body(form)
                api.api.didWrite()
                return Response(status: .seeOther, headers: [.location: next])
            } catch { return failure(request, error) }
        }
    }

    private func failure(_ request: Request, _ error: SecurityError) -> Response {
        let status: HTTPResponse.Status =
            switch error {
            case .storage: .serviceUnavailable
            case .siteNotFound, .incidentNotFound, .alertNotFound: .notFound
            case .otherUnit: .forbidden
            case .pageChanged, .noPageYet, .invalidTransition: .conflict
            default: .badRequest
            }
        return web.errorPage(request, status, web.localizer(request).message(error))
    }

    private func canHandle(_ principal: Principal) -> Bool { !isDistrictCenter && principal.districts == nil && principal.may(.securityHandle) }

    private func overview(_ request: Request, _ principal: Principal) async -> Response {
        do throws(SecurityError) {
            let now = desk.nowMillis
            var statuses = try await desk.statuses(expectedVantages: SecurityRoutes.expectedVantages, staleMillis: api.staleMillis)
            // `?owner=`: one unit's sites, as the wall's map links to them.
            if let owner = RecordRoutes.parameters(request)["owner"], !owner.isEmpty { statuses = statuses.filter { $0.site.owner == owner } }
            let units = principal.districts.map(Array.init)
            let page = SecurityOverviewPage(
                statuses: statuses, incidents: try await desk.incidents(openOnly: true, limit: 200),
                alerts: try await desk.alerts(units: units, limit: 1000), hourly: try await desk.hourly(units: units, since: now - 24 * 3_600_000), now: now,
                isDistrictCenter: isDistrictCenter)
            return WebRoutes.html(StaffPages.securityOverview(page, context: web.context(request, audience: .staff)))
        } catch { return failure(request, error) }
    }

    private func site(_ request: Request, _ principal: Principal, code: String) async -> Response {
        do throws(SecurityError) {
            guard let status = try await desk.statuses(code: code, expectedVantages: SecurityRoutes.expectedVantages, staleMillis: api.staleMillis).first else {
                throw .siteNotFound(code)
            }
            var availability: [(label: String, share: Double)] = []
            for (label, days) in [("24h", 1), ("7d", 7), ("30d", 30), ("90d", 90)] {
                availability.append((label, try await desk.availability(status.site, days: days).share))
            }
            let now = desk.nowMillis
            let page = SitePage(
                status: status, availability: availability, hours: try await desk.probeHours(site: code, since: now - 7 * 86_400_000),
                baseline: try await desk.baseline(code), latestPage: try await desk.latestPage(code), incidents: try await desk.incidents(site: code, limit: 50),
                traffic: try await desk.traffic(site: code, since: VietnamTime.hourStart(millis: now - 86_400_000)), canHandle: canHandle(principal), now: now)
            return WebRoutes.html(StaffPages.site(page, context: web.context(request, audience: .staff)))
        } catch { return failure(request, error) }
    }

    private func incident(_ request: Request, _ principal: Principal, id: String) async -> Response {
        do throws(SecurityError) {
            let incident = try await desk.incident(id)
            let alerts = try await desk.joinedAlerts(incident).filter { alert in principal.districts.map { $0.contains(alert.unit) } ?? true }
            let page = IncidentPage(incident: incident, site: try await desk.site(incident.site), alerts: alerts, canHandle: canHandle(principal), now: desk.nowMillis)
            return WebRoutes.html(StaffPages.incident(page, context: web.context(request, audience: .staff)))
        } catch { return failure(request, error) }
    }

    /// `month` (`YYYY-MM`, default the last whole month), `format` (`csv`, `xlsx`).
    private func availability(_ request: Request) async -> Response {
        let query = RecordRoutes.parameters(request)
        let l = web.localizer(request)
        do throws(SecurityError) {
            let today = VietnamTime.date(millis: desk.nowMillis)
            let previous = today.month == 1 ? (today.year - 1, 12) : (today.year, today.month - 1)
            let monthText = query["month"].flatMap { $0.isEmpty ? nil : $0 } ?? String(format: "%04d-%02d", previous.0, previous.1)
            let parts = monthText.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2, (2000...2100).contains(parts[0]), (1...12).contains(parts[1]) else { throw .invalidQuery(field: "month", value: monthText) }
            let next = parts[1] == 12 ? CivilDate(parts[0] + 1, 1, 1) : CivilDate(parts[0], parts[1] + 1, 1)
            let from = VietnamTime.startOfDay(CivilDate(parts[0], parts[1], 1)), to = min(VietnamTime.startOfDay(next), desk.nowMillis)
            var rows: [AvailabilityReportPage.Row] = []
            for site in try await desk.sites(includingRetired: true) {
                rows.append(.init(site: site, availability: try await desk.availability(site, from: from, to: max(from, to))))
            }
            let page = AvailabilityReportPage(month: monthText, rows: rows)
            if let format = query["format"], ["csv", "xlsx"].contains(format) {
                var sheet: [[SheetExport.Cell]] = [[.text("\(l.availabilityReportTitle) \(monthText)")], [l.ownerLabel, l.siteColumn, "URL", l.availabilityHeading, l.downtimeColumn + " (min)", l.outagesColumn, l.maintenanceColumn + " (min)"].map { .text($0) }]
                for (owner, ownerRows) in page.byOwner {
                    for row in ownerRows {
                        let a = row.availability
                        sheet.append([.text(owner), .text(row.site.name), .text(row.site.url), .number((a.share * 10_000).rounded() / 100), .number(Double(a.downMillis / 60_000)),
                            .number(Double(a.outages)), .number(Double(a.maintenanceMillis / 60_000))])
                    }
                }
                let export = SheetExport(title: "\(l.availabilityHeading) \(monthText)", rows: sheet)
                let (data, type): (Data?, String) =
                    format == "xlsx" ? (export.xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") : (export.csv, "text/csv; charset=utf-8")
                guard let data else { throw .storage("xlsx") }
                return Response(
                    status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"san-sang-\(monthText).\(format)\""],
                    body: .init(byteBuffer: ByteBuffer(bytes: data)))
            }
            return WebRoutes.html(StaffPages.availabilityReport(page, context: web.context(request, audience: .staff)))
        } catch { return failure(request, error) }
    }
}
