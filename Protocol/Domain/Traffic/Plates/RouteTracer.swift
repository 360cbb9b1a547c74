/// Turns one plate's sightings, from any cameras and in any order, into a route with implausible hops
/// flagged.
///
/// The result does not depend on input order: sightings are ordered by time, then camera id, then
/// sighting id, and a repeated sighting id counts once. Consecutive sightings at the same camera no
/// more than `duplicateWindowSeconds` apart (chained) merge into one visit.
public struct RouteTracer: Codable, Hashable, Sendable {
    /// Fastest plausible road speed, km/h.
    public let maximumSpeedKmh: Double
    public let duplicateWindowSeconds: Double
    /// Camera clocks may disagree by this much; hops shorter than it count as simultaneous.
    public let clockToleranceSeconds: Double
    /// Cameras closer than this (one junction, GPS error) are never judged impossible.
    public let minimumSeparationMetres: Double

    public init(
        maximumSpeedKmh: Double = 150, duplicateWindowSeconds: Double = 30, clockToleranceSeconds: Double = 2,
        minimumSeparationMetres: Double = 500
    ) throws(PlateTracingError) {
        for (name, value) in [
            ("maximumSpeedKmh", maximumSpeedKmh), ("duplicateWindowSeconds", duplicateWindowSeconds),
            ("clockToleranceSeconds", clockToleranceSeconds), ("minimumSeparationMetres", minimumSeparationMetres),
        ] where !(value.isFinite && value > 0) {
            throw .invalidTracerSetting(name: name, value: value)
        }
        self.maximumSpeedKmh = maximumSpeedKmh
        self.duplicateWindowSeconds = duplicateWindowSeconds
        self.clockToleranceSeconds = clockToleranceSeconds
        self.minimumSeparationMetres = minimumSeparationMetres
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        do {
            try self.init(
                maximumSpeedKmh: container.decode(Double.self, forKey: .maximumSpeedKmh),
                duplicateWindowSeconds: container.decode(Double.self, forKey: .duplicateWindowSeconds),
                clockToleranceSeconds: container.decode(Double.self, forKey: .clockToleranceSeconds),
                minimumSeparationMetres: container.decode(Double.self, forKey: .minimumSeparationMetres))
        } catch let error as PlateTracingError {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    /// Sightings must share a plate `matchKey` (equal keys, or equal up to OCR confusions).
    public func trace(_ sightings: [PlateSighting]) throws(PlateTracingError) -> PlateRoute {
        let plates = Set(sightings.map(\.plate.matchKey))
        guard plates.count <= 1 else { throw .sightingsOfDifferentPlates(keys: plates.sorted()) }
        var seenIDs = Set<String>()
        let ordered = sightings.sorted { ($0.timeMillis, $0.cameraID, $0.id) < ($1.timeMillis, $1.cameraID, $1.id) }
            .filter { seenIDs.insert($0.id).inserted }
        guard let first = ordered.first else { throw .noSightings }

        var visits: [CameraVisit] = []
        var bearingConfidence = first.readConfidence
        var best = first
        for sighting in ordered {
            if sighting.readConfidence > best.readConfidence { best = sighting }
            if let last = visits.last, last.cameraID == sighting.cameraID,
                Double(sighting.timeMillis - last.lastSeenMillis) / 1000 <= duplicateWindowSeconds
            {
                visits[visits.count - 1].merge(sighting, travelBearingConfidence: &bearingConfidence)
            } else {
                visits.append(CameraVisit(sighting))
                bearingConfidence = sighting.readConfidence
            }
        }
        let hops = zip(visits, visits.dropFirst()).map { hop(from: $0, to: $1) }
        let overall = overallBearing(visits)
        return PlateRoute(
            plate: best.plate, visits: visits, hops: hops, firstSeenMillis: first.timeMillis,
            lastSeenMillis: visits.map(\.lastSeenMillis).max() ?? first.timeMillis,
            totalDistanceMetres: hops.reduce(0) { $0 + $1.distanceMetres },
            overallBearingDegrees: overall, overallDirection: overall.map(CompassDirection.init),
            districtsCrossed: visits.map(\.districtCode).reduce(into: []) { if $0.last != $1 { $0.append($1) } },
            sightingCount: ordered.count)
    }

    private func hop(from origin: CameraVisit, to destination: CameraVisit) -> RouteHop {
        let distance = origin.cameraLocation.distanceMetres(to: destination.cameraLocation)
        let seconds = Double(destination.firstSeenMillis - origin.lastSeenMillis) / 1000
        let speed = seconds > 0 ? distance / seconds * 3.6 : nil
        let bearing = distance >= 1 ? origin.cameraLocation.initialBearingDegrees(to: destination.cameraLocation) : nil
        var impossibility: RouteHop.Impossibility?
        if distance >= minimumSeparationMetres {
            if seconds <= clockToleranceSeconds {
                impossibility = .simultaneousAtDistantCameras
            } else if let speed, speed > maximumSpeedKmh {
                impossibility = .fasterThanMaximumSpeed
            }
        }
        return RouteHop(
            fromCameraID: origin.cameraID, toCameraID: destination.cameraID, fromDistrictCode: origin.districtCode,
            toDistrictCode: destination.districtCode, departedMillis: origin.lastSeenMillis,
            arrivedMillis: destination.firstSeenMillis, distanceMetres: distance, transitSeconds: seconds,
            impliedSpeedKmh: speed, bearingDegrees: bearing, direction: bearing.map(CompassDirection.init),
            impossibility: impossibility)
    }

    private func overallBearing(_ visits: [CameraVisit]) -> Double? {
        guard let first = visits.first, let last = visits.last else { return nil }
        if first.cameraLocation.distanceMetres(to: last.cameraLocation) >= minimumSeparationMetres {
            return first.cameraLocation.initialBearingDegrees(to: last.cameraLocation)
        }
        return last.travelBearingDegrees
    }
}
