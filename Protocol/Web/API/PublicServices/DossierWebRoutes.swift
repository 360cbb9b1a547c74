import Access
import CRDT
import Foundation
import Hummingbird
import PublicServices
import Sheets
import StaffUI
import Vietnam

/// The staff pages of the public-service monitoring: the province → unit → field
/// drill-down, lists, a dossier's timeline, the risk queue, the reporting table, the
/// Decision 766 scores and the weekly reports; at the hub, the import form.
///
/// Guarantees: pages need a staff session with `dossiers.read`; forms carry the session's
/// CSRF token; a district account sees its district only and applicants outside its unit
/// masked; a refused import writes nothing and lists every bad row.
struct DossierWebRoutes: Sendable {
    let web: WebRoutes
    let api: DossierRoutes

    var desk: DossierDesk { api.desk }

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("ui/dossiers") { request, _ in await web.signedIn(request, .dossiersRead) { principal in await self.overview(request, principal) } }
        router.get("ui/dossiers/list") { request, _ in await web.signedIn(request, .dossiersRead) { principal in await self.list(request, principal) } }
        router.get("ui/dossiers/risk") { request, _ in await web.signedIn(request, .dossiersRead) { principal in await self.risk(request, principal) } }
        router.get("ui/dossiers/d/:code") { request, context in
            await web.signedIn(request, .dossiersRead) { principal in await self.dossier(request, principal, code: context.parameters.get("code") ?? "") }
        }
        router.get("ui/dossiers/statistics") { request, _ in await web.signedIn(request, .dossiersRead) { principal in await self.statistics(request, principal) } }
        router.get("ui/dossiers/scores") { request, _ in await web.signedIn(request, .dossiersRead) { principal in await self.scores(request, principal) } }
        router.get("ui/dossiers/reports") { request, _ in await web.signedIn(request, .dossiersRead) { principal in await self.reports(request, principal) } }
        router.get("ui/dossiers/reports/:id") { request, context in
            await web.signedIn(request, .dossiersRead) { principal in await self.report(request, principal, id: context.parameters.get("id") ?? "") }
        }
        router.post("ui/dossiers/reports/:id/read") { request, context in
            await web.signedIn(request, .dossiersAcknowledge) { principal in await self.acknowledge(request, principal, id: context.parameters.get("id") ?? "") }
        }
    }

    /// The hub's import form and the button that issues this week's reports now.
    func registerIngest<Context: RequestContext>(on router: Router<Context>, issue: @escaping @Sendable () async throws(DossierError) -> Void) {
        router.get("ui/dossiers/import") { request, _ in
            await web.signedIn(request, .dossiersIngest) { _ in WebRoutes.html(StaffPages.dossierImport(result: nil, context: web.context(request, audience: .staff))) }
        }
        router.post("ui/dossiers/import") { request, _ in await web.signedIn(request, .dossiersIngest) { principal in await self.importFile(request, principal) } }
        router.post("ui/dossiers/reports/issue") { request, _ in
            await web.signedIn(request, .dossiersIngest) { _ in
                guard let form = try? await FormInput.read(request, limit: 16 * 1024), web.formIsFromThisSession(request, form) else {
                    return web.errorPage(request, .forbidden, web.localizer(request).formExpired)
                }
                do throws(DossierError) { try await issue() } catch { return failure(request, error) }
                return Response(status: .seeOther, headers: [.location: DossierLinks.reports])
            }
        }
    }

    private var now: Int64 { desk.nowMillis }

    private func failure(_ request: Request, _ error: DossierError) -> Response {
        let status: HTTPResponse.Status =
            switch error {
            case .storage: .serviceUnavailable
            case .notFound, .reportNotFound, .unknownUnit: .notFound
            case .otherUnit: .forbidden
            case .bodyTooLarge, .tooMany: .contentTooLarge
            default: .badRequest
            }
        return web.errorPage(request, status, web.localizer(request).message(error))
    }

    /// The unit asked for when the principal reads it; nil for "all I read" (or the only one).
    private func unit(_ request: Request, _ principal: Principal) -> String? {
        let readable = desk.readable(by: principal)
        if let asked = RecordRoutes.parameters(request)["unit"], readable.contains(asked) { return asked }
        return readable.count == 1 ? readable.first : nil
    }

    private func line(_ dossier: Dossier, _ clock: DossierClock) -> DossierLine {
        let t = clock.timeliness(dossier, at: now)
        return DossierLine(dossier: dossier, timeliness: t, promisedDay: clock.promisedDay(dossier, asOf: now), daysOverdue: t == .overdue ? clock.daysOverdue(dossier, at: now) : 0)
    }

    // MARK: Pages

    private func overview(_ request: Request, _ principal: Principal) async -> Response {
        do throws(DossierError) {
            let clock = try await api.settings.clock()
            let readable = desk.readable(by: principal)
            let unit = unit(request, principal)
            let units = unit.map { [$0] } ?? readable
            let period = try DossierRoutes.period(RecordRoutes.parameters(request), today: VietnamTime.date(millis: now))
            let table = try await desk.statistics(units: units, period: period, grouping: unit == nil ? .unit : .field, clock: clock)
            let open = try await desk.dossiers(units: units, openOnly: true)
            var overdueByUnit: [String: Int] = [:]
            var (overdue, dueSoon) = (0, 0)
            for dossier in open {
                switch clock.timeliness(dossier, at: now) {
                case .overdue:
                    overdue += 1
                    overdueByUnit[dossier.unit, default: 0] += 1
                case .dueSoon: dueSoon += 1
                default: break
                }
            }
            let trend = try await desk.trend(units: units, endingWith: VietnamTime.date(millis: now), clock: clock)
            let page = DossiersOverviewPage(
                unit: unit, units: readable, table: table, overdueNow: overdue, dueSoonNow: dueSoon, overdueByUnit: overdueByUnit, trend: trend,
                canImport: desk.seesEveryUnit && principal.may(.dossiersIngest))
            return WebRoutes.html(StaffPages.dossiersOverview(page, context: web.context(request, audience: .staff)))
        } catch { return failure(request, error) }
    }

    private func list(_ request: Request, _ principal: Principal) async -> Response {
        let query = RecordRoutes.parameters(request)
        let l = web.localizer(request)
        do throws(DossierError) {
            let clock = try await api.settings.clock()
            let unit = unit(request, principal)
            let states = query["state"].flatMap(Timeliness.init(rawValue:)).map { Set([$0]) }
            let selection = DossierSelection(field: query["field"].flatMap { $0.isEmpty ? nil : $0 }, procedure: nil, states: states, text: query["q"].flatMap { $0.isEmpty ? nil : $0 })
            let found = selection.apply(try await desk.dossiers(units: unit.map { [$0] } ?? desk.readable(by: principal)), clock: clock, now: now)
            let lines = found.prefix(500).map { line($0, clock) }
            var title = l.dossierListTitle
            if let unit { title += " — " + l.unitName(unit, districtName: web.context(request, audience: .staff).districtName) }
            if let state = states?.first { title += " — " + l.timeliness(state) }
            return WebRoutes.html(StaffPages.dossierList(
                title: title, intro: nil, lines: Array(lines), total: found.count, context: web.context(request, audience: .staff), emptyText: l.nothingAtRisk,
                backLink: DossierLinks.overview(unit: unit)))
        } catch { return failure(request, error) }
    }

    private func risk(_ request: Request, _ principal: Principal) async -> Response {
        let l = web.localizer(request)
        do throws(DossierError) {
            let clock = try await api.settings.clock()
            let unit = unit(request, principal)
            let atRisk = try await desk.atRisk(units: unit.map { [$0] } ?? desk.readable(by: principal), clock: clock, at: now)
            let lines = atRisk.prefix(1000).map { line($0.0, clock) }
            return WebRoutes.html(StaffPages.dossierList(
                title: l.dossierRiskTitle, intro: l.riskQueueIntro, lines: Array(lines), total: atRisk.count, context: web.context(request, audience: .staff),
                emptyText: l.nothingAtRisk, backLink: DossierLinks.overview(unit: unit)))
        } catch { return failure(request, error) }
    }

    private func dossier(_ request: Request, _ principal: Principal, code: String) async -> Response {
        do throws(DossierError) {
            guard let detail = try await desk.detail(code), desk.readable(by: principal).contains(detail.dossier.unit) else { throw .notFound(code) }
            let clock = try await api.settings.clock()
            let masked = !DossierDesk.owns(detail.dossier.unit, principal)
            let page = DossierPage(
                line: line(DossierDesk.shown(detail.dossier, to: principal), clock), applicantMasked: masked && detail.dossier.applicant != nil,
                applicantErased: detail.applicantErased)
            return WebRoutes.html(StaffPages.dossier(page, context: web.context(request, audience: .staff)))
        } catch { return failure(request, error) }
    }

    private func statistics(_ request: Request, _ principal: Principal) async -> Response {
        let query = RecordRoutes.parameters(request)
        let l = web.localizer(request)
        do throws(DossierError) {
            let unit = unit(request, principal)
            let period = try DossierRoutes.period(query, today: VietnamTime.date(millis: now))
            let grouping = query["group"].flatMap(DossierStatistics.Grouping.init(rawValue:)) ?? (unit == nil ? .unit : .field)
            let table = try await desk.statistics(units: unit.map { [$0] } ?? desk.readable(by: principal), period: period, grouping: grouping, clock: try await api.settings.clock())
            if let format = query["format"], ["csv", "xlsx"].contains(format) {
                let context = web.context(request, audience: .staff)
                var rows: [[SheetExport.Cell]] = [[l.grouping(grouping), l.receivedColumn, l.carriedOverColumn, l.newOnlineColumn, l.newInPersonColumn,
                    l.settledColumn, l.earlyColumn, l.onTimeColumn, l.lateColumn, l.processingColumn, l.withinDeadlineColumn, l.overdueColumn, l.pausedColumn,
                    l.refusedWithdrawnColumn, l.supplementColumn].map { .text($0) }]
                func row(_ name: String, _ c: DossierCounts) -> [SheetExport.Cell] {
                    [.text(name)] + [c.received, c.carriedOver, c.newOnline, c.newInPerson + c.newPostal, c.settled, c.settledEarly, c.settledOnTime, c.settledLate,
                        c.processing, c.processingWithinDeadline, c.processingOverdue, c.paused, c.refusedOrWithdrawn, c.supplementRequests].map { .number(Double($0)) }
                }
                for r in table.rows { rows.append(row(grouping == .unit ? l.unitName(r.key, districtName: context.districtName) : r.name, r.counts)) }
                rows.append(row(l.totalRow, table.total))
                return file(request, SheetExport(title: "\(period.first) \(period.last)", rows: rows), name: "ho-so-\(period.first)-\(period.last)", format: format)
            }
            return WebRoutes.html(StaffPages.dossierStatistics(table, unit: unit, context: web.context(request, audience: .staff)))
        } catch { return failure(request, error) }
    }

    private func scores(_ request: Request, _ principal: Principal) async -> Response {
        do throws(DossierError) {
            let readable = desk.readable(by: principal)
            let unit = unit(request, principal) ?? readable.first { $0 != Scope.province } ?? desk.homeScope
            let history = try await desk.scores(unit: unit, endingWith: VietnamTime.date(millis: now), clock: try await api.settings.clock())
            return WebRoutes.html(StaffPages.dossierScores(unit: unit, units: readable, history: history, context: web.context(request, audience: .staff)))
        } catch { return failure(request, error) }
    }

    private func reports(_ request: Request, _ principal: Principal) async -> Response {
        do throws(DossierError) {
            let records = try await desk.reports(units: desk.readable(by: principal))
            return WebRoutes.html(StaffPages.overdueReports(
                records, canIssue: desk.seesEveryUnit && principal.may(.dossiersIngest), context: web.context(request, audience: .staff)))
        } catch { return failure(request, error) }
    }

    private func report(_ request: Request, _ principal: Principal, id: String) async -> Response {
        let l = web.localizer(request)
        do throws(DossierError) {
            guard let record = try await desk.report(id), desk.readable(by: principal).contains(record.report.unit) else { throw .reportNotFound(id) }
            if let format = RecordRoutes.parameters(request)["format"], ["csv", "xlsx"].contains(format) {
                let r = record.report
                var rows: [[SheetExport.Cell]] = [
                    [.text(l.reportNumber), .text(r.number)], [.text(l.reportIssued), .text(l.moment(r.issuedAt))], [.text(l.reportSender), .text(r.sender)],
                    [.text(l.reportRecipient), .text(r.recipient)], [.text(l.reportWeek), .text("\(r.week.first) – \(r.week.last)")], [],
                    [l.dossierCodeColumn, l.procedureColumn, l.fieldColumn, l.officeColumn, l.receivedAtColumn, l.promisedColumn, l.stateColumn, l.daysOverdueColumn].map { .text($0) },
                ]
                for e in r.entries {
                    rows.append([.text(e.code), .text(e.procedure), .text(l.fieldName(e.field)), .text(e.office), .text(l.day(VietnamTime.date(millis: e.receivedAt))),
                        .text(e.promisedDay), .text(l.timeliness(e.timeliness)), .number(Double(e.daysOverdue))])
                }
                return file(request, SheetExport(title: r.number, rows: rows), name: "bao-cao-qua-han-\(r.id)", format: format)
            }
            let canAcknowledge = principal.may(.dossiersAcknowledge) && (DossierDesk.owns(record.report.unit, principal) || desk.seesEveryUnit)
            return WebRoutes.html(StaffPages.overdueReport(record, canAcknowledge: canAcknowledge, context: web.context(request, audience: .staff)))
        } catch { return failure(request, error) }
    }

    private func acknowledge(_ request: Request, _ principal: Principal, id: String) async -> Response {
        guard let form = try? await FormInput.read(request, limit: 16 * 1024), web.formIsFromThisSession(request, form) else {
            return web.errorPage(request, .forbidden, web.localizer(request).formExpired)
        }
        do throws(DossierError) {
            guard let record = try await desk.report(id), desk.readable(by: principal).contains(record.report.unit) else { throw .reportNotFound(id) }
            try await desk.acknowledge(id, reader: principal.author, site: desk.homeScope)
            api.api.didWrite()
            return Response(status: .seeOther, headers: [.location: DossierLinks.report(id)])
        } catch { return failure(request, error) }
    }

    private func importFile(_ request: Request, _ principal: Principal) async -> Response {
        let l = web.localizer(request)
        let form: FormInput
        do throws(HTTPRefusal) { form = try await FormInput.read(request, limit: SheetFile.maxBytes + 64 * 1024) } catch {
            return web.errorPage(request, .contentTooLarge, l.message(error))
        }
        guard web.formIsFromThisSession(request, form) else { return web.errorPage(request, .forbidden, l.formExpired) }
        guard let file = form.files.first(where: { $0.name == "file" }) else {
            return WebRoutes.html(StaffPages.dossierImport(result: l.message(DossierError.unreadableFile("—")), context: web.context(request, audience: .staff)), status: .badRequest)
        }
        do throws(DossierError) {
            let outcome = try await desk.ingest(file: file.bytes, author: principal.author, allowedUnits: principal.districts)
            if outcome.created + outcome.updated > 0 { api.api.didWrite() }
            return WebRoutes.html(StaffPages.dossierImport(result: l.imported(outcome), context: web.context(request, audience: .staff)))
        } catch {
            return WebRoutes.html(StaffPages.dossierImport(result: l.message(error), context: web.context(request, audience: .staff)), status: .unprocessableContent)
        }
    }

    private func file(_ request: Request, _ sheet: SheetExport, name: String, format: String) -> Response {
        let (data, type): (Data?, String) =
            format == "xlsx" ? (sheet.xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") : (sheet.csv, "text/csv; charset=utf-8")
        guard let data else { return web.errorPage(request, .internalServerError, web.localizer(request).message(DossierError.storage("xlsx"))) }
        return Response(
            status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name).\(format)\""], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
