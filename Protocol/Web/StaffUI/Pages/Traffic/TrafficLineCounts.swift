/// The counts at one counting line of a camera, one row per class in the order given.
public struct TrafficLineCounts: Hashable, Sendable {
    /// The line's name as configured (`vạch-1`, `Lê Duẩn hướng Nam`).
    public var name: String
    public var rows: [TrafficLineClassCount]

    public init(name: String, rows: [TrafficLineClassCount]) {
        self.name = name
        self.rows = rows
    }
}
