/// One administrative-procedure dossier (hồ sơ thủ tục hành chính) as the one-stop system
/// exports it: the procedure, the offices, the channel, the dates that decide whether it is
/// on time, its waits, its result and the steps of its handling.
///
/// Instants are Unix milliseconds. The applicant's personal data is a separate value so it
/// can be masked and erased without touching the rest.
public struct Dossier: Sendable, Hashable, Codable {
    /// `maHoSo`, e.g. `G09.20-20260105-0000123`: the dossier's identity everywhere.
    public var code: String
    public var procedure: Procedure
    public var field: ServiceField
    /// The area that owns the dossier: a district's code, or `province` for the provincial
    /// departments (received at the provincial Public Administration Service Center).
    public var unit: String
    /// The office that received it (bộ phận một cửa).
    public var receivingOffice: String?
    /// The offices that handle it, in order.
    public var handlingOffices: [String]
    public var channel: DossierChannel
    public var level: OnlineLevel?
    public var submittedAt: Int64?
    public var receivedAt: Int64
    /// The procedure's time limit in working days, when the export gives it.
    public var timeLimitDays: Int?
    /// `ngayHenTra` as exported; when absent it is computed from the time limit.
    public var promisedAt: Int64?
    /// When it was settled, refused or withdrawn.
    public var finishedAt: Int64?
    /// When the result was handed to the applicant.
    public var returnedAt: Int64?
    public var status: DossierStatus
    /// Pauses and supplement requests, in the order they began.
    public var waits: [DossierWait]
    public var refusalReason: String?
    /// Fees and charges in đồng, and whether they were paid online.
    public var feeAmount: Int64?
    public var paidOnline: Bool?
    public var rating: CitizenRating?
    /// The processing steps (`TienTrinh`), oldest first.
    public var steps: [ProcessingStep]
    public var applicant: Applicant?
    /// When the one-stop system last changed it: the polling connector's cursor.
    public var updatedAt: Int64?

    public init(
        code: String, procedure: Procedure, field: ServiceField, unit: String, receivingOffice: String? = nil, handlingOffices: [String] = [],
        channel: DossierChannel, level: OnlineLevel? = nil, submittedAt: Int64? = nil, receivedAt: Int64, timeLimitDays: Int? = nil,
        promisedAt: Int64? = nil, finishedAt: Int64? = nil, returnedAt: Int64? = nil, status: DossierStatus, waits: [DossierWait] = [],
        refusalReason: String? = nil, feeAmount: Int64? = nil, paidOnline: Bool? = nil, rating: CitizenRating? = nil, steps: [ProcessingStep] = [],
        applicant: Applicant? = nil, updatedAt: Int64? = nil
    ) {
        self.code = code
        self.procedure = procedure
        self.field = field
        self.unit = unit
        self.receivingOffice = receivingOffice
        self.handlingOffices = handlingOffices
        self.channel = channel
        self.level = level
        self.submittedAt = submittedAt
        self.receivedAt = receivedAt
        self.timeLimitDays = timeLimitDays
        self.promisedAt = promisedAt
        self.finishedAt = finishedAt
        self.returnedAt = returnedAt
        self.status = status
        self.waits = waits
        self.refusalReason = refusalReason
        self.feeAmount = feeAmount
        self.paidOnline = paidOnline
        self.rating = rating
        self.steps = steps
        self.applicant = applicant
        self.updatedAt = updatedAt
    }

    /// The procedure (thủ tục hành chính): `maTTHC` and `tenTTHC`.
    public struct Procedure: Sendable, Hashable, Codable {
        public var code: String
        public var name: String
        public init(code: String, name: String) {
            self.code = code
            self.name = name
        }
    }

    /// When it left the office's hands (settled, refused or withdrawn), or nil while open.
    public var closedAt: Int64? { status.isOpen ? nil : finishedAt ?? returnedAt }
}

/// A pause (tạm dừng) or a request to supplement the dossier (yêu cầu bổ sung): a span the
/// time limit does not count.
public struct DossierWait: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case pause = "tam-dung"
        case supplement = "bo-sung"
    }
    public var kind: Kind
    public var from: Int64
    /// When handling resumed (the supplement arrived); nil while still waiting.
    public var until: Int64?
    public var reason: String?

    public init(kind: Kind, from: Int64, until: Int64? = nil, reason: String? = nil) {
        self.kind = kind
        self.from = from
        self.until = until
        self.reason = reason
    }
}

/// One step of a dossier's handling (`TienTrinh`): who, in which office, when, what.
public struct ProcessingStep: Sendable, Hashable, Codable {
    public var at: Int64
    public var office: String
    public var officer: String
    public var action: String

    public init(at: Int64, office: String, officer: String, action: String) {
        self.at = at
        self.office = office
        self.officer = officer
        self.action = action
    }

    /// The step's identity: the same step exported twice is one step.
    public var key: String { "\(at)|\(office)|\(officer)|\(action)" }
}

/// The citizen's rating of the service (đánh giá mức độ hài lòng).
public enum CitizenRating: String, Sendable, Hashable, Codable, CaseIterable {
    case verySatisfied = "rat-hai-long"
    case satisfied = "hai-long"
    case dissatisfied = "khong-hai-long"

    /// Ours, the words, or a score (3 very satisfied, 2 satisfied, 1 dissatisfied; on a
    /// scale of 5: 4–5, 3, 1–2).
    public init?(exported text: String) {
        switch text.trimmedKey {
        case "rat-hai-long", "very-satisfied", "3", "4", "5": self = .verySatisfied
        case "hai-long", "satisfied", "2": self = .satisfied
        case "khong-hai-long", "dissatisfied", "1", "0": self = .dissatisfied
        default: return nil
        }
    }

    /// Satisfied or better: what the satisfaction share counts.
    public var isSatisfied: Bool { self != .dissatisfied }
}
