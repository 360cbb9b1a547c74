import CRDT
import FieldReports
import Foundation
import Replica
import Synthetic
import TrafficForecast
import Vietnam

/// One case of the hub's history as the workflow would have left it: what its merged
/// state holds, and the same case as one row of the baseline's flat table.
struct SyntheticCase: Sendable {
    var id: EntityID
    var reportID: EntityID
    var district: String
    /// "" while nobody is assigned (received, accepted, rejected at triage).
    var unit: String
    var category: String
    var status: CaseStatus
    var channel: String
    var trackingCode: String
    var summary: String
    var receivedMillis: Int64
    var acceptedMillis: Int64?
    var deadline: CivilDate
    var deadlineMillis: Int64
    var resolvedMillis: Int64?
    var closedMillis: Int64?
    var rating: Int?

    var receivedDay: Int { VietnamTime.julianDay(millis: receivedMillis) }

    /// The case's fields as the workflow writes them (`RecordDesk.intake`, then `perform`
    /// accept/assign/start/resolve/close/reject and `rate`): one change with the final values.
    var edits: [Edit] {
        func set(_ field: String, _ value: Any) -> Edit { Edit(field, .assign(RecordDesk.fragment(value))) }
        var edits: [Edit] = [
            set("report_id", reportID.description),
            set("tracking_code", trackingCode),
            set("category", category),
            set("status", status.rawValue),
            set("priority", "normal"),
            set("received_at", Int(receivedMillis)),
            set("created_at", Int(receivedMillis)),
            set("deadline_date", deadline.description),
            set("deadline_at", Int(deadlineMillis)),
            set("deadline_basis", acceptedMillis == nil ? "received" : "accepted"),
            set("summary", summary),
            set("address", ""),
            set("channel", channel),
            Edit("history", .append(RecordDesk.fragment(["action": "receive", "to": CaseStatus.received.rawValue, "channel": channel]))),
        ]
        if !unit.isEmpty { edits.append(set("unit", unit)) }
        if let acceptedMillis { edits.append(set("accepted_at", Int(acceptedMillis))) }
        if let resolvedMillis {
            edits.append(set("resolved_at", Int(resolvedMillis)))
            edits.append(set("result", "Đã kiểm tra, xử lý và yêu cầu khắc phục tại chỗ."))
        }
        if let closedMillis { edits.append(set("closed_at", Int(closedMillis))) }
        if status == .ineligible { edits.append(set("ineligible_reason", "Trùng phản ánh đã tiếp nhận")) }
        if let rating {
            edits.append(set("rating", rating))
            edits.append(set("rated_at", Int((closedMillis ?? resolvedMillis ?? receivedMillis) + 3_600_000)))
        }
        return edits
    }
}

/// Makes the hub's history of cases, deterministically: `districts` district codes from
/// 643 on, the six handling units, the seven categories, receipts spread over the 24 whole
/// months before `now`, and the province's usual outcomes (≈ 94 % processed, of which
/// ≈ 68 % by the deadline; ≈ 5 % still being processed; ≈ 1 % ineligible; ratings on
/// half of the processed). Deadlines are the category's 3–10 working days from acceptance
/// (from receipt while not accepted), on the reference calendar.
struct ReportCaseGenerator {
    /// The first day of the 24 months of receipts, and "now" for the statistics: 10:00 in
    /// Vietnam on the day after the last one. Fixed, so every run builds the same hub.
    static let firstDay = CivilDate(2024, 11, 1)
    static let months = 24
    static let lastDay = CivilDate(2026, 10, 31)
    static let nowMillis = VietnamTime.endOfDay(lastDay) + 1 + 10 * 3_600_000

    static let categoryWeights: [(String, Double)] = [
        ("lan-chiem-long-le-duong", 0.30), ("xa-rac", 0.18), ("tu-tap-buon-ban", 0.15), ("vi-pham-quang-cao", 0.10),
        ("xay-dung-khong-phep", 0.10), ("nuoc-thai", 0.09), ("khac", 0.08),
    ]

    static let channels = ReportIntake.channels.sorted()

    let districts: [String]
    private let districtWeights: [Double]
    private let categories: [String: ReportCategory]
    private let calendar: WorkingCalendar
    private var deadlines: [Int: CivilDate] = [:]
    private var rng: SplitMix64
    private let dayCount: Int

    init(districts count: Int, calendar: WorkingCalendar, seed: UInt64 = 0x5747_1571_C5_2026) {
        districts = (0..<count).map { String(643 + $0) }
        // Buôn Ma Thuột, the city, sends about four times what a rural district sends.
        districtWeights = districts.map { $0 == "643" ? 4.0 : 1.0 }
        categories = Dictionary(uniqueKeysWithValues: ReportCategory.standard.map { ($0.code, $0) })
        self.calendar = calendar
        rng = SplitMix64(seed: seed)
        dayCount = Self.lastDay.julianDay - Self.firstDay.julianDay + 1
    }

    /// The next case; `index` orders receipts (cases come out in receipt order, so their
    /// UUIDv7 ids append to the primary-key b-tree as they do in production).
    mutating func next(index: Int, of total: Int) -> SyntheticCase {
        // Receipts spread evenly over the period, in order, at daytime hours.
        let dayOffset = min(dayCount - 1, index * dayCount / max(1, total))
        let day = Self.firstDay.julianDay + dayOffset
        let hour = Int64(Double.random(in: 6.5...21.5, using: &rng) * 3_600_000)
        let received = VietnamTime.endOfDay(CivilDate(julianDay: day - 1)) + 1 + hour
        let district = pick(districts, weights: districtWeights)
        let category = pick(Self.categoryWeights.map(\.0), weights: Self.categoryWeights.map(\.1))
        let reference = categories[category]!
        let unitChoice = reference.units.count > 1 && unit() < 0.25 ? reference.units[1] : reference.units[0]
        let channel = Self.channels[Int.random(in: 0..<Self.channels.count, using: &rng)]

        // Triage: accepted within 30 minutes to a day and a half.
        let accepted = received + Int64(Double.random(in: 0.5...36, using: &rng) * 3_600_000)
        // Open cases are mostly recent (the backlog of the last weeks), a few linger.
        let age = Self.lastDay.julianDay - day
        let openShare = age < 45 ? 0.52 : 0.015
        let draw = unit()
        var status: CaseStatus
        var acceptedMillis: Int64? = accepted
        var resolved: Int64?
        var closed: Int64?
        var rating: Int?
        var assignedUnit = unitChoice
        var deadline = deadlineDate(days: reference.deadlineWorkingDays, from: VietnamTime.date(millis: accepted))
        let onTime = unit() < 0.68
        if draw < 0.01 {
            status = .ineligible
            assignedUnit = ""
            if unit() < 0.7 { acceptedMillis = nil }
        } else if draw < 0.01 + openShare {
            status = openStatus()
        } else {
            let deadlineMillis = VietnamTime.endOfDay(deadline)
            let earliest = accepted + 2 * 3_600_000
            if onTime {
                resolved = earliest + Int64(unit() * Double(max(0, deadlineMillis - earliest)))
            } else {
                resolved = deadlineMillis + Int64(Double.random(in: 1...480, using: &rng) * 3_600_000)
            }
            if resolved! > Self.nowMillis - 3_600_000 {
                // Not done yet at "now": still in progress.
                status = .inProgress
                resolved = nil
            } else if unit() < 0.7 {
                status = .closed
                closed = min(Self.nowMillis - 60_000, resolved! + Int64(Double.random(in: 1...72, using: &rng) * 3_600_000))
            } else {
                status = .resolved
            }
            if resolved != nil, unit() < 0.5 { rating = ratingDraw() }
        }
        if status == .received || (status == .ineligible && acceptedMillis == nil) {
            acceptedMillis = nil
            assignedUnit = ""
            deadline = deadlineDate(days: reference.deadlineWorkingDays, from: VietnamTime.date(millis: received))
        } else if status == .accepted {
            assignedUnit = ""
        }
        let reportID = EntityID.make(millis: UInt64(received), using: &rng)
        let id = EntityID.make(millis: UInt64(received), using: &rng)
        let summary = "\(reference.nameVI): phản ánh số \(index + 1) tại \(ReportGenerator.streets[index % ReportGenerator.streets.count])"
        return SyntheticCase(
            id: id, reportID: reportID, district: district, unit: assignedUnit, category: category, status: status, channel: channel,
            trackingCode: TrackingCode.make(district: district, using: &rng), summary: summary, receivedMillis: received,
            acceptedMillis: acceptedMillis, deadline: deadline, deadlineMillis: VietnamTime.endOfDay(deadline), resolvedMillis: resolved,
            closedMillis: closed, rating: rating)
    }

    /// An open case's status; most open cases are recent, but some linger.
    private mutating func openStatus() -> CaseStatus {
        let draw = unit()
        if draw < 0.2 { return .received }
        if draw < 0.3 { return .accepted }
        if draw < 0.6 { return .assigned }
        return .inProgress
    }

    private mutating func ratingDraw() -> Int {
        let draw = unit()
        if draw < 0.10 { return 1 }
        if draw < 0.20 { return 2 }
        if draw < 0.35 { return 3 }
        if draw < 0.65 { return 4 }
        return 5
    }

    /// `days` working days after `start`, memoised (the calendar recomputes each year's
    /// holidays on every call).
    private mutating func deadlineDate(days: Int, from start: CivilDate) -> CivilDate {
        let key = start.julianDay * 16 + days
        if let known = deadlines[key] { return known }
        let date = calendar.addingWorkingDays(days, to: start)
        deadlines[key] = date
        return date
    }

    private mutating func unit() -> Double { Double.random(in: 0..<1, using: &rng) }

    private mutating func pick(_ values: [String], weights: [Double]) -> String {
        var draw = unit() * weights.reduce(0, +)
        for (value, weight) in zip(values, weights) {
            draw -= weight
            if draw < 0 { return value }
        }
        return values[values.count - 1]
    }
}
