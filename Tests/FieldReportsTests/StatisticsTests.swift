import CRDT
import FieldReports
import Foundation
import Testing
import Vietnam

/// The province's statistic: received = processed (on time, overdue) + processing (on
/// time, overdue) + ineligible.
@Suite struct StatisticsTests {
    /// Rebuilds the seed figure 186 = 175 (119, 56) + 9 (6, 3) + 2 from real workflows.
    @Test func theSeedFigureComesOutExactly() async throws {
        let fixture = try DeskFixture(at: CivilDate(2026, 10, 5))  // Monday: littering is due Thursday 8 Oct
        var early: [EntityID] = []
        for index in 0..<180 { early.append(try await fixture.report("Phản ánh \(index)").case) }
        for id in early[178..<180] { try await fixture.act(.reject, id, CaseActionInput(reason: "Trùng")) }
        for id in early[0..<178] { try await fixture.act(.accept, id, CaseActionInput(unit: "ubnd-phuong-xa")) }
        for id in early[0..<119] { try await fixture.act(.resolve, id, CaseActionInput(result: "Đã xử lý")) }
        fixture.set(CivilDate(2026, 10, 19))
        for index in 0..<6 { try await fixture.act(.accept, try await fixture.report("Mới \(index)").case) }  // due 22 Oct
        fixture.set(CivilDate(2026, 10, 20))
        for id in early[119..<175] { try await fixture.act(.resolve, id, CaseActionInput(result: "Đã xử lý muộn")) }
        // early[175..<178] stay open past their deadline.

        let result = try await fixture.desk.statistics(StatisticsQuery(from: CivilDate(2026, 10, 1), to: CivilDate(2026, 10, 31)))
        let total = result.total
        #expect(total.received == 186)
        #expect(total.processed == 175 && total.processedOnTime == 119 && total.processedOverdue == 56)
        #expect(total.processing == 9 && total.processingOnTime == 6 && total.processingOverdue == 3)
        #expect(total.ineligible == 2)
        #expect(total.isBalanced)
        #expect(total.sentenceVI == "Tiếp nhận 186 phản ánh: đã xử lý 175 (đúng hạn 119, quá hạn 56), đang xử lý 9 (trong hạn 6, quá hạn 3), không đủ điều kiện 2.")
    }

    @Test func wholeMonthsAndPartialMonthsGiveTheSameCountsAsTheFacts() async throws {
        let fixture = try DeskFixture(at: CivilDate(2026, 9, 28))
        var day = CivilDate(2026, 9, 28)
        var rng = SplitMix(seed: 7)
        for _ in 0..<60 {
            fixture.set(day)
            let id = try await fixture.report().case
            switch rng.next() % 5 {
            case 0: break
            case 1: try await fixture.act(.accept, id)
            case 2: try await fixture.act(.reject, id, CaseActionInput(reason: "Trùng"))
            default:
                try await fixture.act(.accept, id, CaseActionInput(unit: "ubnd-phuong-xa"))
                try await fixture.act(.resolve, id, CaseActionInput(result: "Xong"))
            }
            day = day.adding(days: Int(rng.next() % 3))
        }
        fixture.set(day.adding(days: 3))
        let all = try await fixture.desk.statistics(StatisticsQuery()).total
        #expect(all.received == 60 && all.isBalanced)
        // Split the range at arbitrary days: the parts add up to the whole.
        let split = CivilDate(2026, 10, 17)
        let before = try await fixture.desk.statistics(StatisticsQuery(to: split.adding(days: -1))).total
        let after = try await fixture.desk.statistics(StatisticsQuery(from: split)).total
        #expect(before.received + after.received == all.received)
        #expect(before.processedOnTime + after.processedOnTime == all.processedOnTime)
        #expect(before.processedOverdue + after.processedOverdue == all.processedOverdue)
        #expect(before.processingOverdue + after.processingOverdue == all.processingOverdue)
        #expect(before.ineligible + after.ineligible == all.ineligible)
        #expect(before.isBalanced && after.isBalanced)
        let byMonth = try await fixture.desk.statistics(StatisticsQuery(groupBy: .month))
        #expect(byMonth.rows.reduce(0) { $0 + $1.received } == 60)
        #expect(byMonth.rows.allSatisfy { $0.isBalanced })
    }

    @Test func statisticsGroupByDistrictUnitAndCategoryAtTheHub() async throws {
        let hub = try DeskFixture(scope: Scope.province)
        let a = try await hub.report(district: "651").case
        try await hub.report(district: "650")
        try await hub.report(category: "nuoc-thai", district: "650")
        try await hub.act(.accept, a, CaseActionInput(unit: "tai-nguyen-moi-truong"))
        let byDistrict = try await hub.desk.statistics(StatisticsQuery(groupBy: .district)).rows
        #expect(byDistrict.map(\.key) == ["650", "651"] && byDistrict.map(\.received) == [2, 1])
        let byCategory = try await hub.desk.statistics(StatisticsQuery(groupBy: .category)).rows
        #expect(Dictionary(uniqueKeysWithValues: byCategory.map { ($0.key, $0.received) }) == ["nuoc-thai": 1, "xa-rac": 2])
        let oneUnit = try await hub.desk.statistics(StatisticsQuery(unit: "tai-nguyen-moi-truong")).total
        #expect(oneUnit.received == 1)
    }

    @Test func medianResolveTimeAndAverageRatingAreReported() async throws {
        let fixture = try DeskFixture(at: CivilDate(2026, 11, 2))
        var codes: [String] = []
        for hours in [2, 4, 30] {
            fixture.set(CivilDate(2026, 11, 2), hour: 8)
            let receipt = try await fixture.report()
            try await fixture.act(.accept, receipt.case, CaseActionInput(unit: "ubnd-phuong-xa"))
            fixture.set(CivilDate(2026, 11, 2).adding(days: (8 + hours) / 24), hour: (8 + hours) % 24)
            try await fixture.act(.resolve, receipt.case, CaseActionInput(result: "Xong"))
            codes.append(receipt.trackingCode)
        }
        try await fixture.desk.rate(trackingCode: codes[0], score: 5, comment: nil)
        try await fixture.desk.rate(trackingCode: codes[1], score: 2, comment: nil)
        let total = try await fixture.desk.statistics(StatisticsQuery()).total
        let median = try #require(total.medianResolveHours)
        #expect(median > 4 / 1.1 && median < 4 * 1.1, "median \(median) h, expected about 4 h")
        #expect(total.ratingAverage == 3.5 && total.ratingCount == 2)
    }
}

struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension Sequence {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var out: [T] = []
        for element in self { out.append(try await transform(element)) }
        return out
    }
}
