/// The plate sightings of one camera in one five-minute bucket: one replicated entity whose set
/// field `s` holds one compact element per sighting, so a busy camera adds many sightings in one
/// change rather than one entity each.
struct SightingBucket: Codable {
    /// One sighting, with short keys: it is repeated thousands of times.
    struct Item: Codable, Hashable {
        /// Time of the best read, epoch ms.
        var t: Int64
        /// Normalised plate key and confusable match key.
        var k: String
        var m: String?
        /// Plate as displayed.
        var p: String
        /// Read confidence 0…1.
        var c: Double
        /// Travel bearing, degrees from north.
        var b: Double?
        /// Towards the camera.
        var a: Bool?
        /// Vehicle class code.
        var v: String
        /// Best frame and plate crop content hashes.
        var f: String?
        var x: String?
        /// Track ids.
        var tr: [Int]
    }

    static let bucketMillis: Int64 = 300_000

    var camera: String
    var bucket_ms: Int64
    var s: [Item]
}
