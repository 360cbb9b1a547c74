/// One indicator of Decision 766/QĐ-TTg (23 June 2022): the set of indicators for directing
/// and assessing the quality of service to citizens and businesses in administrative
/// procedures and public services, in real time. Each scores `max × ratio / threshold`,
/// capped at `max`; the six groups add up to 100.
///
/// Source: the Decision's groups and maxima as the national public-service portal
/// (dichvucong.gov.vn) scores them; the indicators' formulas as its "Công thức 766"
/// description gives them (reproduced against the portal's scores by the public project
/// ChippedTopaz/qd766). The indicators computed from dossiers are `computed`; the others
/// (publication of procedures, digitisation, petitions) come from other systems and are
/// entered.
public struct ScoreIndicator: Sendable, Hashable, Identifiable {
    public enum Group: String, Sendable, Hashable, CaseIterable {
        case transparency = "cong-khai-minh-bach"
        case progress = "tien-do-giai-quyet"
        case onlineService = "dich-vu-cong-truc-tuyen"
        case onlinePayment = "thanh-toan-truc-tuyen"
        case satisfaction = "muc-do-hai-long"
        case digitisation = "so-hoa-ho-so"
    }

    /// How a computed indicator is derived from a unit's counts for the period.
    public enum Source: Sendable, Hashable {
        case entered
        /// Settled early or on time and in progress within the deadline, of all handled.
        case handledInTime
        /// Dossiers received online, of all received.
        case receivedOnline
        /// Dossiers paid online, of those with a fee.
        case paidOnline
        /// 1 − (overdue share + dissatisfied share).
        case receptionSatisfaction
    }

    public var id: String
    public var group: Group
    public var name: String
    public var englishName: String
    public var max: Double
    /// The ratio that earns full marks (1 unless the formula says less).
    public var threshold: Double
    public var source: Source

    public var isComputed: Bool { source != .entered }

    /// The points for `ratio` (0…1).
    public func score(_ ratio: Double) -> Double {
        Swift.min(max, max * Swift.max(0, ratio) / threshold)
    }

    public static let standard: [ScoreIndicator] = [
        .init(id: "1.1", group: .transparency, name: "TTHC công bố đúng hạn", englishName: "Procedures published on time", max: 6, threshold: 1, source: .entered),
        .init(id: "1.2", group: .transparency, name: "TTHC cập nhật, công khai đúng hạn trên CSDL quốc gia", englishName: "Procedures updated on the national database on time", max: 4, threshold: 1, source: .entered),
        .init(id: "1.3", group: .transparency, name: "TTHC công khai đầy đủ", englishName: "Procedures published in full", max: 2, threshold: 1, source: .entered),
        .init(id: "1.4", group: .transparency, name: "Hồ sơ đồng bộ trạng thái lên Cổng DVC quốc gia", englishName: "Dossiers synchronised to the national portal", max: 6, threshold: 1, source: .entered),
        .init(id: "2.1", group: .progress, name: "Hồ sơ xử lý trước hạn, đúng hạn", englishName: "Dossiers handled early or on time", max: 20, threshold: 1, source: .handledInTime),
        .init(id: "3.1", group: .onlineService, name: "TTHC cung cấp dịch vụ công trực tuyến", englishName: "Procedures offered online", max: 2, threshold: 0.8, source: .entered),
        .init(id: "3.2", group: .onlineService, name: "Dịch vụ công trực tuyến có phát sinh hồ sơ", englishName: "Online services with dossiers", max: 4, threshold: 1, source: .entered),
        .init(id: "3.3", group: .onlineService, name: "Hồ sơ nộp trực tuyến", englishName: "Dossiers submitted online", max: 6, threshold: 0.5, source: .receivedOnline),
        .init(id: "4.1", group: .onlinePayment, name: "TTHC có nghĩa vụ tài chính tích hợp thanh toán trực tuyến", englishName: "Fee-bearing procedures with online payment", max: 2, threshold: 0.8, source: .entered),
        .init(id: "4.2", group: .onlinePayment, name: "TTHC có giao dịch thanh toán trực tuyến", englishName: "Procedures with online payments made", max: 2, threshold: 0.8, source: .entered),
        .init(id: "4.3", group: .onlinePayment, name: "Hồ sơ thanh toán trực tuyến", englishName: "Dossiers paid online", max: 6, threshold: 1, source: .paidOnline),
        .init(id: "5.1", group: .satisfaction, name: "Hài lòng trong tiếp nhận, giải quyết TTHC", englishName: "Satisfaction with reception and handling", max: 6, threshold: 0.9, source: .receptionSatisfaction),
        .init(id: "5.2", group: .satisfaction, name: "Phản ánh, kiến nghị xử lý đúng hạn", englishName: "Petitions handled on time", max: 6, threshold: 1, source: .entered),
        .init(id: "5.3", group: .satisfaction, name: "Hài lòng trong xử lý phản ánh, kiến nghị", englishName: "Satisfaction with petition handling", max: 6, threshold: 1, source: .entered),
        .init(id: "6.1", group: .digitisation, name: "Hồ sơ có kết quả giải quyết điện tử", englishName: "Dossiers with an electronic result", max: 6, threshold: 1, source: .entered),
        .init(id: "6.2", group: .digitisation, name: "Hồ sơ thực hiện số hóa", englishName: "Dossiers digitised", max: 4, threshold: 1, source: .entered),
        .init(id: "6.3", group: .digitisation, name: "Xã cung cấp chứng thực bản sao điện tử", englishName: "Communes offering electronic certified copies", max: 2, threshold: 1, source: .entered),
        .init(id: "6.4", group: .digitisation, name: "Hồ sơ khai thác, sử dụng lại dữ liệu số hóa", englishName: "Dossiers reusing digitised data", max: 2, threshold: 0.8, source: .entered),
        .init(id: "6.5", group: .digitisation, name: "Hồ sơ đồng bộ kho dữ liệu cá nhân trên Cổng DVC quốc gia", englishName: "Dossiers linked to the personal data store", max: 4, threshold: 1, source: .entered),
        .init(id: "6.6", group: .digitisation, name: "Hồ sơ sử dụng dữ liệu dân cư", englishName: "Dossiers using population data", max: 2, threshold: 1, source: .entered),
        .init(id: "6.7", group: .digitisation, name: "TTHC kết nối dữ liệu dân cư", englishName: "Procedures connected to population data", max: 2, threshold: 1, source: .entered),
    ]
}
