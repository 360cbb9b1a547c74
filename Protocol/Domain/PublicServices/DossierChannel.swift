import Foundation

/// How a dossier reached the one-stop office (kênh tiếp nhận): the three channels the
/// reporting forms count apart.
public enum DossierChannel: String, Sendable, Hashable, Codable, CaseIterable {
    /// Trực tuyến: through the public-service portal.
    case online = "truc-tuyen"
    /// Trực tiếp: at the one-stop counter.
    case inPerson = "truc-tiep"
    /// Dịch vụ bưu chính công ích: by post.
    case postal = "buu-chinh"

    /// Reads the codes one-stop systems export: ours, the national portal's `KenhThucHien`
    /// (1 in person, 2 online, 3 post), and the words in Vietnamese or English.
    public init?(exported text: String) {
        switch text.trimmedKey {
        case "truc-tuyen", "tructuyen", "online", "2", "dvctt": self = .online
        case "truc-tiep", "tructiep", "in-person", "inperson", "counter", "1": self = .inPerson
        case "buu-chinh", "buuchinh", "postal", "post", "bcci", "3": self = .postal
        default: return nil
        }
    }
}

/// The level of online service of the procedure (Decree 42/2022/NĐ-CP): the whole
/// procedure online, or only part of it.
public enum OnlineLevel: String, Sendable, Hashable, Codable, CaseIterable {
    /// Toàn trình: submitted, handled, paid and returned online.
    case full = "toan-trinh"
    /// Một phần: some step needs the citizen in person.
    case partial = "mot-phan"

    /// Ours, the words, or the former levels 4 (full) and 3 (partial).
    public init?(exported text: String) {
        switch text.trimmedKey {
        case "toan-trinh", "toantrinh", "full", "4", "muc-do-4": self = .full
        case "mot-phan", "motphan", "partial", "3", "muc-do-3", "2": self = .partial
        default: return nil
        }
    }
}

extension String {
    /// Lower case, with spaces and underscores as hyphens: how exported codes are compared.
    var trimmedKey: String {
        String(self.lowercased().map { $0 == " " || $0 == "_" ? "-" : $0 }).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
