import CRDT
import Foundation
import Replica
import Testing
import Vietnam

@testable import CyberSecurity

/// Events are kept locally and grouped into replicated alerts and hourly counts; alerts
/// follow their lifecycle.
@Suite struct SecurityDeskTests {
    static let now = ISO8601Timestamp.millis("2026-12-06T10:30:00+07:00")!

    static func desk(scope: String = "652", store options: (retention: Int64, cap: Int) = (30 * 86_400_000, 1_000_000)) throws -> (SecurityDesk, String) {
        let folder = NSTemporaryDirectory() + "ioc-security-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let replica = try Replica(path: folder + "/r.sqlite", site: SiteID(7), projections: [SecurityProjection()])
        let store = try SecurityEventStore(path: folder + "/events.sqlite", retentionMillis: options.retention, maxEvents: options.cap)
        return (SecurityDesk(replica: replica, store: store, homeScope: scope, now: { now }), folder)
    }

    static func event(_ rule: String = "5712", host: String = "web-soyte", band: SeverityBand = .medium, minutesAgo: Int64 = 5) -> SecurityEvent {
        SecurityEvent(
            time: now - minutesAgo * 60_000, source: .wazuh, host: host, rule: rule, title: "rule \(rule) at -\(minutesAgo)m", category: "sshd",
            techniques: ["T1110"], sensorSeverity: 10, band: band, raw: "{}")
    }

    @Test func repeatedEventsOfOneRuleOnOneHostAreOneAlertWithTheirCountAndHighestBand() async throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = try await desk.ingest([Self.event(minutesAgo: 9), Self.event(band: .high, minutesAgo: 3), Self.event(minutesAgo: 6), Self.event("550")])
        #expect(outcome == { var o = SecurityDesk.IngestOutcome(); o.stored = 4; o.alertsOpened = 2; return o }())
        let alerts = try await desk.alerts()
        let brute = try #require(alerts.first { $0.rule == "5712" })
        #expect(alerts.count == 2)
        #expect(brute.count == 3)
        #expect(brute.band == .high)
        #expect(brute.firstSeen == Self.now - 9 * 60_000)
        #expect(brute.lastSeen == Self.now - 3 * 60_000)
        #expect(brute.title == "rule 5712 at -3m")
        #expect(brute.status == .new)
        #expect(brute.unit == "652")
        #expect(brute.due == brute.firstSeen + 8 * 3_600_000)
    }

    @Test func aLaterBatchAddsToTheSameAlertWithOneChangePerAlert() async throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await desk.ingest([Self.event(minutesAgo: 9)])
        let before = try await desk.replica.versionVector()
        let outcome = try await desk.ingest((0..<50).map { _ in Self.event(minutesAgo: 1) })
        let after = try await desk.replica.versionVector()
        #expect(outcome.alertsUpdated == 1 && outcome.alertsOpened == 0)
        #expect(try await desk.alerts().map(\.count) == [51])
        // One change for the alert and one for its hour, whatever the number of events.
        #expect(after[desk.replica.site] - before[desk.replica.site] == 2)
    }

    @Test func deferredRepeatsOfAKnownAlertAreOneChangePerFlushAndNothingIsLost() async throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await desk.ingest([Self.event(minutesAgo: 9)])
        let before = try await desk.replica.versionVector()
        for minute in [8, 7, 6, 5] as [Int64] { try await desk.ingest((0..<10).map { _ in Self.event(minutesAgo: minute) }, deferring: true) }
        #expect(try await desk.replica.versionVector() == before)
        #expect(desk.hasDeferred)
        try await desk.flushDeferred()
        #expect(!desk.hasDeferred)
        let after = try await desk.replica.versionVector()
        // One change for the alert, one for its hour.
        #expect(after[desk.replica.site] - before[desk.replica.site] == 2)
        let alert = try #require(try await desk.alerts().first)
        #expect(alert.count == 41)
        #expect(alert.lastSeen == Self.now - 5 * 60_000)
        #expect(try await desk.hourly(since: 0).reduce(0) { $0 + ($1.counts[.medium] ?? 0) } == 41)
    }

    @Test func aHigherBandOrANewAlertIsWrittenAtOnceEvenWhenDeferring() async throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await desk.ingest([Self.event(minutesAgo: 9)])
        try await desk.ingest([Self.event(minutesAgo: 8)], deferring: true)
        try await desk.ingest([Self.event(band: .critical, minutesAgo: 7), Self.event("550", minutesAgo: 7)], deferring: true)
        let alerts = try await desk.alerts()
        #expect(alerts.count == 2)
        let brute = try #require(alerts.first { $0.rule == "5712" })
        // The band rose: written now, with the count deferred before it.
        #expect(brute.band == .critical)
        #expect(brute.count == 3)
    }

    @Test func anAlertOnAHostWhoseNameNeedsEscapingIsListedWithThatName() async throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let odd = #"web "số 1" \ tầng 2"#
        try await desk.ingest([Self.event(host: odd), Self.event()])
        let alerts = try await desk.alerts()
        #expect(Set(alerts.map(\.host)) == [odd, "web-soyte"])
        #expect(alerts.allSatisfy { $0.count == 1 && $0.band == .medium && $0.status == .new && $0.unit == "652" })
    }

    @Test func everyEventIsKeptInTheLocalStoreNewestFirst() async throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await desk.ingest([Self.event(minutesAgo: 9), Self.event("550", minutesAgo: 2)])
        let stored = try await desk.store.events()
        #expect(stored.map(\.event.rule) == ["550", "5712"])
        #expect(try await desk.store.events(groupKey: Self.event().groupKey, host: Self.event().host).count == 1)
    }

    @Test func theLocalStoreKeepsNoMoreThanItsCapTheOldestDroppedFirst() async throws {
        let (desk, folder) = try Self.desk(store: (30 * 86_400_000, 10))
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await desk.ingest((1...25).map { Self.event("r\($0)", minutesAgo: Int64(30 - $0)) })
        #expect(try await desk.store.count() == 10)
        #expect(try await desk.store.events(limit: 1000).last?.event.rule == "r16")
        #expect(try await desk.alerts().count == 25)
    }

    @Test func hourlyCountsAreKeptByBand() async throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await desk.ingest([Self.event(band: .low, minutesAgo: 5), Self.event(band: .critical, minutesAgo: 6), Self.event(band: .critical, minutesAgo: 95)])
        let hours = try await desk.hourly(since: Self.now - 3 * 3_600_000)
        #expect(hours.map(\.hour) == [Self.now - 150 * 60_000, Self.now - 30 * 60_000])
        #expect(hours.map { $0.counts[.critical] ?? 0 } == [1, 1])
        #expect(hours.last?.counts[.low] == 1)
    }

    @Test func anAlertMovesForwardThroughItsLifecycleWithWhoAndWhen() async throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await desk.ingest([Self.event()])
        let id = try #require(try await desk.alerts().first?.id)
        try await desk.handle(id, status: .acknowledged, assignee: "an.soc", by: "lan")
        let handled = try await desk.handle(id, status: .investigating, note: "checking sshd logs", by: "an.soc")
        #expect(handled.status == .investigating)
        #expect(handled.assignee == "an.soc")
        #expect(handled.notes.map(\.status) == [.acknowledged, .investigating])
        #expect(handled.notes.map(\.by) == ["lan", "an.soc"])
        #expect(handled.notes.last?.text == "checking sshd logs")
    }

    @Test func aResolvedAlertCannotBeAcknowledgedAgain() async throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await desk.ingest([Self.event()])
        let id = try #require(try await desk.alerts().first?.id)
        try await desk.handle(id, status: .resolved, by: "lan")
        await #expect(throws: SecurityError.invalidTransition(from: .resolved, to: .acknowledged)) {
            try await desk.handle(id, status: .acknowledged, by: "lan")
        }
    }

    @Test func aResolvedAlertWhoseEventsComeAgainIsNewAgainButAFalsePositiveStaysSo() async throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await desk.ingest([Self.event(minutesAgo: 20), Self.event("550", minutesAgo: 20)])
        let alerts = try await desk.alerts()
        let brute = try #require(alerts.first { $0.rule == "5712" }), integrity = try #require(alerts.first { $0.rule == "550" })
        try await desk.handle(brute.id, status: .resolved, by: "lan")
        try await desk.handle(integrity.id, status: .falsePositive, by: "lan")
        try await desk.ingest([Self.event(minutesAgo: 1), Self.event("550", minutesAgo: 1)])
        #expect(try await desk.alert(brute.id).status == .new)
        #expect(try await desk.alert(brute.id).notes.last?.text == "recurred")
        #expect(try await desk.alert(integrity.id).status == .falsePositive)
        #expect(try await desk.alert(integrity.id).count == 2)
    }

    @Test func theHubsAlertsStayInTheHubsScope() async throws {
        let (desk, folder) = try Self.desk(scope: Scope.province)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await desk.ingest([Self.event()])
        let alert = try #require(try await desk.alerts().first)
        #expect(alert.unit == Scope.province)
        let id = try #require(EntityID(alert.id))
        let entity = try #require(try await desk.replica.entity(id))
        #expect(entity.scope == Scope.hub)
    }

    @Test func badMessagesAreCountedBySourceAndReasonWithTheLatestSample() async throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await desk.store.record(.notJSON, source: "suricata", sample: Array("garbage 1".utf8), at: 1)
        try await desk.store.record(.notJSON, source: "suricata", sample: Array("garbage 2".utf8), at: 2)
        try await desk.store.record(.notSyslog(at: "PRI"), source: "syslog", sample: Array("x".utf8), at: 3)
        let problems = try await desk.store.problems()
        #expect(problems.map(\.code) == ["not_syslog", "not_json"])
        #expect(problems.last?.count == 2)
        #expect(problems.last?.lastSample == "garbage 2")
    }
}

/// High and critical alerts are told through the notifier once per band they reach.
extension SecurityDeskTests {
    final class Told: @unchecked Sendable {
        var rules: [String] = []
    }

    @Test func aHighAlertIsToldOnceAndAgainWhenItBecomesCritical() async throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await desk.ingest([Self.event("5712", band: .high), Self.event("5503", band: .medium)])
        let told = Told()
        let tell: (SecurityAlert) async -> Bool = { told.rules.append("\($0.rule):\($0.band.code)"); return true }
        try await desk.tellAlerts(tell: tell)
        try await desk.tellAlerts(tell: tell)
        try await desk.ingest([Self.event("5712", band: .high, minutesAgo: 1)])
        try await desk.tellAlerts(tell: tell)
        #expect(told.rules == ["5712:high"])
        try await desk.ingest([Self.event("5712", band: .critical, minutesAgo: 1)])
        try await desk.tellAlerts(tell: tell)
        #expect(told.rules == ["5712:high", "5712:critical"])
    }

    @Test func anAlertWhoseTellingFailedIsToldAtTheNextTry() async throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await desk.ingest([Self.event("86601", band: .critical)])
        #expect(try await desk.tellAlerts { _ in false }.isEmpty)
        #expect(try await desk.tellAlerts { _ in true }.map(\.rule) == ["86601"])
        #expect(try await desk.tellAlerts { _ in true }.isEmpty)
    }

    @Test func anAlertAcknowledgedBeforeItWasToldIsNotTold() async throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await desk.ingest([Self.event("86601", band: .critical)])
        let alert = try #require(try await desk.alerts().first)
        try await desk.handle(alert.id, status: .acknowledged, by: "soc")
        #expect(try await desk.tellAlerts { _ in true }.isEmpty)
    }
}
