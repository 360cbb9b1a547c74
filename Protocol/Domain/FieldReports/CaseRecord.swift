import CRDT
import Foundation
import Vietnam

/// A case with its report, as staff, citizens and integrators read it.
public struct CaseRecord: Sendable {
    /// One line of the timeline: a workflow step, a comment, or a rating.
    public struct Event: Sendable, Hashable {
        public enum Kind: String, Sendable { case transition, comment, rating }
        public var at: Int64
        public var author: String
        public var kind: Kind
        public var action: String?
        public var from: CaseStatus?
        public var to: CaseStatus?
        /// Reason, result, unit, district or comment text, as the action carried it.
        public var text: String?
        /// Whether a citizen may see it (transitions and ratings; not staff comments).
        public var isPublic: Bool { kind != .comment }
    }

    /// Concurrent values of one field that no later action replaced yet.
    public struct Conflict: Sendable, Hashable {
        public struct Value: Sendable, Hashable {
            public var value: String
            public var author: String
            public var site: String
            public var at: Int64
        }
        public var field: String
        public var values: [Value]
    }

    public var id: EntityID
    public var reportID: EntityID?
    public var scope: String
    public var trackingCode: String
    public var status: CaseStatus
    public var category: String
    public var unit: String?
    public var priority: String
    public var channel: String
    public var receivedAt: Int64
    public var acceptedAt: Int64?
    public var deadline: CivilDate?
    public var deadlineAt: Int64?
    /// Whether the deadline is final (fixed at acceptance) or provisional (from receipt).
    public var deadlineFixed: Bool
    public var resolvedAt: Int64?
    public var closedAt: Int64?
    public var result: String?
    public var ineligibleReason: String?
    public var rating: Int?
    public var ratingComment: String?
    public var transferredFrom: String?
    public var description: String
    public var address: String?
    public var latitude: Double?
    public var longitude: Double?
    public var reporter: ReporterContact
    public var attributes: [String: [String]]
    public var photos: [String]
    public var resultPhotos: [String]
    public var timeline: [Event]
    public var conflicts: [Conflict]
    public var updatedAt: Int64
    public var due: DueState

    /// Resolved by the deadline (processed cases only).
    public var resolvedOnTime: Bool? {
        guard status.outcome == .processed, let resolvedAt else { return nil }
        return deadlineAt.map { resolvedAt <= $0 } ?? true
    }
}
