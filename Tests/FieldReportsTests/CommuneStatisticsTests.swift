import CRDT
import FieldReports
import Testing
import Vietnam

/// Reports grouped by the 2025 commune or ward whose area holds their location.
@Suite struct CommuneStatisticsTests {
    static let day = CivilDate(2026, 11, 23)

    static func commune(_ name: String) throws -> AdministrativeUnit {
        try #require(AdministrativeUnits.shipped.communes(on: day).first { $0.name == name })
    }

    static func report(_ fixture: DeskFixture, at unit: AdministrativeUnit?) async throws {
        _ = try await fixture.desk.intake(
            ReportIntake(
                category: "xa-rac", description: "Rác thải đổ trên vỉa hè", latitude: unit?.latitude, longitude: unit?.longitude,
                address: unit == nil ? "Không rõ vị trí" : nil, channel: "web", district: "643"),
            author: "nguoi-dan")
    }

    @Test func aReportLocatedInsideACommunesAreaIsGroupedUnderThatCommune() async throws {
        let fixture = try DeskFixture(scope: Scope.province)
        let ward = try Self.commune("Phường Buôn Ma Thuột"), coast = try Self.commune("Phường Tuy Hòa")
        try await Self.report(fixture, at: ward)
        try await Self.report(fixture, at: ward)
        try await Self.report(fixture, at: coast)
        try await Self.report(fixture, at: nil)
        let result = try await fixture.desk.statistics(StatisticsQuery(groupBy: .commune))
        let byKey = Dictionary(uniqueKeysWithValues: result.rows.map { ($0.key, $0.received) })
        #expect(byKey == [ward.code: 2, coast.code: 1, "": 1])
        #expect(result.total.received == 4 && result.rows.allSatisfy(\.isBalanced))
    }
}
