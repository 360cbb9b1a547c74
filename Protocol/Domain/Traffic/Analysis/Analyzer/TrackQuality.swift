/// How much a camera's tracker output needed mending before it could be counted: a share near
/// zero means clean tracks; a rising share means the tracker is reusing ids, jumping or
/// fragmenting, and its counts deserve a look.
public struct TrackQuality: Codable, Sendable, Hashable {
    /// Tracks the analyzer followed (a split track counts twice, a bridged one once).
    public var tracks = 0
    /// Tracks cut where their motion was physically impossible (an id reused for another vehicle, a jump).
    public var split = 0
    /// New track ids taken as the continuation of a lost track (an id switch or a fragment).
    public var bridged = 0

    public init(tracks: Int = 0, split: Int = 0, bridged: Int = 0) {
        self.tracks = tracks
        self.split = split
        self.bridged = bridged
    }

    /// Share of tracks split or bridged, 0…1.
    public var adjustedShare: Double { tracks == 0 ? 0 : min(1, Double(split + bridged) / Double(tracks)) }
}
