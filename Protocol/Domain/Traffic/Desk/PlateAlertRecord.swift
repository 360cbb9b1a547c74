/// A watch-list hit: raised at the node the moment a camera reads a watched plate, replicated to
/// the hub.
public struct PlateAlertRecord: Codable, Sendable, Hashable {
    public var id: String
    public var scope: String
    public var plate: String
    public var plateKey: String
    public var reason: String
    /// "exact" or "confusable" (a read that differs only in look-alike characters).
    public var match: String
    public var camera: String
    public var timeMillis: Int64
    public var trackID: Int?
    public var confidence: Double?
    public var acknowledged: Bool
}
