/// The page after a report is saved: the tracking code and how to look it up.
public struct ReportReceiptPage: Hashable, Sendable {
    public var trackingCode: String
    /// The new case, linked for staff only; ignored on citizen pages.
    public var caseID: String?

    public init(trackingCode: String, caseID: String? = nil) {
        self.trackingCode = trackingCode
        self.caseID = caseID
    }
}
