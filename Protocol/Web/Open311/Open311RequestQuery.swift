import Foundation

/// The filters of GET requests, with the spec's defaults applied.
///
/// Guarantees for every instance: `startDate <= endDate`, the window spans at most `maximumWindow` (90 days),
/// `statuses` and the id and code lists hold no duplicates, and `limit` is `maximumResults` (1000). Without dates
/// the window is the 90 days ending now; with only `start_date` it is the 90 days from it; with only `end_date`
/// the 90 days up to it. `service_request_id` overrides every other filter (`matches(_:)` ignores them), though
/// they are still validated.
public struct Open311RequestQuery: Sendable, Hashable {
    /// The longest window the spec allows: 90 days.
    public static let maximumWindow: TimeInterval = 90 * 86400
    /// The most requests one answer may hold.
    public static let maximumResults = 1000

    public let serviceRequestIDs: [String]
    public let serviceCodes: [String]
    public let startDate: Date
    public let endDate: Date
    /// Empty means every status.
    public let statuses: [Open311Request.Status]
    public let limit: Int

    /// Builds a query, applying the defaults and rejecting windows that are inverted or longer than 90 days.
    public init(
        serviceRequestIDs: [String] = [], serviceCodes: [String] = [], startDate: Date? = nil, endDate: Date? = nil,
        statuses: [Open311Request.Status] = [], now: Date = Date()
    ) throws(Open311Error) {
        let start: Date
        let end: Date
        switch (startDate, endDate) {
        case (let s?, let e?): (start, end) = (s, e)
        case (let s?, nil): (start, end) = (s, s.addingTimeInterval(Self.maximumWindow))
        case (nil, let e?): (start, end) = (e.addingTimeInterval(-Self.maximumWindow), e)
        case (nil, nil): (start, end) = (now.addingTimeInterval(-Self.maximumWindow), now)
        }
        guard start <= end else { throw .startAfterEnd }
        guard end.timeIntervalSince(start) <= Self.maximumWindow else { throw .dateRangeTooLong }
        self.serviceRequestIDs = Self.unique(serviceRequestIDs)
        self.serviceCodes = Self.unique(serviceCodes)
        self.startDate = start
        self.endDate = end
        self.statuses = Self.unique(statuses)
        self.limit = Self.maximumResults
    }

    /// Reads the query-string parameters of GET requests.
    ///
    /// `service_request_id`, `service_code` and `status` may be comma-separated and repeated; blanks are ignored.
    /// `status` must be `open` or `closed` (any letter case); dates must be W3C datetimes with a zone. Other
    /// parameters (`jurisdiction_id`, `api_key`, …) are ignored here. Errors are 400s.
    public init(parameters: [(String, String)], now: Date = Date()) throws(Open311Error) {
        func list(_ name: String) -> [String] {
            parameters.filter { $0.0 == name }.flatMap { $0.1.split(separator: ",") }
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        func date(_ name: String) throws(Open311Error) -> Date? {
            guard let text = parameters.first(where: { $0.0 == name && !$0.1.isEmpty })?.1 else { return nil }
            guard let date = Open311DateTime.parse(text.trimmingCharacters(in: .whitespaces)) else {
                throw .invalidDate(name)
            }
            return date
        }
        var statuses: [Open311Request.Status] = []
        for text in list("status") {
            guard let status = Open311Request.Status(rawValue: text.lowercased()) else { throw .invalidStatus(text) }
            statuses.append(status)
        }
        try self.init(
            serviceRequestIDs: list("service_request_id"), serviceCodes: list("service_code"),
            startDate: try date("start_date"), endDate: try date("end_date"), statuses: statuses, now: now)
    }

    /// Whether `request` belongs in the answer: by id when ids were given, otherwise by service code, status and
    /// `requested_datetime` within `startDate...endDate` (both ends included).
    public func matches(_ request: Open311Request) -> Bool {
        if !serviceRequestIDs.isEmpty { return serviceRequestIDs.contains(request.serviceRequestID) }
        return (serviceCodes.isEmpty || serviceCodes.contains(request.serviceCode))
            && (statuses.isEmpty || statuses.contains(request.status))
            && (startDate...endDate).contains(request.requestedDatetime)
    }

    private static func unique<T: Hashable>(_ values: [T]) -> [T] {
        var seen = Set<T>()
        return values.filter { seen.insert($0).inserted }
    }
}
