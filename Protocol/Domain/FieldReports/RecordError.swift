import Replica

/// Why a report or case request was refused: a kind (which HTTP status and JSON `code`), the
/// input at fault if one is (`field`), and the reason as a code with its values. The words
/// are not here: the web layer says the reason in the reader's language through the one
/// localization table (`Localizer.message(_:)`).
public struct RecordError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        case invalidInput = "invalid_input"
        case notFound = "not_found"
        case outOfScope = "out_of_scope"
        /// The request does not fit the record's current state (an action from a status that does not allow it).
        case conflict = "conflict"
        case storage = "storage"
    }

    /// What was wrong, with the values a message needs.
    public enum Reason: Sendable, Hashable {
        // The request body.
        case emptyBody
        case malformedJSON(detail: String)
        case notAnObject
        case notAString
        case notNumbers
        case notALocation
        case notAPhotoList
        case notADate
        case notACamera(detail: String)
        case notAPlate(String)
        case unknownField(String, allowed: [String])
        case idDiffersFromPath(body: String, path: String)
        case nothingToChange
        // A field's value.
        case required
        case requiredFor(CaseAction)
        case empty
        case tooLong(max: Int)
        case lengthOutOfRange(min: Int, max: Int)
        case outOfRange(min: Int, max: Int)
        case fromAfterTo
        case invalidCategoryCode
        case namesRequired
        case invalidQuestion
        case notOneOf(value: String?, choices: [String])
        case unknownCategory(String, choices: [String])
        case unknownUnit(String, choices: [String])
        case answerRequired(prompt: String)
        case outsideProvince(latitude: Double, longitude: Double)
        case locationOrAddressRequired
        case bothCoordinatesRequired
        case invalidPhone
        case invalidEmail
        case tooManyPhotos(max: Int)
        case photoNotUploaded(String)
        case districtRequired(choices: [String])
        case alreadyInDistrict(String)
        case ratingOutOfRange
        case invalidUserName
        case passwordTooShort(min: Int)
        // The record.
        case caseNotFound(String)
        case recordNotFound(type: String?, id: String?)
        case trackingCodeNotFound(String)
        case actionNotAllowed(CaseAction, from: CaseStatus)
        case notYetResolved
        case transferred(to: String)
        /// The account reads another district only (its own).
        case otherDistrict(String)
        case invalidEdit(String)
        // The store.
        case trackingCodesExhausted
        case storage(String)
    }

    public var kind: Kind
    public var reason: Reason
    public var field: String?

    public init(_ kind: Kind, _ reason: Reason, field: String? = nil) {
        self.kind = kind
        self.reason = reason
        self.field = field
    }

    public static func invalid(_ field: String, _ reason: Reason) -> RecordError {
        RecordError(.invalidInput, reason, field: field)
    }

    public init(_ error: ReplicaError) {
        switch error {
        case .notFound: self.init(.notFound, .recordNotFound(type: nil, id: nil))
        case let .invalidEdit(reason): self.init(.invalidInput, .invalidEdit(reason))
        default: self.init(.storage, .storage(error.description))
        }
    }

    /// For logs: the kind, the field and the reason's code with its values.
    public var description: String {
        "\(kind.rawValue)\(field.map { " (\($0))" } ?? ""): \(reason)"
    }
}
