/// Where a plate went: its legs in time order and what they add up to.
public struct PlateRouteView: Hashable, Sendable {
    public var hops: [PlateHopRow]
    /// Sum of the legs' straight-line distances.
    public var totalDistanceMetres: Double
    /// "Hướng Đông Bắc" / "north-east"; nil when unknown.
    public var overallDirectionVI: String?
    public var overallDirectionEN: String?
    /// District names in the order entered.
    public var districtsCrossed: [String]

    public init(
        hops: [PlateHopRow], totalDistanceMetres: Double, overallDirectionVI: String? = nil,
        overallDirectionEN: String? = nil, districtsCrossed: [String] = []
    ) {
        self.hops = hops
        self.totalDistanceMetres = totalDistanceMetres
        self.overallDirectionVI = overallDirectionVI
        self.overallDirectionEN = overallDirectionEN
        self.districtsCrossed = districtsCrossed
    }

    /// The overall direction in `language`.
    public func overallDirection(_ language: Language) -> String? {
        language == .vi ? overallDirectionVI : overallDirectionEN
    }
}
