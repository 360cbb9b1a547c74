import Foundation
import Testing
import Vietnam

@testable import PublicServices

/// The in-memory tally behind the reporting table counts exactly as the dossiers decoded
/// one by one do, and follows later changes.
@Suite struct DossierTallyTests {
    typealias F = DossierFixtures
    static let now = F.at(CivilDate(2026, 11, 30), 9)

    static func demoDesk() async throws -> (DossierDesk, String) {
        let (desk, folder) = try DossierDeskTests.desk()
        let year = DemoDossiers.dossiers(units: desk.areas, now: now, perDay: 0.5)
        for start in stride(from: 0, to: year.count, by: DossierDesk.maxBatch) {
            try await desk.ingest(Array(year[start..<min(year.count, start + DossierDesk.maxBatch)]), author: "demo", allowedUnits: nil)
        }
        return (desk, folder)
    }

    @Test func theTallysTableEqualsTheOneCountedFromEachDossierForEveryGroupingAndPeriod() async throws {
        let (desk, folder) = try await Self.demoDesk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let clock = DossierClock()
        let periods: [DossierPeriod] =
            (1...11).map { DossierPeriod.month(2026, $0) } + [DossierPeriod.month(2025, 12), DossierPeriod(first: CivilDate(2026, 2, 10), last: CivilDate(2026, 2, 24))!]
            + [.year(2026), .year(2025), .quarter(2026, 2), .quarter(2026, 4), .week(containing: CivilDate(2026, 3, 31))]
            + [DossierPeriod(first: CivilDate(2026, 2, 10), last: CivilDate(2026, 6, 20))!, DossierPeriod(first: CivilDate(2026, 3, 1), last: CivilDate(2026, 5, 15))!]
            + [DossierPeriod(first: CivilDate(2026, 1, 20), last: CivilDate(2026, 4, 30))!]
        var compared = 0
        for period in periods {
            for grouping in DossierStatistics.Grouping.allCases {
                let tallied = try await desk.statistics(period: period, grouping: grouping, clock: clock)
                let decoded = try await desk.statisticsDecodingEach(period: period, grouping: grouping, clock: clock)
                #expect(tallied == decoded, "\(period) by \(grouping)")
                compared += tallied.total.received
            }
        }
        #expect(compared > 10_000)
    }

    @Test func aNodesTallyCountsOnlyTheUnitsAskedFor() async throws {
        let (desk, folder) = try await Self.demoDesk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let march = DossierPeriod.month(2026, 3)
        let one = try await desk.statistics(units: ["651"], period: march, grouping: .unit, clock: DossierClock())
        #expect(one.rows.map(\.key) == ["651"])
        #expect(one == (try await desk.statisticsDecodingEach(units: ["651"], period: march, grouping: .unit, clock: DossierClock())))
    }

    @Test func aDossierSettledAfterTheFirstTableIsCountedSettledInTheNext() async throws {
        let (desk, folder) = try DossierDeskTests.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let january = DossierPeriod.month(2026, 1)
        try await desk.ingest([F.dossier("G1", unit: "651", received: F.at(CivilDate(2026, 1, 5)), days: 5)], author: "x")
        let before = try await desk.statistics(period: january, grouping: .unit, clock: DossierClock())
        try await desk.ingest(
            [F.dossier("G1", unit: "651", received: F.at(CivilDate(2026, 1, 5)), days: 5, status: .returned, finished: F.at(CivilDate(2026, 1, 8)))], author: "x")
        let after = try await desk.statistics(period: january, grouping: .unit, clock: DossierClock())
        #expect((before.total.processing, before.total.settled) == (1, 0))
        #expect((after.total.processing, after.total.settledEarly, after.total.received) == (0, 1, 1))
    }

    @Test func aTallyReadInSmallChunksCountsAsOneReadWhole() async throws {
        let (desk, folder) = try await Self.demoDesk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let chunked = DossierTally(), whole = DossierTally()
        let clock = DossierClock()
        try await chunked.refresh(desk.replica, calendar: clock.calendar, chunk: 97)
        try await whole.refresh(desk.replica, calendar: clock.calendar, chunk: 1_000_000)
        for month in 1...11 {
            let period = DossierPeriod.month(2026, month)
            let a = chunked.statistics(units: desk.areas, period: period, grouping: .field, clock: clock, unitName: { $0 })
            let b = whole.statistics(units: desk.areas, period: period, grouping: .field, clock: clock, unitName: { $0 })
            #expect(a == b, "\(period)")
            #expect(a.total.received > 0)
        }
    }
}

extension DossierTallyTests {
    @Test func aDossierWhoseReceiptIsCorrectedIsCountedInItsNewMonthOnly() async throws {
        let (desk, folder) = try DossierDeskTests.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let march = DossierPeriod.month(2026, 3), may = DossierPeriod.month(2026, 5)
        try await desk.ingest([F.dossier("G1", unit: "651", received: F.at(CivilDate(2026, 3, 10)), days: 5)], author: "x")
        #expect(try await desk.statistics(period: march, grouping: .unit, clock: DossierClock()).total.received == 1)
        try await desk.ingest(
            [F.dossier("G1", unit: "651", received: F.at(CivilDate(2026, 5, 4)), days: 5, status: .returned, finished: F.at(CivilDate(2026, 5, 6)))], author: "x")
        #expect(try await desk.statistics(period: march, grouping: .unit, clock: DossierClock()).total.received == 0)
        let moved = try await desk.statistics(period: may, grouping: .unit, clock: DossierClock())
        #expect((moved.total.newTotal, moved.total.settledEarly) == (1, 1))
    }

    @Test func aDossierOpenForYearsIsCarriedIntoEveryLaterMonth() async throws {
        let (desk, folder) = try DossierDeskTests.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await desk.ingest(
            [
                F.dossier("OLD", unit: "651", received: F.at(CivilDate(2023, 2, 1)), days: 5),
                F.dossier("DONE", unit: "651", received: F.at(CivilDate(2023, 2, 1)), days: 5, status: .returned, finished: F.at(CivilDate(2023, 2, 3))),
            ], author: "x")
        for month in [DossierPeriod.month(2024, 7), .month(2026, 11)] {
            let table = try await desk.statistics(period: month, grouping: .unit, clock: DossierClock())
            #expect((table.total.carriedOver, table.total.processingOverdue) == (1, 1), "\(month)")
        }
    }

    @Test func aSupplementRequestDatedAfterItsDossierClosedCountsOnlyInPeriodsThatHandledTheDossier() async throws {
        let (desk, folder) = try DossierDeskTests.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let late = F.dossier(
            "G1", unit: "651", received: F.at(CivilDate(2026, 3, 2)), days: 5, status: .returned, finished: F.at(CivilDate(2026, 3, 5)),
            waits: [DossierWait(kind: .supplement, from: F.at(CivilDate(2026, 6, 3)), until: F.at(CivilDate(2026, 6, 4)))])
        try await desk.ingest([late], author: "x")
        let clock = DossierClock()
        let year = try await desk.statistics(period: .year(2026), grouping: .unit, clock: clock)
        let march = try await desk.statistics(period: .month(2026, 3), grouping: .unit, clock: clock)
        #expect((year.total.newTotal, year.total.supplementRequests) == (1, 1))
        #expect((march.total.newTotal, march.total.supplementRequests) == (1, 0))
        for period in [DossierPeriod.year(2026), .month(2026, 3), .month(2026, 6), .quarter(2026, 1), .quarter(2026, 2)] {
            #expect(try await desk.statistics(period: period, grouping: .unit, clock: clock) == desk.statisticsDecodingEach(period: period, grouping: .unit, clock: clock))
        }
    }

    @Test func aDossierReopenedAfterAYearsFirstTableLeavesTheYearsSettledCounts() async throws {
        let (desk, folder) = try DossierDeskTests.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let received = F.at(CivilDate(2026, 3, 2))
        try await desk.ingest([F.dossier("G1", unit: "651", received: received, days: 5, status: .returned, finished: F.at(CivilDate(2026, 3, 5)))], author: "x")
        let settled = try await desk.statistics(period: .year(2026), grouping: .field, clock: DossierClock())
        try await desk.ingest([F.dossier("G1", unit: "651", received: received, days: 5)], author: "x")
        let reopened = try await desk.statistics(period: .year(2026), grouping: .field, clock: DossierClock())
        #expect((settled.total.settledEarly, settled.total.processing) == (1, 0))
        #expect((reopened.total.settled, reopened.total.processingOverdue, reopened.total.received) == (0, 1, 1))
    }
}
