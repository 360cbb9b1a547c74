import Foundation

/// Counts of cases by the time they took from receipt to resolution, in logarithmic
/// buckets: bucket b holds times in [2^((b-24)/4), 2^((b-23)/4)) hours, from under a
/// minute (bucket 0 takes everything shorter) to about 170 days (the last bucket takes
/// everything longer). A median read from it is within ±9 % of the exact one while the
/// median lies inside that span.
///
/// Stored as a blob of little-endian 32-bit counts, one per bucket (a shorter blob reads
/// as zeros beyond its end), so monthly totals carry their histogram in one column.
public struct ResolveHistogram: Sendable, Hashable, Codable {
    public static let bucketCount = 72

    public private(set) var counts: [Int]

    public init() { counts = Array(repeating: 0, count: Self.bucketCount) }

    public init(blob: Data?) {
        self.init()
        guard let blob else { return }
        blob.withUnsafeBytes { raw in add(raw) }
    }

    /// The bucket of a resolution that took `millis`.
    public static func bucket(millis: Int64) -> Int {
        let hours = max(Double(millis) / 3_600_000, 1.0 / 64)
        return min(max(Int((log2(hours) * 4).rounded(.down)) + 24, 0), bucketCount - 1)
    }

    /// The hours at `fraction` (0…1) of the way through `bucket`, geometrically.
    static func hours(bucket: Int, fraction: Double) -> Double {
        pow(2, (Double(bucket - 24) + fraction) / 4)
    }

    public var total: Int { counts.reduce(0, +) }

    public mutating func record(millis: Int64, count: Int = 1) {
        counts[Self.bucket(millis: millis)] += count
    }

    public mutating func add(_ other: ResolveHistogram) {
        for index in counts.indices { counts[index] += other.counts[index] }
    }

    /// Adds the counts of a stored blob without decoding it into an array first.
    public mutating func add(_ blob: UnsafeRawBufferPointer) {
        let stored = min(blob.count / 4, Self.bucketCount)
        for index in 0..<stored {
            counts[index] += Int(UInt32(littleEndian: blob.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)))
        }
    }

    /// The stored form: nil when empty, so months without resolutions keep no blob.
    public var blob: Data? {
        guard counts.contains(where: { $0 != 0 }) else { return nil }
        var data = Data(count: Self.bucketCount * 4)
        data.withUnsafeMutableBytes { raw in
            for (index, count) in counts.enumerated() {
                raw.storeBytes(of: UInt32(clamping: max(count, 0)).littleEndian, toByteOffset: index * 4, as: UInt32.self)
            }
        }
        return data
    }

    /// Median hours from receipt to resolution (±9 %), nil when nothing was resolved.
    public var medianHours: Double? {
        let total = self.total
        guard total > 0 else { return nil }
        let half = Double(total) / 2
        var seen = 0
        for (bucket, count) in counts.enumerated() where count > 0 {
            if Double(seen + count) >= half {
                return Self.hours(bucket: bucket, fraction: (half - Double(seen)) / Double(count))
            }
            seen += count
        }
        return nil
    }
}
