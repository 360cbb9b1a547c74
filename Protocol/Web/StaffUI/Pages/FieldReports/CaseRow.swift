import FieldReports
import Foundation

/// One line of the inbox. The caller sorts the rows (by deadline); the inbox shows them in
/// the order given.
public struct CaseRow: Hashable, Sendable {
    public var caseID: String
    public var trackingCode: String
    public var categoryName: String
    public var district: CodeName
    public var address: String
    /// The start of the description; the inbox shortens it to about 120 characters.
    public var summary: String
    public var receivedAt: Date
    public var deadline: Date?
    public var due: DueState
    public var status: CaseStatus
    public var unitName: String?
    /// True when two sites edited the case concurrently and the values await a decision.
    public var hasConflict: Bool
    public var channel: ReportChannel

    public init(
        caseID: String, trackingCode: String, categoryName: String, district: CodeName, address: String,
        summary: String = "", receivedAt: Date, deadline: Date? = nil, due: DueState = .settled,
        status: CaseStatus, unitName: String? = nil, hasConflict: Bool = false, channel: ReportChannel = .web
    ) {
        self.caseID = caseID
        self.trackingCode = trackingCode
        self.categoryName = categoryName
        self.district = district
        self.address = address
        self.summary = summary
        self.receivedAt = receivedAt
        self.deadline = deadline
        self.due = due
        self.status = status
        self.unitName = unitName
        self.hasConflict = hasConflict
        self.channel = channel
    }
}
