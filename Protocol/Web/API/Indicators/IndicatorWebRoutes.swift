import Access
import CRDT
import Foundation
import Hummingbird
import Indicators
import Sheets
import StaffUI
import Vietnam

/// The staff pages of the indicators service: the overview by group, an indicator's page,
/// the entry form with the report workflow, outstanding reports, rankings and the district
/// comparison.
///
/// Guarantees: pages need a staff session; every form carries the session's CSRF token; a
/// refused save writes nothing, keeps what was typed and says why beside each box.
struct IndicatorWebRoutes: Sendable {
    let web: WebRoutes
    let desk: IndicatorDesk
    let pending: PendingSheets

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.get("ui/indicators") { request, _ in await web.signedIn(request, .indicatorsRead) { principal in await self.overview(request, principal) } }
        router.get("ui/indicators/i/:code") { request, context in
            await web.signedIn(request, .indicatorsRead) { principal in await self.indicator(request, principal, code: context.parameters.get("code") ?? "") }
        }
        router.get("ui/indicators/entry") { request, _ in await web.signedIn(request, .indicatorsRead) { principal in await self.entry(request, principal) } }
        router.post("ui/indicators/entry") { request, _ in await web.signedIn(request, .indicatorsEnter) { principal in await self.save(request, principal) } }
        router.post("ui/indicators/reports/:area/:period/:action") { request, context in
            await web.signedIn(request, .indicatorsEnter) { principal in
                await self.act(request, principal, area: context.parameters.get("area") ?? "", period: context.parameters.get("period") ?? "",
                    action: context.parameters.get("action") ?? "")
            }
        }
        router.get("ui/indicators/missing") { request, _ in await web.signedIn(request, .indicatorsRead) { principal in await self.owed(request, principal) } }
        router.get("ui/indicators/rankings") { request, _ in
            await web.signedIn(request, .indicatorsRead) { _ in
                do throws(IndicatorError) {
                    return WebRoutes.html(StaffPages.indicatorRankings(try await desk.catalog.rankings(), context: web.context(request, audience: .staff)))
                } catch { return web.errorPage(request, .serviceUnavailable, web.localizer(request).message(error)) }
            }
        }
        router.get("ui/indicators/import") { request, _ in
            await web.signedIn(request, .indicatorsEnter) { principal in
                let areas = enterable(principal)
                return WebRoutes.html(StaffPages.indicatorImport(
                    IndicatorImportPage(areas: areas, area: areas.first { $0 != Scope.province } ?? areas.first ?? desk.homeScope), context: web.context(request, audience: .staff)))
            }
        }
        router.post("ui/indicators/import") { request, _ in await web.signedIn(request, .indicatorsEnter) { principal in await self.preview(request, principal) } }
        router.post("ui/indicators/import/confirm") { request, _ in
            await web.signedIn(request, .indicatorsEnter) { principal in await self.confirmImport(request, principal) }
        }
        router.get("ui/indicators/brief") { request, _ in await web.signedIn(request, .indicatorsRead) { principal in await self.brief(request, principal) } }
        router.get("ui/indicators/export.csv") { request, _ in await web.signedIn(request, .indicatorsRead) { principal in await self.export(request, principal, format: "csv") } }
        router.get("ui/indicators/export.xlsx") { request, _ in await web.signedIn(request, .indicatorsRead) { principal in await self.export(request, principal, format: "xlsx") } }
        router.get("ui/indicators/compare") { request, _ in await web.signedIn(request, .indicatorsRead) { principal in await self.compare(request, principal) } }
    }

    private var today: CivilDate { VietnamTime.date(millis: Int64(Date().timeIntervalSince1970 * 1000)) }

    /// The areas `principal` reads here, the province first.
    private func readable(_ principal: Principal) -> [String] { desk.areas.filter { desk.reads($0, principal) } }

    /// The area asked for when readable, else the reader's own (a node's district, a district
    /// account's district, the province for a provincial account at the hub).
    private func area(_ request: Request, _ principal: Principal) -> String {
        let areas = readable(principal)
        if let asked = RecordRoutes.parameters(request)["area"], areas.contains(asked) { return asked }
        if !desk.seesEveryArea { return desk.homeScope }
        return principal.districts?.first ?? Scope.province
    }

    private func failure(_ request: Request, _ error: IndicatorError) -> Response {
        let status: HTTPResponse.Status =
            switch error {
            case .storage: .serviceUnavailable
            case .unknownIndicator, .unknownArea: .notFound
            case .otherArea, .approverOnly: .forbidden
            default: .badRequest
            }
        return web.errorPage(request, status, web.localizer(request).message(error))
    }

    // MARK: Pages

    private func overview(_ request: Request, _ principal: Principal) async -> Response {
        do throws(IndicatorError) {
            return WebRoutes.html(StaffPages.indicatorsOverview(try await overviewPage(request, principal), context: web.context(request, audience: .staff)))
        } catch { return failure(request, error) }
    }

    private func brief(_ request: Request, _ principal: Principal) async -> Response {
        do throws(IndicatorError) {
            return WebRoutes.html(StaffPages.indicatorBrief(try await overviewPage(request, principal), context: web.context(request, audience: .staff)))
        } catch { return failure(request, error) }
    }

    /// The overview's figures as a CSV or XLSX file, worded in the page's language.
    private func export(_ request: Request, _ principal: Principal, format: String) async -> Response {
        let l = web.localizer(request)
        do throws(IndicatorError) {
            let page = try await overviewPage(request, principal)
            var rows: [[SheetExport.Cell]] = [[l.groupColumn, "Mã", l.indicatorColumn, l.unitColumn, l.periodColumn, l.valueColumn, l.figureStatusColumn,
                l.sameLastYearColumn, l.yearToDateColumn, l.planColumn, l.planProgressColumn, l.sourceColumn].map { .text($0) }]
            for (group, summaries) in page.groups {
                for s in summaries {
                    func number(_ v: Double?) -> SheetExport.Cell { v.map { .number(($0 * 100).rounded() / 100) } ?? .empty }
                    rows.append([
                        .text(l.groupName(group)), .text(s.definition.code), .text(l.indicatorName(s.definition)), .text(s.definition.unit),
                        s.latest.map { .text($0.period.description) } ?? .empty, number(s.latest?.value), s.latest.map { .text(l.figureStatus($0.status)) } ?? .empty,
                        number(s.change), number(s.yearToDate), number(s.target?.value), number(s.planProgress), s.latest?.source.map { .text($0) } ?? .empty,
                    ])
                }
            }
            return file(request, SheetExport(title: "\(page.area) \(page.year)", rows: rows), name: "chi-tieu-\(page.area)-\(page.year)", format: format)
        } catch { return failure(request, error) }
    }

    /// `sheet` as a download: `format` is `xlsx` or `csv`.
    private func file(_ request: Request, _ sheet: SheetExport, name: String, format: String) -> Response {
        let (data, type): (Data?, String) =
            format == "xlsx" ? (sheet.xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") : (sheet.csv, "text/csv; charset=utf-8")
        guard let data else { return web.errorPage(request, .internalServerError, web.localizer(request).message(IndicatorError.invalid(field: "format", .notACode(format)))) }
        return Response(
            status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name).\(format == "xlsx" ? "xlsx" : "csv")\""],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The export format a page was asked in (`?format=csv|xlsx`), or nil for the page itself.
    private func exportFormat(_ request: Request) -> String? {
        RecordRoutes.parameters(request)["format"].flatMap { ["csv", "xlsx"].contains($0) ? $0 : nil }
    }

    private func overviewPage(_ request: Request, _ principal: Principal) async throws(IndicatorError) -> IndicatorsOverviewPage {
        let area = area(request, principal)
        let years = try await desk.years(area: area)
        let asked = RecordRoutes.parameters(request)["year"].flatMap(Int.init)
        let defaultYear = try await desk.latestFullYear(area: area) ?? years.first ?? today.year
        let year = asked.flatMap { years.contains($0) ? $0 : nil } ?? defaultYear
        let summaries = try await desk.summaries(area: area, year: year)
        let byGroup = Dictionary(grouping: summaries, by: \.definition.group)
        let groups = IndicatorGroup.standard.map { ($0, byGroup[$0.code] ?? []) }
            + byGroup.keys.filter { code in !IndicatorGroup.standard.contains { $0.code == code } }.sorted().map { (IndicatorGroup.named($0), byGroup[$0] ?? []) }
        let rankings = try await desk.catalog.rankings()
        let latest = GovernanceIndex.allCases.compactMap { index in rankings.filter { $0.index == index && $0.year <= year }.max { $0.year < $1.year } }
        let owedAreas = desk.areas.filter { $0 != Scope.province && principal.sees(district: $0) }
        let owed = try await desk.owed(areas: owedAreas, today: today, calendar: try await IndicatorRoutes(api: web.api, desk: desk).calendar())
        return IndicatorsOverviewPage(
            area: area, areas: readable(principal), year: year, years: years.isEmpty ? [year] : years, groups: groups, rankings: latest,
            overdue: owed.filter(\.overdue).count, dueSoon: owed.filter { !$0.overdue }.count,
            canEnter: principal.may(.indicatorsEnter) && !(desk.actor(principal).areas?.isEmpty ?? false))
    }

    private func indicator(_ request: Request, _ principal: Principal, code: String) async -> Response {
        let area = area(request, principal)
        do throws(IndicatorError) {
            guard let definition = try await desk.catalog.definition(code) else { throw .unknownIndicator(code) }
            let all = try await desk.figures(indicator: code, area: area)
            let frequencies = ReportingFrequency.allCases.filter { f in all.contains { $0.period.frequency == f } }
            let asked = RecordRoutes.parameters(request)["frequency"].flatMap(ReportingFrequency.init(rawValue:))
            let frequency = asked.flatMap { frequencies.contains($0) ? $0 : nil } ?? (frequencies.contains(.year) ? .year : frequencies.first ?? definition.frequency)
            let targets = try await desk.targets(indicator: code, area: area)
            var deflator: [IndicatorFigure] = []
            if let d = definition.deflator { deflator = try await desk.figures(indicator: d, area: area) }
            let summary = IndicatorSummary(definition: definition, figures: all, targets: targets, deflator: deflator)
            var revisions: [FigureRevision] = []
            if let latest = summary.latest { revisions = try await desk.revisions(indicator: code, area: area, year: latest.period.year) }
            if let format = exportFormat(request) {
                let l = web.localizer(request)
                var rows: [[SheetExport.Cell]] = [[l.periodColumn, l.valueColumn, l.figureStatusColumn, l.sourceColumn, l.enteredByColumn].map { .text($0) }]
                for f in all.filter({ $0.period.frequency == frequency }) {
                    rows.append([.text(f.period.description), .number(f.value), .text(l.figureStatus(f.status)), f.source.map { .text($0) } ?? .empty, f.enteredBy.map { .text($0) } ?? .empty])
                }
                return file(request, SheetExport(title: code, rows: rows), name: "\(code)-\(area)", format: format)
            }
            let page = IndicatorDetailPage(
                definition: definition, area: area, areas: readable(principal), frequency: frequency, frequencies: frequencies.isEmpty ? [definition.frequency] : frequencies,
                figures: all.filter { $0.period.frequency == frequency }, targets: targets, summary: summary, revisions: revisions)
            return WebRoutes.html(StaffPages.indicatorDetail(page, context: web.context(request, audience: .staff)))
        } catch { return failure(request, error) }
    }

    private func compare(_ request: Request, _ principal: Principal) async -> Response {
        let query = RecordRoutes.parameters(request)
        do throws(IndicatorError) {
            let code = query["indicator"] ?? ""
            guard let definition = try await desk.catalog.definition(code) else { throw .unknownIndicator(code) }
            guard let period = ReportingPeriod(parsing: query["period"] ?? "") else { throw .invalid(field: "period", .notAPeriod(query["period"] ?? "")) }
            let districts = desk.areas.filter { $0 != Scope.province && principal.sees(district: $0) }
            var weights: [IndicatorFigure] = []
            if case .weightedMean(let weight) = definition.aggregation { weights = try await desk.figures(indicator: weight, period: period) }
            let comparison = AreaComparison(
                definition: definition, period: period, figures: try await desk.figures(indicator: code, period: period), weights: weights, districts: districts,
                provinceArea: Scope.province)
            if let format = exportFormat(request) {
                let l = web.localizer(request)
                let context = web.context(request, audience: .staff)
                let name = { (code: String) in l.areaName(code, districtName: context.districtName) }
                var rows: [[SheetExport.Cell]] = [[.text(l.areaLabel), .text(l.valueColumn), .text(l.figureStatusColumn)]]
                for (code, figure) in comparison.districts + [(Scope.province, comparison.province)] {
                    rows.append([.text(name(code)), figure.map { .number($0.value) } ?? .empty, figure.map { .text(l.figureStatus($0.status)) } ?? .empty])
                }
                return file(request, SheetExport(title: "\(code) \(period)", rows: rows), name: "\(code)-\(period)", format: format)
            }
            return WebRoutes.html(StaffPages.indicatorComparison(comparison, context: web.context(request, audience: .staff)))
        } catch { return failure(request, error) }
    }

    private func owed(_ request: Request, _ principal: Principal) async -> Response {
        do throws(IndicatorError) {
            let areas = desk.areas.filter { $0 != Scope.province && principal.sees(district: $0) }
            let owed = try await desk.owed(areas: areas, today: today, calendar: try await IndicatorRoutes(api: web.api, desk: desk).calendar())
            return WebRoutes.html(StaffPages.indicatorOwed(owed, definitions: try await desk.catalog.definitions(), context: web.context(request, audience: .staff)))
        } catch { return failure(request, error) }
    }

    // MARK: Entry

    /// The areas `principal` enters figures for here, the province first.
    private func enterable(_ principal: Principal) -> [String] {
        let actor = desk.actor(principal)
        return desk.areas.filter { actor.enters($0) }
    }

    private func entryPage(
        _ request: Request, _ principal: Principal, area: String, period: ReportingPeriod, typed: [String: String] = [:], errors: [String: String] = [:],
        formError: String? = nil, flash: PageContext.Flash? = nil, status: HTTPResponse.Status = .ok
    ) async -> Response {
        do throws(IndicatorError) {
            let definitions = try await desk.catalog.definitions().filter { !$0.retired && $0.accepts(period) && (area == Scope.province || $0.districtReported) }
            let current = Dictionary(
                try await desk.figures(area: area, from: period, to: period).filter { $0.period == period }.map { ($0.indicator, $0) }, uniquingKeysWith: { a, _ in a })
            let rows = definitions.map { IndicatorEntryPage.Row(definition: $0, current: current[$0.code], typed: typed[$0.code] ?? "", error: errors[$0.code]) }
            var periods: [ReportingPeriod] = []
            var p = ReportingPeriod(year: today.year, frequency: .month, index: today.month)?.previous
            while let current = p, periods.count < 24 {
                periods.append(current)
                p = current.previous
            }
            for year in stride(from: today.year - 1, through: today.year - 4, by: -1) {
                periods += [ReportingPeriod(year: year, frequency: .year), ReportingPeriod(year: year, frequency: .nineMonths),
                    ReportingPeriod(year: year, frequency: .half, index: 1)].compactMap { $0 }
            }
            if !periods.contains(period) { periods.insert(period, at: 0) }
            let page = IndicatorEntryPage(
                area: area, areas: enterable(principal).isEmpty ? [area] : enterable(principal), period: period, periods: periods.sorted(by: >),
                status: try await desk.reportStatus(area: area, period: period), rows: rows,
                canEnter: principal.may(.indicatorsEnter) && desk.actor(principal).enters(area), canApprove: principal.may(.indicatorsApprove),
                formError: formError)
            return WebRoutes.html(StaffPages.indicatorEntry(page, context: web.context(request, audience: .staff, flash: flash)), status: status)
        } catch { return failure(request, error) }
    }

    private func entry(_ request: Request, _ principal: Principal) async -> Response {
        let query = RecordRoutes.parameters(request)
        let areas = enterable(principal)
        let area = query["area"].flatMap { areas.contains($0) || desk.reads($0, principal) ? $0 : nil } ?? areas.first { $0 != Scope.province } ?? areas.first ?? self.area(request, principal)
        let period = query["period"].flatMap(ReportingPeriod.init(parsing:)) ?? ReportingPeriod(year: today.year, frequency: .month, index: today.month)?.previous
        guard let period else { return web.errorPage(request, .badRequest, web.localizer(request).message(IndicatorError.invalid(field: "period", .notAPeriod(query["period"] ?? "")))) }
        let l = web.localizer(request)
        var flash: PageContext.Flash?
        if let saved = query["saved"].flatMap(Int.init) { flash = .init(.success, l.figuresSaved(saved)) }
        if let acted = query["acted"].flatMap(ReportStatus.init(rawValue:)) { flash = .init(.success, l.reportActed(acted)) }
        return await entryPage(request, principal, area: area, period: period, flash: flash)
    }

    private func save(_ request: Request, _ principal: Principal) async -> Response {
        guard let form = try? await FormInput.read(request, limit: 256 * 1024), web.formIsFromThisSession(request, form) else {
            return web.errorPage(request, .forbidden, web.localizer(request).formExpired)
        }
        let l = web.localizer(request)
        let area = form["area"] ?? ""
        guard let period = ReportingPeriod(parsing: form["period"] ?? "") else {
            return web.errorPage(request, .badRequest, l.message(IndicatorError.invalid(field: "period", .notAPeriod(form["period"] ?? ""))))
        }
        var typed: [String: String] = [:], errors: [String: String] = [:]
        var entries: [FigureEntry] = []
        let status = FigureStatus(rawValue: form["status"] ?? "") ?? .estimate
        for (name, value) in form.fields where name.hasPrefix("v.") {
            let code = String(name.dropFirst(2))
            typed[code] = value
            switch NumberReading(value) {
            case .empty: continue
            case .unreadable: errors[code] = l.unreadableNumber(value)
            case let reading:
                guard let number = reading.value(vietnamese: l.language == .vi) else { continue }
                entries.append(FigureEntry(indicator: code, area: area, period: period, value: number, status: status, source: form["source"], note: form["note"], reason: form["reason"]))
            }
        }
        guard errors.isEmpty else { return await entryPage(request, principal, area: area, period: period, typed: typed, errors: errors, status: .badRequest) }
        guard !entries.isEmpty else { return await entryPage(request, principal, area: area, period: period, typed: typed, formError: l.nothingToSave, status: .badRequest) }
        do throws(IndicatorError) {
            let written = try await desk.enter(entries, by: desk.actor(principal))
            web.api.didWrite()
            return Response(status: .seeOther, headers: [.location: IndicatorLinks.entry(area: area, period: period) + "&saved=\(written)"])
        } catch {
            if case .unknownIndicator(let code) = error { errors[code] = l.message(error) }
            return await entryPage(request, principal, area: area, period: period, typed: typed, errors: errors, formError: l.message(error), status: .badRequest)
        }
    }

    // MARK: Import

    private func preview(_ request: Request, _ principal: Principal) async -> Response {
        let l = web.localizer(request)
        let form: FormInput
        do throws(HTTPRefusal) { form = try await FormInput.read(request, limit: SheetFile.maxBytes + 64 * 1024) } catch {
            return web.errorPage(request, .badRequest, l.message(error))
        }
        guard web.formIsFromThisSession(request, form) else { return web.errorPage(request, .forbidden, l.formExpired) }
        let areas = enterable(principal)
        let area = form["area"] ?? ""
        func page(_ preview: IndicatorImportPage.Preview?, error: String?, status: HTTPResponse.Status) -> Response {
            WebRoutes.html(StaffPages.indicatorImport(IndicatorImportPage(areas: areas, area: area, preview: preview, error: error), context: web.context(request, audience: .staff)), status: status)
        }
        guard areas.contains(area) else { return page(nil, error: l.message(IndicatorError.otherArea(area)), status: .forbidden) }
        let status = FigureStatus(rawValue: form["status"] ?? "") ?? .estimate
        guard let file = form.files.first(where: { $0.name == "file" }) else { return page(nil, error: l.message(IndicatorError.invalid(field: "file", .required)), status: .badRequest) }
        do throws(IndicatorError) {
            let sheet = try await IndicatorImport(desk: desk).read(file.bytes, area: area, status: status, source: form["source"])
            let id = pending.keep(.init(bytes: file.bytes, area: area, status: status, source: form["source"], author: principal.author, expires: Date() + PendingSheets.lifetimeSeconds))
            return page(
                .init(fileName: file.filename ?? "", figures: sheet.figures.count, targets: sheet.targets.count, ambiguous: sheet.ambiguous.count, cellsRead: sheet.cellsRead,
                    problems: sheet.problems, pendingID: id), error: nil, status: .ok)
        } catch { return page(nil, error: l.message(error), status: .badRequest) }
    }

    private func confirmImport(_ request: Request, _ principal: Principal) async -> Response {
        guard let form = try? await FormInput.read(request, limit: 16 * 1024), web.formIsFromThisSession(request, form) else {
            return web.errorPage(request, .forbidden, web.localizer(request).formExpired)
        }
        let l = web.localizer(request)
        guard let sheet = pending.take(form["pending"] ?? "", author: principal.author) else {
            let areas = enterable(principal)
            return WebRoutes.html(StaffPages.indicatorImport(
                IndicatorImportPage(areas: areas, area: areas.first ?? desk.homeScope, error: l.importExpired), context: web.context(request, audience: .staff)), status: .gone)
        }
        let ambiguity = WideSheetImport.Ambiguity(rawValue: form["ambiguous"] ?? "") ?? .skip
        do throws(IndicatorError) {
            let result = try await IndicatorImport(desk: desk).run(
                sheet.bytes, area: sheet.area, status: sheet.status, source: sheet.source, confirm: true, ambiguity: ambiguity, actor: desk.actor(principal))
            web.api.didWrite()
            return WebRoutes.html(StaffPages.indicatorImport(
                IndicatorImportPage(areas: enterable(principal), area: sheet.area), context: web.context(request, audience: .staff, flash: .init(.success, l.importWritten(result.written)))))
        } catch {
            return WebRoutes.html(StaffPages.indicatorImport(
                IndicatorImportPage(areas: enterable(principal), area: sheet.area, error: l.message(error)), context: web.context(request, audience: .staff)), status: .conflict)
        }
    }

    private func act(_ request: Request, _ principal: Principal, area: String, period text: String, action: String) async -> Response {
        guard let form = try? await FormInput.read(request, limit: 16 * 1024), web.formIsFromThisSession(request, form) else {
            return web.errorPage(request, .forbidden, web.localizer(request).formExpired)
        }
        let l = web.localizer(request)
        guard let period = ReportingPeriod(parsing: text) else { return web.errorPage(request, .badRequest, l.message(IndicatorError.invalid(field: "period", .notAPeriod(text)))) }
        guard let action = ReportAction(rawValue: action) else { return web.errorPage(request, .notFound, l.message(IndicatorError.invalid(field: "action", .notACode(action)))) }
        do throws(IndicatorError) {
            let status = try await desk.act(action, area: area, period: period, reason: form["reason"], by: desk.actor(principal))
            web.api.didWrite()
            return Response(status: .seeOther, headers: [.location: IndicatorLinks.entry(area: area, period: period) + "&acted=\(status.rawValue)"])
        } catch {
            return await entryPage(request, principal, area: area, period: period, formError: l.message(error), status: .conflict)
        }
    }
}
