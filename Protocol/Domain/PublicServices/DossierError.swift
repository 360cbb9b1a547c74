/// Why the dossier service refused a request. Each case carries what the web layer needs to
/// say so in the reader's language.
public enum DossierError: Error, Sendable, CustomStringConvertible {
    /// One row or object of an import that cannot be read; nothing of the batch was written.
    case invalidRows([DossierProblem])
    case unknownUnit(String)
    /// The principal may not see or act for this unit.
    case otherUnit(String)
    case notFound(String)
    case reportNotFound(String)
    case tooMany(limit: Int)
    case bodyTooLarge(limit: Int)
    /// The file is neither JSON nor CSV nor XLSX one can read.
    case unreadableFile(String)
    case invalidQuery(field: String, value: String)
    /// The hub was started without `--one-stop-url`: there is no connector to show or run.
    case connectorNotConfigured
    case storage(String)

    public var description: String {
        switch self {
        case .invalidRows(let problems): "invalid dossiers: " + problems.prefix(5).map(\.description).joined(separator: "; ")
        case .unknownUnit(let unit): "unknown unit \(unit)"
        case .otherUnit(let unit): "not allowed for unit \(unit)"
        case .notFound(let code): "no dossier \(code)"
        case .reportNotFound(let id): "no weekly report \(id)"
        case .tooMany(let limit): "more than \(limit) dossiers in one request"
        case .bodyTooLarge(let limit): "body larger than \(limit) bytes"
        case .unreadableFile(let why): "unreadable file: \(why)"
        case .invalidQuery(let field, let value): "invalid \(field): \(value)"
        case .connectorNotConfigured: "no one-stop connector configured"
        case .storage(let why): "storage: \(why)"
        }
    }
}

/// What is wrong with one imported dossier: where (row or index, dossier code when known),
/// which field, and why.
public struct DossierProblem: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Reason: String, Sendable, Hashable, Codable {
        case missing, notADate, notANumber, unknownValue, unknownUnit, notAnObject, duplicate, finishedWithoutDate, beforeReceipt
    }
    /// The 1-based row of a CSV (after the header: row 2 is the first dossier) or index of a
    /// JSON array.
    public var row: Int
    public var code: String?
    public var field: String
    public var reason: Reason
    public var value: String?

    public init(row: Int, code: String? = nil, field: String, reason: Reason, value: String? = nil) {
        self.row = row
        self.code = code
        self.field = field
        self.reason = reason
        self.value = value
    }

    public var description: String { "row \(row)\(code.map { " (\($0))" } ?? ""): \(field) \(reason.rawValue)\(value.map { " '\($0)'" } ?? "")" }
}
