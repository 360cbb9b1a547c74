import Access
import Foundation
import Hummingbird
import Indicators
import Sheets
import StaffUI

/// `POST /api/v1/indicators/import`: a statistics office's sheet (XLSX or CSV, the body as
/// it is) read against the catalog for one area. Without `confirm=true` it only answers
/// what it read and every cell it could not read or could read two ways; with it, it
/// writes the figures (ambiguous cells in the reading `ambiguous` names, or not at all) and
/// the targets, all or none.
struct IndicatorImportRoute: Sendable {
    let api: RecordRoutes
    let desk: IndicatorDesk

    func register<Context: RequestContext>(on router: Router<Context>) {
        router.post("api/v1/indicators/import") { request, _ in await api.staff(request, .indicatorsEnter) { principal in await self.run(request, principal) } }
    }

    private func run(_ request: Request, _ principal: Principal) async -> Response {
        let query = RecordRoutes.parameters(request)
        var request = request
        do throws(IndicatorError) {
            let area = query["area"] ?? ""
            guard desk.isArea(area) else { throw area.isEmpty ? .invalid(field: "area", .required) : .unknownArea(area) }
            let actor = desk.actor(principal)
            guard actor.enters(area) else { throw .otherArea(area) }
            let status = try query["status"].map { text throws(IndicatorError) in
                guard let s = FigureStatus(rawValue: text) else { throw .invalid(field: "status", .unknownStatus(text)) }
                return s
            } ?? .estimate
            let ambiguity = try query["ambiguous"].map { text throws(IndicatorError) in
                guard let a = WideSheetImport.Ambiguity(rawValue: text) else { throw .invalid(field: "ambiguous", .notACode(text)) }
                return a
            } ?? .skip
            let buffer: ByteBuffer
            do { buffer = try await request.collectBody(upTo: SheetFile.maxBytes) } catch { throw .bodyTooLarge(limit: SheetFile.maxBytes) }
            let result = try await IndicatorImport(desk: desk).run(
                Array(buffer: buffer), area: area, status: status, source: query["source"], confirm: query["confirm"] == "true", ambiguity: ambiguity, actor: actor)
            if result.written > 0 { api.didWrite() }
            return JSONResponse.encoded(result)
        } catch { return JSONResponse.error(error) }
    }
}

/// Reading a sheet and, when confirmed, writing it: what the API route and the page share.
struct IndicatorImport: Sendable {
    let desk: IndicatorDesk

    struct Result: Encodable, Sendable {
        var figures: Int
        var targets: Int
        var ambiguous: Int
        var cellsRead: Int
        var written: Int
        var problems: [ImportProblem]

        enum CodingKeys: String, CodingKey {
            case figures, targets, ambiguous, written, problems
            case cellsRead = "cells_read"
        }
    }

    func read(_ bytes: [UInt8], area: String, status: FigureStatus, source: String?) async throws(IndicatorError) -> WideSheetImport {
        guard !bytes.isEmpty else { throw .invalid(field: "file", .required) }
        let grid: SheetGrid
        do { grid = try SheetFile.read(bytes) } catch { throw .invalid(field: "file", .malformedBody(detail: error.description)) }
        return WideSheetImport(grid: grid, catalog: try await desk.catalog.definitions(), area: area, status: status, source: source?.isEmpty == false ? source : nil)
    }

    func run(
        _ bytes: [UInt8], area: String, status: FigureStatus, source: String?, confirm: Bool, ambiguity: WideSheetImport.Ambiguity, actor: IndicatorActor
    ) async throws(IndicatorError) -> Result {
        let sheet = try await read(bytes, area: area, status: status, source: source)
        var written = 0
        if confirm {
            let figures = sheet.figures(resolving: ambiguity)
            written = try await desk.enter(figures, by: actor)
            if !sheet.targets.isEmpty {
                try await desk.setTargets(sheet.targets, by: actor)
                written += sheet.targets.count
            }
        }
        return Result(
            figures: sheet.figures.count, targets: sheet.targets.count, ambiguous: sheet.ambiguous.count, cellsRead: sheet.cellsRead, written: written,
            problems: sheet.problems)
    }
}
