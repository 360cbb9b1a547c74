/// Where one plate was seen, in time order, and what that implies.
public struct PlateRoute: Codable, Hashable, Sendable {
    /// The most confident read among all sightings.
    public var plate: VehiclePlate
    /// Camera visits in time order.
    public var visits: [CameraVisit]
    /// One hop between each pair of consecutive visits.
    public var hops: [RouteHop]
    public var firstSeenMillis: Int64
    public var lastSeenMillis: Int64
    /// Sum of hop distances (straight lines), metres.
    public var totalDistanceMetres: Double
    /// Bearing from the first to the last camera when they are far enough apart, otherwise the travel
    /// bearing seen at the last camera; nil when neither is known.
    public var overallBearingDegrees: Double?
    public var overallDirection: CompassDirection?
    /// GSO district codes in the order entered, without consecutive repeats.
    public var districtsCrossed: [Int]
    /// Sightings traced, after dropping repeated ids.
    public var sightingCount: Int

    public var hasImpossibleHop: Bool { hops.contains { $0.isPhysicallyImpossible } }
    public var impossibleHops: [RouteHop] { hops.filter { $0.isPhysicallyImpossible } }
}
