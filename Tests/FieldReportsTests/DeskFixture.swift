import CRDT
import FieldReports
import Foundation
import Replica
import Synchronization
import Vietnam

/// A district desk (or the hub's) on a fresh replica in a temporary folder, with a clock
/// the test moves.
final class DeskFixture: Sendable {
    let folder = NSTemporaryDirectory() + "ioc-records-\(UUID().uuidString.prefix(8))"
    let replica: Replica
    let desk: RecordDesk
    private let clock: TestClock

    /// 10:00 in Vietnam on `date`.
    static func millis(_ date: CivilDate, hour: Int = 10) -> Int64 {
        VietnamTime.endOfDay(date.adding(days: -1)) + 1 + Int64(hour) * 3_600_000
    }

    init(scope: String = "651", site: UInt64 = 1, at date: CivilDate = CivilDate(2026, 11, 23)) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        replica = try Replica(path: folder + "/replica.sqlite", site: SiteID(site), servesScopes: scope == Scope.province, projections: [ReportProjection()])
        let clock = TestClock(Self.millis(date))
        self.clock = clock
        desk = RecordDesk(replica: replica, homeScope: scope, now: { clock.millis })
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func set(_ date: CivilDate, hour: Int = 10) { clock.millis = Self.millis(date, hour: hour) }

    var now: Int64 { clock.millis }

    /// Takes a littering report (3 working days) and returns its case.
    @discardableResult
    func report(_ text: String = "Rác thải đổ trên vỉa hè đường Nguyễn Tất Thành", category: String = "xa-rac",
                phone: String? = "0912 345 678", district: String? = nil) async throws -> IntakeReceipt {
        try await desk.intake(
            ReportIntake(
                category: category, description: text, latitude: 12.80, longitude: 108.45, address: "Thị trấn Ea Kar",
                channel: "web", reporter: .init(name: "Nguyễn Thị Hoa", phone: phone, email: "hoa@example.vn"), district: district),
            author: "nguoi-dan")
    }

    func act(_ action: CaseAction, _ id: EntityID, _ input: CaseActionInput = CaseActionInput(), by author: String = "an") async throws(RecordError) {
        try await desk.perform(action, on: id, input: input, author: author)
    }

    func record(_ id: EntityID) async throws -> CaseRecord {
        guard let record = try await desk.caseRecord(id) else { throw RecordError(.notFound, .caseNotFound(id.description)) }
        return record
    }
}

/// The time a test says it is.
final class TestClock: Sendable {
    private let value: Mutex<Int64>
    init(_ millis: Int64) { value = Mutex(millis) }
    var millis: Int64 {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }
}
