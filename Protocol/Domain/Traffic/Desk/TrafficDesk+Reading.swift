import CRDT
import Foundation
import GRDB
import Replica
import TrafficAnalysis
import TrafficPlates

extension TrafficDesk {
    /// Events matching the query, newest first, and how many match in all.
    public func events(_ query: TrafficEventQuery) async throws(TrafficDeskError) -> (rows: [TrafficEventRecord], total: Int) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let scope = query.scope { conditions.append("scope = ?"); arguments += [scope] }
        if let camera = query.camera { conditions.append("camera = ?"); arguments += [camera] }
        if let kind = query.kind { conditions.append("kind = ?"); arguments += [kind] }
        if query.violationsOnly { conditions.append("violation = 1") }
        if let status = query.status { conditions.append("status = ?"); arguments += [status.rawValue] }
        if let key = query.plateKey { conditions.append("plate_key = ?"); arguments += [key] }
        if let from = query.fromMillis { conditions.append("time_ms >= ?"); arguments += [from] }
        if let to = query.toMillis { conditions.append("time_ms < ?"); arguments += [to] }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let limit = max(0, min(query.limit, 1000)), offset = max(0, query.offset)
        let values = arguments
        let (rows, total) = try await read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, scope, doc FROM traffic_event \(filter) ORDER BY time_ms DESC, id DESC LIMIT \(limit) OFFSET \(offset)",
                arguments: values)
            let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM traffic_event \(filter)", arguments: values) ?? 0
            return (rows.map { (Data($0[0] as Data), $0[1] as String, $0[2] as String) }, total)
        }
        return (rows.compactMap { Self.eventRecord(id: $0.0, scope: $0.1, document: $0.2) }, total)
    }

    public func event(_ id: EntityID) async throws(TrafficDeskError) -> TrafficEventRecord? {
        let row = try await read { db in
            try Row.fetchOne(db, sql: "SELECT scope, doc FROM traffic_event WHERE id = ?", arguments: [Data(id.bytes)]).map { ($0[0] as String, $0[1] as String) }
        }
        return row.flatMap { Self.eventRecord(id: Data(id.bytes), scope: $0.0, document: $0.1) }
    }

    /// A camera's flow intervals of one period (300 or 900 s) from `since`, oldest first, one per
    /// subject and interval.
    public func flows(camera: String, periodSeconds: Int, since: Int64, until: Int64 = .max) async throws(TrafficDeskError) -> [FlowInterval] {
        let docs = try await read { db in
            try String.fetchAll(
                db, sql: "SELECT doc FROM traffic_flow WHERE camera = ? AND period = ? AND start_ms >= ? AND start_ms < ? ORDER BY start_ms",
                arguments: [camera, periodSeconds, since, until])
        }
        return docs.compactMap(Self.flowInterval(from:))
    }

    /// Every camera's latest reported state in a scope (nil: all), by camera id.
    public func cameraStates(scope: String? = nil) async throws(TrafficDeskError) -> [String: CameraLiveState] {
        let docs = try await read { db in
            if let scope { return try String.fetchAll(db, sql: "SELECT doc FROM camera_state WHERE scope = ?", arguments: [scope]) }
            return try String.fetchAll(db, sql: "SELECT doc FROM camera_state")
        }
        var states: [String: CameraLiveState] = [:]
        for doc in docs { if let state = Self.cameraState(from: doc) { states[state.camera] = state } }
        return states
    }

    /// Watch-list alerts, newest first.
    public func alerts(scope: String? = nil, unacknowledgedOnly: Bool = false, limit: Int = 50) async throws(TrafficDeskError) -> [PlateAlertRecord] {
        let rows = try await read { db in
            var sql = "SELECT id, scope, doc FROM plate_alert WHERE 1"
            var arguments = StatementArguments()
            if let scope { sql += " AND scope = ?"; arguments += [scope] }
            if unacknowledgedOnly { sql += " AND acknowledged = 0" }
            sql += " ORDER BY time_ms DESC LIMIT \(max(0, min(limit, 1000)))"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map { (Data($0[0] as Data), $0[1] as String, $0[2] as String) }
        }
        return rows.compactMap { Self.alert(id: $0.0, scope: $0.1, document: $0.2) }
    }

    /// Every sighting of a plate (exact key or look-alike key) known here, oldest first, ready
    /// for ``PlateTracing/RouteTracer``. Cameras missing from the registry are skipped.
    public func sightings(of plate: VehiclePlate, cameras: [RegisteredCamera], since: Int64 = 0) async throws(TrafficDeskError) -> [TrafficPlates.PlateSighting] {
        let rows = try await read { db in
            try Row.fetchAll(
                db, sql: """
                    SELECT camera, doc FROM plate_sighting WHERE (plate_key = ? OR match_key = ?) AND time_ms >= ? ORDER BY time_ms
                    """, arguments: [plate.key, plate.matchKey, since]
            ).map { ($0[0] as String, $0[1] as String) }
        }
        let byID = Dictionary(cameras.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return rows.compactMap { cameraID, doc -> TrafficPlates.PlateSighting? in
            guard let camera = byID[cameraID], let item = TrafficJSON.decode(SightingBucket.Item.self, doc),
                let read = try? VehiclePlate(parsing: item.p)
            else { return nil }
            let movement: TrafficPlates.PlateSighting.Movement? =
                item.b.map { .bearing(degrees: $0) } ?? item.a.map { $0 ? .approaching : .receding }
            return TrafficPlates.PlateSighting(
                id: "\(cameraID)/\(item.t)/\(item.tr.first ?? 0)", plate: read, readConfidence: item.c, cameraID: cameraID,
                districtCode: Int(camera.districtCode) ?? 0,
                cameraLocation: GeoPoint(latitudeDegrees: camera.geometry.position.latitude, longitudeDegrees: camera.geometry.position.longitude),
                cameraHeadingDegrees: camera.geometry.headingDegrees, timeMillis: item.t, movement: movement,
                evidenceRefs: [item.f, item.x].compactMap { $0 })
        }
    }

    // MARK: Decoding

    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws(TrafficDeskError) -> T {
        do { return try await replica.read(body) } catch { throw .storage(error) }
    }

    private struct EventDocument: Decodable {
        var camera: String
        var time_ms: Int64
        var kind: String
        var subject: String?
        var level: CongestionLevel?
        var violation: Bool?
        var vehicle_class: VehicleClass?
        var plate: String?
        var plate_key: String?
        var speed: Double?
        var limit: Double?
        var dwell: Double?
        var lat: Double?
        var lon: Double?
        var evidence: ViolationEvidence?
        var status: TrafficEventRecord.Status?
        var case_id: String?
        var tracking_code: String?
        var reviewed_by: String?
    }

    static func eventRecord(id: Data, scope: String, document: String) -> TrafficEventRecord? {
        guard let d = TrafficJSON.decode(EventDocument.self, document), let entityID = EntityID(bytes: [UInt8](id)) else { return nil }
        return TrafficEventRecord(
            id: entityID.description, scope: scope, camera: d.camera, timeMillis: d.time_ms, kind: d.kind, subject: d.subject,
            congestionLevel: d.level,
            isViolation: d.violation ?? false, vehicleClass: d.vehicle_class, plate: d.plate, plateKey: d.plate_key, speedKmh: d.speed,
            speedLimitKmh: d.limit, dwellSeconds: d.dwell, latitude: d.lat, longitude: d.lon, evidence: d.evidence, status: d.status ?? .new,
            caseID: d.case_id, trackingCode: d.tracking_code, reviewedBy: d.reviewed_by)
    }

    private struct FlowDocument: Decodable {
        var camera: String
        var subject: String
        var subject_kind: String
        var period_s: Int
        var start_ms: Int64
        var end_ms: Int64
        var covered_ms: Int64?
        var vehicles: Int?
        var lr: Int?
        var rl: Int?
        var speed_sum_dkmh: Int64?
        var speed_n: Int?
        var occupied_ms: Int64?
        var p85: Double?
        var headway: Double?
    }

    /// A flow document's per-class counters, its `c_<class>` fields.
    private struct ClassCounts: Decodable {
        var counts: [String: Int] = [:]

        private struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            let fields = try decoder.container(keyedBy: Key.self)
            for key in fields.allKeys where key.stringValue.hasPrefix("c_") {
                counts[String(key.stringValue.dropFirst(2))] = (try? fields.decode(Int.self, forKey: key)) ?? 0
            }
        }
    }

    /// Both readings of one flow document, from one parse.
    private struct FlowRecord: Decodable {
        var document: FlowDocument
        var classes: ClassCounts

        init(from decoder: any Decoder) throws {
            document = try FlowDocument(from: decoder)
            classes = try ClassCounts(from: decoder)
        }
    }

    static func flowInterval(from document: String) -> FlowInterval? {
        guard let record = TrafficJSON.decode(FlowRecord.self, document) else { return nil }
        let d = record.document, counts = record.classes.counts
        let covered = d.covered_ms ?? 0
        return FlowInterval(
            camera: d.camera, subject: d.subject, subjectKind: d.subject_kind, periodSeconds: d.period_s, startMillis: d.start_ms,
            endMillis: d.end_ms, coveredMillis: covered, vehicles: d.vehicles ?? 0, leftToRight: d.lr ?? 0, rightToLeft: d.rl ?? 0,
            countsByClass: counts,
            meanSpeedKmh: (d.speed_n ?? 0) > 0 ? Double(d.speed_sum_dkmh ?? 0) / 10 / Double(d.speed_n ?? 1) : nil, speed85Kmh: d.p85,
            occupancy: d.occupied_ms.map { covered > 0 ? Double($0) / Double(covered) : 0 }, meanHeadwaySeconds: d.headway,
            flowVehiclesPerHour: covered > 0 ? Double(d.vehicles ?? 0) * 3_600_000 / Double(covered) : 0)
    }

    private struct StateDocument: Decodable {
        var camera: String
        var congestion: CongestionLevel?
        var congestion_since: Int64?
        var last_detection_ms: Int64?
        var flow_vph: Double?
        var speed_kmh: Double?
        var updated_ms: Int64?
        var counts: [String: Int]?
        var forecast: [String: Double]?
        var tracks: Int?
        var tracks_adjusted: Double?
    }

    static func cameraState(from document: String) -> CameraLiveState? {
        guard let d = TrafficJSON.decode(StateDocument.self, document) else { return nil }
        return CameraLiveState(
            camera: d.camera, congestion: d.congestion ?? .freeFlow, congestionSinceMillis: d.congestion_since ?? 0,
            lastDetectionMillis: d.last_detection_ms, flowVehiclesPerHour: d.flow_vph, meanSpeedKmh: d.speed_kmh, countsByClass: d.counts ?? [:],
            forecast: d.forecast ?? [:], updatedMillis: d.updated_ms ?? 0, tracksFollowed: d.tracks, adjustedTrackShare: d.tracks_adjusted)
    }

    private struct AlertDocument: Decodable {
        var plate: String
        var plate_key: String
        var reason: String?
        var match: String?
        var camera: String
        var time_ms: Int64
        var track: Int?
        var confidence: Double?
        var acknowledged: Bool?
    }

    static func alert(id: Data, scope: String, document: String) -> PlateAlertRecord? {
        guard let d = TrafficJSON.decode(AlertDocument.self, document), let entityID = EntityID(bytes: [UInt8](id)) else { return nil }
        return PlateAlertRecord(
            id: entityID.description, scope: scope, plate: d.plate, plateKey: d.plate_key, reason: d.reason ?? "", match: d.match ?? "exact",
            camera: d.camera, timeMillis: d.time_ms, trackID: d.track, confidence: d.confidence, acknowledged: d.acknowledged ?? false)
    }
}
