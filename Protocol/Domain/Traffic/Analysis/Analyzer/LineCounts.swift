/// Crossings of one counting line since the analyzer started ("live counts").
public struct LineCounts: Codable, Sendable, Hashable {
    public var line: String
    public var leftToRight: [VehicleClass: Int]
    public var rightToLeft: [VehicleClass: Int]

    public func count(_ direction: CrossingDirection) -> Int {
        (direction == .leftToRight ? leftToRight : rightToLeft).values.reduce(0, +)
    }

    public var total: Int { count(.leftToRight) + count(.rightToLeft) }
}
