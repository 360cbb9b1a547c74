import FieldReports
import Foundation
import Hummingbird
import Open311
import StaffUI

/// Mounts Open311 GeoReport v2 at `/open311/v2` and the FIWARE export of a request at
/// `/api/v1/fiware/requests/{id}` (NGSI-v2 key-values `Open311ServiceRequest`; the public id,
/// or the tracking code).
struct Open311Routes: Sendable {
    let backend: FieldReportOpen311Backend

    func register<Context: RequestContext>(on router: Router<Context>) {
        let backend = self.backend
        let handler: @Sendable (Request, Context) async throws -> Response = { request, _ in
            var client = backend
            client.client = PeerAddress.of(request)
            let dispatcher = Open311Dispatcher(backend: client, maxBodyBytes: 64 * 1024)
            var request = request
            let path = request.uri.path
            let mount = "/open311/v2/"
            let rest = path.hasPrefix(mount) ? String(path.dropFirst(mount.count)) : ""
            let body = (try? await request.collectBody(upTo: 64 * 1024 + 1)).map { Array(buffer: $0) } ?? []
            let query = request.uri.queryParameters.map { (String($0.key), String($0.value)) }
            let answer = await dispatcher.handle(
                method: request.method.rawValue, path: rest, query: query, body: body, contentType: request.headers[.contentType])
            var headers: HTTPFields = [.contentType: answer.contentType]
            if answer.status == 429 { headers[.retryAfter] = "\(PublicIntakeQuota.day(backend.desk.now()).secondsLeft)" }
            return Response(status: .init(code: answer.status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: answer.body)))
        }
        router.get("open311/v2/**", use: handler)
        router.post("open311/v2/**", use: handler)
        router.get("api/v1/fiware/requests/:code") { _, context in
            let code = context.parameters.get("code") ?? ""
            guard let record = try await backend.caseRecord(code) else {
                return JSONResponse.error(.notFound, code: "not_found", message: Localizer.bilingual { $0.message(HTTPRefusal.noSuchTrackingCode(String(code.prefix(20)))) })
            }
            let request = FieldReportOpen311Backend.request(record, try await backend.desk.catalog.snapshot())
            let entity = Open311ServiceRequestEntity(request: request, districtCode: record.scope, attributes: record.attributes)
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: entity.keyValuesJSON())))
        }
    }
}
