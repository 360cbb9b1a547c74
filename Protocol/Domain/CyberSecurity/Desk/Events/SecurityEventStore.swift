import Foundation
import GRDB

/// The raw security events of one site, in their own SQLite file beside the replica: they
/// never replicate (a SOC sends thousands an hour; what crosses the wire is their grouping
/// into alerts and hourly counts), and the sync's write lock never waits on them.
///
/// Guarantees: `append` stores a batch in one transaction, whole or not at all; the store
/// keeps events received in the last `retentionMillis` and at most `maxEvents` of them, the
/// oldest dropped first, trimmed at each append; problems are counted per source and
/// reason with the latest sample kept. Blocking SQLite work runs on GRDB's own queue, off
/// the cooperative pool.
public final class SecurityEventStore: Sendable {
    public let retentionMillis: Int64
    public let maxEvents: Int
    private let queue: DatabaseQueue

    /// One stored event with its local row number.
    public struct Stored: Sendable, Hashable {
        public var id: Int64
        public var receivedAt: Int64
        public var event: SecurityEvent
    }

    /// The count of one kind of bad message from one source, with the latest example.
    public struct ProblemCount: Sendable, Hashable, Codable {
        public var source: String
        public var code: String
        public var count: Int
        public var lastAt: Int64
        public var lastDetail: String
        /// The first bytes of the latest bad message (at most 512, as text).
        public var lastSample: String
    }

    public init(path: String, retentionMillis: Int64 = 30 * 86_400_000, maxEvents: Int = 5_000_000) throws(SecurityError) {
        self.retentionMillis = retentionMillis
        self.maxEvents = maxEvents
        do {
            var configuration = Configuration()
            configuration.journalMode = .wal
            configuration.prepareDatabase { db in
                // A commit survives a killed process; only power loss can undo the last ones.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // The group index takes events at random places: 2 MB of cache thrashes at 250,000.
                try db.execute(sql: "PRAGMA cache_size = -32768")
            }
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.write { db in
                try db.execute(sql: """
                    CREATE TABLE IF NOT EXISTS security_event (
                        id INTEGER PRIMARY KEY, received_ms INTEGER NOT NULL, time_ms INTEGER NOT NULL, source TEXT NOT NULL,
                        host TEXT NOT NULL, rule TEXT NOT NULL, title TEXT NOT NULL, category TEXT NOT NULL, techniques TEXT NOT NULL,
                        sensor_severity INTEGER NOT NULL, band INTEGER NOT NULL, source_address TEXT, raw TEXT NOT NULL, group_key TEXT NOT NULL);
                    CREATE INDEX IF NOT EXISTS security_event_time ON security_event (time_ms);
                    CREATE INDEX IF NOT EXISTS security_event_host_id ON security_event (host, id);
                    DROP INDEX IF EXISTS security_event_received;
                    DROP INDEX IF EXISTS security_event_group;
                    DROP INDEX IF EXISTS security_event_host;
                    CREATE TABLE IF NOT EXISTS security_problem (
                        source TEXT NOT NULL, code TEXT NOT NULL, count INTEGER NOT NULL, last_ms INTEGER NOT NULL,
                        last_detail TEXT NOT NULL, last_sample TEXT NOT NULL, PRIMARY KEY (source, code)) WITHOUT ROWID;
                    """)
            }
        } catch {
            throw .storage("\(error)")
        }
    }

    /// Stores `events` received at `receivedAt`, then trims by age and count.
    public func append(_ events: [SecurityEvent], receivedAt: Int64) async throws(SecurityError) {
        guard !events.isEmpty else { return }
        let cutoff = receivedAt - retentionMillis, cap = maxEvents
        do {
            try await queue.write { db in
                let insert = try db.cachedStatement(sql: """
                    INSERT INTO security_event (received_ms, time_ms, source, host, rule, title, category, techniques, sensor_severity, band,
                        source_address, raw, group_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
                for e in events {
                    try insert.execute(arguments: [
                        receivedAt, e.time, e.source.rawValue, e.host, e.rule, e.title, e.category, e.techniques.joined(separator: ","),
                        e.sensorSeverity, e.band.rawValue, e.sourceAddress, e.raw, e.groupKey,
                    ])
                }
                let last = db.lastInsertedRowID
                try db.execute(sql: "DELETE FROM security_event WHERE id <= ?", arguments: [last - Int64(cap)])
                try Self.trim(db, receivedBefore: cutoff)
            }
        } catch {
            throw .storage("\(error)")
        }
    }

    /// Counts one bad message of `source`.
    public func record(_ problem: SecurityEventProblem, source: String, sample: some Collection<UInt8>, at millis: Int64) async throws(SecurityError) {
        try await record([(problem, Array(sample.prefix(512)))], source: source, at: millis)
    }

    /// Counts bad messages of `source`, the last of each reason kept as its sample.
    public func record(_ problems: [(SecurityEventProblem, [UInt8])], source: String, at millis: Int64) async throws(SecurityError) {
        guard !problems.isEmpty else { return }
        do {
            try await queue.write { db in
                for (problem, sample) in problems {
                    try db.execute(
                        sql: """
                            INSERT INTO security_problem (source, code, count, last_ms, last_detail, last_sample) VALUES (?, ?, 1, ?, ?, ?)
                            ON CONFLICT (source, code) DO UPDATE SET count = count + 1, last_ms = excluded.last_ms,
                                last_detail = excluded.last_detail, last_sample = excluded.last_sample
                            """,
                        arguments: [source, problem.code, millis, problem.description, String(decoding: sample.prefix(512), as: UTF8.self)])
                }
            }
        } catch {
            throw .storage("\(error)")
        }
    }

    public func problems() async throws(SecurityError) -> [ProblemCount] {
        do {
            return try await queue.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM security_problem ORDER BY last_ms DESC").map {
                    ProblemCount(source: $0["source"], code: $0["code"], count: $0["count"], lastAt: $0["last_ms"], lastDetail: $0["last_detail"], lastSample: $0["last_sample"])
                }
            }
        } catch {
            throw .storage("\(error)")
        }
    }

    /// Events newest first, optionally of one alert group or host, from `since`, below row
    /// `before` (for paging), at most `limit`. An alert group's events are found through its
    /// host's index: give the group's host with its key (a key alone reads the whole store).
    public func events(
        groupKey: String? = nil, host: String? = nil, minimumBand: SeverityBand? = nil, since: Int64? = nil, before: Int64? = nil, limit: Int = 100
    ) async throws(SecurityError) -> [Stored] {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        if let groupKey { clauses.append("group_key = ?"); arguments += [groupKey] }
        if let host { clauses.append("host = ?"); arguments += [host] }
        if let minimumBand { clauses.append("band >= ?"); arguments += [minimumBand.rawValue] }
        if let since { clauses.append("time_ms >= ?"); arguments += [since] }
        if let before { clauses.append("id < ?"); arguments += [before] }
        let filter = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
        let query = "SELECT * FROM security_event \(filter) ORDER BY id DESC LIMIT \(max(1, min(limit, 1000)))"
        let finalArguments = arguments
        do {
            return try await queue.read { db in
                try Row.fetchAll(db, sql: query, arguments: finalArguments).map(Self.stored)
            }
        } catch {
            throw .storage("\(error)")
        }
    }

    /// Drops the events received before `cutoff`. Rows are numbered in the order they were
    /// received, so the first one to keep is found by halving the row numbers; a clock set
    /// back only keeps a few rows a little longer. Indexes on the receipt time or the group
    /// would be written at random places by every append: a third of an ingest.
    private static func trim(_ db: Database, receivedBefore cutoff: Int64) throws {
        guard let oldest = try Row.fetchOne(db, sql: "SELECT id, received_ms FROM security_event ORDER BY id LIMIT 1"),
            (oldest["received_ms"] as Int64) < cutoff,
            let newest = try Int64.fetchOne(db, sql: "SELECT max(id) FROM security_event")
        else { return }
        var low: Int64 = oldest["id"], high = newest + 1
        let receipt = try db.cachedStatement(sql: "SELECT received_ms FROM security_event WHERE id >= ? ORDER BY id LIMIT 1")
        while low < high {
            let middle = low + (high - low) / 2
            if let received = try Int64.fetchOne(receipt, arguments: [middle]), received < cutoff {
                low = middle + 1
            } else {
                high = middle
            }
        }
        try db.execute(sql: "DELETE FROM security_event WHERE id < ?", arguments: [low])
    }

    /// How many events the store holds.
    public func count() async throws(SecurityError) -> Int {
        do { return try await queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM security_event") ?? 0 } } catch { throw .storage("\(error)") }
    }

    private static func stored(_ row: Row) -> Stored {
        let techniques: String = row["techniques"]
        return Stored(
            id: row["id"], receivedAt: row["received_ms"],
            event: SecurityEvent(
                time: row["time_ms"], source: SecurityEventSource(rawValue: row["source"]) ?? .syslog, host: row["host"], rule: row["rule"],
                title: row["title"], category: row["category"], techniques: techniques.isEmpty ? [] : techniques.split(separator: ",").map(String.init),
                sensorSeverity: row["sensor_severity"], band: SeverityBand(rawValue: row["band"]) ?? .low, sourceAddress: row["source_address"],
                raw: row["raw"]))
    }
}
