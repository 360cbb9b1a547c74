import FieldReports
import Foundation

/// Everything the case page shows. Staff only: it includes the reporter's contact details.
public struct CaseDetail: Hashable, Sendable {
    public var caseID: String
    public var reportID: String
    public var trackingCode: String
    public var district: CodeName
    public var status: CaseStatus
    public var category: CodeName
    public var unit: CodeName?
    public var priority: CasePriority
    public var description: String
    public var address: String
    public var latitude: Double?
    public var longitude: Double?
    public var channel: ReportChannel
    public var reporter: ReporterContact
    /// SHA-256 digests of the report's photos, shown from `/attachments/{sha}`.
    public var photos: [String]
    /// SHA-256 digests of the photos attached to the result.
    public var resultPhotos: [String]
    public var receivedAt: Date
    public var acceptedAt: Date?
    public var deadline: Date?
    public var due: DueState
    public var resolvedAt: Date?
    public var resultText: String?
    public var ineligibleReason: String?
    public var rating: CitizenRating?
    /// The history; the page shows it oldest first, newest last, whatever the order given.
    public var timeline: [TimelineEntry]
    public var conflicts: [ConflictView]
    /// The actions the current user may take now; the page shows exactly these.
    public var allowedActions: [CaseAction]
    /// Choices for the accept form's category select.
    public var categoryOptions: [CodeName]
    /// Choices for the accept and assign forms' unit selects.
    public var unitOptions: [CodeName]
    /// Choices for the transfer form; the case's own district is left out when shown.
    public var districtOptions: [CodeName]
    /// True when this site may not change the case (it was transferred to another district,
    /// say). The page then shows `readOnlyReason` and no action forms.
    public var isReadOnly: Bool
    public var readOnlyReason: String?

    public init(
        caseID: String, reportID: String, trackingCode: String, district: CodeName, status: CaseStatus,
        category: CodeName, unit: CodeName? = nil, priority: CasePriority = .normal, description: String,
        address: String = "", latitude: Double? = nil, longitude: Double? = nil, channel: ReportChannel = .web,
        reporter: ReporterContact = ReporterContact(), photos: [String] = [], resultPhotos: [String] = [], receivedAt: Date,
        acceptedAt: Date? = nil, deadline: Date? = nil, due: DueState = .settled, resolvedAt: Date? = nil,
        resultText: String? = nil, ineligibleReason: String? = nil, rating: CitizenRating? = nil,
        timeline: [TimelineEntry] = [], conflicts: [ConflictView] = [], allowedActions: [CaseAction] = [],
        categoryOptions: [CodeName] = [], unitOptions: [CodeName] = [], districtOptions: [CodeName] = [],
        isReadOnly: Bool = false, readOnlyReason: String? = nil
    ) {
        self.caseID = caseID
        self.reportID = reportID
        self.trackingCode = trackingCode
        self.district = district
        self.status = status
        self.category = category
        self.unit = unit
        self.priority = priority
        self.description = description
        self.address = address
        self.latitude = latitude
        self.longitude = longitude
        self.channel = channel
        self.reporter = reporter
        self.photos = photos
        self.resultPhotos = resultPhotos
        self.receivedAt = receivedAt
        self.acceptedAt = acceptedAt
        self.deadline = deadline
        self.due = due
        self.resolvedAt = resolvedAt
        self.resultText = resultText
        self.ineligibleReason = ineligibleReason
        self.rating = rating
        self.timeline = timeline
        self.conflicts = conflicts
        self.allowedActions = allowedActions
        self.categoryOptions = categoryOptions
        self.unitOptions = unitOptions
        self.districtOptions = districtOptions
        self.isReadOnly = isReadOnly
        self.readOnlyReason = readOnlyReason
    }
}
