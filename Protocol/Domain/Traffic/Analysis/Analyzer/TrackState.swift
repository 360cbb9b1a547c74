/// Per-track state kept in a dense slot array; plain data so the array stays cheap to update.
struct TrackState: Sendable {
    var trackID = 0
    var firstSeenMillis: Int64 = 0
    var lastSeenMillis: Int64 = 0
    var samples = 0
    /// Alpha-beta filtered anchor, pixels, and its velocity, pixels per millisecond.
    var sx = 0.0, sy = 0.0, vx = 0.0, vy = 0.0
    /// Last raw box.
    var boxX = 0.0, boxY = 0.0, boxW = 0.0, boxH = 0.0
    /// Ground position of the smoothed anchor, metres (valid when `hasGround`).
    var gx = 0.0, gy = 0.0
    var hasGround = false
    /// Latest speed, km/h; NaN until measurable.
    var speedKmh = Double.nan
    var votes = SIMD8<Int32>(repeating: 0)
    var vehicleClass = VehicleClass.car
    var speedingSinceMillis: Int64 = -1
    var speedingRaised = false
    var redLightRaised = false
    var stopLineState: UInt8 = 0
    /// Waited on the approach to the stop line while the signal was not green, and has not crossed yet.
    var heldBySignal = false
    /// After a held track crosses, its speed window still holds the wait until this time.
    var heldUntilMillis: Int64 = -1
    /// Ring of raw ground samples for speed: next write position, oldest position, count.
    var ringHead: Int32 = 0
    var ringTail: Int32 = 0
    var ringCount: Int32 = 0
    /// Least-squares sums over the ring (time in seconds since `timeBaseMillis`, ground in metres).
    var sumT = 0.0, sumTT = 0.0, sumX = 0.0, sumTX = 0.0, sumY = 0.0, sumTY = 0.0
    var timeBaseMillis: Int64 = 0
    var pushesSinceRebase: Int32 = 0
    var active = false
    /// First smoothed anchor and its ground position, for the direction of travel.
    var firstX = 0.0, firstY = 0.0, firstGX = 0.0, firstGY = 0.0
    var hasFirstGround = false
}
