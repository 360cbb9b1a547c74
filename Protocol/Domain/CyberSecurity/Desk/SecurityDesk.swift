import CRDT
import Foundation
import GRDB
import Replica
import Vietnam

/// The cyber-security service of one site (a district's node or the hub): security events
/// in, alerts and hourly counts out.
///
/// Guarantees: `ingest` keeps every event it is given in the local store (bounded, see
/// `SecurityEventStore`) and, in one replica transaction, adds each event to its alert (one
/// change per alert per batch, however many events it had) and to its hour's count (one
/// change per hour per batch); an alert resolved earlier whose events come again is new
/// again, one marked false positive stays so and only counts. Alerts belong to the site's
/// scope: a district's reach the hub by sync, the hub's stay at the hub.
public struct SecurityDesk: Sendable {
    public static let alertType = "security-alert"
    public static let hourType = "security-hour"
    /// The most events one `ingest` takes.
    public static let maxBatch = 10_000

    public let replica: Replica
    public let store: SecurityEventStore
    /// The unit whose events this site receives: a district code, or `province` at the hub.
    public let homeScope: String
    public let limits: ResponseLimit
    let now: @Sendable () -> Int64
    let deferred = DeferredCounts()

    public init(
        replica: Replica, store: SecurityEventStore, homeScope: String, limits: ResponseLimit = .standard,
        now: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }
    ) {
        self.replica = replica
        self.store = store
        self.homeScope = homeScope
        self.limits = limits
        self.now = now
    }

    public var nowMillis: Int64 { now() }

    /// Where this site's alerts live: the hub's own scope for the province's, never sent to nodes.
    var writeScope: String { Self.scope(of: homeScope) }

    /// The replica scope of a unit's alerts: the province's are the hub's own.
    static func scope(of unit: String) -> String { unit == Scope.province ? Scope.hub : unit }

    static func alertID(unit: String, key: String) -> EntityID { StableID.make(alertType, "\(unit)|\(key)") }
    static func hourID(unit: String, hour: Int64) -> EntityID { StableID.make(hourType, "\(unit)|\(hour)") }

    /// What one ingest did.
    public struct IngestOutcome: Sendable, Hashable, Codable {
        public var stored = 0
        public var alertsOpened = 0
        public var alertsUpdated = 0
        public init() {}
    }

    /// Stores `events` and adds them to their alerts and hours. With `deferring`, what only
    /// adds to an existing alert's count (no new alert, no higher band, no recurrence) and to
    /// the hours waits for `flushDeferred` (see `DeferredCounts`).
    @discardableResult
    public func ingest(_ events: [SecurityEvent], deferring: Bool = false) async throws(SecurityError) -> IngestOutcome {
        guard events.count <= Self.maxBatch else { throw .tooMany(limit: Self.maxBatch) }
        guard !events.isEmpty else { return IngestOutcome() }
        let receivedAt = now()
        try await store.append(events, receivedAt: receivedAt)

        struct Group {
            var first: SecurityEvent
            var latest: SecurityEvent
            var band: SeverityBand
            var count: Int64

            mutating func add(_ event: SecurityEvent) {
                if event.time >= latest.time { latest = event }
                if event.time < first.time { first = event }
                band = max(band, event.band)
                count += 1
            }
        }
        var groups: [String: Group] = [:]
        var order: [String] = []
        var hours: [Int64: [SeverityBand: Int64]] = [:]
        for event in events {
            let key = event.groupKey
            if let index = groups.index(forKey: key) {
                groups.values[index].add(event)
            } else {
                groups[key] = Group(first: event, latest: event, band: event.band, count: 1)
                order.append(key)
            }
            hours[VietnamTime.hourStart(millis: event.time), default: [:]][event.band, default: 0] += 1
        }
        let unit = homeScope
        let ids = order.map { Self.alertID(unit: unit, key: $0).description }
        let existing: [String: (status: String, band: Int, last: Int64)]
        do {
            existing = try await replica.read { db in
                var out: [String: (String, Int, Int64)] = [:]
                for chunk in stride(from: 0, to: ids.count, by: 500) {
                    let slice = Array(ids[chunk..<min(ids.count, chunk + 500)])
                    let rows = try Row.fetchAll(
                        db, sql: "SELECT id, status, band, last_ms FROM security_alert WHERE id IN (\(slice.map { _ in "?" }.joined(separator: ",")))",
                        arguments: StatementArguments(slice))
                    for row in rows { out[row["id"]] = (row["status"], row["band"], row["last_ms"]) }
                }
                return out
            }
        } catch { throw .storage("\(error)") }

        var outcome = IngestOutcome()
        outcome.stored = events.count
        var writes: [EntityWrite] = []
        for key in order {
            guard var group = groups[key] else { continue }
            let id = Self.alertID(unit: unit, key: key)
            if deferring, let previous = existing[id.description], group.band.rawValue <= previous.band, previous.status != AlertStatus.resolved.rawValue {
                outcome.alertsUpdated += 1
                deferred.add(alert: key, count: group.count, last: group.latest.time, title: group.latest.title)
                continue
            }
            if let pending = deferred.take(alert: key) {
                group.count += pending.count
                if pending.last > group.latest.time {
                    group.latest.time = pending.last
                    group.latest.title = pending.title
                }
            }
            var edits: [Edit] = [Edit("count", .increment(group.count))]
            if let previous = existing[id.description] {
                outcome.alertsUpdated += 1
                if group.latest.time > previous.last {
                    edits += [Edit("last_ms", .assign(JSONFragment.encode(group.latest.time))), Edit("title", .assign(JSONFragment.encode(group.latest.title)))]
                }
                if group.band.rawValue > previous.band { edits.append(Edit("band", .assign(JSONFragment.encode(group.band.rawValue)))) }
                if previous.status == AlertStatus.resolved.rawValue {
                    edits += [
                        Edit("status", .assign(JSONFragment.encode(AlertStatus.new.rawValue))),
                        Edit("due_ms", .assign(JSONFragment.encode(limits.due(first: group.first.time, band: max(group.band, SeverityBand(rawValue: previous.band) ?? .low))))),
                        Edit("notes", .append(Self.note("recurred", status: .new))),
                        Edit("told_band", .assign(JSONFragment.encode(nil))),
                    ]
                }
            } else {
                outcome.alertsOpened += 1
                let e = group.latest
                edits += [
                    Edit("key", .assign(JSONFragment.encode(key))), Edit("unit", .assign(JSONFragment.encode(unit))),
                    Edit("source", .assign(JSONFragment.encode(e.source.rawValue))), Edit("host", .assign(JSONFragment.encode(e.host))),
                    Edit("rule", .assign(JSONFragment.encode(e.rule))), Edit("title", .assign(JSONFragment.encode(e.title))),
                    Edit("category", .assign(JSONFragment.encode(e.category))), Edit("techniques", .assign(JSONFragment.encode(e.techniques))),
                    Edit("band", .assign(JSONFragment.encode(group.band.rawValue))), Edit("first_ms", .assign(JSONFragment.encode(group.first.time))),
                    Edit("last_ms", .assign(JSONFragment.encode(e.time))), Edit("status", .assign(JSONFragment.encode(AlertStatus.new.rawValue))),
                    Edit("due_ms", .assign(JSONFragment.encode(limits.due(first: group.first.time, band: group.band)))),
                ]
            }
            writes.append(EntityWrite(id: id, type: Self.alertType, scope: writeScope, edits: edits))
        }
        if deferring {
            for (hour, bands) in hours { for (band, count) in bands { deferred.add(hour: hour, band: band, count: count) } }
        } else {
            writes += hourWrites(hours)
        }
        guard !writes.isEmpty else { return outcome }
        do { _ = try await replica.write(writes, author: "soc") } catch { throw .storage("\(error)") }
        return outcome
    }

    private func hourWrites(_ hours: [Int64: [SeverityBand: Int64]]) -> [EntityWrite] {
        hours.sorted(by: { $0.key < $1.key }).map { hour, bands in
            var edits = [Edit("unit", .assign(JSONFragment.encode(homeScope))), Edit("hour_ms", .assign(JSONFragment.encode(hour)))]
            for band in SeverityBand.allCases { if let n = bands[band] { edits.append(Edit(band.code, .increment(n))) } }
            return EntityWrite(id: Self.hourID(unit: homeScope, hour: hour), type: Self.hourType, scope: writeScope, edits: edits)
        }
    }

    /// Whether counts wait for `flushDeferred`.
    public var hasDeferred: Bool { !deferred.isEmpty }

    /// Writes the counts `ingest(_:deferring:)` left pending, one change per alert and per
    /// hour; on failure they stay pending for the next flush.
    public func flushDeferred() async throws(SecurityError) {
        let pending = deferred.take()
        guard !pending.isEmpty else { return }
        let unit = homeScope
        let ids = pending.alerts.keys.map { Self.alertID(unit: unit, key: $0).description }
        do {
            let last = try await replica.read { db in
                var out: [String: Int64] = [:]
                for chunk in stride(from: 0, to: ids.count, by: 500) {
                    let slice = Array(ids[chunk..<min(ids.count, chunk + 500)])
                    let rows = try Row.fetchAll(
                        db, sql: "SELECT id, last_ms FROM security_alert WHERE id IN (\(slice.map { _ in "?" }.joined(separator: ",")))",
                        arguments: StatementArguments(slice))
                    for row in rows { out[row["id"]] = row["last_ms"] }
                }
                return out
            }
            var writes: [EntityWrite] = []
            for (key, alert) in pending.alerts.sorted(by: { $0.key < $1.key }) {
                let id = Self.alertID(unit: unit, key: key)
                var edits = [Edit("count", .increment(alert.count))]
                if alert.last > last[id.description] ?? Int64.min {
                    edits += [Edit("last_ms", .assign(JSONFragment.encode(alert.last))), Edit("title", .assign(JSONFragment.encode(alert.title)))]
                }
                writes.append(EntityWrite(id: id, type: Self.alertType, scope: writeScope, edits: edits))
            }
            _ = try await replica.write(writes + hourWrites(pending.hours), author: "soc")
        } catch {
            deferred.restore(pending)
            throw .storage("\(error)")
        }
    }

    static func note(_ text: String, status: AlertStatus? = nil) -> [UInt8] {
        var fields: [String: Any] = ["text": text]
        if let status { fields["status"] = status.rawValue }
        return JSONFragment.encode(fields)
    }
}
