import Testing
import Vietnam

@testable import PublicServices

/// The reporting table: where each dossier lands in a period, and the table's invariants.
@Suite struct DossierStatisticsTests {
    let clock = DossierClock()
    let january = DossierPeriod.month(2026, 1)
    typealias F = DossierFixtures

    func counts(_ dossier: Dossier, in period: DossierPeriod? = nil) -> DossierCounts {
        var counts = DossierCounts()
        counts.count(dossier, in: period ?? january, clock: clock)
        return counts
    }

    @Test func aDossierReceivedBeforeThePeriodAndStillOpenIsCarriedOver() {
        let c = counts(F.dossier(received: F.at(CivilDate(2025, 12, 29)), days: 30))
        #expect(c.carriedOver == 1)
        #expect(c.newTotal == 0)
        #expect(c.processingWithinDeadline == 1)
    }

    @Test func aDossierClosedBeforeThePeriodIsNotCounted() {
        let c = counts(F.dossier(received: F.at(CivilDate(2025, 12, 1)), status: .returned, finished: F.at(CivilDate(2025, 12, 3))))
        #expect(c.received == 0)
    }

    @Test func newDossiersAreCountedByChannel() {
        var c = DossierCounts()
        for (i, channel) in [DossierChannel.online, .online, .inPerson, .postal].enumerated() {
            c.count(F.dossier("D\(i)", channel: channel, received: F.at(CivilDate(2026, 1, 5))), in: january, clock: clock)
        }
        #expect((c.newOnline, c.newInPerson, c.newPostal) == (2, 1, 1))
        #expect(c.onlineShare == 0.5)
    }

    @Test func aDossierSettledAfterThePeriodWasStillProcessingAtItsEnd() {
        let dossier = F.dossier(received: F.at(CivilDate(2026, 1, 26)), days: 10, status: .returned, finished: F.at(CivilDate(2026, 2, 3)))
        let c = counts(dossier)
        #expect(c.settled == 0)
        #expect(c.processingWithinDeadline == 1)
    }

    @Test func aDossierWaitingAtThePeriodsEndIsCountedAsPaused() {
        let wait = DossierWait(kind: .supplement, from: F.at(CivilDate(2026, 1, 20)))
        let c = counts(F.dossier(received: F.at(CivilDate(2026, 1, 15)), status: .awaitingSupplement, waits: [wait]))
        #expect(c.paused == 1)
        #expect(c.supplementRequests == 1)
    }

    @Test func refusedAndWithdrawnDossiersAreCountedApartFromSettlements() {
        var c = DossierCounts()
        c.count(F.dossier("A", received: F.at(CivilDate(2026, 1, 5)), status: .refused, finished: F.at(CivilDate(2026, 1, 6))), in: january, clock: clock)
        c.count(F.dossier("B", received: F.at(CivilDate(2026, 1, 5)), status: .withdrawn, finished: F.at(CivilDate(2026, 1, 7))), in: january, clock: clock)
        #expect(c.refusedOrWithdrawn == 2)
        #expect(c.settled == 0)
    }

    @Test func onlinePaymentShareCountsFeeBearingDossiersOnly() {
        var c = DossierCounts()
        c.count(F.dossier("A", received: F.at(CivilDate(2026, 1, 5)), fee: 50_000, paidOnline: true), in: january, clock: clock)
        c.count(F.dossier("B", received: F.at(CivilDate(2026, 1, 5)), fee: 50_000, paidOnline: false), in: january, clock: clock)
        c.count(F.dossier("C", received: F.at(CivilDate(2026, 1, 5))), in: january, clock: clock)
        #expect(c.onlinePaymentShare == 0.5)
    }

    @Test func everyRowOfTheDemoYearIsBalancedAndTheRowsAddUpToTheTotal() {
        let now = F.at(CivilDate(2026, 11, 30), 10)
        let dossiers = DemoDossiers.dossiers(units: ["province", "643", "651"], now: now, clock: clock)
        for grouping in DossierStatistics.Grouping.allCases {
            for period in [DossierPeriod.month(2026, 10), .quarter(2026, 3), .year(2026), .week(containing: CivilDate(2026, 11, 25))] {
                let table = DossierStatistics(dossiers, period: period, grouping: grouping, clock: clock, unitName: { $0 })
                #expect(table.total.isBalanced, "\(grouping) \(period)")
                #expect(table.rows.allSatisfy { $0.counts.isBalanced })
                #expect(table.rows.map(\.counts).reduce(DossierCounts(), +) == table.total)
                #expect(table.total.received > 0)
            }
        }
    }

    @Test func whatAPeriodLeavesOpenIsWhatTheNextOneCarriesOver() {
        let now = F.at(CivilDate(2026, 11, 30), 10)
        let dossiers = DemoDossiers.dossiers(units: ["651"], now: now, clock: clock)
        let october = DossierStatistics(dossiers, period: .month(2026, 10), grouping: .unit, clock: clock, unitName: { $0 }).total
        let november = DossierStatistics(dossiers, period: .month(2026, 11), grouping: .unit, clock: clock, unitName: { $0 }).total
        #expect(november.carriedOver == october.processing + october.paused)
    }

    @Test func thePreviousPeriodOfAMonthIsTheMonthBefore() {
        #expect(DossierPeriod.month(2026, 1).previous == DossierPeriod.month(2025, 12))
        #expect(DossierPeriod.quarter(2026, 2).previous == DossierPeriod.quarter(2026, 1))
        #expect(DossierPeriod.week(containing: CivilDate(2026, 1, 7)).previous == DossierPeriod.week(containing: CivilDate(2025, 12, 31)))
    }

    @Test func theDemoYearLeansTowardTaxAndLandAndHasLateAndOpenOverdueDossiers() {
        let now = F.at(CivilDate(2026, 11, 30), 10)
        let dossiers = DemoDossiers.dossiers(units: ["643", "651"], now: now, clock: clock)
        let table = DossierStatistics(dossiers, period: .year(2026), grouping: .field, clock: clock, unitName: { $0 })
        #expect(Set(table.rows.prefix(2).map(\.key)).isSubset(of: ["thue", "dat-dai"]))
        #expect(table.total.settledLate > 0)
        #expect(table.total.processingOverdue > 0)
        #expect(table.total.paused > 0)
    }
}
