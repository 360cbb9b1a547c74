import Testing
import Vietnam

@Suite struct LunarCalendarTests {
    @Test(arguments: [
        (2020, CivilDate(2020, 1, 25)), (2023, CivilDate(2023, 1, 22)), (2024, CivilDate(2024, 2, 10)),
        (2025, CivilDate(2025, 1, 29)), (2026, CivilDate(2026, 2, 17)),
    ])
    func tetFallsOnTheKnownDay(year: Int, expected: CivilDate) {
        #expect(LunarCalendar.tet(year) == expected)
    }

    @Test func hungKingsCommemorationIsTheTenthDayOfTheThirdLunarMonth() {
        #expect(LunarCalendar.solar(LunarDate(year: 2024, month: 3, day: 10)) == CivilDate(2024, 4, 18))
        #expect(LunarCalendar.solar(LunarDate(year: 2025, month: 3, day: 10)) == CivilDate(2025, 4, 7))
    }

    @Test func theLeapSecondMonthOf2023IsFound() {
        #expect(LunarCalendar.lunar(CivilDate(2023, 3, 22)) == LunarDate(year: 2023, month: 2, day: 1, isLeapMonth: true))
        #expect(LunarCalendar.solar(LunarDate(year: 2024, month: 2, day: 1, isLeapMonth: true)) == nil)
    }

    @Test func everyDayFrom2000To2040RoundTripsThroughTheLunarCalendar() {
        for day in CivilDate(2000, 1, 1).julianDay...CivilDate(2040, 12, 31).julianDay {
            let date = CivilDate(julianDay: day)
            #expect(LunarCalendar.solar(LunarCalendar.lunar(date)) == date, "\(date)")
        }
    }
}

@Suite struct WorkingCalendarTests {
    @Test func tetGivesFiveDaysOffAroundTheFirstDayOfTheLunarYear() {
        let tet = WorkingCalendar.statutoryHolidays(year: 2026).filter { $0.englishName == "Lunar New Year" }.map(\.date)
        #expect(tet == (16...20).map { CivilDate(2026, 2, $0) })
    }

    @Test func aHolidayOnASaturdayGivesTheNextWorkingDayOff() {
        let calendar = WorkingCalendar()
        #expect(CivilDate(2022, 1, 1).isoWeekday == 6)
        #expect(!calendar.isWorkingDay(CivilDate(2022, 1, 3)))
        #expect(calendar.isWorkingDay(CivilDate(2022, 1, 4)))
    }

    @Test func deadlinesSkipWeekendsAndHolidays() {
        // Tue 29/4 works; 30/4 and 1/5 are holidays; Fri 2/5 works; then the weekend; Mon 5/5.
        #expect(WorkingCalendar().addingWorkingDays(3, to: CivilDate(2025, 4, 28)) == CivilDate(2025, 5, 5))
    }

    @Test func announcedSwapsAreReferenceDataThatMoveDeadlines() {
        // 2025: 2 May off, made up on Saturday 26 April.
        let calendar = WorkingCalendar(extraDaysOff: [CivilDate(2025, 5, 2)], extraWorkingDays: [CivilDate(2025, 4, 26)])
        #expect(calendar.isWorkingDay(CivilDate(2025, 4, 26)))
        #expect(calendar.addingWorkingDays(3, to: CivilDate(2025, 4, 28)) == CivilDate(2025, 5, 6))
    }

    @Test func isoDatesParseAndRejectDaysThatDoNotExist() {
        #expect(CivilDate(iso: "2026-02-17") == CivilDate(2026, 2, 17))
        #expect(CivilDate(iso: "2026-02-30") == nil)
        #expect(CivilDate(iso: "17/02/2026") == nil)
        #expect(CivilDate(2026, 2, 17).description == "2026-02-17")
    }
}
