import CRDT
import Foundation
import Replica
import Testing
import Vietnam

@testable import PublicServices

/// Dossiers on the replica: idempotent ingest, units, erasure, weekly reports.
@Suite struct DossierDeskTests {
    typealias F = DossierFixtures
    static let now = F.at(CivilDate(2026, 1, 19), 8)

    static func desk(scope: String = "province", site: UInt64 = 1) throws -> (DossierDesk, String) {
        let folder = NSTemporaryDirectory() + "ioc-dossiers-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let replica = try Replica(path: folder + "/r.sqlite", site: SiteID(site), projections: [DossierProjection()])
        return (DossierDesk(replica: replica, homeScope: scope, now: { now }), folder)
    }

    static func sample(_ code: String = "G1", unit: String = "651", status: DossierStatus = .processing, finished: Int64? = nil) -> Dossier {
        F.dossier(
            code, unit: unit, received: F.at(CivilDate(2026, 1, 5)), days: 5, status: status, finished: finished,
            applicant: Applicant(name: "Nguyễn Văn An", idNumber: "066123456789"),
            steps: [ProcessingStep(at: F.at(CivilDate(2026, 1, 5)), office: "Một cửa", officer: "Hoa", action: "Tiếp nhận hồ sơ")])
    }

    @Test func ingestingTheSameExportTwiceWritesNothingTheSecondTime() async throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = try await desk.ingest([Self.sample("G1"), Self.sample("G2")], author: "mot-cua")
        let changes = try await desk.replica.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM change") ?? 0 }
        let second = try await desk.ingest([Self.sample("G1"), Self.sample("G2")], author: "mot-cua")
        #expect((first.created, second.unchanged, second.updated) == (2, 2, 0))
        #expect(try await desk.replica.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM change") ?? 0 } == changes)
    }

    @Test func aNewStepIsAddedToTheTimelineAndOldOnesKept() async throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await desk.ingest([Self.sample()], author: "mot-cua")
        var later = Self.sample()
        later.steps = [ProcessingStep(at: F.at(CivilDate(2026, 1, 6)), office: "Chi cục Thuế", officer: "Bình", action: "Thẩm định")]
        let outcome = try await desk.ingest([later], author: "mot-cua")
        #expect(outcome.updated == 1)
        let detail = try #require(try await desk.detail("G1"))
        #expect(detail.dossier.steps.map(\.action) == ["Tiếp nhận hồ sơ", "Thẩm định"])
    }

    @Test func aBatchWithAnUnknownUnitWritesNothing() async throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        await #expect(throws: DossierError.self) { try await desk.ingest([Self.sample("G1"), Self.sample("G2", unit: "999")], author: "x") }
        #expect(try await desk.dossiers().isEmpty)
    }

    @Test func aDossierThatChangesUnitMovesToTheNewUnitsScope() async throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await desk.ingest([Self.sample(unit: "651")], author: "x")
        try await desk.ingest([Self.sample(unit: "643")], author: "x")
        #expect(try await desk.dossiers(units: ["651"]).isEmpty)
        #expect(try await desk.dossiers(units: ["643"]).map(\.code) == ["G1"])
    }

    @Test func anErasedApplicantIsNeverWrittenAgainByALaterIngest() async throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let closed = Self.sample(status: .returned, finished: F.at(CivilDate(2026, 1, 8)))
        try await desk.ingest([closed, Self.sample("OPEN")], author: "x")
        #expect(try await desk.eraseApplicants(closedBefore: F.at(CivilDate(2026, 1, 10)), author: "luu-tru") == 1)
        try await desk.ingest([closed], author: "x")
        let detail = try #require(try await desk.detail("G1"))
        #expect(detail.dossier.applicant == nil)
        #expect(detail.applicantErased)
        #expect(try await desk.detail("OPEN")?.dossier.applicant != nil)
        #expect(try await desk.eraseApplicants(closedBefore: F.at(CivilDate(2026, 1, 10)), author: "luu-tru") == 0)
    }

    @Test func aNodeSeesOnlyItsOwnUnitsDossiers() async throws {
        let (hub, folder) = try Self.desk(scope: "651")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await hub.ingest([Self.sample("MINE", unit: "651"), Self.sample("THEIRS", unit: "643")], author: "x")
        #expect(try await hub.dossiers().map(\.code) == ["MINE"])
        #expect(try await hub.detail("THEIRS") == nil)
    }

    @Test func eachUnitGetsOneReportAWeekHoweverOftenIssuingRuns() async throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await desk.ingest([Self.sample("LATE"), Self.sample("OTHER", unit: "643")], author: "x")
        let issued = try await desk.issueWeeklyReports(clock: DossierClock(), at: Self.now, author: "ioc")
        #expect(issued.count == desk.areas.count)
        #expect(try await desk.issueWeeklyReports(clock: DossierClock(), at: Self.now + 3_600_000, author: "ioc").isEmpty)
        let eaKar = try #require(issued.first { $0.unit == "651" })
        #expect(eaKar.entries.map(\.code) == ["LATE"])
        #expect(eaKar.entries.first?.daysOverdue == 5)
        #expect(eaKar.recipient == "Ủy ban nhân dân huyện Ea Kar")
        #expect(eaKar.number.hasSuffix("/BC-IOC"))
        #expect(issued.first { $0.unit == "province" }?.recipient == "Trung tâm Phục vụ hành chính công tỉnh Đắk Lắk")
    }

    @Test func theFirstReadingOfAReportStands() async throws {
        let (desk, folder) = try Self.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let report = try #require(try await desk.issueWeeklyReports(clock: DossierClock(), at: Self.now, author: "ioc").first)
        let first = try await desk.acknowledge(report.id, reader: "an@651", site: "651")
        let second = try await desk.acknowledge(report.id, reader: "binh@651", site: "651")
        #expect(second == first)
        #expect(try await desk.report(report.id)?.reading?.by == "an@651")
    }

    @Test func aNodeMayOnlyMarkAReportRead() {
        let readOnly = Change(
            origin: SiteID(2), seq: 1, hlc: HLCTimestamp(physicalMillis: 1), entityType: DossierDesk.reportType, entityID: EntityID(high: 1, low: 1),
            scope: "651", author: "an", ops: [FieldOp(field: "read", value: Array("{}".utf8))])
        var rewrite = readOnly
        rewrite.ops = [FieldOp(field: "report", value: Array("{}".utf8))]
        let current = EntityState(entityType: DossierDesk.reportType, scope: "651")
        #expect(DossierDesk.reportNodeWriteRefusal(readOnly, current: current, district: "651") == nil)
        #expect(DossierDesk.reportNodeWriteRefusal(rewrite, current: current, district: "651") != nil)
        #expect(DossierDesk.reportNodeWriteRefusal(readOnly, current: nil, district: "651") != nil)
    }

    @Test func scheduleMomentsFallOnTheConfiguredWeekdayAndTime() throws {
        let schedule = try #require(WeeklySchedule(parsing: "mon 08:00"))
        #expect(schedule.moment(inWeekOf: F.at(CivilDate(2026, 1, 21), 12)) == F.at(CivilDate(2026, 1, 19), 8))
        #expect(!schedule.isDue(at: F.at(CivilDate(2026, 1, 19), 7, 59)))
        #expect(schedule.isDue(at: F.at(CivilDate(2026, 1, 19), 8)))
        #expect(WeeklySchedule(parsing: "t6 16:30") == WeeklySchedule(weekday: 5, hour: 16, minute: 30))
        #expect(WeeklySchedule(parsing: "mon 8") == nil)
    }
}
