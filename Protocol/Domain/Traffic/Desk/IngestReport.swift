import TrafficAnalysis

/// What became of one batch of detections: how many were analysed, and every refused line with
/// the reason, so the sender can fix its feed. Refused lines never stop the rest of the batch.
public struct IngestReport: Codable, Sendable, Hashable {
    public struct Refused: Codable, Sendable, Hashable {
        /// 1-based line (text) or element (JSON) number.
        public var line: Int
        public var reason: String
    }

    public struct UnknownCamera: Codable, Sendable, Hashable {
        public var camera: String
        public var detections: Int
        public var reason: String
    }

    public var accepted: Int = 0
    public var malformed: Int = 0
    /// The first refused lines (at most ``maxListed``), in input order.
    public var refused: [Refused] = []
    /// Detections for cameras this node does not analyse (unregistered, another district's, or deactivated).
    public var unknownCameras: [UnknownCamera] = []
    /// Detections older than their camera's newest frame beyond the reorder tolerance.
    public var late: Int = 0
    public var eventsRaised: Int = 0
    public var alertsRaised: Int = 0

    public static let maxListed = 100

    public init() {}

    mutating func add(_ malformedLines: [MalformedLine]) {
        malformed += malformedLines.count
        for line in malformedLines where refused.count < Self.maxListed {
            refused.append(Refused(line: line.lineNumber, reason: line.error.description))
        }
    }
}
