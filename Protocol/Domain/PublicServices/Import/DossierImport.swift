import Foundation
import Sheets

/// Reads dossiers as one-stop systems export them: a JSON array of objects (or an object
/// holding one under `data`, `items`, `dossiers` or `result`; or one object), the national
/// portal's `DongBoHoSoMC` shape (`MaHoSo`, `NgayTiepNhan`, `TrangThaiHoSo`, `DanhSachLePhi`,
/// `DanhSachHoSoBoSung`, `QuaTrinhXuLy`…) and ours; or a CSV / XLSX sheet with a header row of
/// the same names, lists separated by `;`.
///
/// Guarantees: every object is read whole or reported with its row, field and reason; a
/// dossier code twice in one file is reported; a waiting dossier with no open wait gets one
/// from its last update (its clock is stopped from then).
public struct DossierImport: Sendable {
    /// Maps what an export names a unit by (our area code, a unit's code, slug or name) to an
    /// area code, or nil when unknown.
    public var resolveUnit: @Sendable (String) -> String?

    public init(resolveUnit: @escaping @Sendable (String) -> String?) {
        self.resolveUnit = resolveUnit
    }

    public struct Outcome: Sendable {
        public var dossiers: [Dossier]
        public var problems: [DossierProblem]
    }

    /// Most objects one file may hold.
    public static let maxDossiers = 50_000

    /// Reads a JSON export.
    public func read(json bytes: [UInt8]) throws(DossierError) -> Outcome {
        let root: Any
        do { root = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) } catch {
            throw .unreadableFile("JSON: \((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)")")
        }
        let list: [Any]
        switch root {
        case let array as [Any]: list = array
        case let object as [String: Any]:
            let record = ExportedRecord(object)
            if let inner = record.value(["data", "items", "dossiers", "result", "content"]) as? [Any] {
                list = inner
            } else {
                list = [object]
            }
        default: throw .unreadableFile("JSON: expected an array of dossiers")
        }
        guard list.count <= Self.maxDossiers else { throw .tooMany(limit: Self.maxDossiers) }
        return read(list.enumerated().map { ($0.offset + 1, $0.element as? [String: Any]) })
    }

    /// Reads a sheet (CSV or XLSX) with a header row.
    public func read(sheet grid: SheetGrid) throws(DossierError) -> Outcome {
        guard grid.rows.count - 1 <= Self.maxDossiers else { throw .tooMany(limit: Self.maxDossiers) }
        guard let header = grid.rows.first else { return Outcome(dossiers: [], problems: []) }
        let names = header.map(\.display)
        var objects: [(Int, [String: Any]?)] = []
        for (index, row) in grid.rows.enumerated().dropFirst() where row.contains(where: { !$0.display.isEmpty }) {
            var object: [String: Any] = [:]
            for (column, name) in names.enumerated() where !name.isEmpty && column < row.count { object[name] = row[column].display }
            Self.foldSheetWaits(&object)
            objects.append((index + 1, object))
        }
        return read(objects)
    }

    /// A sheet's single pause and supplement columns as the lists a JSON export carries.
    static func foldSheetWaits(_ object: inout [String: Any]) {
        let record = ExportedRecord(object)
        if let from = record.text(["tamDungTu", "pausedFrom"]) {
            object["tamDung"] = [["tuNgay": from, "denNgay": record.text(["tamDungDen", "pausedUntil"]) ?? "", "lyDo": record.text(["lyDoTamDung", "pauseReason"]) ?? ""]]
        }
        if let from = record.text(["yeuCauBoSungNgay", "ngayYeuCauBoSung", "supplementRequestedAt"]) {
            object["danhSachHoSoBoSung"] = [["ngayYeuCauBoSung": from, "ngayTiepNhanBoSung": record.text(["boSungNgay", "ngayTiepNhanBoSung", "supplementedAt"]) ?? ""]]
        }
    }

    private func read(_ objects: [(row: Int, object: [String: Any]?)]) -> Outcome {
        var dossiers: [Dossier] = []
        var problems: [DossierProblem] = []
        var seen: [String: Int] = [:]
        for (row, object) in objects {
            guard let object else {
                problems.append(DossierProblem(row: row, field: "*", reason: .notAnObject))
                continue
            }
            var reader = DossierReader(record: ExportedRecord(object), row: row, resolveUnit: resolveUnit)
            guard let dossier = reader.dossier() else {
                problems += reader.problems
                continue
            }
            if let first = seen[dossier.code] {
                problems.append(DossierProblem(row: row, code: dossier.code, field: "maHoSo", reason: .duplicate, value: "row \(first)"))
                continue
            }
            seen[dossier.code] = row
            dossiers.append(dossier)
        }
        return Outcome(dossiers: dossiers, problems: problems)
    }
}

/// Reads one exported object into a dossier, collecting every problem it finds.
struct DossierReader {
    let record: ExportedRecord
    let row: Int
    let resolveUnit: (String) -> String?
    var problems: [DossierProblem] = []
    var code: String?

    init(record: ExportedRecord, row: Int, resolveUnit: @escaping (String) -> String?) {
        self.record = record
        self.row = row
        self.resolveUnit = resolveUnit
    }

    mutating func problem(_ field: String, _ reason: DossierProblem.Reason, _ value: String? = nil) {
        problems.append(DossierProblem(row: row, code: code, field: field, reason: reason, value: value))
    }

    mutating func required(_ field: String, _ names: [String]) -> String? {
        guard let text = record.text(names) else {
            problem(field, .missing)
            return nil
        }
        return text
    }

    mutating func date(_ field: String, _ names: [String], in source: ExportedRecord? = nil) -> Int64? {
        guard let text = (source ?? record).text(names) else { return nil }
        guard let millis = ExportedDate.millis(text) else {
            problem(field, .notADate, text)
            return nil
        }
        return millis
    }

    mutating func dossier() -> Dossier? {
        code = record.text(["maHoSo", "code", "dossierCode", "soHoSo"])
        if code == nil { problem("maHoSo", .missing) }
        let procedureCode = required("maTTHC", ["maTTHC", "procedureCode", "maThuTuc"])
        let procedureName = record.text(["tenTTHC", "procedureName", "tenThuTuc"]) ?? procedureCode ?? ""
        let fieldCode = record.text(["maLinhVuc", "fieldCode", "linhVuc", "field"])
        let fieldName = record.text(["tenLinhVuc", "fieldName"])
        if fieldCode == nil && fieldName == nil { problem("maLinhVuc", .missing) }
        var unit: String?
        if let text = required("maDonVi", ["maDonVi", "unit", "area", "maDiaBan", "donViTiepNhan"]) {
            unit = resolveUnit(text)
            if unit == nil { problem("maDonVi", .unknownUnit, text) }
        }
        var channel = DossierChannel.inPerson
        if let text = record.text(["kenhThucHien", "kenh", "channel", "hinhThucNop"]) {
            if let value = DossierChannel(exported: text) { channel = value } else { problem("kenhThucHien", .unknownValue, text) }
        }
        var level: OnlineLevel?
        if let text = record.text(["mucDo", "level", "mucDoDVC"]) {
            level = OnlineLevel(exported: text)
            if level == nil { problem("mucDo", .unknownValue, text) }
        }
        var status: DossierStatus?
        if let text = required("trangThaiHoSo", ["trangThaiHoSo", "trangThai", "status"]) {
            status = DossierStatus(exported: text)
            if status == nil { problem("trangThaiHoSo", .unknownValue, text) }
        }
        let submitted = date("ngayNopHoSo", ["ngayNopHoSo", "ngayNop", "submittedAt", "appliedDate"])
        let received = date("ngayTiepNhan", ["ngayTiepNhan", "receivedAt", "acceptedDate"])
        if received == nil && record.text(["ngayTiepNhan", "receivedAt", "acceptedDate"]) == nil { problem("ngayTiepNhan", .missing) }
        let promised = date("ngayHenTra", ["ngayHenTra", "promisedAt", "appointmentDate", "hanXuLy"])
        let finished = date("ngayKetThucXuLy", ["ngayKetThucXuLy", "finishedAt", "completedDate", "ngayTuChoi", "ngayRut"])
        let returned = date("ngayTra", ["ngayTra", "returnedAt", "ngayTraKetQua"])
        let updated = date("ngayCapNhat", ["ngayCapNhat", "updatedAt", "updatedDate", "thoiDiemCapNhat"])
        var limit: Int?
        if let text = record.text(["thoiHanGiaiQuyet", "soNgayGiaiQuyet", "timeLimitDays"]) {
            limit = Int(text).flatMap { $0 >= 0 && $0 <= 3650 ? $0 : nil }
            if limit == nil { problem("thoiHanGiaiQuyet", .notANumber, text) }
        }
        var fee: Int64?
        if let fees = record.objects(["danhSachLePhi", "fees"]) {
            var sum: Int64 = 0
            for item in fees {
                guard let text = item.text(["gia", "soTien", "amount"]) else { continue }
                guard let amount = Self.money(text) else {
                    problem("danhSachLePhi", .notANumber, text)
                    continue
                }
                sum += amount
            }
            fee = sum
        } else if let text = record.text(["lePhi", "feeAmount", "phi"]) {
            fee = Self.money(text)
            if fee == nil { problem("lePhi", .notANumber, text) }
        }
        var paidOnline: Bool?
        if let text = record.text(["duocThanhToanTrucTuyen", "thanhToanTrucTuyen", "paidOnline"]) {
            switch text.trimmedKey {
            // The national portal: 1 through its payment platform, 2 through the province's.
            case "1", "2", "true", "co", "yes": paidOnline = true
            case "0", "3", "false", "khong", "no": paidOnline = false
            default: problem("duocThanhToanTrucTuyen", .unknownValue, text)
            }
        }
        var rating: CitizenRating?
        if let text = record.text(["danhGia", "mucDoHaiLong", "rating"]) {
            rating = CitizenRating(exported: text)
            if rating == nil { problem("danhGia", .unknownValue, text) }
        }
        var waits: [DossierWait] = []
        for item in record.objects(["tamDung", "pauses"]) ?? [] {
            guard let from = date("tamDung.tuNgay", ["tuNgay", "from"], in: item) else {
                if item.text(["tuNgay", "from"]) == nil { problem("tamDung.tuNgay", .missing) }
                continue
            }
            waits.append(DossierWait(kind: .pause, from: from, until: date("tamDung.denNgay", ["denNgay", "until"], in: item), reason: item.text(["lyDo", "reason"])))
        }
        for item in record.objects(["danhSachHoSoBoSung", "supplements"]) ?? [] {
            guard let from = date("danhSachHoSoBoSung.ngayYeuCauBoSung", ["ngayYeuCauBoSung", "ngayYeuCau", "requestedAt"], in: item) else {
                if item.text(["ngayYeuCauBoSung", "ngayYeuCau", "requestedAt"]) == nil { problem("danhSachHoSoBoSung.ngayYeuCauBoSung", .missing) }
                continue
            }
            let until = date("danhSachHoSoBoSung.ngayTiepNhanBoSung", ["ngayTiepNhanBoSung", "ngayBoSung", "supplementedAt"], in: item)
            waits.append(DossierWait(kind: .supplement, from: from, until: until, reason: item.text(["noiDungBoSung", "noiDungYeuCau", "reason"])))
        }
        var steps: [ProcessingStep] = []
        for item in record.objects(["quaTrinhXuLy", "tienTrinh", "steps"]) ?? [] {
            guard let at = date("quaTrinhXuLy.thoiDiemXuLy", ["thoiDiemXuLy", "at"], in: item) else {
                if item.text(["thoiDiemXuLy", "at"]) == nil { problem("quaTrinhXuLy.thoiDiemXuLy", .missing) }
                continue
            }
            let officer = [item.text(["nguoiXuLy", "officer"]), item.text(["chucDanh"])].compactMap { $0 }.joined(separator: ", ")
            steps.append(ProcessingStep(
                at: at, office: item.text(["phongBanXuLy", "office"]) ?? "", officer: officer, action: item.text(["noiDungXuLy", "action"]) ?? ""))
        }
        var applicant: Applicant?
        if let object = record.object(["chuHoSo", "applicant"]) {
            if let name = object.text(["hoTen", "ten", "name"]) {
                applicant = Applicant(name: name, idNumber: object.text(["soGiayTo", "idNumber", "cccd"]), phone: object.text(["soDienThoai", "phone"]), address: object.text(["diaChi", "address"]))
            }
        } else if let name = record.text(["chuHoSo", "applicantName", "tenNguoiNop"]) {
            applicant = Applicant(
                name: name, idNumber: record.text(["soGiayToChuHoSo", "soGiayTo", "applicantId"]), phone: record.text(["soDienThoai", "applicantPhone"]),
                address: record.text(["diaChiChuHoSo", "diaChi", "applicantAddress"]))
        }
        guard problems.isEmpty, let code, let procedureCode, let unit, let status, let received else { return nil }
        if let submitted, submitted > received + 86_400_000 { problem("ngayNopHoSo", .beforeReceipt, record.text(["ngayNopHoSo", "ngayNop", "submittedAt"])) }
        if let finished, finished < received { problem("ngayKetThucXuLy", .beforeReceipt, record.text(["ngayKetThucXuLy", "finishedAt", "ngayTuChoi"])) }
        var closedAt = finished
        if !status.isOpen && closedAt == nil { closedAt = returned ?? (status == .withdrawn || status == .refused ? updated : nil) }
        if !status.isOpen && closedAt == nil { problem("ngayKetThucXuLy", .finishedWithoutDate, status.rawValue) }
        guard problems.isEmpty else { return nil }
        if status.isWaiting && !waits.contains(where: { $0.until == nil }) {
            waits.append(DossierWait(kind: status == .awaitingSupplement ? .supplement : .pause, from: max(received, updated ?? received)))
        }
        return Dossier(
            code: code, procedure: .init(code: procedureCode, name: procedureName),
            field: ServiceField.named(fieldCode ?? fieldName ?? "", exportedName: fieldName), unit: unit,
            receivingOffice: record.text(["noiTiepNhan", "boPhanTiepNhan", "receivingOffice"]),
            handlingOffices: record.list(["donViXuLy", "handlingOffices", "phongBanXuLy"]) ?? [], channel: channel, level: level,
            submittedAt: submitted, receivedAt: received, timeLimitDays: limit, promisedAt: promised, finishedAt: status.isOpen ? nil : closedAt,
            returnedAt: returned, status: status, waits: waits.sorted { $0.from < $1.from }, refusalReason: record.text(["lyDoTuChoi", "refusalReason", "lyDo"]),
            feeAmount: fee, paidOnline: paidOnline, rating: rating, steps: steps.sorted { $0.at < $1.at }, applicant: applicant, updatedAt: updated)
    }

    /// Đồng as exported: digits with `.`, `,` or spaces grouping thousands.
    static func money(_ text: String) -> Int64? {
        let digits = text.filter { !".,  ".contains($0) }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int64(digits)
    }
}

extension DossierImport {
    /// Reads a file of any accepted kind: JSON when it starts with `[` or `{`, otherwise a CSV
    /// or XLSX sheet.
    public func read(file bytes: [UInt8]) throws(DossierError) -> Outcome {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let first = body.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }), first == UInt8(ascii: "[") || first == UInt8(ascii: "{") {
            return try read(json: Array(body))
        }
        let grid: SheetGrid
        do { grid = try SheetFile.read(bytes) } catch { throw .unreadableFile(error.description) }
        return try read(sheet: grid)
    }
}
