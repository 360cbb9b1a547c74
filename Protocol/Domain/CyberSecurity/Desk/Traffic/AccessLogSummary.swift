import Vietnam

/// A site's requests hour by hour, as the traffic view shows them: requests, client errors
/// (4xx), server errors (5xx), bytes, and the most requested paths.
///
/// Guarantees: adding lines in any order, or two summaries together, gives the same totals;
/// each hour keeps the counts of at most `maxPaths` paths (the most requested, ties by path),
/// the rest counted in `otherPaths`.
public struct AccessLogSummary: Sendable, Hashable, Codable {
    public struct Hour: Sendable, Hashable, Codable {
        public var requests = 0
        public var clientErrors = 0
        public var serverErrors = 0
        public var bytes = 0
        public var paths: [String: Int] = [:]
        public var otherPaths = 0

        /// The most requested paths, most first.
        public func top(_ count: Int) -> [(path: String, requests: Int)] {
            paths.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(count).map { ($0.key, $0.value) }
        }
    }

    public static let maxPaths = 50
    /// Keyed by the hour's start (Unix milliseconds).
    public private(set) var hours: [Int64: Hour] = [:]
    /// Lines that were not CLF or Combined.
    public private(set) var unreadable = 0

    public init() {}

    /// Reads a whole log (LF or CRLF lines).
    public mutating func add(log text: String) {
        for line in text.split(whereSeparator: \.isNewline) where !line.allSatisfy(\.isWhitespace) {
            if let entry = AccessLogLine(line) { add(entry) } else { unreadable += 1 }
        }
    }

    public mutating func add(_ line: AccessLogLine) {
        let hour = VietnamTime.hourStart(millis: line.time)
        var bucket = hours[hour] ?? Hour()
        bucket.requests += 1
        if (400..<500).contains(line.status) { bucket.clientErrors += 1 }
        if line.status >= 500 { bucket.serverErrors += 1 }
        bucket.bytes += line.bytes
        bucket.paths[line.path, default: 0] += 1
        hours[hour] = Self.trimmed(bucket)
    }

    /// Keeps the `maxPaths` most requested paths once an hour holds twice as many.
    static func trimmed(_ hour: Hour) -> Hour {
        guard hour.paths.count > 2 * maxPaths else { return hour }
        var kept = hour
        let top = hour.top(maxPaths)
        kept.paths = Dictionary(uniqueKeysWithValues: top.map { ($0.path, $0.requests) })
        kept.otherPaths += hour.paths.values.reduce(0, +) - top.reduce(0) { $0 + $1.requests }
        return kept
    }
}
