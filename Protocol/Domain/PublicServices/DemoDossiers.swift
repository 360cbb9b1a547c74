import Synthetic
import Vietnam

/// Realistic demo dossiers for the local federation: a year of the province's one-stop
/// offices (each district and the provincial departments), weighted toward tax and land and
/// environment as the province's weekly reports are, with the procedures' time limits, some
/// supplement requests and pauses, some late, some still open and overdue.
///
/// The procedure codes are shaped like the national catalogue's (`1.004227`) but are
/// illustrative, not checked against it; names and time limits are the usual ones.
/// Deterministic: the same `today` and units give the same dossiers.
public enum DemoDossiers {
    struct ProcedureKind {
        var code: String
        var name: String
        var field: ServiceField
        var days: Int
        var level: OnlineLevel
        var fee: Int64
        var weight: Int
        var office: String
    }

    static let district: [ProcedureKind] = [
        .init(code: "2.000889", name: "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", field: .land, days: 10, level: .partial, fee: 50_000, weight: 12, office: "Chi nhánh Văn phòng đăng ký đất đai"),
        .init(code: "1.004227", name: "Cấp Giấy chứng nhận quyền sử dụng đất lần đầu", field: .land, days: 20, level: .partial, fee: 100_000, weight: 6, office: "Chi nhánh Văn phòng đăng ký đất đai"),
        .init(code: "1.001009", name: "Tách thửa hoặc hợp thửa đất", field: .land, days: 15, level: .partial, fee: 50_000, weight: 5, office: "Chi nhánh Văn phòng đăng ký đất đai"),
        .init(code: "1.011605", name: "Đăng ký kế hoạch bảo vệ môi trường", field: .environment, days: 10, level: .full, fee: 0, weight: 3, office: "Phòng Tài nguyên và Môi trường"),
        .init(code: "2.001253", name: "Khai thuế đối với hộ kinh doanh, cá nhân kinh doanh", field: .tax, days: 3, level: .full, fee: 0, weight: 10, office: "Chi cục Thuế khu vực"),
        .init(code: "1.007727", name: "Miễn, giảm tiền sử dụng đất", field: .tax, days: 15, level: .partial, fee: 0, weight: 4, office: "Chi cục Thuế khu vực"),
        .init(code: "1.010855", name: "Khai lệ phí trước bạ nhà, đất (liên thông)", field: .tax, days: 5, level: .full, fee: 0, weight: 8, office: "Chi cục Thuế khu vực"),
        .init(code: "1.001612", name: "Đăng ký thành lập hộ kinh doanh", field: .business, days: 3, level: .full, fee: 100_000, weight: 5, office: "Phòng Tài chính – Kế hoạch"),
        .init(code: "1.004837", name: "Đăng ký khai sinh", field: .civilStatus, days: 1, level: .full, fee: 0, weight: 6, office: "Phòng Tư pháp"),
        .init(code: "1.004746", name: "Chứng thực bản sao từ bản chính", field: .civilStatus, days: 1, level: .partial, fee: 2_000, weight: 6, office: "Phòng Tư pháp"),
        .init(code: "1.009994", name: "Cấp giấy phép xây dựng nhà ở riêng lẻ", field: .construction, days: 15, level: .partial, fee: 75_000, weight: 4, office: "Phòng Kinh tế – Hạ tầng"),
        .init(code: "1.001776", name: "Trợ cấp xã hội hàng tháng", field: .labour, days: 20, level: .partial, fee: 0, weight: 2, office: "Phòng Lao động – Thương binh và Xã hội"),
    ]

    static let province: [ProcedureKind] = [
        .init(code: "2.000337", name: "Đăng ký thành lập doanh nghiệp", field: .business, days: 3, level: .full, fee: 50_000, weight: 6, office: "Sở Kế hoạch và Đầu tư"),
        .init(code: "1.004082", name: "Cấp giấy phép môi trường", field: .environment, days: 30, level: .partial, fee: 0, weight: 1, office: "Sở Tài nguyên và Môi trường"),
        .init(code: "1.005421", name: "Cấp giấy phép khai thác nước dưới đất", field: .environment, days: 25, level: .partial, fee: 0, weight: 1, office: "Sở Tài nguyên và Môi trường"),
        .init(code: "1.012790", name: "Đăng ký đất đai lần đầu cho tổ chức", field: .land, days: 20, level: .partial, fee: 0, weight: 2, office: "Văn phòng Đăng ký đất đai tỉnh"),
        .init(code: "1.010856", name: "Hoàn thuế giá trị gia tăng", field: .tax, days: 6, level: .full, fee: 0, weight: 3, office: "Cục Thuế tỉnh"),
        .init(code: "1.000105", name: "Đổi giấy phép lái xe", field: .transport, days: 5, level: .full, fee: 135_000, weight: 5, office: "Sở Giao thông vận tải"),
    ]

    static let familyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "H'", "Y", "Ksor", "Niê", "Êban"]
    static let givenNames = ["Văn An", "Thị Bình", "Minh Châu", "Quốc Dũng", "Thị Hoa", "Đức Huy", "Thị Lan", "Văn Nam", "Hồng Nhung", "Thành Phát", "Thị Thu", "Văn Tuấn", "Blông", "Thị Mai"]

    /// The demo dossiers of `units` (area codes: `province` and districts) received in the
    /// year before `now`, each with its state at `now`. `perDay` scales the volume (about six
    /// per working day for a district at 1).
    public static func dossiers(units: [String], now: Int64, clock: DossierClock = DossierClock(), perDay: Double = 1) -> [Dossier] {
        let today = VietnamTime.date(millis: now)
        var out: [Dossier] = []
        for unit in units {
            var random = SplitMix64(name: "dossiers|\(unit)")
            let kinds = unit == "province" ? province : district
            let weights = kinds.map(\.weight).reduce(0, +)
            let volume = (unit == "province" ? 12.0 : unit == "643" ? 16.0 : 6.0) * perDay
            let prefix = unit == "province" ? "00" : String(unit.suffix(2))
            var sequence = 0
            for back in stride(from: 365, through: 0, by: -1) {
                let day = today.adding(days: -back)
                guard clock.calendar.isWorkingDay(day) else { continue }
                let count = Int(random.nextExponential(mean: volume).rounded())
                for _ in 0..<count {
                    sequence += 1
                    var pick = Int(random.next() % UInt64(weights))
                    let kind = kinds.first { pick -= $0.weight; return pick < 0 } ?? kinds[0]
                    let received = (Int64(day.daysSince1970) * 86_400 + Int64(27_000 + random.next() % 32_400)) * 1000 - VietnamTime.offsetMillis
                    guard received <= now else { continue }
                    out.append(dossier(kind: kind, unit: unit, prefix: prefix, sequence: sequence, day: day, received: received, now: now, clock: clock, random: &random))
                }
            }
        }
        return out
    }

    static func dossier(
        kind: ProcedureKind, unit: String, prefix: String, sequence: Int, day: CivilDate, received: Int64, now: Int64, clock: DossierClock,
        random: inout SplitMix64
    ) -> Dossier {
        let hour: Int64 = 3_600_000, dayMillis: Int64 = 86_400_000
        let online = kind.level == .full ? random.nextUnit() < 0.7 : random.nextUnit() < 0.3
        let channel: DossierChannel = online ? .online : random.nextUnit() < 0.07 ? .postal : .inPerson
        let code = "G09.\(prefix)-\(day.year)\(pad(day.month))\(pad(day.day))-\(String(repeating: "0", count: max(0, 7 - String(sequence).count)))\(sequence)"
        var waits: [DossierWait] = []
        let roll = random.nextUnit()
        if roll < 0.08 {
            let from = received + Int64(1 + random.next() % 4) * dayMillis
            waits.append(DossierWait(kind: .supplement, from: from, until: from + Int64(2 + random.next() % 8) * dayMillis, reason: "Bổ sung giấy tờ còn thiếu"))
        } else if roll < 0.11, kind.field == .tax || kind.field == .land {
            let from = received + Int64(2 + random.next() % 3) * dayMillis
            waits.append(DossierWait(kind: .pause, from: from, until: from + Int64(3 + random.next() % 10) * dayMillis, reason: "Chờ thực hiện nghĩa vụ tài chính"))
        }
        var dossier = Dossier(
            code: code, procedure: .init(code: kind.code, name: kind.name), field: kind.field, unit: unit,
            receivingOffice: unit == "province" ? "Trung tâm Phục vụ hành chính công tỉnh" : "Bộ phận Một cửa", handlingOffices: [kind.office],
            channel: channel, level: kind.level, submittedAt: received - Int64(random.next() % 20) * hour, receivedAt: received, timeLimitDays: kind.days,
            status: .processing, waits: waits, feeAmount: kind.fee > 0 ? kind.fee : nil, paidOnline: kind.fee > 0 ? (online && random.nextUnit() < 0.6) : nil,
            applicant: Applicant(
                name: "\(familyNames[Int(random.next() % UInt64(familyNames.count))]) \(givenNames[Int(random.next() % UInt64(givenNames.count))])",
                idNumber: "066" + String(100_000_000 + random.next() % 899_999_999), phone: "09" + String(10_000_000 + random.next() % 89_999_999),
                address: "Đắk Lắk"))
        let promised = clock.promisedDay(dossier, asOf: received + 400 * dayMillis) ?? day
        dossier.promisedAt = VietnamTime.endOfDay(promised) - 7 * hour
        // How the handling went: mostly early, some on the day, tax and land later more often.
        let slow = kind.field == .tax || kind.field == .land || kind.field == .environment
        let outcome = random.nextUnit()
        var finishDay: CivilDate
        if outcome < (slow ? 0.11 : 0.05) {
            finishDay = clock.calendar.addingWorkingDays(1 + Int(random.next() % 12), to: promised)
        } else if outcome < (slow ? 0.35 : 0.25) {
            finishDay = promised
        } else {
            let span = clock.workingDays(from: day, to: promised)
            finishDay = clock.calendar.addingWorkingDays(Int(random.nextUnit() * Double(max(0, span - 1))), to: day)
        }
        if finishDay < day { finishDay = day }
        var finished = (Int64(finishDay.daysSince1970) * 86_400 + Int64(28_800 + random.next() % 28_800)) * 1000 - VietnamTime.offsetMillis
        // A few recent dossiers are stuck (an office waiting on another, a file mislaid): still
        // open, and overdue once their day passes: what the weekly report is for.
        if now - received < 45 * dayMillis, random.nextUnit() < (slow ? 0.05 : 0.015) { finished = .max }
        var steps = [ProcessingStep(at: received, office: dossier.receivingOffice ?? "", officer: "Cán bộ một cửa", action: "Tiếp nhận hồ sơ")]
        steps.append(ProcessingStep(at: received + 2 * hour, office: kind.office, officer: "Chuyên viên", action: "Chuyển xử lý"))
        for wait in waits where wait.from < now {
            steps.append(ProcessingStep(at: wait.from, office: kind.office, officer: "Chuyên viên", action: wait.kind == .supplement ? "Yêu cầu bổ sung hồ sơ" : "Tạm dừng xử lý"))
        }
        let terminal = random.nextUnit()
        if finished <= now {
            if terminal < 0.02 {
                dossier.status = .refused
                dossier.refusalReason = "Hồ sơ không đủ điều kiện theo quy định"
                dossier.finishedAt = finished
                steps.append(ProcessingStep(at: finished, office: kind.office, officer: "Lãnh đạo phòng", action: "Từ chối giải quyết"))
            } else if terminal < 0.03 {
                dossier.status = .withdrawn
                dossier.finishedAt = finished
                steps.append(ProcessingStep(at: finished, office: dossier.receivingOffice ?? "", officer: "Cán bộ một cửa", action: "Công dân rút hồ sơ"))
            } else {
                dossier.finishedAt = finished
                dossier.status = .finished
                steps.append(ProcessingStep(at: finished, office: kind.office, officer: "Lãnh đạo phòng", action: "Kết thúc xử lý hồ sơ"))
                let returned = finished + Int64(random.next() % 72) * hour
                if returned <= now, random.nextUnit() < 0.92 {
                    dossier.status = .returned
                    dossier.returnedAt = returned
                    steps.append(ProcessingStep(at: returned, office: dossier.receivingOffice ?? "", officer: "Cán bộ một cửa", action: "Trả kết quả"))
                }
                if random.nextUnit() < 0.35 {
                    let late = finishDay > promised
                    let r = random.nextUnit()
                    dossier.rating = r < (late ? 0.3 : 0.05) ? .dissatisfied : r < 0.5 ? .satisfied : .verySatisfied
                }
            }
        } else if let wait = waits.first(where: { $0.from <= now && ($0.until ?? .max) > now }) {
            dossier.status = wait.kind == .supplement ? .awaitingSupplement : .paused
            dossier.waits = dossier.waits.map { $0.from == wait.from ? DossierWait(kind: $0.kind, from: $0.from, until: nil, reason: $0.reason) : $0 }
        }
        dossier.waits = dossier.waits.filter { $0.from <= now }
        dossier.steps = steps.filter { $0.at <= now }
        dossier.updatedAt = dossier.steps.last?.at ?? received
        return dossier
    }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
