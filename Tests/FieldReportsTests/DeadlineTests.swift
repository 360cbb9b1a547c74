import CRDT
import FieldReports
import Foundation
import Testing
import Vietnam

/// Deadlines count working days on the Vietnamese calendar and are fixed at acceptance.
@Suite struct DeadlineTests {
    @Test func acceptanceFixesTheDeadlineInWorkingDaysSkippingTet() async throws {
        // Tết 2026 began on 17 Feb: the holiday runs 16–20 Feb, and 14–15 and 21–22 are weekends.
        let fixture = try DeskFixture(at: CivilDate(2026, 2, 12))
        let id = try await fixture.report().case
        try await fixture.act(.accept, id)
        let record = try await fixture.record(id)
        // Littering: 3 working days after Thursday 12 Feb: Fri 13, Mon 23, Tue 24.
        #expect(record.deadline == CivilDate(2026, 2, 24))
        #expect(record.deadlineFixed)
        #expect(record.deadlineAt == VietnamTime.endOfDay(CivilDate(2026, 2, 24)))
    }

    @Test func aCaseAcceptedLaterKeepsItsFirstDeadlineAfterATransferBackAndForth() async throws {
        let fixture = try DeskFixture(scope: Scope.province, at: CivilDate(2026, 11, 23))
        let id = try await fixture.report(district: "651").case
        try await fixture.act(.accept, id)
        let first = try await fixture.record(id).deadline
        fixture.set(CivilDate(2026, 11, 25))
        try await fixture.act(.transfer, id, CaseActionInput(reason: "Sai địa bàn", district: "650"))
        try await fixture.act(.accept, id)
        #expect(try await fixture.record(id).deadline == first)
    }

    @Test func dueStateMovesFromOnTimeToDueSoonToOverdue() async throws {
        let fixture = try DeskFixture(at: CivilDate(2026, 11, 23))  // a Monday
        let id = try await fixture.report().case
        try await fixture.act(.accept, id)  // 3 working days: Thursday 26 Nov
        #expect(try await fixture.record(id).due == .onTime)
        fixture.set(CivilDate(2026, 11, 25))
        #expect(try await fixture.record(id).due == .dueSoon)
        fixture.set(CivilDate(2026, 11, 27))
        #expect(try await fixture.record(id).due == .overdue)
        try await fixture.act(.resolve, id, CaseActionInput(result: "Xong"))
        let record = try await fixture.record(id)
        #expect(record.due == .settled)
        #expect(record.resolvedOnTime == false)
    }

    @Test func anAnnouncedDayOffFromTheHubMovesDeadlinesComputedAfterIt() async throws {
        let fixture = try DeskFixture(at: CivilDate(2026, 11, 23))
        try await fixture.desk.catalog.put(CalendarDay(date: CivilDate(2026, 11, 24), kind: .dayOff, name: "Nghỉ bù thử nghiệm"), author: "trung-tam")
        try await Task.sleep(for: .milliseconds(1))  // the catalog cache is dropped on write; nothing to wait for
        let id = try await fixture.report().case
        try await fixture.act(.accept, id)
        #expect(try await fixture.record(id).deadline == CivilDate(2026, 11, 27))
    }

    @Test func theCalendarKnowsTetOfRecentYears() {
        #expect(LunarCalendar.tet(2024) == CivilDate(2024, 2, 10))
        #expect(LunarCalendar.tet(2025) == CivilDate(2025, 1, 29))
        #expect(LunarCalendar.tet(2026) == CivilDate(2026, 2, 17))
    }
}
