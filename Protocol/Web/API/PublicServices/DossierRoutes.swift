import Access
import CRDT
import Foundation
import Hummingbird
import PublicServices
import Sheets
import StaffUI
import Vietnam

/// The `/api/v1/dossiers` routes of the public-service monitoring: dossiers with their
/// deadlines, the reporting table, the Decision 766 scores and the weekly reports, at a node
/// (its unit) and at the hub (every unit; dossiers arrive there).
///
/// Guarantees: every route needs a staff session, HTTP Basic credentials or a token with the
/// permission named; a district account reads its district only; the applicant is masked
/// outside the owning unit; a pushed batch is written whole or refused whole with every bad
/// row named.
struct DossierRoutes: Sendable {
    let api: RecordRoutes
    let desk: DossierDesk
    let settings: DossierSettings

    static let maxBodyBytes = SheetFile.maxBytes

    func register<Context: RequestContext>(on router: Router<Context>) {
        let group = router.group("api/v1/dossiers")
        group.get { request, _ in await api.staff(request, .dossiersRead) { principal in await self.list(request, principal) } }
        group.get("statistics") { request, _ in await api.staff(request, .dossiersRead) { principal in await self.statistics(request, principal) } }
        group.get("scores") { request, _ in await api.staff(request, .dossiersRead) { principal in await self.scores(request, principal) } }
        group.get("reports") { request, _ in await api.staff(request, .dossiersRead) { principal in await self.reports(request, principal) } }
        group.get("reports/:id") { request, context in
            await api.staff(request, .dossiersRead) { principal in await self.report(request, principal, id: context.parameters.get("id") ?? "") }
        }
        group.post("reports/:id/read") { request, context in
            await api.staff(request, .dossiersAcknowledge) { principal in await self.acknowledge(principal, id: context.parameters.get("id") ?? "") }
        }
        group.get(":code") { request, context in
            await api.staff(request, .dossiersRead) { principal in await self.one(principal, code: context.parameters.get("code") ?? "") }
        }
    }

    /// The hub's intake: the push endpoint (a JSON array, a CSV or an XLSX body) and the
    /// entered scores.
    func registerIngest<Context: RequestContext>(on router: Router<Context>) {
        let group = router.group("api/v1/dossiers")
        group.post { request, _ in await api.staff(request, .dossiersIngest) { principal in await self.push(request, principal) } }
        group.put("scores/:unit/:month") { request, context in
            await api.staff(request, .dossiersIngest) { principal in
                await self.enterScores(request, principal, unit: context.parameters.get("unit") ?? "", month: context.parameters.get("month") ?? "")
            }
        }
    }

    var now: Int64 { desk.nowMillis }

    // MARK: Reading

    /// The units asked for (`unit`, one or comma-separated) among those `principal` reads.
    func units(_ query: [String: String], _ principal: Principal) throws(DossierError) -> [String] {
        let readable = desk.readable(by: principal)
        guard let asked = query["unit"], !asked.isEmpty else { return readable }
        let units = asked.split(separator: ",").map(String.init)
        for unit in units {
            guard desk.areas.contains(unit) else { throw .unknownUnit(unit) }
            guard readable.contains(unit) else { throw .otherUnit(unit) }
        }
        return units
    }

    private func list(_ request: Request, _ principal: Principal) async -> Response {
        let query = RecordRoutes.parameters(request)
        do throws(DossierError) {
            let clock = try await settings.clock()
            guard let (limit, offset) = RecordRoutes.paging(query) else { throw .invalidQuery(field: "limit", value: query["limit"] ?? "") }
            var states: Set<Timeliness>?
            if let text = query["state"], !text.isEmpty {
                states = []
                for part in text.split(separator: ",") {
                    guard let state = Timeliness(rawValue: String(part)) else { throw .invalidQuery(field: "state", value: String(part)) }
                    states?.insert(state)
                }
            }
            let selection = DossierSelection(
                field: query["field"].flatMap { $0.isEmpty ? nil : $0 }, procedure: query["procedure"].flatMap { $0.isEmpty ? nil : $0 },
                states: states, text: query["q"].flatMap { $0.isEmpty ? nil : $0 })
            let found = try await selection.apply(try await desk.dossiers(units: try units(query, principal), openOnly: query["open"] == "true"), clock: clock, now: now)
            let page = found.dropFirst(offset).prefix(limit).map { DossierJSON(DossierDesk.shown($0, to: principal), clock: clock, now: now) }
            return JSONResponse.encoded(DossierListJSON(total: found.count, limit: limit, offset: offset, items: Array(page)))
        } catch { return JSONResponse.error(error) }
    }

    private func one(_ principal: Principal, code: String) async -> Response {
        do throws(DossierError) {
            guard let detail = try await desk.detail(code), desk.readable(by: principal).contains(detail.dossier.unit) else { throw .notFound(code) }
            let clock = try await settings.clock()
            return JSONResponse.encoded(DossierJSON(DossierDesk.shown(detail.dossier, to: principal), clock: clock, now: now, applicantErased: detail.applicantErased))
        } catch { return JSONResponse.error(error) }
    }

    private func statistics(_ request: Request, _ principal: Principal) async -> Response {
        let query = RecordRoutes.parameters(request)
        do throws(DossierError) {
            let period = try Self.period(query, today: VietnamTime.date(millis: now))
            let grouping = try query["group"].map { text throws(DossierError) in
                guard let g = DossierStatistics.Grouping(rawValue: text) else { throw .invalidQuery(field: "group", value: text) }
                return g
            } ?? .unit
            let table = try await desk.statistics(units: try units(query, principal), period: period, grouping: grouping, clock: try await settings.clock())
            return JSONResponse.encoded(StatisticsJSON(table))
        } catch { return JSONResponse.error(error) }
    }

    private func scores(_ request: Request, _ principal: Principal) async -> Response {
        let query = RecordRoutes.parameters(request)
        do throws(DossierError) {
            let today = VietnamTime.date(millis: now)
            let month = try query["month"].map { text throws(DossierError) in
                guard let day = CivilDate(iso: text + "-01") else { throw .invalidQuery(field: "month", value: text) }
                return day
            } ?? today
            let months = Int(query["months"] ?? "") ?? 12
            guard (1...36).contains(months) else { throw .invalidQuery(field: "months", value: query["months"] ?? "") }
            var result: [[ScoreJSON]] = []
            for unit in try units(query, principal) {
                result.append(try await desk.scores(unit: unit, endingWith: month, months: months, clock: try await settings.clock()).map(ScoreJSON.init))
            }
            return JSONResponse.encoded(["units": result])
        } catch { return JSONResponse.error(error) }
    }

    private func reports(_ request: Request, _ principal: Principal) async -> Response {
        let query = RecordRoutes.parameters(request)
        do throws(DossierError) {
            return JSONResponse.encoded(["items": try await desk.reports(units: try units(query, principal)).map(ReportJSON.init)])
        } catch { return JSONResponse.error(error) }
    }

    private func report(_ request: Request, _ principal: Principal, id: String) async -> Response {
        do throws(DossierError) {
            guard let record = try await desk.report(id), desk.readable(by: principal).contains(record.report.unit) else { throw .reportNotFound(id) }
            return JSONResponse.encoded(ReportJSON(record))
        } catch { return JSONResponse.error(error) }
    }

    private func acknowledge(_ principal: Principal, id: String) async -> Response {
        do throws(DossierError) {
            guard let record = try await desk.report(id), desk.readable(by: principal).contains(record.report.unit) else { throw .reportNotFound(id) }
            let reading = try await desk.acknowledge(id, reader: principal.author, site: desk.homeScope)
            api.didWrite()
            return JSONResponse.encoded(reading)
        } catch { return JSONResponse.error(error) }
    }

    // MARK: Writing

    private func push(_ request: Request, _ principal: Principal) async -> Response {
        var request = request
        do throws(DossierError) {
            let buffer: ByteBuffer
            do { buffer = try await request.collectBody(upTo: Self.maxBodyBytes) } catch { throw .bodyTooLarge(limit: Self.maxBodyBytes) }
            let allowed = principal.districts
            let outcome = try await desk.ingest(file: Array(buffer: buffer), author: principal.author, allowedUnits: allowed)
            if outcome.created + outcome.updated > 0 { api.didWrite() }
            return JSONResponse.encoded(outcome)
        } catch { return JSONResponse.error(error) }
    }

    private func enterScores(_ request: Request, _ principal: Principal, unit: String, month: String) async -> Response {
        var request = request
        do throws(DossierError) {
            guard let day = CivilDate(iso: month + "-01") else { throw .invalidQuery(field: "month", value: month) }
            guard desk.readable(by: principal).contains(unit) || !desk.areas.contains(unit) else { throw .otherUnit(unit) }
            let buffer: ByteBuffer
            do { buffer = try await request.collectBody(upTo: 64 * 1024) } catch { throw .bodyTooLarge(limit: 64 * 1024) }
            guard let ratios = (try? JSONSerialization.jsonObject(with: Data(buffer: buffer))) as? [String: Double] else {
                throw .invalidQuery(field: "body", value: String(decoding: Data(buffer: buffer).prefix(80), as: UTF8.self))
            }
            try await desk.enterScores(unit: unit, month: day, ratios: ratios, author: principal.author)
            api.didWrite()
            let scores = try await desk.scores(unit: unit, endingWith: day, months: 1, clock: try await settings.clock())
            return JSONResponse.encoded(scores.map(ScoreJSON.init).first)
        } catch { return JSONResponse.error(error) }
    }

    /// The period of `from`/`to` (ISO days), or of `month` (2026-03), or this month so far.
    static func period(_ query: [String: String], today: CivilDate) throws(DossierError) -> DossierPeriod {
        if let month = query["month"], !month.isEmpty {
            guard let day = CivilDate(iso: month + "-01") else { throw .invalidQuery(field: "month", value: month) }
            return .month(day.year, day.month)
        }
        func day(_ key: String) throws(DossierError) -> CivilDate? {
            guard let text = query[key], !text.isEmpty else { return nil }
            guard let day = CivilDate(iso: text) else { throw .invalidQuery(field: key, value: text) }
            return day
        }
        let first = try day("from") ?? CivilDate(today.year, today.month, 1)
        let last = try day("to") ?? today
        guard let period = DossierPeriod(first: first, last: last) else { throw .invalidQuery(field: "from", value: first.description) }
        return period
    }
}

/// One page of a dossier list.
struct DossierListJSON: Encodable {
    var total: Int
    var limit: Int
    var offset: Int
    var items: [DossierJSON]
}
