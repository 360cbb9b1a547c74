/// One pass of the vehicle past one camera: consecutive sightings there within the tracer's duplicate
/// window, merged.
public struct CameraVisit: Codable, Hashable, Sendable {
    public var cameraID: String
    public var districtCode: Int
    public var cameraLocation: GeoPoint
    public var firstSeenMillis: Int64
    public var lastSeenMillis: Int64
    /// Ids of the merged sightings, in time order.
    public var sightingIDs: [String]
    /// The highest-confidence read among the merged sightings (earliest on ties).
    public var bestRead: VehiclePlate
    public var bestReadConfidence: Double
    /// Travel bearing from the most confident sighting that has one, degrees.
    public var travelBearingDegrees: Double?
    /// Evidence of all merged sightings, first occurrence order, without repeats.
    public var evidenceRefs: [String]

    init(_ sighting: PlateSighting) {
        cameraID = sighting.cameraID
        districtCode = sighting.districtCode
        cameraLocation = sighting.cameraLocation
        firstSeenMillis = sighting.timeMillis
        lastSeenMillis = sighting.timeMillis
        sightingIDs = [sighting.id]
        bestRead = sighting.plate
        bestReadConfidence = sighting.readConfidence
        travelBearingDegrees = sighting.travelBearingDegrees
        evidenceRefs = []
        appendEvidence(sighting.evidenceRefs)
    }

    public var sightingCount: Int { sightingIDs.count }

    /// Folds in a later sighting at the same camera.
    mutating func merge(_ sighting: PlateSighting, travelBearingConfidence: inout Double) {
        lastSeenMillis = max(lastSeenMillis, sighting.timeMillis)
        sightingIDs.append(sighting.id)
        if sighting.readConfidence > bestReadConfidence {
            bestRead = sighting.plate
            bestReadConfidence = sighting.readConfidence
        }
        if let bearing = sighting.travelBearingDegrees,
            travelBearingDegrees == nil || sighting.readConfidence > travelBearingConfidence
        {
            travelBearingDegrees = bearing
            travelBearingConfidence = sighting.readConfidence
        }
        appendEvidence(sighting.evidenceRefs)
    }

    private mutating func appendEvidence(_ refs: [String]) {
        for ref in refs where !evidenceRefs.contains(ref) { evidenceRefs.append(ref) }
    }
}
