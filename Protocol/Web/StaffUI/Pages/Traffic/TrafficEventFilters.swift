/// The filters of the events list, as its GET form posts them back and as entered:
/// `camera` (a camera id, "" for all), `kind` (a kind code, "" for all), `violations=1`,
/// `from`, `to` (`yyyy-MM-dd`).
public struct TrafficEventFilters: Hashable, Sendable {
    public var camera: String
    public var kind: String
    public var onlyViolations: Bool
    public var from: String
    public var to: String

    public init(camera: String = "", kind: String = "", onlyViolations: Bool = false, from: String = "", to: String = "") {
        self.camera = camera
        self.kind = kind
        self.onlyViolations = onlyViolations
        self.from = from
        self.to = to
    }
}
