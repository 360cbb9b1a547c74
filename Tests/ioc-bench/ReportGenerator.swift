import CRDT
import FieldReports
import Foundation
import Replica
import Synthetic
import TrafficForecast

/// Makes plausible field reports of one district and later edits of them, deterministically.
///
/// Field values are JSON fragments encoded exactly as `RecordDesk.createReport` encodes them
/// (`RecordDesk.fragment`), with the same six fields: category, description, location,
/// channel, case_id, created_at.
struct ReportGenerator {
    static let type = RecordDesk.reportType
    static let categories = [
        "lan-chiem-long-le-duong", "vi-pham-quang-cao", "tu-tap-buon-ban", "xay-dung-khong-phep", "nuoc-thai",
        "xa-rac", "khac",
    ]
    static let problems = [
        "Lấn chiếm vỉa hè để buôn bán", "Treo biển quảng cáo sai quy định", "Tụ tập buôn bán gây ùn tắc",
        "Xây dựng nhà không có giấy phép", "Nước thải chảy tràn ra đường", "Xả rác bừa bãi", "Cây xanh ngã đổ",
    ]
    static let streets = [
        "Lê Duẩn", "Nguyễn Tất Thành", "Phan Bội Châu", "Y Jút", "Hùng Vương", "Ngô Quyền", "Trần Hưng Đạo", "Mai Hắc Đế",
    ]
    static let wards = ["Tân Lợi", "Thắng Lợi", "Tự An", "Ea Tam", "Tân Lập", "Thành Công", "Tân An"]
    static let channels = ["hotline", "zalo", "api", "web", "ioc-app"]

    private var rng: SplitMix64
    private var millis: UInt64

    init(seed: UInt64, startMillis: UInt64) {
        rng = SplitMix64(seed: seed)
        millis = startMillis
    }

    /// A new report, its id minted a few milliseconds after the previous one.
    mutating func report() -> GeneratedReport {
        millis += UInt64.random(in: 1...3, using: &rng)
        let id = EntityID.make(millis: millis, using: &rng)
        let caseID = EntityID.make(millis: millis, using: &rng)
        let fields: [(String, Payload)] = [
            ("category", RecordDesk.fragment(Self.categories.randomElement(using: &rng)!)),
            ("description", RecordDesk.fragment(description())),
            ("location", RecordDesk.fragment(location())),
            ("channel", RecordDesk.fragment(Self.channels.randomElement(using: &rng)!)),
            ("case_id", RecordDesk.fragment(caseID.description)),
            ("created_at", RecordDesk.fragment(Int(millis))),
        ]
        var document: [UInt8] = [UInt8(ascii: "{")]
        for (index, (field, value)) in fields.sorted(by: { $0.0 < $1.0 }).enumerated() {
            if index > 0 { document.append(UInt8(ascii: ",")) }
            document.append(contentsOf: Array("\"\(field)\":".utf8))
            document.append(contentsOf: value)
        }
        document.append(UInt8(ascii: "}"))
        return GeneratedReport(
            id: id, edits: fields.map { Edit($0.0, .assign($0.1)) }, document: String(decoding: document, as: UTF8.self))
    }

    /// A fresh id, minted a few milliseconds after the previous one.
    mutating func entityID() -> EntityID {
        millis += UInt64.random(in: 1...3, using: &rng)
        return EntityID.make(millis: millis, using: &rng)
    }

    /// A later edit of an existing report: one or two of its fields reassigned.
    mutating func update() -> [Edit] {
        var edits: [Edit] = []
        var fields = ["description", "category", "location", "channel"]
        for _ in 0..<Int.random(in: 1...2, using: &rng) {
            let field = fields.remove(at: Int.random(in: 0..<fields.count, using: &rng))
            let value: Payload =
                switch field {
                case "description": RecordDesk.fragment(description() + " (bổ sung)")
                case "category": RecordDesk.fragment(Self.categories.randomElement(using: &rng)!)
                case "location": RecordDesk.fragment(location())
                default: RecordDesk.fragment(Self.channels.randomElement(using: &rng)!)
                }
            edits.append(Edit(field, .assign(value)))
        }
        return edits
    }

    /// A uniform index below `upper`.
    mutating func index(below upper: Int) -> Int { Int.random(in: 0..<upper, using: &rng) }

    /// A uniform number in 0..<1.
    mutating func unit() -> Double { Double.random(in: 0..<1, using: &rng) }

    private mutating func description() -> String {
        let problem = Self.problems.randomElement(using: &rng)!
        let street = Self.streets.randomElement(using: &rng)!
        let ward = Self.wards.randomElement(using: &rng)!
        let number = Int.random(in: 1...420, using: &rng)
        let repeats = Int.random(in: 0...2, using: &rng)
        let extra = String(repeating: " Người dân đã phản ánh nhiều lần, đề nghị xử lý dứt điểm.", count: repeats)
        return "\(problem) trước số nhà \(number) đường \(street), phường \(ward).\(extra)"
    }

    /// A point in Buôn Ma Thuột and its surroundings, five decimals as a phone sends it.
    private mutating func location() -> [String: Double] {
        let lat = (Double.random(in: 12.60...12.75, using: &rng) * 100_000).rounded() / 100_000
        let lon = (Double.random(in: 107.98...108.10, using: &rng) * 100_000).rounded() / 100_000
        return ["lat": lat, "lon": lon]
    }
}
