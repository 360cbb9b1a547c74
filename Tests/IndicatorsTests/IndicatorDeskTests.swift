import CRDT
import Foundation
import Replica
import Testing

@testable import Indicators

/// Figures on the replica: revisions, the district's reach, the workflow and concurrent edits.
@Suite struct IndicatorDeskTests {
    static let catalog = [
        IndicatorDefinition(code: "RETAIL", nameVi: "Bán lẻ", nameEn: "Retail", group: "trade", unit: "tỷ đồng", frequency: .month, aggregation: .sum, nature: .flow, source: "t"),
        IndicatorDefinition(code: "POP", nameVi: "Dân số", nameEn: "Population", group: "population", unit: "nghìn người", frequency: .year, aggregation: .sum, nature: .stock, source: "t"),
    ]
    static let june = ReportingPeriod(parsing: "2026-06")!
    static let officer = IndicatorActor(author: "can-bo@651", areas: ["651"], approves: false)
    static let office = IndicatorActor(author: "cuc-thong-ke", areas: nil, approves: true)

    /// A hub replica with the catalog, and the folder to remove.
    static func hub(site: UInt64 = 1) async throws -> (IndicatorDesk, String) {
        let folder = NSTemporaryDirectory() + "ioc-indicators-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let replica = try Replica(path: folder + "/hub.sqlite", site: SiteID(site), projections: [IndicatorProjection()])
        let desk = IndicatorDesk(replica: replica, homeScope: "province")
        try await desk.catalog.put(catalog, author: "test")
        return (desk, folder)
    }

    static func entry(_ value: Double, area: String = "651", indicator: String = "RETAIL", period: ReportingPeriod = june, reason: String? = nil) -> FigureEntry {
        FigureEntry(indicator: indicator, area: area, period: period, value: value, status: .estimate, source: "Chi cục Thống kê", reason: reason)
    }

    @Test func aFigureIsStoredWithWhoEnteredItAndEveryRevisionIsKept() async throws {
        let (desk, folder) = try await Self.hub()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await desk.enter([Self.entry(812)], by: Self.officer)
        try await desk.enter([Self.entry(815.5)], by: Self.officer)
        let figures = try await desk.figures(indicator: "RETAIL", area: "651")
        #expect(figures.map(\.value) == [815.5])
        #expect(figures.first?.enteredBy == "can-bo@651")
        let revisions = try await desk.revisions(indicator: "RETAIL", area: "651", year: 2026)
        #expect(revisions.map(\.value) == [812, 815.5])
        #expect(revisions.allSatisfy { $0.by == "can-bo@651" && $0.period == Self.june })
    }

    @Test func aDistrictOfficerEntersOnlyItsOwnDistrict() async throws {
        let (desk, folder) = try await Self.hub()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        await #expect(throws: IndicatorError.self) { try await desk.enter([Self.entry(1, area: "643")], by: Self.officer) }
        await #expect(throws: IndicatorError.self) { try await desk.enter([Self.entry(1, area: "province")], by: Self.officer) }
        #expect(try await desk.figures(area: "643").isEmpty)
    }

    @Test func aBatchWithOneWrongFigureWritesNothing() async throws {
        let (desk, folder) = try await Self.hub()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let batch = [Self.entry(812), Self.entry(60, indicator: "POP", period: Self.june)]
        let refused = await #expect(throws: IndicatorError.self) { try await desk.enter(batch, by: Self.officer) }
        guard case .invalid("period", .periodNotReported) = refused else {
            Issue.record("a monthly figure of a yearly indicator: \(String(describing: refused))")
            return
        }
        await #expect(throws: IndicatorError.self) { try await desk.enter([Self.entry(812), Self.entry(.nan)], by: Self.officer) }
        await #expect(throws: IndicatorError.self) { try await desk.enter([Self.entry(812), Self.entry(1, indicator: "NOPE")], by: Self.officer) }
        #expect(try await desk.figures(area: "651").isEmpty)
    }

    @Test func aSubmittedReportIsClosedToTheDistrictButOpenToTheOffice() async throws {
        let (desk, folder) = try await Self.hub()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await desk.enter([Self.entry(812)], by: Self.officer)
        let submitted = try await desk.act(.submit, area: "651", period: Self.june, reason: nil, by: Self.officer)
        #expect(submitted == .submitted)
        let refused = await #expect(throws: IndicatorError.self) { try await desk.enter([Self.entry(900)], by: Self.officer) }
        guard case .reportClosed(_, _, .submitted) = refused else {
            Issue.record("a submitted figure changed by the district: \(String(describing: refused))")
            return
        }
        try await desk.enter([Self.entry(820)], by: Self.office)
        #expect(try await desk.figures(indicator: "RETAIL", area: "651").first?.value == 820)
    }

    @Test func theWorkflowGoesSubmitApproveLockAndOnlyTheOfficeApproves() async throws {
        let (desk, folder) = try await Self.hub()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        await #expect(throws: IndicatorError.self) { try await desk.act(.approve, area: "651", period: Self.june, reason: nil, by: Self.office) }
        try await desk.act(.submit, area: "651", period: Self.june, reason: nil, by: Self.officer)
        let refused = await #expect(throws: IndicatorError.self) { try await desk.act(.approve, area: "651", period: Self.june, reason: nil, by: Self.officer) }
        guard case .approverOnly(.approve) = refused else {
            Issue.record("a district approved its own report: \(String(describing: refused))")
            return
        }
        let approved = try await desk.act(.approve, area: "651", period: Self.june, reason: nil, by: Self.office)
        #expect(approved == .approved)
        let locked = try await desk.act(.lock, area: "651", period: Self.june, reason: nil, by: Self.office)
        #expect(locked == .locked)
        let status = try await desk.reportStatus(area: "651", period: Self.june)
        #expect(status == .locked)
        let reports = try await desk.reports(area: "651")
        #expect(reports.map(\.status) == [.locked])
    }

    @Test func aLockedFigureChangesOnlyByARevisionWithAReason() async throws {
        let (desk, folder) = try await Self.hub()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await desk.enter([Self.entry(812)], by: Self.officer)
        try await desk.act(.submit, area: "651", period: Self.june, reason: nil, by: Self.officer)
        try await desk.act(.approve, area: "651", period: Self.june, reason: nil, by: Self.office)
        try await desk.act(.lock, area: "651", period: Self.june, reason: nil, by: Self.office)
        let refused = await #expect(throws: IndicatorError.self) { try await desk.enter([Self.entry(830)], by: Self.office) }
        guard case .reasonRequired = refused else {
            Issue.record("a locked figure changed without a reason: \(String(describing: refused))")
            return
        }
        try await desk.enter([Self.entry(830, reason: "Số liệu chính thức của Cục Thống kê")], by: Self.office)
        let revisions = try await desk.revisions(indicator: "RETAIL", area: "651", year: 2026)
        #expect(revisions.last?.reason == "Số liệu chính thức của Cục Thống kê")
        #expect(revisions.map(\.value) == [812, 830])
    }

    @Test func theSameFigureWrittenAtTheNodeAndTheHubWhileApartIsAConflictUntilWrittenAgain() async throws {
        let (hub, hubFolder) = try await Self.hub(site: 1)
        let (node, nodeFolder) = try await Self.hub(site: 2)
        defer {
            try? FileManager.default.removeItem(atPath: hubFolder)
            try? FileManager.default.removeItem(atPath: nodeFolder)
        }
        try await node.enter([Self.entry(812)], by: Self.officer)
        try await hub.enter([Self.entry(815)], by: Self.office)
        let fromNode = try node.replica.ownChanges(after: 0, maxBytes: 1 << 24).map { try $0.change() }.filter { $0.entityType == IndicatorDesk.yearType }
        _ = try hub.replica.apply(fromNode, contiguous: false)
        let figure = try #require(try await hub.figures(indicator: "RETAIL", area: "651").first)
        #expect(Set([figure.value] + figure.conflicting) == [812, 815])
        try await hub.enter([Self.entry(815)], by: Self.office)
        #expect(try await hub.figures(indicator: "RETAIL", area: "651").first?.conflicting == [])
    }

    @Test func theHubRefusesANodesApprovalOrLock() throws {
        func change(_ status: String) -> Change {
            Change(
                origin: SiteID(2), seq: 1, hlc: HLCTimestamp(physicalMillis: 1), entityType: IndicatorDesk.reportType, entityID: EntityID(high: 1, low: 2),
                scope: "651", author: "can-bo@651", ops: [FieldOp(field: "status", kind: .assign, value: Array("\"\(status)\"".utf8))])
        }
        #expect(IndicatorDesk.nodeWriteRefusal(change("submitted"), current: nil, district: "651") == nil)
        #expect(IndicatorDesk.nodeWriteRefusal(change("approved"), current: nil, district: "651") != nil)
        #expect(IndicatorDesk.nodeWriteRefusal(change("locked"), current: nil, district: "651") != nil)
        #expect(IndicatorDesk.nodeWriteRefusal(change("draft"), current: nil, district: "651") != nil)
    }
}
