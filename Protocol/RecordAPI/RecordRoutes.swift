import CRDT
import Foundation
import Hummingbird
import Records
import Replica

/// The `/api/v1` routes for reports and cases, shared by the node (its district) and
/// the hub (every district, filtered with `?district=`).
public struct RecordRoutes: Sendable {
    public let desk: RecordDesk
    /// Whether `POST /api/v1/reports` is served here (at the nodes, where reports are taken).
    public let acceptsReports: Bool
    public let defaultAuthor: String
    /// Called after every successful write, so sync can start at once.
    public let didWrite: @Sendable () -> Void

    public static let maxBodyBytes = 256 * 1024

    public init(desk: RecordDesk, acceptsReports: Bool, defaultAuthor: String, didWrite: @escaping @Sendable () -> Void) {
        self.desk = desk
        self.acceptsReports = acceptsReports
        self.defaultAuthor = defaultAuthor
        self.didWrite = didWrite
    }

    public func register<Context: RequestContext>(on router: Router<Context>) {
        let api = router.group("api/v1")
        api.post("reports") { request, context in
            guard self.acceptsReports else {
                return JSONResponse.error(.methodNotAllowed, code: "not_here", message: "Báo cáo được tiếp nhận tại nút huyện / reports are taken at district nodes")
            }
            return await self.withBody(request, context) { (body: Data) async throws(RecordError) -> Response in
                let ids = try await self.desk.createReport(json: body, author: self.author(request))
                self.didWrite()
                return JSONResponse.object(["id": ids.report.description, "case_id": ids.case.description], status: .created)
            }
        }
        api.get("reports") { request, _ in await self.list(RecordDesk.reportType, request) }
        api.get("reports/:id") { request, context in await self.read(RecordDesk.reportType, context) }
        api.get("digest") { request, _ in
            let district = request.uri.queryParameters.get("district").map { String($0) }
            let scopes = district.map { [$0, Scope.province] }
            do {
                let digest = try await self.desk.replica.stateDigestAsync(scopes: scopes)
                return JSONResponse.object(["digest": digest.digest, "entities": digest.entities, "scopes": scopes ?? ["*"]])
            } catch let error as ReplicaError {
                return JSONResponse.error(RecordError(error))
            } catch {
                return JSONResponse.error(.internalServerError, code: "internal", message: "\(error)")
            }
        }
        api.get("cases") { request, _ in await self.list(RecordDesk.caseType, request) }
        api.get("cases/:id") { request, context in await self.read(RecordDesk.caseType, context) }
        api.patch("cases/:id") { request, context in
            guard let id = context.parameters.get("id").flatMap(EntityID.init) else { return Self.badID() }
            return await self.withBody(request, context) { (body: Data) async throws(RecordError) -> Response in
                try await self.desk.patchCase(id, json: body, author: self.author(request))
                self.didWrite()
                return JSONResponse.ok(try await self.desk.recordJSON(id, type: RecordDesk.caseType))
            }
        }
    }

    private func author(_ request: Request) -> String {
        let header = request.headers.first { $0.name.canonicalName == "x-ioc-user" }?.value.trimmingCharacters(in: .whitespaces) ?? ""
        return header.isEmpty ? defaultAuthor : String(header.prefix(80))
    }

    private func read<Context: RequestContext>(_ type: String, _ context: Context) async -> Response {
        guard let id = context.parameters.get("id").flatMap(EntityID.init) else { return Self.badID() }
        do { return JSONResponse.ok(try await desk.recordJSON(id, type: type)) } catch { return JSONResponse.error(error) }
    }

    private func list(_ type: String, _ request: Request) async -> Response {
        let query = request.uri.queryParameters
        let limit = query.get("limit").flatMap { Int(String($0)) } ?? 100
        let offset = query.get("offset").flatMap { Int(String($0)) } ?? 0
        guard (1...1000).contains(limit), offset >= 0 else {
            return JSONResponse.error(.badRequest, code: "invalid_input", message: "limit phải từ 1 đến 1000 / limit must be 1…1000, offset ≥ 0")
        }
        let scope = query.get("district").map { String($0) }
        let conflicted = query.get("conflicted") == "true"
        do {
            return JSONResponse.ok(try await desk.listJSON(type: type, scope: scope, conflictedOnly: conflicted, limit: limit, offset: offset))
        } catch { return JSONResponse.error(error) }
    }

    private func withBody<Context: RequestContext>(
        _ request: Request, _ context: Context, _ body: (Data) async throws(RecordError) -> Response
    ) async -> Response {
        var request = request
        let buffer: ByteBuffer
        do { buffer = try await request.collectBody(upTo: Self.maxBodyBytes) } catch {
            return JSONResponse.error(.contentTooLarge, code: "too_large", message: "Nội dung quá lớn / body larger than \(Self.maxBodyBytes) bytes")
        }
        do { return try await body(Data(buffer: buffer)) } catch { return JSONResponse.error(error) }
    }

    static func badID() -> Response {
        JSONResponse.error(.badRequest, code: "invalid_input", message: "Mã không hợp lệ / id must be a UUID", field: "id")
    }
}
