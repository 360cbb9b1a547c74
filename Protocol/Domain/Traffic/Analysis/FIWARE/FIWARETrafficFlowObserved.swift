import Foundation

/// An ``IntervalAggregate`` as a FIWARE Smart Data Models `TrafficFlowObserved` entity
/// (dataModel.Transportation), NGSI-LD key-values form (`application/ld+json`, `@context` inside).
///
/// A pure function of its inputs: the same aggregate and geometry give the same entity, the same
/// id and the same JSON bytes (``jsonData``: sorted keys), so a re-export upserts, never duplicates.
///
/// ## Attributes
/// - `id`: `urn:ngsi-ld:TrafficFlowObserved:<camera>:<subject>:<period>:<start>[:<vehicleType>]`, where
///   `<subject>` is `line.<name>` or `lane.<name>`, `<period>` an ISO 8601 duration (`PT5M`) and
///   `<start>` the interval start in ISO 8601 basic UTC (`20240601T000500Z`); components are
///   percent-encoded outside `A–Z a–z 0–9 - . _` (see ``NGSILD/urnComponent(_:)``).
/// - `dateObserved`: the ISO 8601 interval `start/end`; `dateObservedFrom`, `dateObservedTo`: its ends (UTC).
///   The interval is the aligned period, also for a partial one (`description` then says how much was seen).
/// - `location`: GeoJSON Point `[longitude, latitude]`: the middle of the counting line or the centre
///   of the lane on the ground (through the camera's calibration), else the camera's position.
/// - `laneId` (lanes): the lane's index in the geometry (``ZoneKind/lane(index:travelDirection:)``).
/// - `laneDirection`: `forward` when the lawful traffic moves along the camera's heading (away from
///   the camera, up the picture), `backward` when it comes towards the camera. There is no road
///   segment to refer to, so the camera's heading stands in for the segment's direction. Absent for a
///   two-way counting line (``AllowedDirection/both``).
/// - `intensity`: vehicles (pedestrians excluded) counted in the interval, not a rate.
/// - `occupancy` (lanes): fraction 0…1 of the lane taken up by road users, averaged over the
///   covered time (``IntervalAggregate/occupancy``).
/// - `averageVehicleSpeed` (km/h), `averageHeadwayTime` (s): as in ``IntervalAggregate``; absent without data.
/// - `congested`: present when the caller passes the camera's ``CongestionLevel`` for the interval;
///   `true` from ``CongestionLevel/congested`` up.
/// - `vehicleType`, `vehicleSubType`: only on the per-class entities of
///   ``entities(aggregate:camera:congestion:roadSegment:)``; the subtype is the class's own name.
/// - `refRoadSegment`: when the caller knows the road segment's entity id.
/// - `name`: `<camera> <line or lane name>`.
public struct FIWARETrafficFlowObserved: Codable, Sendable, Hashable {
    /// The Smart Data Models context of dataModel.Transportation.
    public static let transportationContext = "https://raw.githubusercontent.com/smart-data-models/dataModel.Transportation/master/context.jsonld"

    public let context: [String]
    public let id: String
    /// Always `"TrafficFlowObserved"`.
    public let type: String
    public let name: String
    public let description: String?
    public let dateObserved: String
    public let dateObservedFrom: String
    public let dateObservedTo: String
    public let location: GeoJSONPoint
    public let laneId: Int?
    public let laneDirection: String?
    public let intensity: Int
    public let occupancy: Double?
    public let averageVehicleSpeed: Double?
    public let averageHeadwayTime: Double?
    public let congested: Bool?
    public let vehicleType: String?
    public let vehicleSubType: String?
    public let refRoadSegment: String?

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case id, type, name, description, dateObserved, dateObservedFrom, dateObservedTo, location, laneId, laneDirection
        case intensity, occupancy, averageVehicleSpeed, averageHeadwayTime, congested, vehicleType, vehicleSubType
        case refRoadSegment
    }

    /// The all-vehicles entity of one aggregate. `camera` is the geometry of the aggregate's camera;
    /// `congestion` the camera's level over the interval, when known (sets `congested`).
    public init(aggregate: IntervalAggregate, camera: CameraGeometry, congestion: CongestionLevel? = nil, roadSegment: String? = nil) {
        self.init(aggregate: aggregate, camera: camera, only: nil, congestion: congestion, roadSegment: roadSegment)
    }

    /// The entity of one vehicle class of an aggregate, with `vehicleType` and `vehicleSubType` and
    /// only `intensity` among the measures (speed, occupancy and headway are not kept per class).
    /// `nil` for ``VehicleClass/pedestrian``: not a vehicle.
    public init?(aggregate: IntervalAggregate, camera: CameraGeometry, vehicleClass: VehicleClass, roadSegment: String? = nil) {
        guard vehicleClass.isVehicle else { return nil }
        self.init(aggregate: aggregate, camera: camera, only: vehicleClass, congestion: nil, roadSegment: roadSegment)
    }

    private init(
        aggregate: IntervalAggregate, camera: CameraGeometry, only vehicleClass: VehicleClass?, congestion: CongestionLevel?,
        roadSegment: String?
    ) {
        let subjectName: String
        let subjectToken: String
        switch aggregate.subject {
        case .line(let name):
            subjectName = name
            subjectToken = "line." + name
            laneId = nil
        case .lane(let name, let index):
            subjectName = name
            subjectToken = "lane." + name
            laneId = index
        }
        let vehicleType = vehicleClass.flatMap(Self.vehicleType(of:))
        var id = "urn:ngsi-ld:TrafficFlowObserved:" + NGSILD.urnComponent(aggregate.cameraID) + ":" + NGSILD.urnComponent(subjectToken)
        id += ":" + NGSILD.duration(millis: aggregate.endMillis - aggregate.startMillis)
        id += ":" + NGSILD.compactDateTime(millis: aggregate.startMillis)
        if let vehicleType { id += ":" + vehicleType }

        context = [Self.transportationContext, NGSILD.coreContext]
        self.id = id
        type = "TrafficFlowObserved"
        name = "\(aggregate.cameraID) \(subjectName)"
        let from = NGSILD.dateTime(millis: aggregate.startMillis)
        let to = NGSILD.dateTime(millis: aggregate.endMillis)
        dateObserved = from + "/" + to
        dateObservedFrom = from
        dateObservedTo = to
        if aggregate.isPartial {
            let covered = NGSILD.seconds(millis: max(0, aggregate.coveredMillis))
            let length = NGSILD.seconds(millis: aggregate.endMillis - aggregate.startMillis)
            description = "partial interval: \(covered) s of \(length) s observed"
        } else {
            description = nil
        }
        location = GeoJSONPoint(Self.position(of: aggregate.subject, camera: camera))
        laneDirection = Self.laneDirection(of: aggregate.subject, camera: camera)
        refRoadSegment = roadSegment
        if let vehicleClass {
            intensity = aggregate.countsByClass[vehicleClass] ?? 0
            occupancy = nil
            averageVehicleSpeed = nil
            averageHeadwayTime = nil
            congested = nil
            self.vehicleType = vehicleType
            vehicleSubType = vehicleClass.rawValue
        } else {
            intensity = aggregate.vehicleCount
            occupancy = NGSILD.number(aggregate.occupancy.map { min(1, max(0, $0)) }, decimals: 4)
            averageVehicleSpeed = NGSILD.number(aggregate.meanSpeedKmh.map { max(0, $0) }, decimals: 2)
            averageHeadwayTime = NGSILD.number(aggregate.meanHeadwaySeconds.map { max(0, $0) }, decimals: 3)
            congested = congestion.map { $0 >= .congested }
            self.vehicleType = nil
            vehicleSubType = nil
        }
    }

    /// The all-vehicles entity first, then one per vehicle class (motorbike, bicycle, car, bus,
    /// truck, always all five so a consumer's series have no gaps).
    public static func entities(
        aggregate: IntervalAggregate, camera: CameraGeometry, congestion: CongestionLevel? = nil, roadSegment: String? = nil
    ) -> [FIWARETrafficFlowObserved] {
        var out = [FIWARETrafficFlowObserved(aggregate: aggregate, camera: camera, congestion: congestion, roadSegment: roadSegment)]
        for c in VehicleClass.allCases {
            if let one = FIWARETrafficFlowObserved(aggregate: aggregate, camera: camera, vehicleClass: c, roadSegment: roadSegment) {
                out.append(one)
            }
        }
        return out
    }

    /// The all-vehicles entity as JSON (sorted keys).
    public static func entity(
        aggregate: IntervalAggregate, camera: CameraGeometry, congestion: CongestionLevel? = nil, roadSegment: String? = nil
    ) -> Data {
        FIWARETrafficFlowObserved(aggregate: aggregate, camera: camera, congestion: congestion, roadSegment: roadSegment).jsonData
    }

    /// The entity as JSON: sorted keys, unescaped slashes; the same entity always gives the same bytes.
    public var jsonData: Data { NGSILD.json(self) }

    /// The Smart Data Models `vehicleType` of a class: motorbike → `motorcycle`, truck → `lorry`,
    /// bicycle, car and bus as they are; `nil` for pedestrians (not vehicles).
    public static func vehicleType(of vehicleClass: VehicleClass) -> String? {
        switch vehicleClass {
        case .motorbike: "motorcycle"
        case .bicycle: "bicycle"
        case .car: "car"
        case .bus: "bus"
        case .truck: "lorry"
        case .pedestrian: nil
        }
    }

    // MARK: - Geometry

    /// The middle of the line / the centre of the lane on the map, or the camera's position.
    static func position(of subject: AggregateSubject, camera: CameraGeometry) -> GeoPosition {
        guard let model = try? camera.calibration?.model() else { return camera.position }
        let points: [PixelPoint]
        switch subject {
        case .line(let name):
            guard let line = camera.countingLines.first(where: { $0.name == name }) else { return camera.position }
            points = [line.start, line.end]
        case .lane(let name, _):
            guard let zone = camera.zones.first(where: { $0.name == name }) else { return camera.position }
            points = zone.polygon
        }
        let ground = points.compactMap { model.ground(for: $0) }
        guard !ground.isEmpty, ground.count == points.count else { return camera.position }
        let n = Double(ground.count)
        let centre = GroundPoint(
            rightMetres: ground.reduce(0) { $0 + $1.rightMetres } / n, forwardMetres: ground.reduce(0) { $0 + $1.forwardMetres } / n)
        let position = camera.position.offset(by: centre, headingDegrees: camera.headingDegrees)
        guard position.latitude.isFinite, position.longitude.isFinite else { return camera.position }
        return position
    }

    /// `forward` (away from the camera: up the picture) or `backward` for the lawful direction of
    /// travel; `nil` for a two-way line or an unknown subject.
    static func laneDirection(of subject: AggregateSubject, camera: CameraGeometry) -> String? {
        let dy: Double
        switch subject {
        case .line(let name):
            guard let line = camera.countingLines.first(where: { $0.name == name }) else { return nil }
            // Crossing left-to-right moves along the right-hand normal (-dy, dx) of start→end (y down).
            let normalY = line.end.x - line.start.x
            switch line.allowedDirection {
            case .both: return nil
            case .leftToRight: dy = normalY
            case .rightToLeft: dy = -normalY
            case .along(let v): dy = v.dy
            }
        case .lane(let name, _):
            guard let zone = camera.zones.first(where: { $0.name == name }), case .lane(_, let travel) = zone.kind else { return nil }
            dy = travel.dy
        }
        guard dy != 0, dy.isFinite else { return nil }
        return dy < 0 ? "forward" : "backward"
    }
}
