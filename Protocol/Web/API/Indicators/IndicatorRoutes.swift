import Access
import CRDT
import Foundation
import Hummingbird
import Indicators
import StaffUI
import Vietnam

/// The `/api/v1/indicators` routes of the socio-economic service: the catalog, figures,
/// targets, rankings, reports and what is owed, at a node (its district and the province's
/// figures) and at the hub (every area; the catalog and rankings are edited there).
///
/// Guarantees: every route needs a staff session, HTTP Basic credentials or a token with the
/// permission named; a batch of figures or targets is written whole or refused whole with
/// the first wrong item named (`field` is `items[3].period`); reference data is written
/// only at the hub.
struct IndicatorRoutes: Sendable {
    let api: RecordRoutes
    let desk: IndicatorDesk

    static let maxBodyBytes = 16 * 1024 * 1024

    func register<Context: RequestContext>(on router: Router<Context>) {
        let group = router.group("api/v1/indicators")
        group.get("catalog") { request, _ in
            await api.staff(request, .indicatorsRead) { _ in
                do throws(IndicatorError) {
                    return JSONResponse.encoded(CatalogJSON(groups: IndicatorGroup.standard, items: try await desk.catalog.definitions()))
                } catch { return JSONResponse.error(error) }
            }
        }
        group.get("values") { request, _ in await api.staff(request, .indicatorsRead) { principal in await self.values(request, principal) } }
        group.post("values") { request, _ in await api.staff(request, .indicatorsEnter) { principal in await self.enter(request, principal) } }
        group.get("targets") { request, _ in await api.staff(request, .indicatorsRead) { principal in await self.targets(request, principal) } }
        group.post("targets") { request, _ in await api.staff(request, .indicatorsEnter) { principal in await self.setTargets(request, principal) } }
        group.get("summary") { request, _ in await api.staff(request, .indicatorsRead) { principal in await self.summary(request, principal) } }
        group.get("comparison") { request, _ in await api.staff(request, .indicatorsRead) { principal in await self.comparison(request, principal) } }
        group.get("revisions") { request, _ in await api.staff(request, .indicatorsRead) { principal in await self.revisions(request, principal) } }
        group.get("rankings") { request, _ in
            await api.staff(request, .indicatorsRead) { _ in
                do throws(IndicatorError) { return JSONResponse.encoded(["items": try await desk.catalog.rankings()]) } catch {
                    return JSONResponse.error(error)
                }
            }
        }
        group.get("fiware/KeyPerformanceIndicator") { request, _ in await api.staff(request, .indicatorsRead) { principal in await self.fiware(request, principal) } }
        group.get("missing") { request, _ in await api.staff(request, .indicatorsRead) { principal in await self.missing(request, principal) } }
        group.get("reports") { request, _ in await api.staff(request, .indicatorsRead) { principal in await self.reports(request, principal) } }
        group.post("reports/:area/:period/:action") { request, context in
            await api.staff(request, .indicatorsEnter) { principal in
                await self.act(request, principal, area: context.parameters.get("area") ?? "", period: context.parameters.get("period") ?? "",
                    action: context.parameters.get("action") ?? "")
            }
        }
    }

    /// The hub's editing of the catalog and the rankings (province reference data).
    func registerCatalogEditing<Context: RequestContext>(on router: Router<Context>) {
        let group = router.group("api/v1/indicators")
        group.put("catalog/:code") { request, context in
            await api.staff(request, .referenceEdit) { principal in await self.putDefinition(request, principal, code: context.parameters.get("code") ?? "") }
        }
        group.put("rankings/:index/:year") { request, context in
            await api.staff(request, .referenceEdit) { principal in
                await self.putRanking(request, principal, index: context.parameters.get("index") ?? "", year: context.parameters.get("year") ?? "")
            }
        }
    }

    // MARK: Reading

    private func area(_ query: [String: String], _ principal: Principal) throws(IndicatorError) -> String {
        let area = query["area"].flatMap { $0.isEmpty ? nil : $0 } ?? (desk.seesEveryArea ? (principal.districts?.first ?? Scope.province) : desk.homeScope)
        guard desk.isArea(area) else { throw .unknownArea(area) }
        guard desk.reads(area, principal) else { throw .otherArea(area) }
        return area
    }

    private static func period(_ text: String?, field: String) throws(IndicatorError) -> ReportingPeriod? {
        guard let text, !text.isEmpty else { return nil }
        guard let period = ReportingPeriod(parsing: text) else { throw .invalid(field: field, .notAPeriod(text)) }
        return period
    }

    private func values(_ request: Request, _ principal: Principal) async -> Response {
        let query = RecordRoutes.parameters(request)
        do throws(IndicatorError) {
            let area = try area(query, principal)
            var frequency: ReportingFrequency?
            if let text = query["frequency"], !text.isEmpty {
                guard let f = ReportingFrequency(rawValue: text) else { throw .invalid(field: "frequency", .notAPeriod(text)) }
                frequency = f
            }
            let figures = try await desk.figures(
                indicator: query["indicator"].flatMap { $0.isEmpty ? nil : $0 }, area: area, from: try Self.period(query["from"], field: "from"),
                to: try Self.period(query["to"], field: "to"), frequency: frequency)
            return JSONResponse.encoded(["items": figures])
        } catch { return JSONResponse.error(error) }
    }

    private func targets(_ request: Request, _ principal: Principal) async -> Response {
        let query = RecordRoutes.parameters(request)
        do throws(IndicatorError) {
            let area = try area(query, principal)
            let year = try query["year"].flatMap { text throws(IndicatorError) -> Int? in
                guard !text.isEmpty else { return nil }
                guard let y = Int(text), ReportingPeriod.years.contains(y) else { throw .invalid(field: "year", .notAYear(text)) }
                return y
            }
            return JSONResponse.encoded(["items": try await desk.targets(indicator: query["indicator"].flatMap { $0.isEmpty ? nil : $0 }, area: area, year: year)])
        } catch { return JSONResponse.error(error) }
    }

    private func definition(_ code: String?) async throws(IndicatorError) -> IndicatorDefinition {
        guard let code, !code.isEmpty else { throw .invalid(field: "indicator", .required) }
        guard let definition = try await desk.catalog.definition(code) else { throw .unknownIndicator(code) }
        return definition
    }

    private func summary(_ request: Request, _ principal: Principal) async -> Response {
        let query = RecordRoutes.parameters(request)
        do throws(IndicatorError) {
            let area = try area(query, principal)
            let definition = try await definition(query["indicator"])
            let figures = try await desk.figures(indicator: definition.code, area: area)
            var deflator: [IndicatorFigure] = []
            if let code = definition.deflator { deflator = try await desk.figures(indicator: code, area: area) }
            let summary = IndicatorSummary(
                definition: definition, figures: figures, targets: try await desk.targets(indicator: definition.code, area: area), deflator: deflator)
            return JSONResponse.encoded(SummaryJSON(summary, area: area))
        } catch { return JSONResponse.error(error) }
    }

    private func comparison(_ request: Request, _ principal: Principal) async -> Response {
        let query = RecordRoutes.parameters(request)
        do throws(IndicatorError) {
            let definition = try await definition(query["indicator"])
            guard let period = try Self.period(query["period"], field: "period") else { throw .invalid(field: "period", .required) }
            let districts = desk.areas.filter { $0 != Scope.province && principal.sees(district: $0) }
            let figures = try await desk.figures(indicator: definition.code, period: period)
            var weights: [IndicatorFigure] = []
            if case .weightedMean(let weight) = definition.aggregation { weights = try await desk.figures(indicator: weight, period: period) }
            let comparison = AreaComparison(
                definition: definition, period: period, figures: figures, weights: weights, districts: districts, provinceArea: Scope.province)
            return JSONResponse.encoded(ComparisonJSON(comparison))
        } catch { return JSONResponse.error(error) }
    }

    private func revisions(_ request: Request, _ principal: Principal) async -> Response {
        let query = RecordRoutes.parameters(request)
        do throws(IndicatorError) {
            let area = try area(query, principal)
            let definition = try await definition(query["indicator"])
            guard let text = query["year"], let year = Int(text), ReportingPeriod.years.contains(year) else {
                throw .invalid(field: "year", .notAYear(query["year"] ?? ""))
            }
            return JSONResponse.encoded(["items": try await desk.revisions(indicator: definition.code, area: area, year: year)])
        } catch { return JSONResponse.error(error) }
    }

    private func fiware(_ request: Request, _ principal: Principal) async -> Response {
        let query = RecordRoutes.parameters(request)
        do throws(IndicatorError) {
            let area = try area(query, principal)
            let definitions = Dictionary(try await desk.catalog.definitions().map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
            let figures = try await desk.figures(
                indicator: query["indicator"].flatMap { $0.isEmpty ? nil : $0 }, area: area, from: try Self.period(query["from"], field: "from"),
                to: try Self.period(query["to"], field: "to"))
            let areaName = area == Scope.province ? "Tỉnh Đắk Lắk" : (AdministrativeUnit.named(area)?.name ?? area)
            let entities = figures.sorted { ($0.period, $0.indicator) < ($1.period, $1.indicator) }.compactMap { f in
                definitions[f.indicator].map { FIWAREKeyPerformanceIndicator(f, definition: $0, areaName: areaName) }
            }
            var response = JSONResponse.encoded(entities)
            response.headers[.contentType] = "application/json; charset=utf-8"
            return response
        } catch { return JSONResponse.error(error) }
    }

    private func missing(_ request: Request, _ principal: Principal) async -> Response {
        let query = RecordRoutes.parameters(request)
        do throws(IndicatorError) {
            var areas = desk.areas.filter { $0 != Scope.province && principal.sees(district: $0) }
            if let asked = query["area"], !asked.isEmpty {
                guard desk.isArea(asked) else { throw .unknownArea(asked) }
                guard areas.contains(asked) else { throw .otherArea(asked) }
                areas = [asked]
            }
            let today = VietnamTime.date(millis: Int64(Date().timeIntervalSince1970 * 1000))
            let owed = try await desk.owed(areas: areas, today: today, calendar: try await calendar())
            return JSONResponse.encoded(["items": owed])
        } catch { return JSONResponse.error(error) }
    }

    private func reports(_ request: Request, _ principal: Principal) async -> Response {
        let query = RecordRoutes.parameters(request)
        do throws(IndicatorError) {
            let area: String? = query["area"].flatMap { $0.isEmpty ? nil : $0 }
            if let area, !desk.reads(area, principal) { throw .otherArea(area) }
            let reports = try await desk.reports(area: area).filter { desk.reads($0.area, principal) }
            return JSONResponse.encoded(["items": reports])
        } catch { return JSONResponse.error(error) }
    }

    /// The working calendar with the holidays and compensatory days the hub announced.
    func calendar() async throws(IndicatorError) -> WorkingCalendar {
        do { return try await api.desk.catalog.snapshot().calendar } catch { throw .storage(error) }
    }

    // MARK: Writing

    private func body<T: Decodable>(_ request: Request, as type: T.Type) async throws(IndicatorError) -> T {
        var request = request
        let buffer: ByteBuffer
        do { buffer = try await request.collectBody(upTo: Self.maxBodyBytes) } catch { throw .bodyTooLarge(limit: Self.maxBodyBytes) }
        do { return try JSONDecoder().decode(T.self, from: Data(buffer: buffer)) } catch let DecodingError.dataCorrupted(context) {
            throw .invalid(field: Self.path(context.codingPath), .malformedBody(detail: context.debugDescription))
        } catch let DecodingError.keyNotFound(key, context) {
            throw .invalid(field: Self.path(context.codingPath + [key]), .required)
        } catch let DecodingError.typeMismatch(_, context) {
            throw .invalid(field: Self.path(context.codingPath), .malformedBody(detail: context.debugDescription))
        } catch let DecodingError.valueNotFound(_, context) {
            throw .invalid(field: Self.path(context.codingPath), .required)
        } catch {
            throw .invalid(field: "body", .malformedBody(detail: "\(error)"))
        }
    }

    /// `items[3].period` for a decoding path.
    static func path(_ keys: [any CodingKey]) -> String {
        keys.reduce(into: "") { text, key in
            if let index = key.intValue { text += "[\(index)]" } else { text += text.isEmpty ? key.stringValue : ".\(key.stringValue)" }
        }.nilIfEmptyOr("body")
    }

    private func enter(_ request: Request, _ principal: Principal) async -> Response {
        do throws(IndicatorError) {
            let batch = try await body(request, as: Batch<FigureEntry>.self)
            let written = try await desk.enter(batch.items, by: desk.actor(principal))
            api.didWrite()
            return JSONResponse.object(["written": written])
        } catch { return JSONResponse.error(error) }
    }

    private func setTargets(_ request: Request, _ principal: Principal) async -> Response {
        do throws(IndicatorError) {
            let batch = try await body(request, as: Batch<IndicatorTarget>.self)
            try await desk.setTargets(batch.items, by: desk.actor(principal))
            api.didWrite()
            return JSONResponse.object(["written": batch.items.count])
        } catch { return JSONResponse.error(error) }
    }

    private func act(_ request: Request, _ principal: Principal, area: String, period text: String, action: String) async -> Response {
        do throws(IndicatorError) {
            guard let action = ReportAction(rawValue: action) else { throw .invalid(field: "action", .notACode(action)) }
            guard let period = ReportingPeriod(parsing: text) else { throw .invalid(field: "period", .notAPeriod(text)) }
            struct Reason: Decodable { var reason: String? }
            var request = request
            let buffer = (try? await request.collectBody(upTo: 64 * 1024)) ?? ByteBuffer()
            let reason = buffer.readableBytes == 0 ? nil : (try? JSONDecoder().decode(Reason.self, from: Data(buffer: buffer)))?.reason
            let status = try await desk.act(action, area: area, period: period, reason: reason, by: desk.actor(principal))
            api.didWrite()
            return JSONResponse.object(["area": area, "period": period.description, "status": status.rawValue])
        } catch { return JSONResponse.error(error) }
    }

    private func putDefinition(_ request: Request, _ principal: Principal, code: String) async -> Response {
        do throws(IndicatorError) {
            let definition = try await body(request, as: IndicatorDefinition.self)
            guard definition.code == code else { throw .invalid(field: "code", .notACode(definition.code)) }
            try await desk.catalog.put([definition], author: principal.author)
            api.didWrite()
            return JSONResponse.encoded(try definition.validated())
        } catch { return JSONResponse.error(error) }
    }

    private func putRanking(_ request: Request, _ principal: Principal, index: String, year: String) async -> Response {
        do throws(IndicatorError) {
            let ranking = try await body(request, as: GovernanceRanking.self)
            guard ranking.index.rawValue == index else { throw .invalid(field: "index", .notACode(ranking.index.rawValue)) }
            guard String(ranking.year) == year else { throw .invalid(field: "year", .notAYear(year)) }
            try await desk.catalog.put(ranking, author: principal.author)
            api.didWrite()
            return JSONResponse.encoded(ranking)
        } catch { return JSONResponse.error(error) }
    }
}

/// `{"items": [...]}`, the shape of every batch the API takes.
struct Batch<Item: Decodable>: Decodable {
    var items: [Item]
}

extension String {
    fileprivate func nilIfEmptyOr(_ fallback: String) -> String { isEmpty ? fallback : self }
}
