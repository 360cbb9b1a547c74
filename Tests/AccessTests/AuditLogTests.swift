@testable import Access
import CRDT
import Foundation
import Replica
import Testing

/// The audit log on a replica: what is recorded is read back under every filter, newest
/// first, and an entry never changes once written.
@Suite struct AuditLogTests {
    let folder: String
    let replica: Replica
    let clock = Clock()

    final class Clock: @unchecked Sendable {
        let lock = NSLock()
        var millis: Int64 = 1_796_000_000_000
        func tick() -> Int64 { lock.withLock { millis += 1_000; return millis } }
    }

    init() throws {
        folder = NSTemporaryDirectory() + "ioc-audit-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        replica = try Replica(path: folder + "/site.sqlite", site: SiteID(7), projections: [AuditProjection()])
    }

    func log(_ site: String = "651") -> AuditLog {
        let clock = clock
        return AuditLog(replica: replica, site: site, now: { clock.tick() })
    }

    /// Three sign-ins and a case action at Ea Kar, a failed sign-in at the hub.
    func seed() async throws {
        try await log().record(account: "can-bo@651", roles: ["district_officer"], address: "10.0.0.5", action: .signIn, request: "POST /ui/login", status: 200)
        try await log().record(
            account: "can-bo@651", roles: ["district_officer"], address: "10.0.0.5", action: .permission(.fieldReportsAct), request: "PATCH /api/v1/cases/x",
            status: 200)
        try await log().record(account: "thu@651", roles: ["district_officer"], address: "10.0.0.6", action: .signIn, request: "POST /ui/login", status: 200)
        try await log(Scope.hub).record(account: "ke-la", roles: [], address: "10.9.9.9", action: .signInFailed, request: "POST /ui/login", status: 401)
    }

    @Test func entriesAreReadNewestFirst() async throws {
        try await seed()
        let (entries, more) = try await log().entries(AuditQuery())
        #expect(entries.map(\.account) == ["ke-la", "thu@651", "can-bo@651", "can-bo@651"])
        #expect(!more)
    }

    @Test func anAccountFilterFindsTheNameAtAnyDistrictButNoOtherName() async throws {
        try await seed()
        let byName = try await log().entries(AuditQuery(account: "can-bo")).entries
        #expect(byName.count == 2 && byName.allSatisfy { $0.account == "can-bo@651" })
        #expect(try await log().entries(AuditQuery(account: "can")).entries.isEmpty, "a name is matched whole, not as a prefix of another")
    }

    @Test func siteActionAddressAndRefusedFiltersEachNarrowTheList() async throws {
        try await seed()
        #expect(try await log().entries(AuditQuery(site: Scope.hub)).entries.map(\.account) == ["ke-la"])
        #expect(try await log().entries(AuditQuery(action: .permission(.fieldReportsAct))).entries.map(\.request) == ["PATCH /api/v1/cases/x"])
        #expect(try await log().entries(AuditQuery(address: "10.0.0.6")).entries.map(\.account) == ["thu@651"])
        let refused = try await log().entries(AuditQuery(refusedOnly: true)).entries
        #expect(refused.map(\.action) == [.signInFailed])
    }

    @Test func aTimeWindowIncludesItsStartAndExcludesItsEnd() async throws {
        try await seed()
        let all = try await log().entries(AuditQuery()).entries
        let middle = all[1].atMillis
        let window = try await log().entries(AuditQuery(sinceMillis: all[2].atMillis, untilMillis: middle + 1)).entries
        #expect(window.map(\.id) == [all[1].id, all[2].id])
    }

    @Test func aPageSaysWhetherMoreFollow() async throws {
        try await seed()
        let first = try await log().entries(AuditQuery(limit: 3))
        let rest = try await log().entries(AuditQuery(limit: 3, offset: 3))
        #expect(first.entries.count == 3 && first.more)
        #expect(rest.entries.count == 1 && !rest.more)
    }

    @Test func anEntryIsReadBackWithEveryField() async throws {
        let written = try await log().record(
            account: "can-bo@651", roles: ["district_officer", "viewer"], address: "10.0.0.5", action: .permission(.referenceEdit),
            request: "PUT /api/v1/traffic/cameras/cam-1", status: 403)
        let read = try #require(try await log().entries(AuditQuery()).entries.first)
        #expect(read == written)
        #expect(read.refused)
    }

    func change(to entry: AuditEntry, _ ops: [FieldOp]) -> Change {
        Change(origin: SiteID(8), seq: 1, hlc: HLCTimestamp(rawValue: 1), entityType: AuditLog.entityType, entityID: entry.id, scope: "651", author: "x", ops: ops)
    }

    @Test func theHubRefusesANodesChangeToAnEntryItHolds() async throws {
        let entry = try await log().record(account: "can-bo@651", roles: [], address: "10.0.0.5", action: .signIn, request: "POST /ui/login", status: 200)
        let state = try #require(try await replica.entity(entry.id)?.state)
        let forged = change(to: entry, [FieldOp(field: "account", value: Array("\"quan-tri@province\"".utf8))])
        #expect(AuditLog.nodeWriteRefusal(forged, current: state, district: "651") != nil)
        #expect(AuditLog.nodeWriteRefusal(forged, current: nil, district: "651") == nil, "a new entry of its own district is the node's to write")
    }

    /// A node that recovers (a clock ahead of the hub's, an older copy) writes its changes
    /// again under a new incarnation: the same values, which must not wedge its sync.
    @Test func theHubAcceptsAnEntryWrittenAgainWithTheValuesItHolds() async throws {
        let entry = try await log().record(account: "can-bo@651", roles: [], address: "10.0.0.5", action: .signIn, request: "POST /ui/login", status: 200)
        let state = try #require(try await replica.entity(entry.id)?.state)
        let again = change(to: entry, AuditLog.edits(entry).map { edit in
            guard case let .assign(value) = edit.operation else { return FieldOp(field: edit.field, value: []) }
            return FieldOp(field: edit.field, value: value)
        })
        #expect(AuditLog.nodeWriteRefusal(again, current: state, district: "651") == nil)
    }
}
