/// Where a plate went: its legs in time order and what they add up to.
public struct PlateRouteView: Hashable, Sendable {
    public var hops: [PlateHopRow]
    /// Sum of the legs' straight-line distances.
    public var totalDistanceMetres: Double
    /// "Đông Bắc" or "north-east", in the page's language; nil when unknown.
    public var overallDirection: String?
    /// District names in the order entered.
    public var districtsCrossed: [String]

    public init(
        hops: [PlateHopRow], totalDistanceMetres: Double, overallDirection: String? = nil,
        districtsCrossed: [String] = []
    ) {
        self.hops = hops
        self.totalDistanceMetres = totalDistanceMetres
        self.overallDirection = overallDirection
        self.districtsCrossed = districtsCrossed
    }
}
