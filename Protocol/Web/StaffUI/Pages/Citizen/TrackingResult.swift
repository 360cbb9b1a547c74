import FieldReports
import Foundation

/// What the public tracking page may show of a case. It has no field for the reporter or for
/// staff names, so none can leak onto the page; build it with `init(publicViewOf:)` or from
/// entries already filtered for the public.
public struct TrackingResult: Hashable, Sendable {
    /// One public step of the history: when, the status reached, and an optional public note.
    public struct Entry: Hashable, Sendable {
        public var at: Date
        public var status: CaseStatus?
        public var text: String

        public init(at: Date, status: CaseStatus? = nil, text: String = "") {
            self.at = at
            self.status = status
            self.text = text
        }
    }

    public var trackingCode: String
    public var categoryName: String
    public var status: CaseStatus
    public var receivedAt: Date
    public var deadline: Date?
    public var due: DueState
    public var timeline: [Entry]
    public var resultText: String?
    public var resultPhotos: [String]
    public var rating: CitizenRating?

    public init(
        trackingCode: String, categoryName: String, status: CaseStatus, receivedAt: Date, deadline: Date? = nil,
        due: DueState = .settled, timeline: [Entry] = [], resultText: String? = nil, resultPhotos: [String] = [],
        rating: CitizenRating? = nil
    ) {
        self.trackingCode = trackingCode
        self.categoryName = categoryName
        self.status = status
        self.receivedAt = receivedAt
        self.deadline = deadline
        self.due = due
        self.timeline = timeline
        self.resultText = resultText
        self.resultPhotos = resultPhotos
        self.rating = rating
    }

    /// The public face of a staff case view: status changes only (time and status reached,
    /// never their author or note), the result, the result photos and the rating. Reporter
    /// details, comments, system entries, the description and the address are dropped.
    public init(publicViewOf detail: CaseDetail) {
        let steps = detail.timeline.filter { $0.kind == .transition && $0.toStatus != nil }
            .map { Entry(at: $0.at, status: $0.toStatus) }
        self.init(
            trackingCode: detail.trackingCode, categoryName: detail.category.name, status: detail.status,
            receivedAt: detail.receivedAt, deadline: detail.deadline, due: detail.due, timeline: steps,
            resultText: detail.resultText, resultPhotos: detail.resultPhotos, rating: detail.rating)
    }

    /// True when the citizen may rate: the case is resolved or closed and not yet rated.
    public var canBeRated: Bool {
        (status == .resolved || status == .closed) && rating == nil
    }
}
