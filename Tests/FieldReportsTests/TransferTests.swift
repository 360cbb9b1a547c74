import CRDT
import FieldReports
import Foundation
import Replica
import Testing
import Wire

/// A case handed to another district arrives there whole, through the hub.
@Suite struct TransferTests {
    /// Moves what `from` holds for `scopes` into `to`, as sync would (push, then pull).
    static func relay(from: Replica, to: Replica, scopes: [String]?) throws {
        if let scopes {
            let found = try from.changes(forScopes: scopes, has: try to.versionVector(), maxBytes: 1 << 24)
            try to.apply(try found.changes.map { try $0.change() }, through: found.through, contiguous: false)
        } else {
            let own = try from.ownChanges(after: 0, maxBytes: 1 << 24)
            try to.apply(try own.map { try $0.change() }, contiguous: true)
        }
    }

    @Test func aTransferredCaseArrivesWholeWithItsHistoryAtTheReceivingDistrict() async throws {
        let eaKar = try DeskFixture(scope: "651", site: 1)
        let hub = try DeskFixture(scope: Scope.province, site: 2)
        let krongNang = try DeskFixture(scope: "650", site: 3)
        let receipt = try await eaKar.report("Nước thải tràn ra đường, thực ra thuộc Krông Năng", category: "nuoc-thai")
        try await eaKar.act(.comment, receipt.case, CaseActionInput(text: "Đã xác minh địa điểm"))
        try await eaKar.act(.transfer, receipt.case, CaseActionInput(reason: "Thuộc địa bàn Krông Năng", district: "650"))

        try Self.relay(from: eaKar.replica, to: hub.replica, scopes: nil)
        try Self.relay(from: hub.replica, to: krongNang.replica, scopes: ["650", Scope.province])

        let arrived = try await krongNang.record(receipt.case)
        #expect(arrived.scope == "650")
        #expect(arrived.status == .received)
        #expect(arrived.transferredFrom == "651")
        #expect(arrived.description == "Nước thải tràn ra đường, thực ra thuộc Krông Năng")
        #expect(arrived.reporter.phone == "0912 345 678")
        #expect(arrived.timeline.map(\.action) == ["receive", nil, "transfer"])
        #expect(try await krongNang.desk.caseRecord(trackingCode: receipt.trackingCode)?.id == receipt.case)
        // The receiving district works on it; the old one only reads it.
        try await krongNang.act(.accept, receipt.case, CaseActionInput(unit: "tai-nguyen-moi-truong"))
        #expect(try await krongNang.record(receipt.case).status == .assigned)
        // Statistics follow the case: counted at Krông Năng, no longer at Ea Kar.
        #expect(try await krongNang.desk.statistics(StatisticsQuery(scope: "650")).total.received == 1)
        #expect(try await hub.desk.statistics(StatisticsQuery(scope: "651")).total.received == 0)
    }
}

/// Two places acting on one case at once.
@Suite struct ConcurrentActionTests {
    @Test func actionsTakenAtTheNodeAndTheHubDuringAnOutageShowAsAConflictUntilTheNextAction() async throws {
        let eaKar = try DeskFixture(scope: "651", site: 1)
        let hub = try DeskFixture(scope: Scope.province, site: 2)
        let id = try await eaKar.report().case
        try TransferTests.relay(from: eaKar.replica, to: hub.replica, scopes: nil)

        // The link is down: the district assigns the case, the province rejects it.
        try await eaKar.act(.accept, id, CaseActionInput(unit: "ubnd-phuong-xa"), by: "an")
        try await hub.act(.reject, id, CaseActionInput(reason: "Đã có phản ánh trùng"), by: "dieu-hanh")
        try TransferTests.relay(from: eaKar.replica, to: hub.replica, scopes: nil)
        try TransferTests.relay(from: hub.replica, to: eaKar.replica, scopes: ["651", Scope.province])

        for fixture in [eaKar, hub] {
            let record = try await fixture.record(id)
            let conflict = try #require(record.conflicts.first { $0.field == "status" })
            #expect(Set(conflict.values.map(\.author)) == ["an", "dieu-hanh"])
            #expect(Set(conflict.values.map(\.value)) == ["assigned", "ineligible"])
            #expect(record.timeline.filter { $0.kind == .transition }.count == 3, "both actions are in the history")
        }
        // The winner is a valid state on both; the next action resolves the conflict everywhere.
        #expect(try await eaKar.record(id).status == (try await hub.record(id).status))
        let winner = try await eaKar.record(id).status
        if winner == .ineligible {
            try await eaKar.act(.reopen, id, CaseActionInput(reason: "Không trùng, xử lý tiếp"))
        } else {
            try await eaKar.act(.start, id)
        }
        try TransferTests.relay(from: eaKar.replica, to: hub.replica, scopes: nil)
        #expect(try await hub.record(id).conflicts.isEmpty)
        #expect(try await eaKar.record(id).conflicts.isEmpty)
    }
}
