import CRDT
import FieldReports
import Foundation
import GRDB
import Replica
import Testing
import Vietnam

/// Reporters' personal data is erased once a case has been closed longer than the
/// retention period (Decree 13/2023), from the merged state and from the change log.
@Suite struct RetentionTests {
    let fixture: DeskFixture
    init() throws { fixture = try DeskFixture() }

    func closed(_ receipt: IntakeReceipt) async throws {
        try await fixture.act(.accept, receipt.case, CaseActionInput(unit: "tai-nguyen-moi-truong"))
        try await fixture.act(.start, receipt.case)
        try await fixture.act(.resolve, receipt.case, CaseActionInput(result: "Đã thu gom rác"))
        try await fixture.act(.close, receipt.case, by: "binh")
    }

    @Test func aCaseClosedBeforeTheCutoffLosesItsReportersContactAndKeepsTheRest() async throws {
        let receipt = try await fixture.report()
        try await closed(receipt)
        let erased = try await fixture.desk.eraseReporters(closedBefore: fixture.now + 1, author: "luu-tru")
        let record = try await fixture.record(receipt.case)
        #expect(erased == 1)
        #expect(record.reporter.isEmpty && record.status == .closed && record.description.contains("Rác thải"))
        #expect(try await fixture.desk.eraseReporters(closedBefore: fixture.now + 1, author: "luu-tru") == 0, "an erased report is not written again")
    }

    @Test func openCasesAndCasesClosedAfterTheCutoffKeepTheirReporter() async throws {
        let open = try await fixture.report()
        let recent = try await fixture.report("Lấn chiếm vỉa hè")
        try await closed(recent)
        #expect(try await fixture.desk.eraseReporters(closedBefore: fixture.now - 1, author: "luu-tru") == 0)
        #expect(try await fixture.record(open.case).reporter.phone != nil)
        #expect(try await fixture.record(recent.case).reporter.phone != nil)
    }

    @Test func noHeldChangeStillCarriesTheErasedPhoneNumber() async throws {
        let receipt = try await fixture.report(phone: "0912 999 888")
        try await closed(receipt)
        func logHolds(_ text: String) async throws -> Bool {
            try await fixture.replica.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM change WHERE instr(body, ?) > 0", arguments: [Data(text.utf8)]) ?? 0
            } > 0
        }
        #expect(try await logHolds("0912 999 888"), "the intake's change holds it before")
        _ = try await fixture.desk.eraseReporters(closedBefore: fixture.now + 1, author: "luu-tru")
        #expect(try await fixture.desk.redactErasedReporters() == 1)
        let phoneHeld = try await logHolds("0912 999 888")
        let nameHeld = try await logHolds("Nguyễn Thị Hoa")
        #expect(!phoneHeld && !nameHeld)
        #expect(try await fixture.desk.redactErasedReporters() == 0, "each report is cleaned once")
        #expect(try await fixture.record(receipt.case).status == .closed, "the merged state is untouched")
    }
}
