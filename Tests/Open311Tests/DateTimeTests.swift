import Foundation
import Testing

@testable import Open311

@Suite struct DateTimeTests {
    @Test func datesAreWrittenWithThePlusSevenOffset() {
        #expect(Open311DateTime.format(Fixtures.reportedAt) == "2026-11-23T14:05:00+07:00")
    }

    @Test func aUTCInstantNearMidnightRollsOverToTheNextLocalDay() {
        // 2026-12-31T20:30:00Z is already New Year's Day in Vietnam.
        #expect(Open311DateTime.format(Date(timeIntervalSince1970: 1_798_749_000)) == "2027-01-01T03:30:00+07:00")
    }

    @Test(arguments: [
        "2026-11-23T14:05:00+07:00", "2026-11-23T07:05:00Z", "2026-11-23T07:05:00z", "2026-11-23T02:05:00-05:00",
        "2026-11-23T14:05:00+0700", "2026-11-23T14:05+07:00", "2026-11-23T14:05:00.000+07:00",
    ])
    func everyW3CSpellingOfTheSameInstantParsesEqually(text: String) {
        #expect(Open311DateTime.parse(text) == Fixtures.reportedAt)
    }

    @Test func aPlusTurnedIntoASpaceByQueryDecodingIsStillAnOffset() {
        #expect(Open311DateTime.parse("2026-11-23T14:05:00 07:00") == Fixtures.reportedAt)
    }

    @Test(arguments: [
        "2026-11-23", "2026-11-23T14:05:00", "2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-23T24:00:00Z",
        "23/11/2026 14:05", "2026-11-23T14:05:00+07:00 trailing", "",
    ])
    func datesWithoutAZoneOrThatDoNotExistAreRejected(text: String) {
        #expect(Open311DateTime.parse(text) == nil)
    }

    @Test func formattingThenParsingIsTheIdentityOnWholeSeconds() {
        for seconds in stride(from: -2_000_000_000, to: 4_000_000_000, by: 86_399_937) {
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            #expect(Open311DateTime.parse(Open311DateTime.format(date)) == date)
        }
    }

    @Test func instantsBeyondYear9999AreClampedInsteadOfTrapping() {
        #expect(Open311DateTime.format(Date(timeIntervalSince1970: .infinity)) == "9999-12-31T23:59:59+07:00")
        #expect(Open311DateTime.format(Date(timeIntervalSince1970: -.infinity)) == "0001-01-01T07:00:00+07:00")
    }
}
