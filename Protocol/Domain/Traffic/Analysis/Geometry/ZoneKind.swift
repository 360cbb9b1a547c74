/// What a ``Zone`` means to the analyzer.
public enum ZoneKind: Codable, Sendable, Hashable {
    /// A traffic lane: aggregates (count, occupancy, speed, headway) are produced for it, and
    /// a road user moving against `travelDirection` (an image vector) for the configured
    /// distance is reported as wrong-way (needs calibration, because the distance is in metres).
    case lane(index: Int, travelDirection: PixelVector)
    /// Stopping is forbidden: a road user continuously inside for `maxDwellSeconds` or more is reported once.
    case noStopping(maxDwellSeconds: Double)
    /// Pavement: a vehicle (anything but a pedestrian) inside for `encroachmentSeconds` or more is reported once.
    case sidewalk(encroachmentSeconds: Double)
}
