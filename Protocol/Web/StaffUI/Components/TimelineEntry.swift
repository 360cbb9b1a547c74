import FieldReports
import Foundation

/// One event in a case's history, as staff see it.
public struct TimelineEntry: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// A status change (`fromStatus` → `toStatus`), with the reason or result as text.
        case transition
        /// A note by staff.
        case comment
        /// Something the system did (deadline computed, synchronised, transferred in).
        case system
    }

    public var at: Date
    public var author: String
    public var kind: Kind
    public var text: String
    public var fromStatus: CaseStatus?
    public var toStatus: CaseStatus?

    public init(
        at: Date, author: String, kind: Kind, text: String = "", fromStatus: CaseStatus? = nil,
        toStatus: CaseStatus? = nil
    ) {
        self.at = at
        self.author = author
        self.kind = kind
        self.text = text
        self.fromStatus = fromStatus
        self.toStatus = toStatus
    }
}
