import Access
import CRDT
import FieldReports
import Foundation
import Hummingbird
import Replica
import StaffUI
import TrafficAnalysis
import TrafficDesk
import TrafficPlates

/// The `/api/v1/traffic` routes of the camera-analytics service, at a node (its cameras, live)
/// and at the hub (every district, from what the nodes synced; the registry and watch-list are
/// edited there).
///
/// Guarantees: ingest answers with what was analysed and every refused line with its reason,
/// never failing the batch for one bad line; every route except ingest-by-feed needs a staff
/// session or HTTP Basic credentials; reference data is written only at the hub.
struct TrafficRoutes: Sendable {
    let api: RecordRoutes
    let traffic: TrafficDesk
    /// The node's live analytics; nil at the hub.
    let engine: TrafficEngine?

    static let maxDetectionBytes = 32 * 1024 * 1024

    func register<Context: RequestContext>(on router: Router<Context>) {
        let group = router.group("api/v1/traffic")
        group.get("cameras") { request, _ in await api.staff(request, .trafficRead) { principal in await self.cameras(request, principal) } }
        group.get("cameras/:id") { request, context in await api.staff(request, .trafficRead) { _ in await self.camera(request, context.parameters.get("id") ?? "") } }
        group.get("events") { request, _ in await api.staff(request, .trafficEvents) { principal in await self.events(request, principal) } }
        group.get("events/:id") { request, context in
            await api.staff(request, .trafficEvents) { principal in
                guard let id = context.parameters.get("id").flatMap(EntityID.init) else { return RecordRoutes.badID() }
                do throws(TrafficDeskError) {
                    guard let record = try await traffic.event(id, readableBy: principal) else { return JSONResponse.error(.notFound(.event(id.description))) }
                    return JSONResponse.encoded(TrafficEventJSON(record: record))
                } catch { return JSONResponse.error(error) }
            }
        }
        group.post("events/:id/case") { request, context in await api.staff(request, .trafficEvents) { principal in await self.openCase(request, context, principal) } }
        group.post("events/:id/dismiss") { request, context in await api.staff(request, .trafficEvents) { principal in await self.dismiss(request, context, principal) } }
        group.get("alerts") { request, _ in
            await api.staff(request, .trafficPlates) { principal in
                let query = RecordRoutes.parameters(request)
                do throws(TrafficDeskError) {
                    let alerts = try await traffic.alerts(scope: try self.district(query["district"], principal), unacknowledgedOnly: query["open"] == "true")
                    return JSONResponse.encoded(["items": alerts])
                } catch { return JSONResponse.error(error) }
            }
        }
        group.post("alerts/:id/ack") { request, context in
            await api.staff(request, .trafficPlates) { principal in
                guard let id = context.parameters.get("id").flatMap(EntityID.init) else { return RecordRoutes.badID() }
                do throws(TrafficDeskError) {
                    try await traffic.acknowledgeAlert(id, author: principal.author)
                    api.didWrite()
                    return JSONResponse.object(["acknowledged": true])
                } catch { return JSONResponse.error(error) }
            }
        }
        group.get("plates/:plate") { request, context in
            await api.staff(request, .trafficPlates) { principal in await self.plate(context.parameters.get("plate") ?? "", principal) }
        }
        group.get("watchlist") { request, _ in
            await api.staff(request, .trafficPlates) { _ in
                do throws(TrafficDeskError) { return JSONResponse.encoded(["items": try await traffic.catalog.snapshot().watchlist.entries]) } catch {
                    return JSONResponse.error(error)
                }
            }
        }
        group.get("fiware/TrafficFlowObserved") { request, _ in await api.staff(request, .trafficRead) { _ in await self.fiwareFlows(request) } }
        group.get("fiware/Alert") { request, _ in await api.staff(request, .trafficEvents) { principal in await self.fiwareAlerts(request, principal) } }
    }

    /// The node's ingest routes (detections, plate reads, signal phases, totals), fed to its
    /// live engine. Only a node registers them: the hub analyses no camera.
    func registerIngest<Context: RequestContext>(on router: Router<Context>, engine: TrafficEngine) {
        let group = router.group("api/v1/traffic")
        group.post("detections") { request, _ in await api.staff(request, .trafficIngest) { _ in await self.ingestDetections(request, engine) } }
        group.post("plates") { request, context in await api.staff(request, .trafficIngest) { _ in await self.ingestPlates(request, context, engine) } }
        group.post("signals") { request, context in await api.staff(request, .trafficIngest) { _ in await self.signal(request, context, engine) } }
        group.get("ingest") { request, _ in await api.staff(request, .trafficIngest) { _ in JSONResponse.encoded(await engine.totals) } }
    }

    /// The ingest paths where no engine runs (the hub): each answers 409 `node_only`, saying
    /// where to send the data, so a misdirected camera gateway learns what to fix.
    func registerIngestRefusal<Context: RequestContext>(on router: Router<Context>) {
        let group = router.group("api/v1/traffic")
        for path in ["detections", "plates", "signals"] {
            group.post(RouterPath(stringLiteral: path)) { request, _ in await api.staff(request, .trafficIngest) { _ in Self.hubHasNoEngine() } }
        }
        group.get("ingest") { request, _ in await api.staff(request, .trafficIngest) { _ in Self.hubHasNoEngine() } }
    }

    /// The hub's editing of the camera registry and the watch-list (province reference data).
    func registerCatalogEditing<Context: RequestContext>(on router: Router<Context>) {
        let group = router.group("api/v1/traffic")
        group.put("cameras/:id") { request, context in await api.staff(request, .referenceEdit) { principal in await self.putCamera(request, context, principal) } }
        group.put("watchlist/:plate") { request, context in await api.staff(request, .referenceEdit) { principal in await self.watch(request, context, principal) } }
        group.delete("watchlist/:plate") { request, context in await api.staff(request, .referenceEdit) { principal in await self.unwatch(context, principal) } }
    }

    // MARK: Ingest

    private func ingestDetections(_ request: Request, _ engine: TrafficEngine) async -> Response {
        var request = request
        let buffer: ByteBuffer
        do { buffer = try await request.collectBody(upTo: Self.maxDetectionBytes) } catch {
            return JSONResponse.error(.contentTooLarge, code: "too_large", message: Localizer.bilingual { $0.message(HTTPRefusal.bodyTooLarge(limit: Self.maxDetectionBytes)) })
        }
        let bytes = [UInt8](buffer: buffer)
        let query = request.uri.queryParameters
        let report: IngestReport
        switch query.get("format").map { String($0) } ?? "ioc" {
        case "ioc":
            let isJSON = request.headers[.contentType]?.hasPrefix("application/json") ?? (bytes.first { $0 > 32 } == UInt8(ascii: "{"))
            if isJSON {
                do throws(TrafficDeskError) { report = try await engine.ingest(json: Data(bytes)) } catch { return JSONResponse.error(error) }
            } else {
                report = await engine.ingest(text: bytes)
            }
        case "mot":
            do throws(RecordError) {
                report = await engine.ingest(mot: bytes, reader: try Self.motReader(query, nowMillis: Replica.systemMillis()))
            } catch { return JSONResponse.error(error) }
        case let other: return JSONResponse.error(RecordError.invalid("format", .notOneOf(value: other, choices: ["ioc", "mot"])))
        }
        api.didWrite()
        return JSONResponse.encoded(report, status: report.accepted == 0 && (report.malformed > 0 || !report.unknownCameras.isEmpty) ? .unprocessableContent : .ok)
    }

    /// The MOTChallenge reader a `format=mot` request asks for: `camera` and `fps` required,
    /// `start` (default now) and `class` optional.
    static func motReader(_ query: Parameters, nowMillis: UInt64) throws(RecordError) -> MOTParser {
        guard let camera = query.get("camera").map { String($0) }, !camera.isEmpty else { throw .invalid("camera", .required) }
        guard let fpsText = query.get("fps") else { throw .invalid("fps", .required) }
        guard let fps = Double(String(fpsText)), fps > 0, fps <= 1000 else { throw .invalid("fps", .outOfRange(min: 0, max: 1000)) }
        var start = Int64(nowMillis)
        if let text = query.get("start") {
            guard let millis = MOTParser.startMillis(String(text)) else { throw .invalid("start", .notADate) }
            start = millis
        }
        var onlyClass: VehicleClass?
        if let name = query.get("class").map { String($0) } {
            guard let found = VehicleClass(name: name) else { throw .invalid("class", .notOneOf(value: name, choices: VehicleClass.allCases.map(\.rawValue))) }
            onlyClass = found
        }
        guard let reader = MOTParser(camera: camera, fps: fps, startMillis: start, onlyClass: onlyClass) else { throw .invalid("fps", .outOfRange(min: 0, max: 1000)) }
        return reader
    }

    private func ingestPlates<Context: RequestContext>(_ request: Request, _ context: Context, _ engine: TrafficEngine) async -> Response {
        return await api.withBody(request, context) { (body: Data) async throws(RecordError) -> Response in
            do throws(TrafficDeskError) {
                let report = try await engine.ingest(plateEvent: body, camera: RecordRoutes.parameters(request)["camera"])
                api.didWrite()
                return JSONResponse.encoded(report)
            } catch { return JSONResponse.error(error) }
        }
    }

    private func signal<Context: RequestContext>(_ request: Request, _ context: Context, _ engine: TrafficEngine) async -> Response {
        return await api.withBody(request, context) { (body: Data) async throws(RecordError) -> Response in
            let object = try RecordDesk.jsonObject(body)
            guard let camera = object["camera"] as? String else { throw .invalid("camera", .required) }
            guard let phase = (object["phase"] as? String).flatMap(SignalPhase.init(rawValue:)) else {
                throw .invalid("phase", .notOneOf(value: nil, choices: ["green", "amber", "red"]))
            }
            let time = (object["t"] as? NSNumber)?.int64Value ?? Int64(Date().timeIntervalSince1970 * 1000)
            do throws(TrafficDeskError) {
                try await engine.setSignal(camera: camera, phase: phase, atMillis: time)
                return JSONResponse.object(["camera": camera, "phase": phase.rawValue, "t": time])
            } catch { return JSONResponse.error(error) }
        }
    }

    // MARK: Reading

    /// The district a traffic query reads: at a node its own; at the hub the one asked (nil:
    /// every district) for a province account, a district's account its own.
    func district(_ asked: String?, _ principal: Principal) throws(TrafficDeskError) -> String? {
        guard traffic.seesEveryDistrict else { return traffic.homeScope }
        do { return try principal.district(reading: asked) } catch { throw .otherDistrict(asked ?? "") }
    }

    private func cameras(_ request: Request, _ principal: Principal) async -> Response {
        do throws(TrafficDeskError) {
            let district = try district(RecordRoutes.parameters(request)["district"], principal)
            let cameras = try await traffic.catalog.snapshot().cameras.filter { district == nil || $0.districtCode == district }
            let states = try await traffic.cameraStates(scope: district)
            let live = await engine?.liveCameras() ?? [:]
            let items = cameras.map { camera in
                TrafficCameraJSON(camera: camera, state: states[camera.id], live: live[camera.id])
            }
            return JSONResponse.encoded(["items": items])
        } catch { return JSONResponse.error(error) }
    }

    private func camera(_ request: Request, _ id: String) async -> Response {
        do throws(TrafficDeskError) {
            guard let camera = try await traffic.catalog.snapshot().camera(id) else { return JSONResponse.error(.unknownCamera(id)) }
            let period = Int(RecordRoutes.parameters(request)["period"] ?? "300") ?? 300
            guard [300, 900].contains(period) else {
                return JSONResponse.error(.invalid("period", .notOneOf(value: nil, choices: ["300", "900"])))
            }
            let now = Int64(Date().timeIntervalSince1970 * 1000)
            let since = Int64(RecordRoutes.parameters(request)["since"] ?? "") ?? now - 24 * 3_600_000
            let flows = try await traffic.flows(camera: id, periodSeconds: period, since: since)
            let state = try await traffic.cameraStates(scope: camera.districtCode)[id]
            let live = await engine?.liveCameras()[id]
            return JSONResponse.encoded(TrafficCameraDetailJSON(camera: TrafficCameraJSON(camera: camera, state: state, live: live), intervals: flows))
        } catch { return JSONResponse.error(error) }
    }

    private func events(_ request: Request, _ principal: Principal) async -> Response {
        let q = RecordRoutes.parameters(request)
        guard let (limit, offset) = RecordRoutes.paging(q) else { return RecordRoutes.badPaging() }
        let scope: String?
        do throws(TrafficDeskError) { scope = try district(q["district"], principal) } catch { return JSONResponse.error(error) }
        var query = TrafficEventQuery(
            scope: scope, camera: q["camera"], kind: q["kind"], violationsOnly: q["violations"] == "true",
            fromMillis: q["from"].flatMap { Int64($0) }, toMillis: q["to"].flatMap { Int64($0) }, limit: limit, offset: offset)
        if let status = q["status"] {
            guard let parsed = TrafficEventRecord.Status(rawValue: status) else {
                return JSONResponse.error(.invalid("status", .notOneOf(value: status, choices: ["new", "case_opened", "dismissed"])))
            }
            query.status = parsed
        }
        if let plate = q["plate"] {
            guard let parsed = try? VehiclePlate(parsing: plate) else {
                return JSONResponse.error(.invalid("plate", .notAPlate(plate)))
            }
            query.plateKey = parsed.key
        }
        do throws(TrafficDeskError) {
            let (rows, total) = try await traffic.events(query)
            return JSONResponse.encoded(TrafficEventListJSON(items: rows.map(TrafficEventJSON.init), total: total, limit: limit, offset: offset))
        } catch { return JSONResponse.error(error) }
    }

    private func plate(_ raw: String, _ principal: Principal) async -> Response {
        let plate: VehiclePlate
        do { plate = try VehiclePlate(parsing: raw.removingPercentEncoding ?? raw) } catch {
            return JSONResponse.error(.invalid("plate", .notAPlate(raw)))
        }
        do throws(TrafficDeskError) {
            let snapshot = try await traffic.catalog.snapshot()
            let sightings = try await traffic.sightings(of: plate, cameras: snapshot.cameras).filter { principal.sees(district: String($0.districtCode)) }
            let route = sightings.isEmpty ? nil : try? RouteTracer().trace(sightings)
            let hit = snapshot.watchlist.match(plate, atMillis: Int64(Date().timeIntervalSince1970 * 1000))
            return JSONResponse.encoded(PlateTraceJSON(plate: plate, watch: hit?.entry, sightings: sightings, route: route))
        } catch { return JSONResponse.error(error) }
    }

    // MARK: Review


    private func openCase<Context: RequestContext>(_ request: Request, _ context: Context, _ principal: Principal) async -> Response {
        guard let id = context.parameters.get("id").flatMap(EntityID.init) else { return RecordRoutes.badID() }
        return await api.withBody(request, context) { (body: Data) async throws(RecordError) -> Response in
            let object = body.isEmpty ? [:] : try RecordDesk.jsonObject(body)
            do throws(TrafficDeskError) {
                guard try await traffic.event(id, readableBy: principal) != nil else { throw .notFound(.event(id.description)) }
                let note = object["note"] as? String
                let receipt = try await traffic.openCase(for: id, records: api.desk, category: object["category"] as? String, author: principal.author) {
                    Localizer(.vi).violationCaseFile($0, cameraName: $1?.name, note: note)
                }
                api.didWrite()
                return JSONResponse.object(
                    ["case_id": receipt.case.description, "report_id": receipt.report.description, "tracking_code": receipt.trackingCode, "duplicate": receipt.duplicate],
                    status: receipt.duplicate ? .ok : .created)
            } catch { return JSONResponse.error(error) }
        }
    }

    private func dismiss<Context: RequestContext>(_ request: Request, _ context: Context, _ principal: Principal) async -> Response {
        guard let id = context.parameters.get("id").flatMap(EntityID.init) else { return RecordRoutes.badID() }
        return await api.withBody(request, context) { (body: Data) async throws(RecordError) -> Response in
            let object = body.isEmpty ? [:] : try RecordDesk.jsonObject(body)
            do throws(TrafficDeskError) {
                guard try await traffic.event(id, readableBy: principal) != nil else { throw .notFound(.event(id.description)) }
                try await traffic.dismiss(id, reason: object["reason"] as? String, author: principal.author)
                api.didWrite()
                return JSONResponse.object(["status": TrafficEventRecord.Status.dismissed.rawValue])
            } catch { return JSONResponse.error(error) }
        }
    }

    // MARK: Reference data (hub)

    private func putCamera<Context: RequestContext>(_ request: Request, _ context: Context, _ principal: Principal) async -> Response {
        let id = context.parameters.get("id") ?? ""
        return await api.withBody(request, context) { (body: Data) async throws(RecordError) -> Response in
            let camera: RegisteredCamera
            do { camera = try JSONDecoder().decode(RegisteredCamera.self, from: body) } catch {
                throw .invalid("body", .notACamera(detail: "\(error)"))
            }
            guard camera.id == id else { throw .invalid("geometry.id", .idDiffersFromPath(body: camera.id, path: id)) }
            do throws(TrafficDeskError) {
                try await traffic.catalog.put(camera, author: principal.author)
                api.didWrite()
                return JSONResponse.encoded(camera)
            } catch { return JSONResponse.error(error) }
        }
    }

    private func watch<Context: RequestContext>(_ request: Request, _ context: Context, _ principal: Principal) async -> Response {
        let raw = context.parameters.get("plate") ?? ""
        return await api.withBody(request, context) { (body: Data) async throws(RecordError) -> Response in
            let object = try RecordDesk.jsonObject(body)
            let plate: VehiclePlate
            do { plate = try VehiclePlate(parsing: raw.removingPercentEncoding ?? raw) } catch { throw .invalid("plate", .notAPlate(raw)) }
            let now = Int64(Date().timeIntervalSince1970 * 1000)
            let entry = WatchlistEntry(
                plate: plate, reason: object["reason"] as? String ?? "", addedBy: principal.author, addedAtMillis: now,
                expiresAtMillis: (object["expires_ms"] as? NSNumber)?.int64Value)
            do throws(TrafficDeskError) {
                try await traffic.catalog.watch(entry, author: principal.author)
                api.didWrite()
                return JSONResponse.encoded(entry)
            } catch { return JSONResponse.error(error) }
        }
    }

    private func unwatch<Context: RequestContext>(_ context: Context, _ principal: Principal) async -> Response {
        let raw = context.parameters.get("plate") ?? ""
        guard let plate = try? VehiclePlate(parsing: raw.removingPercentEncoding ?? raw) else {
            return JSONResponse.error(.invalid("plate", .notAPlate(raw)))
        }
        do throws(TrafficDeskError) {
            guard try await traffic.catalog.unwatch(plate, author: principal.author) else { return JSONResponse.error(.notFound(.plate(plate.display))) }
            api.didWrite()
            return Response(status: .noContent)
        } catch { return JSONResponse.error(error) }
    }

    // MARK: FIWARE

    private func fiwareFlows(_ request: Request) async -> Response {
        let q = RecordRoutes.parameters(request)
        guard let cameraID = q["camera"] else {
            return JSONResponse.error(.invalid("camera", .required))
        }
        do throws(TrafficDeskError) {
            guard let camera = try await traffic.catalog.snapshot().camera(cameraID) else { return JSONResponse.error(.unknownCamera(cameraID)) }
            guard let period = Int(q["period"] ?? "300"), [300, 900].contains(period) else {
                return JSONResponse.error(.invalid("period", .notOneOf(value: nil, choices: ["300", "900"])))
            }
            let now = Int64(Date().timeIntervalSince1970 * 1000)
            let flows = try await traffic.flows(
                camera: cameraID, periodSeconds: period, since: Int64(q["since"] ?? "") ?? now - 3_600_000)
            return JSONResponse.ok(TrafficFIWARE.flows(flows, camera: camera), contentType: "application/ld+json")
        } catch { return JSONResponse.error(error) }
    }

    private func fiwareAlerts(_ request: Request, _ principal: Principal) async -> Response {
        let q = RecordRoutes.parameters(request)
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        do throws(TrafficDeskError) {
            let cameras = try await traffic.catalog.snapshot()
            let (rows, _) = try await traffic.events(TrafficEventQuery(
                scope: try district(q["district"], principal), fromMillis: Int64(q["since"] ?? "") ?? now - 24 * 3_600_000, limit: 1000))
            return JSONResponse.ok(TrafficFIWARE.alerts(rows, cameras: cameras), contentType: "application/ld+json")
        } catch { return JSONResponse.error(error) }
    }

    static func hubHasNoEngine() -> Response {
        JSONResponse.error(
            .conflict, code: "node_only",
            message: Localizer.bilingual { $0.message(HTTPRefusal.hubDoesNotAnalyse) })
    }
}
