import Testing
import Vietnam

@testable import PublicServices

/// Deadlines on the working calendar: weekends, Tết, waits, and the states they give.
@Suite struct DossierClockTests {
    let clock = DossierClock()
    typealias F = DossierFixtures

    @Test func thePromisedDayCountsWorkingDaysAfterReceiptSkippingTheWeekend() {
        // Thursday 8 January 2026 + 3 working days: Fri 9, Mon 12, Tue 13.
        let dossier = F.dossier(received: F.at(CivilDate(2026, 1, 8)), days: 3)
        #expect(clock.promisedDay(dossier, asOf: F.at(CivilDate(2026, 1, 8))) == CivilDate(2026, 1, 13))
    }

    @Test func tetDaysDoNotCountTowardTheTimeLimit() {
        // Friday 13 February 2026; Tết holidays run 16–20 February: 5 working days end Friday 27.
        let dossier = F.dossier(received: F.at(CivilDate(2026, 2, 13)), days: 5)
        #expect(clock.promisedDay(dossier, asOf: F.at(CivilDate(2026, 2, 13))) == CivilDate(2026, 2, 27))
    }

    @Test func aSupplementWaitMovesThePromisedDayByItsWorkingDays() {
        // Received Monday 5 January, 5 days → Monday 12; a supplement wait Wednesday 7 to Friday 9
        // stops the clock on Wednesday and Thursday: the promised day is Wednesday 14.
        let wait = DossierWait(kind: .supplement, from: F.at(CivilDate(2026, 1, 7)), until: F.at(CivilDate(2026, 1, 9)))
        let dossier = F.dossier(received: F.at(CivilDate(2026, 1, 5)), days: 5, waits: [wait])
        #expect(clock.promisedDay(dossier, asOf: F.at(CivilDate(2026, 1, 20))) == CivilDate(2026, 1, 14))
    }

    @Test func overlappingWaitsCountEachDayOnce() {
        let a = DossierWait(kind: .pause, from: F.at(CivilDate(2026, 1, 6)), until: F.at(CivilDate(2026, 1, 8)))
        let b = DossierWait(kind: .supplement, from: F.at(CivilDate(2026, 1, 7)), until: F.at(CivilDate(2026, 1, 9)))
        let dossier = F.dossier(received: F.at(CivilDate(2026, 1, 5)), days: 5, waits: [a, b])
        #expect(clock.waitingWorkingDays(dossier, asOf: F.at(CivilDate(2026, 1, 20))) == 3)
    }

    @Test func anExportedPromisedDayIsTakenAsItIs() {
        let dossier = F.dossier(received: F.at(CivilDate(2026, 1, 5)), days: 5, promised: F.at(CivilDate(2026, 1, 30), 17))
        #expect(clock.promisedDay(dossier, asOf: F.at(CivilDate(2026, 1, 5))) == CivilDate(2026, 1, 30))
    }

    @Test func aSettledDossierIsEarlyOnTimeOrLateByTheDayItWasSettled() {
        let received = F.at(CivilDate(2026, 1, 5))
        func settled(_ day: CivilDate) -> Timeliness {
            clock.timeliness(F.dossier(received: received, days: 5, status: .returned, finished: F.at(day, 16)), at: F.at(CivilDate(2026, 3, 1)))
        }
        #expect(settled(CivilDate(2026, 1, 9)) == .early)
        #expect(settled(CivilDate(2026, 1, 12)) == .onTime)
        #expect(settled(CivilDate(2026, 1, 13)) == .late)
    }

    @Test func anOpenDossierIsWithinDeadlineThenDueSoonThenOverdue() {
        let dossier = F.dossier(received: F.at(CivilDate(2026, 1, 5)), days: 10)  // promised Monday 19 January
        #expect(clock.timeliness(dossier, at: F.at(CivilDate(2026, 1, 12))) == .withinDeadline)
        #expect(clock.timeliness(dossier, at: F.at(CivilDate(2026, 1, 15))) == .dueSoon)
        #expect(clock.timeliness(dossier, at: F.at(CivilDate(2026, 1, 19))) == .dueSoon)
        #expect(clock.timeliness(dossier, at: F.at(CivilDate(2026, 1, 20))) == .overdue)
        #expect(clock.daysOverdue(dossier, at: F.at(CivilDate(2026, 1, 22))) == 3)
    }

    @Test func theWarningWindowIsConfigurable() {
        let dossier = F.dossier(received: F.at(CivilDate(2026, 1, 5)), days: 10)
        #expect(DossierClock(dueSoonDays: 5).timeliness(dossier, at: F.at(CivilDate(2026, 1, 12))) == .dueSoon)
        #expect(DossierClock(dueSoonDays: 0).timeliness(dossier, at: F.at(CivilDate(2026, 1, 15))) == .withinDeadline)
    }

    @Test func aWaitingDossierIsNeitherOverdueNorDueSoon() {
        let wait = DossierWait(kind: .supplement, from: F.at(CivilDate(2026, 1, 7)))
        let dossier = F.dossier(received: F.at(CivilDate(2026, 1, 5)), days: 2, status: .awaitingSupplement, waits: [wait])
        #expect(clock.timeliness(dossier, at: F.at(CivilDate(2026, 2, 2))) == .waiting)
    }

    @Test func aRefusedDossierIsNotASettlement() {
        let dossier = F.dossier(received: F.at(CivilDate(2026, 1, 5)), status: .refused, finished: F.at(CivilDate(2026, 1, 6)))
        #expect(clock.timeliness(dossier, at: F.at(CivilDate(2026, 1, 7))) == .notSettled)
    }

    @Test func aSettledDossierIsJudgedAsItStoodBeforeItWasSettled() {
        let dossier = F.dossier(received: F.at(CivilDate(2026, 1, 5)), days: 5, status: .returned, finished: F.at(CivilDate(2026, 1, 20)))
        #expect(clock.timeliness(dossier, at: F.at(CivilDate(2026, 1, 14))) == .overdue)
        #expect(clock.timeliness(dossier, at: F.at(CivilDate(2026, 1, 21))) == .late)
    }
}
