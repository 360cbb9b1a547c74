/// Where a dossier stands in the one-stop office (trạng thái hồ sơ).
public enum DossierStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Đã tiếp nhận: accepted at the counter or online, not yet handed to a handling office.
    case received = "da-tiep-nhan"
    /// Đang xử lý.
    case processing = "dang-xu-ly"
    /// Chờ bổ sung: the office asked the applicant to supplement or correct the dossier.
    case awaitingSupplement = "cho-bo-sung"
    /// Tạm dừng: handling paused (awaiting a financial obligation, an inspection, another
    /// authority); the paused days do not count against the time limit.
    case paused = "tam-dung"
    /// Đã có kết quả: settled, the result waiting for the applicant.
    case finished = "da-giai-quyet"
    /// Đã trả kết quả.
    case returned = "da-tra-ket-qua"
    /// Từ chối: refused, with a reason (a settled dossier, counted by when it was refused).
    case refused = "tu-choi"
    /// Rút hồ sơ: withdrawn by the applicant.
    case withdrawn = "rut-ho-so"

    /// Still in the office's hands: counted as being processed.
    public var isOpen: Bool { [.received, .processing, .awaitingSupplement, .paused].contains(self) }

    /// The clock is stopped: the wait is the applicant's or another authority's.
    public var isWaiting: Bool { self == .awaitingSupplement || self == .paused }

    /// Reads our codes, the words with or without diacritics in Vietnamese or English, and
    /// the national portal's `TrangThaiHoSo` codes (`DongBoHoSoMC`: 1 newly registered and
    /// 2 received are received; 3 not received and 8 handling stopped are refusals; 5 a
    /// supplement request and 6 awaiting a financial obligation are waits; 7 withdrawn;
    /// 9 settled; 10 returned).
    public init?(exported text: String) {
        let key = text.trimmedKey
        if let status = DossierStatus(rawValue: key) { self = status; return }
        switch key {
        case "1", "2", "received", "tiep-nhan", "moi-tiep-nhan", "đã-tiếp-nhận": self = .received
        case "4", "processing", "in-progress", "xu-ly", "đang-xử-lý": self = .processing
        case "5", "supplement", "awaiting-supplement", "yeu-cau-bo-sung", "bo-sung", "chờ-bổ-sung": self = .awaitingSupplement
        case "6", "paused", "tam-dung-xu-ly", "tạm-dừng", "cho-thuc-hien-nghia-vu-tai-chinh": self = .paused
        case "9", "finished", "settled", "da-xu-ly-xong", "co-ket-qua", "đã-giải-quyết": self = .finished
        case "10", "returned", "da-tra", "tra-ket-qua", "đã-trả-kết-quả": self = .returned
        case "3", "8", "refused", "dung-xu-ly", "rejected", "khong-tiep-nhan", "tu-choi-giai-quyet", "từ-chối": self = .refused
        case "7", "withdrawn", "rut", "cong-dan-rut-ho-so", "rút-hồ-sơ": self = .withdrawn
        default: return nil
        }
    }
}
