import CRDT
import FieldReports
import Foundation
import Replica
import TrafficAnalysis
import TrafficPlates

/// The traffic service's state in the replica: what a node's analyzers found (5- and 15-minute
/// flow intervals, events and violations, plate sightings, camera states, watch-list alerts),
/// written as district-scoped entities that sync to the hub, and the reads the API and the
/// staff pages need, at a node (its district) or the hub (the province).
///
/// Guarantees:
/// - everything one analyzer drain produced is written in one transaction (`record`): durable
///   together or not at all;
/// - interval counts are per-site counters: an interval reported in parts sums, and the hub's
///   value is the node's;
/// - 30-second intervals are not replicated (they would be most of the change log); the node's
///   engine keeps the latest of them in memory for its live view.
public final class TrafficDesk: Sendable {
    public static let eventType = "traffic_event"
    public static let flowType = "traffic_flow"
    public static let sightingsType = "plate_sightings"
    public static let cameraStateType = "camera_state"
    public static let alertType = "plate_alert"

    public let replica: Replica
    public let catalog: TrafficCatalog
    /// The node's district code, or `province` at the hub.
    public let homeScope: String

    /// True when the home scope is the province: every district's cameras and events.
    public var seesEveryDistrict: Bool { homeScope == Scope.province }

    public init(replica: Replica, homeScope: String) {
        self.replica = replica
        self.homeScope = homeScope
        catalog = TrafficCatalog(replica: replica)
    }

    // MARK: Writes (at the node)

    /// Stores what one drain of a camera's analyzer produced, plus its live state, in one
    /// transaction. Returns the ids given to the events, in order.
    @discardableResult
    public func record(
        _ output: AnalyzerOutput, camera: RegisteredCamera, state: CameraLiveState?, author: String
    ) async throws(TrafficDeskError) -> [EntityID] {
        let scope = camera.districtCode
        let now = Replica.systemMillis()
        var writes: [EntityWrite] = []
        for aggregate in output.aggregates where aggregate.period != .thirtySeconds {
            writes.append(Self.flowWrite(aggregate, scope: scope))
        }
        var eventIDs: [EntityID] = []
        for event in output.events {
            let id = EntityID.make(millis: now)
            eventIDs.append(id)
            writes.append(EntityWrite(id: id, type: Self.eventType, scope: scope, edits: Self.eventEdits(event, camera: camera)))
        }
        writes.append(contentsOf: Self.sightingWrites(output.plateSightings, camera: camera))
        if let state {
            writes.append(EntityWrite(
                id: StableID.make(Self.cameraStateType, camera.id), type: Self.cameraStateType, scope: scope,
                edits: Self.stateEdits(state)))
        }
        guard !writes.isEmpty else { return [] }
        do { try await replica.write(writes, author: author) } catch { throw .storage(error) }
        return eventIDs
    }

    /// Raises a watch-list alert (one entity, replicated).
    @discardableResult
    public func raiseAlert(
        _ hit: Watchlist.Hit, read: VehiclePlate, confidence: Double?, camera: RegisteredCamera, timeMillis: Int64, trackID: Int?,
        author: String
    ) async throws(TrafficDeskError) -> EntityID {
        let id = EntityID.make(millis: Replica.systemMillis())
        var edits = [
            Edit("plate", .assign(RecordDesk.fragment(read.display))), Edit("plate_key", .assign(RecordDesk.fragment(hit.entry.plate.key))),
            Edit("reason", .assign(RecordDesk.fragment(hit.entry.reason))), Edit("match", .assign(RecordDesk.fragment(hit.kind.rawValue))),
            Edit("camera", .assign(RecordDesk.fragment(camera.id))), Edit("time_ms", .assign(RecordDesk.fragment(timeMillis))),
            Edit("acknowledged", .assign(RecordDesk.fragment(false))),
        ]
        if let trackID { edits.append(Edit("track", .assign(RecordDesk.fragment(trackID)))) }
        if let confidence { edits.append(Edit("confidence", .assign(RecordDesk.fragment(confidence)))) }
        do {
            try await replica.write(entity: id, type: Self.alertType, scope: camera.districtCode, edits: edits, author: author)
        } catch { throw .storage(error) }
        return id
    }

    public func acknowledgeAlert(_ id: EntityID, author: String) async throws(TrafficDeskError) {
        do {
            guard let entity = try await replica.entity(id), entity.type == Self.alertType else { throw TrafficDeskError.notFound(.alert(id.description)) }
            try await replica.write(
                entity: id, type: Self.alertType, scope: entity.scope, edits: [Edit("acknowledged", .assign(RecordDesk.fragment(true)))],
                author: author, mustExist: true)
        } catch let error as TrafficDeskError { throw error } catch let error as ReplicaError { throw .storage(error) } catch {
            throw .conflict(.alertNotUpdated(detail: "\(error)"))
        }
    }

    // MARK: Entity shapes

    static func subject(_ s: AggregateSubject) -> (name: String, kind: String) {
        switch s {
        case .line(let name): (name, "line")
        case .lane(let name, _): (name, "lane")
        }
    }

    static func flowWrite(_ a: IntervalAggregate, scope: String) -> EntityWrite {
        let (name, kind) = subject(a.subject)
        let period = Int(a.period.millis / 1000)
        let id = StableID.make(flowType, "\(a.cameraID)|\(kind)|\(name)|\(period)|\(a.startMillis)")
        func set(_ field: String, _ value: Any) -> Edit { Edit(field, .assign(RecordDesk.fragment(value))) }
        var edits = [
            set("camera", a.cameraID), set("subject", name), set("subject_kind", kind), set("period_s", period), set("start_ms", a.startMillis),
            set("end_ms", a.endMillis), Edit("covered_ms", .increment(a.coveredMillis)), Edit("vehicles", .increment(Int64(a.vehicleCount))),
        ]
        if let lr = a.leftToRightCount { edits.append(Edit("lr", .increment(Int64(lr)))) }
        if let rl = a.rightToLeftCount { edits.append(Edit("rl", .increment(Int64(rl)))) }
        for (vehicleClass, count) in a.countsByClass.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where count > 0 {
            edits.append(Edit("c_\(vehicleClass.rawValue)", .increment(Int64(count))))
        }
        if let mean = a.meanSpeedKmh, a.vehicleCount > 0 {
            edits.append(Edit("speed_sum_dkmh", .increment(Int64((mean * 10 * Double(a.vehicleCount)).rounded()))))
            edits.append(Edit("speed_n", .increment(Int64(a.vehicleCount))))
        }
        if let occupancy = a.occupancy { edits.append(Edit("occupied_ms", .increment(Int64((occupancy * Double(a.coveredMillis)).rounded())))) }
        if let p85 = a.speed85thPercentileKmh { edits.append(set("p85", (p85 * 10).rounded() / 10)) }
        if let headway = a.meanHeadwaySeconds { edits.append(set("headway", (headway * 100).rounded() / 100)) }
        return EntityWrite(id: id, type: flowType, scope: scope, edits: edits)
    }

    static func eventEdits(_ event: TrafficEvent, camera: RegisteredCamera) -> [Edit] {
        func set(_ field: String, _ value: Any) -> Edit { Edit(field, .assign(RecordDesk.fragment(value))) }
        var edits = [
            set("camera", camera.id), set("district", camera.districtCode), set("time_ms", event.timeMillis), set("kind", event.kind.code),
            set("violation", event.kind.isViolation), set("status", TrafficEventRecord.Status.new.rawValue),
        ]
        if let subject = event.kind.subject { edits.append(set("subject", subject)) }
        if case .congestionRaised(let level) = event.kind { edits.append(set("level", level.rawValue)) }
        if let e = event.evidence {
            edits.append(Edit("evidence", .assign(TrafficJSON.encode(e))))
            edits.append(set("vehicle_class", e.vehicleClass.rawValue))
            if let best = e.bestPlate, !best.text.isEmpty {
                let plate = try? VehiclePlate(parsing: best.text)
                edits.append(set("plate", plate?.display ?? best.text))
                if let plate { edits.append(set("plate_key", plate.key)) }
            }
            if let v = e.speedKmh { edits.append(set("speed", (v * 10).rounded() / 10)) }
            if let limit = e.speedLimitKmh { edits.append(set("limit", limit)) }
            if let d = e.dwellSeconds { edits.append(set("dwell", (d * 10).rounded() / 10)) }
            let position = e.map ?? camera.geometry.position
            edits.append(set("lat", position.latitude))
            edits.append(set("lon", position.longitude))
        } else {
            edits.append(set("lat", camera.geometry.position.latitude))
            edits.append(set("lon", camera.geometry.position.longitude))
        }
        return edits
    }

    static func sightingWrites(_ sightings: [PlateTrackSighting], camera: RegisteredCamera) -> [EntityWrite] {
        var byBucket: [Int64: [Edit]] = [:]
        for s in sightings {
            guard let plate = try? VehiclePlate(parsing: s.plate.text), plate.isRecognised else { continue }
            let item = SightingBucket.Item(
                t: s.plate.timeMillis, k: plate.key, m: plate.matchKey == plate.key ? nil : plate.matchKey, p: plate.display,
                c: ((s.plate.confidence ?? 0) * 1000).rounded() / 1000, b: s.travelBearingDegrees.map { ($0 * 10).rounded() / 10 },
                a: s.approaching, v: s.vehicleClass.rawValue, f: s.bestFrameRef, x: s.plate.cropRef, tr: s.trackIDs)
            let bucket = s.plate.timeMillis - ((s.plate.timeMillis % SightingBucket.bucketMillis) + SightingBucket.bucketMillis) % SightingBucket.bucketMillis
            byBucket[bucket, default: []].append(Edit("s", .add(TrafficJSON.encode(item))))
        }
        return byBucket.sorted { $0.key < $1.key }.map { bucket, adds in
            EntityWrite(
                id: StableID.make(sightingsType, "\(camera.id)|\(bucket)"), type: sightingsType, scope: camera.districtCode,
                edits: [Edit("camera", .assign(RecordDesk.fragment(camera.id))), Edit("bucket_ms", .assign(RecordDesk.fragment(bucket)))] + adds)
        }
    }

    static func stateEdits(_ state: CameraLiveState) -> [Edit] {
        func set(_ field: String, _ value: Any?) -> Edit { Edit(field, .assign(value.map { RecordDesk.fragment($0) } ?? Array("null".utf8))) }
        return [
            set("camera", state.camera), set("congestion", state.congestion.rawValue), set("congestion_since", state.congestionSinceMillis),
            set("last_detection_ms", state.lastDetectionMillis), set("flow_vph", state.flowVehiclesPerHour.map { $0.rounded() }),
            set("speed_kmh", state.meanSpeedKmh.map { ($0 * 10).rounded() / 10 }), set("updated_ms", state.updatedMillis),
            Edit("counts", .assign(TrafficJSON.encode(state.countsByClass))), Edit("forecast", .assign(TrafficJSON.encode(state.forecast.mapValues { $0.rounded() }))),
            set("tracks", state.tracksFollowed), set("tracks_adjusted", state.adjustedTrackShare.map { ($0 * 1000).rounded() / 1000 }),
        ]
    }
}
