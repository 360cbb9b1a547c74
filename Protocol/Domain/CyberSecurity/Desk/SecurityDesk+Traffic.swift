import CRDT
import Foundation
import GRDB
import Replica

extension SecurityDesk {
    public static let trafficType = "security-traffic-hour"
    /// The most bytes of access log one post takes.
    public static let maxAccessLogBytes = 16 * 1024 * 1024

    static func trafficID(site: String, hour: Int64) -> EntityID { StableID.make(trafficType, "\(site)|\(hour)") }

    /// What one access log added.
    public struct AccessLogOutcome: Sendable, Hashable, Codable {
        public var lines = 0
        public var unreadable = 0
        public var hours = 0
    }

    /// Adds a site's access log (Common or Combined Log Format) to its hourly traffic: requests,
    /// client and server errors, bytes and the most requested paths, as per-site counters (one
    /// change per hour per post). A line that is not CLF is counted, not stored. Delivery is at
    /// least once: a log posted twice counts twice.
    @discardableResult
    public func ingestAccessLog(site code: String, log: String, author: String) async throws(SecurityError) -> AccessLogOutcome {
        guard try await site(code) != nil else { throw .siteNotFound(code) }
        var summary = AccessLogSummary()
        summary.add(log: log)
        var outcome = AccessLogOutcome()
        outcome.unreadable = summary.unreadable
        outcome.lines = summary.hours.values.reduce(0) { $0 + $1.requests }
        outcome.hours = summary.hours.count
        guard !summary.hours.isEmpty else { return outcome }
        let writes = summary.hours.sorted { $0.key < $1.key }.map { hour, counts in
            var edits = [
                Edit("site", .assign(JSONFragment.encode(code))), Edit("hour_ms", .assign(JSONFragment.encode(hour))),
                Edit("requests", .increment(Int64(counts.requests))),
            ]
            for (field, value) in [("client_errors", counts.clientErrors), ("server_errors", counts.serverErrors), ("bytes", counts.bytes), ("other_paths", counts.otherPaths)]
            where value > 0 {
                edits.append(Edit(field, .increment(Int64(value))))
            }
            var paths: [String: Int64] = [:]
            for (path, requests) in counts.top(AccessLogSummary.maxPaths) { paths["p." + String(path.prefix(200)), default: 0] += Int64(requests) }
            for (field, requests) in paths.sorted(by: { $0.key < $1.key }) { edits.append(Edit(field, .increment(requests))) }
            return EntityWrite(id: Self.trafficID(site: code, hour: hour), type: Self.trafficType, scope: writeScope, edits: edits)
        }
        do { _ = try await replica.write(writes, author: author) } catch { throw .storage("\(error)") }
        return outcome
    }

    /// A site's traffic per hour from `since`, oldest first, with each hour's paths.
    public func traffic(site code: String, since: Int64) async throws(SecurityError) -> [TrafficHour] {
        do {
            return try await replica.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT hour_ms, requests, client_errors, server_errors, bytes, doc FROM security_traffic WHERE site = ? AND hour_ms >= ? ORDER BY hour_ms",
                    arguments: [code, since]
                ).map { row in
                    var paths: [String: Int] = [:]
                    if let object = try? JSONSerialization.jsonObject(with: Data((row["doc"] as String).utf8)) as? [String: Any] {
                        for (key, value) in object where key.hasPrefix("p.") { paths[String(key.dropFirst(2))] = (value as? NSNumber)?.intValue ?? 0 }
                    }
                    return TrafficHour(hour: row["hour_ms"], requests: row["requests"], clientErrors: row["client_errors"], serverErrors: row["server_errors"], bytes: row["bytes"], paths: paths)
                }
            }
        } catch { throw .storage("\(error)") }
    }
}

/// One hour of a site's requests, as its access logs told them.
public struct TrafficHour: Sendable, Hashable, Codable {
    public var hour: Int64
    public var requests: Int
    public var clientErrors: Int
    public var serverErrors: Int
    public var bytes: Int
    /// Requests per path, for the paths the logs' summaries kept.
    public var paths: [String: Int]

    /// The most requested paths over `hours`, most first.
    public static func topPaths(_ hours: [TrafficHour], count: Int) -> [(path: String, requests: Int)] {
        var total: [String: Int] = [:]
        for hour in hours { for (path, n) in hour.paths { total[path, default: 0] += n } }
        return total.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(count).map { ($0.key, $0.value) }
    }
}
