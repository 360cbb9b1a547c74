import Foundation
import Testing

@testable import CyberSecurity

/// The raw-event store keeps the events of its retention period, at most its cap, and finds
/// an alert's events through their host.
@Suite struct SecurityEventStoreTests {
    static func store(retention: Int64, cap: Int = 1_000) throws -> (SecurityEventStore, String) {
        let folder = NSTemporaryDirectory() + "ioc-events-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return (try SecurityEventStore(path: folder + "/events.sqlite", retentionMillis: retention, maxEvents: cap), folder)
    }

    static func events(_ count: Int, rule: String, host: String = "web-soyte") -> [SecurityEvent] {
        (0..<count).map { index in
            SecurityEvent(
                time: Int64(index), source: .wazuh, host: host, rule: rule, title: "\(rule) #\(index)", category: "", techniques: [],
                sensorSeverity: 5, band: .low, raw: "{}")
        }
    }

    @Test func eventsReceivedBeforeTheRetentionPeriodAreDroppedAtTheNextAppend() async throws {
        let (store, folder) = try Self.store(retention: 60_000)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await store.append(Self.events(3, rule: "a"), receivedAt: 1_000)
        try await store.append(Self.events(2, rule: "b"), receivedAt: 50_000)
        try await store.append(Self.events(1, rule: "c"), receivedAt: 100_000)
        #expect(try await store.events().map(\.event.rule) == ["c", "b", "b"])
        try await store.append(Self.events(4, rule: "d"), receivedAt: 170_000)
        #expect(try await store.events().map(\.event.rule) == ["d", "d", "d", "d"])
    }

    @Test func aBatchReceivedWithinTheRetentionPeriodKeepsEverything() async throws {
        let (store, folder) = try Self.store(retention: 60_000)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for batch in 0..<7 { try await store.append(Self.events(5, rule: "r\(batch)"), receivedAt: 1_000 + Int64(batch) * 9_000) }
        #expect(try await store.count() == 35)
    }

    @Test func anAlertsEventsAreFoundByItsKeyAndHostNewestFirst() async throws {
        let (store, folder) = try Self.store(retention: 86_400_000)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await store.append(Self.events(3, rule: "5712") + Self.events(2, rule: "550") + Self.events(2, rule: "5712", host: "web-congtinh"), receivedAt: 1_000)
        let key = Self.events(1, rule: "5712")[0].groupKey
        let found = try await store.events(groupKey: key, host: "web-soyte")
        #expect(found.map(\.event.title) == ["5712 #2", "5712 #1", "5712 #0"])
        #expect(try await store.events(groupKey: key, host: "web-soyte", limit: 2).count == 2)
    }
}
