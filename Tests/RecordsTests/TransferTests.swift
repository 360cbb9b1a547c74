import CRDT
import Foundation
import Records
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
