import Foundation
import Testing

@testable import Open311

@Suite struct RequestQueryTests {
    let now = Fixtures.reportedAt

    @Test func withoutDatesTheWindowIsTheLastNinetyDays() throws {
        let query = try Open311RequestQuery(parameters: [], now: now)
        #expect(query.endDate == now)
        #expect(query.startDate == now.addingTimeInterval(-90 * 86400))
        #expect(query.limit == 1000)
    }

    @Test func onlyAStartDateGivesTheNinetyDaysAfterIt() throws {
        let query = try Open311RequestQuery(parameters: [("start_date", "2026-09-01T00:00:00+07:00")], now: now)
        #expect(Open311DateTime.format(query.endDate) == "2026-11-30T00:00:00+07:00")
    }

    @Test func onlyAnEndDateGivesTheNinetyDaysBeforeIt() throws {
        let query = try Open311RequestQuery(parameters: [("end_date", "2026-11-30T00:00:00+07:00")], now: now)
        #expect(Open311DateTime.format(query.startDate) == "2026-09-01T00:00:00+07:00")
    }

    @Test func exactlyNinetyDaysIsAccepted() throws {
        _ = try Open311RequestQuery(
            parameters: [("start_date", "2026-09-01T00:00:00+07:00"), ("end_date", "2026-11-30T00:00:00+07:00")],
            now: now)
    }

    @Test func moreThanNinetyDaysIsRejected() {
        #expect(throws: Open311Error.dateRangeTooLong) {
            try Open311RequestQuery(
                parameters: [("start_date", "2026-09-01T00:00:00+07:00"), ("end_date", "2026-11-30T00:00:01+07:00")],
                now: now)
        }
    }

    @Test func aStartAfterTheEndIsRejected() {
        #expect(throws: Open311Error.startAfterEnd) {
            try Open311RequestQuery(
                parameters: [("start_date", "2026-11-02T00:00:00Z"), ("end_date", "2026-11-01T00:00:00Z")], now: now)
        }
    }

    @Test func anInvalidDateIsRejectedNamingTheParameter() {
        #expect(throws: Open311Error.invalidDate("end_date")) {
            try Open311RequestQuery(parameters: [("end_date", "2026-11-23")], now: now)
        }
    }

    @Test func statusesComeFromCommaListsAndRepeatedKeys() throws {
        let query = try Open311RequestQuery(parameters: [("status", "open, Closed"), ("status", "open")], now: now)
        #expect(query.statuses == [.open, .closed])
    }

    @Test func anUnknownStatusIsRejected() {
        #expect(throws: Open311Error.invalidStatus("pending")) {
            try Open311RequestQuery(parameters: [("status", "open,pending")], now: now)
        }
    }

    @Test func serviceRequestIdsAndCodesAreCommaSeparated() throws {
        let query = try Open311RequestQuery(
            parameters: [("service_request_id", "DL-1,DL-2,,DL-1"), ("service_code", "POTHOLE,LIGHT")], now: now)
        #expect(query.serviceRequestIDs == ["DL-1", "DL-2"])
        #expect(query.serviceCodes == ["POTHOLE", "LIGHT"])
    }

    @Test func serviceRequestIdsOverrideEveryOtherFilter() throws {
        let query = try Open311RequestQuery(
            parameters: [("service_request_id", Fixtures.closedRequest.serviceRequestID), ("status", "open")],
            now: now.addingTimeInterval(200 * 86400))
        #expect(query.matches(Fixtures.closedRequest))
        #expect(!query.matches(Fixtures.request))
    }

    @Test func filtersCombineCodeStatusAndWindow() throws {
        let query = try Open311RequestQuery(parameters: [("service_code", "POTHOLE"), ("status", "open")], now: now)
        #expect(query.matches(Fixtures.request))
        #expect(!query.matches(Fixtures.closedRequest))
        let later = try Open311RequestQuery(parameters: [], now: now.addingTimeInterval(91 * 86400))
        #expect(!later.matches(Fixtures.request))
    }
}
