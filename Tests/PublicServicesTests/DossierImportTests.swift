import Foundation
import Sheets
import Testing
import Vietnam

@testable import PublicServices

/// Reading one-stop exports: the national portal's shape, ours, CSV, and bad rows.
@Suite struct DossierImportTests {
    let importer = DossierImport(resolveUnit: { ["651": "651", "ea-kar": "651", "province": "province"][$0] })

    static let nationalPortal = """
        [{"MaHoSo":"000.00.51.H15-260105-0001","MaTTHC":"1.010855","TenTTHC":"Khai lệ phí trước bạ nhà, đất","MaLinhVuc":"thue",
          "TenLinhVuc":"Thuế","KenhThucHien":"2","ChuHoSo":"Nguyễn Văn An","SoGiayToChuHoSo":"066123456789","SoDienThoai":"0912345678",
          "NgayNopHoSo":"20260105080000","NgayTiepNhan":"20260105083000","NgayHenTra":"20260112170000","NgayKetThucXuLy":"20260109150000",
          "NgayTra":"20260110090000","TrangThaiHoSo":"10","DonViXuLy":"Chi cục Thuế khu vực Ea Kar","MaDonVi":"651",
          "DanhSachLePhi":[{"TenPhiLePhi":"Lệ phí","Gia":"135000"}],"DuocThanhToanTrucTuyen":"1",
          "DanhSachHoSoBoSung":[{"NgayYeuCauBoSung":"20260106090000","NgayTiepNhanBoSung":"20260107100000","NoiDungBoSung":"Thiếu tờ khai"}],
          "QuaTrinhXuLy":[{"NguoiXuLy":"Lê Thị Hoa","ChucDanh":"Chuyên viên","ThoiDiemXuLy":"20260105090000","PhongBanXuLy":"Một cửa","NoiDungXuLy":"Tiếp nhận hồ sơ"}]}]
        """

    @Test func theNationalPortalsShapeIsReadWhole() throws {
        let outcome = try importer.read(json: Array(Self.nationalPortal.utf8))
        #expect(outcome.problems.isEmpty)
        let d = try #require(outcome.dossiers.first)
        #expect(d.code == "000.00.51.H15-260105-0001")
        #expect(d.channel == .online)
        #expect(d.status == .returned)
        #expect(d.receivedAt == DossierFixtures.at(CivilDate(2026, 1, 5), 8, 30))
        #expect(d.finishedAt == DossierFixtures.at(CivilDate(2026, 1, 9), 15))
        #expect(d.feeAmount == 135_000)
        #expect(d.paidOnline == true)
        #expect(d.waits.map(\.kind) == [.supplement])
        #expect(d.steps.map(\.officer) == ["Lê Thị Hoa, Chuyên viên"])
        #expect(d.applicant?.idNumber == "066123456789")
        #expect(d.handlingOffices == ["Chi cục Thuế khu vực Ea Kar"])
    }

    @Test func everyBadObjectIsReportedWithItsRowFieldAndReason() throws {
        let json = """
            {"data":[
              {"maHoSo":"A","maTTHC":"1","maLinhVuc":"thue","maDonVi":"651","ngayTiepNhan":"2026-01-05T08:00:00+07:00","trangThaiHoSo":"4"},
              {"maHoSo":"B","maTTHC":"1","maLinhVuc":"thue","maDonVi":"651","ngayTiepNhan":"31/02/2026","trangThaiHoSo":"4"},
              {"maHoSo":"C","maTTHC":"1","maLinhVuc":"thue","maDonVi":"999","ngayTiepNhan":"05/01/2026 08:00","trangThaiHoSo":"đang xử lý"},
              {"maHoSo":"D","maTTHC":"1","maLinhVuc":"thue","maDonVi":"651","ngayTiepNhan":"05/01/2026","trangThaiHoSo":"10"},
              {"maHoSo":"A","maTTHC":"1","maLinhVuc":"thue","maDonVi":"651","ngayTiepNhan":"05/01/2026","trangThaiHoSo":"4"},
              42
            ]}
            """
        let outcome = try importer.read(json: Array(json.utf8))
        #expect(outcome.dossiers.map(\.code) == ["A"])
        let problems = outcome.problems.map { "\($0.row) \($0.field) \($0.reason.rawValue)" }
        #expect(problems == [
            "2 ngayTiepNhan notADate", "3 maDonVi unknownUnit", "4 ngayKetThucXuLy finishedWithoutDate", "5 maHoSo duplicate", "6 * notAnObject",
        ])
    }

    @Test func aCSVExportWithSemicolonsAndOneWaitPerRowIsRead() throws {
        let csv = """
            maHoSo;maTTHC;tenTTHC;maLinhVuc;maDonVi;kenhThucHien;ngayTiepNhan;thoiHanGiaiQuyet;trangThaiHoSo;yeuCauBoSungNgay;chuHoSo
            G1;2.000889;Đăng ký biến động;dat-dai;ea-kar;truc-tiep;05/01/2026 08:00:00;10;cho-bo-sung;07/01/2026 09:00;Trần Thị Bình
            G2;2.000889;Đăng ký biến động;dat-dai;651;1;05/01/2026 09:00:00;10;4;;

            """
        let outcome = try importer.read(sheet: CSVSheetReader.read(Array(csv.utf8)))
        #expect(outcome.problems.isEmpty)
        #expect(outcome.dossiers.map(\.code) == ["G1", "G2"])
        #expect(outcome.dossiers[0].waits.map(\.until) == [nil])
        #expect(outcome.dossiers[0].applicant?.name == "Trần Thị Bình")
        #expect(outcome.dossiers[1].channel == .inPerson)
    }

    @Test func aWaitingDossierWithoutWaitDatesWaitsFromItsLastUpdate() throws {
        let json = """
            [{"maHoSo":"A","maTTHC":"1","maLinhVuc":"thue","maDonVi":"651","ngayTiepNhan":"20260105080000","trangThaiHoSo":"6","ngayCapNhat":"20260107080000"}]
            """
        let d = try #require(try importer.read(json: Array(json.utf8)).dossiers.first)
        #expect(d.waits == [DossierWait(kind: .pause, from: DossierFixtures.at(CivilDate(2026, 1, 7), 8))])
    }

    @Test func textThatIsNotJSONIsRefusedWithTheParsersReason() {
        #expect(throws: DossierError.self) { try importer.read(json: Array("[{\"maHoSo\": ".utf8)) }
    }

    @Test func exportedDatesAreReadInEveryFormOneStopSystemsUse() {
        let expected = DossierFixtures.at(CivilDate(2026, 1, 5), 8, 30)
        for text in ["20260105083000", "2026-01-05T08:30:00+07:00", "2026-01-05T01:30:00Z", "2026-01-05 08:30:00", "05/01/2026 08:30", "2026-01-05T08:30:00.000+0700"] {
            #expect(ExportedDate.millis(text) == expected, "\(text)")
        }
        #expect(ExportedDate.millis("20260230083000") == nil)
        #expect(ExportedDate.millis("05/13/2026") == nil)
    }

    @Test func maskingKeepsNoWholeWordOfTheNameAndThreeDigitsAtMost() {
        let masked = Applicant(name: "Nguyễn Văn An", idNumber: "066123456789", phone: "0912345678", address: "12 Lê Duẩn").masked
        #expect(masked.name == "N. V. A.")
        #expect(masked.idNumber == "***789")
        #expect(masked.phone == "***678")
        #expect(masked.address == nil)
    }
}
