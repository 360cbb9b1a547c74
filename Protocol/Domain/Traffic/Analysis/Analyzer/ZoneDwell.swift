/// A completed stay in a no-stopping zone, reported when the road user leaves (or its track ends)
/// if it stayed at least ``AnalyzerConfiguration/minimumReportedDwellSeconds``.
public struct ZoneDwell: Codable, Sendable, Hashable {
    public var cameraID: String
    public var zone: String
    public var trackID: Int
    public var vehicleClass: VehicleClass
    public var enteredMillis: Int64
    public var leftMillis: Int64
    /// `leftMillis − enteredMillis` in seconds.
    public var dwellSeconds: Double
}
