import Foundation
import Testing
import Vietnam

@testable import PublicServices

/// The polling connector against a fake one-stop server on loopback.
@Suite struct OneStopConnectorTests {
    static func connector(_ server: FakeOneStop, desk: DossierDesk, cursor: String, pageSize: Int = 10) -> OneStopConnector {
        var configuration = OneStopConnector.Configuration(url: server.url)
        configuration.pageSize = pageSize
        configuration.retryDelay = .milliseconds(20)
        configuration.attempts = 3
        configuration.requestTimeout = .seconds(5)
        return OneStopConnector(configuration: configuration, desk: desk, cursorPath: cursor)
    }

    @Test func theFirstPollTakesEveryPageAndSavesTheCursor() async throws {
        let server = try FakeOneStop()
        let (desk, folder) = try DossierDeskTests.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await server.admin(["add": (1...25).map { FakeOneStop.dossier($0, changed: "202601050\(String(format: "%05d", 83000 + $0))") }])
        let status = await Self.connector(server, desk: desk, cursor: folder + "/cursor.json").run()
        #expect(status.lastError == nil)
        #expect(status.pages == 3)
        #expect(status.ingested.created == 25)
        #expect(try await desk.dossiers().count == 25)
        #expect(OneStopConnector.loadCursor(folder + "/cursor.json") == status.cursor)
        #expect(status.cursor == ExportedDate.millis("20260105083025"))
    }

    @Test func aLaterPollAsksOnlyForWhatChangedSinceTheCursor() async throws {
        let server = try FakeOneStop()
        let (desk, folder) = try DossierDeskTests.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await server.admin(["add": (1...5).map { FakeOneStop.dossier($0, changed: "2026010508300\($0)") }])
        let connector = Self.connector(server, desk: desk, cursor: folder + "/cursor.json")
        await connector.run()
        try await server.admin(["add": [FakeOneStop.dossier(2, changed: "20260106090000", status: "5"), FakeOneStop.dossier(6, changed: "20260106090100")]])
        let status = await connector.run()
        #expect(try await server.requests().last?.contains("since=20260105083005") == true)
        #expect(status.ingested.created == 6)
        #expect(status.ingested.updated == 1)
        #expect(try await desk.dossiers().first { $0.code.hasSuffix("0000002") }?.status == .awaitingSupplement)
    }

    @Test func transientServerErrorsAreRetried() async throws {
        let server = try FakeOneStop()
        let (desk, folder) = try DossierDeskTests.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await server.admin(["add": [FakeOneStop.dossier(1, changed: "20260105083001")], "fail_next": 2])
        let status = await Self.connector(server, desk: desk, cursor: folder + "/cursor.json").run()
        #expect(status.lastError == nil)
        #expect(status.ingested.created == 1)
    }

    @Test func aRunThatFailsMidwayKeepsItsCursorAndARestartedConnectorResumesFromIt() async throws {
        let server = try FakeOneStop()
        let (desk, folder) = try DossierDeskTests.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await server.admin(["add": (1...25).map { FakeOneStop.dossier($0, changed: "202601050\(String(format: "%05d", 83000 + $0))") }, "fail_page": 1])
        let failed = await Self.connector(server, desk: desk, cursor: folder + "/cursor.json").run()
        #expect(failed.lastError?.contains("500") == true)
        #expect(failed.cursor == ExportedDate.millis("20260105083010"))
        #expect(try await desk.dossiers().count == 10)
        try await server.admin(["fail_page": NSNull()])
        let restarted = Self.connector(server, desk: desk, cursor: folder + "/cursor.json")
        let status = await restarted.run()
        #expect(status.lastError == nil)
        #expect(try await server.requests().last?.contains("since=20260105083010") == true)
        #expect(try await desk.dossiers().count == 25)
    }

    @Test func aBadDossierInAPageIsReportedAndTheOthersAreIngested() async throws {
        let server = try FakeOneStop()
        let (desk, folder) = try DossierDeskTests.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var bad = FakeOneStop.dossier(2, changed: "20260105083002")
        bad["NgayTiepNhan"] = "hôm qua"
        try await server.admin(["add": [FakeOneStop.dossier(1, changed: "20260105083001"), bad]])
        let status = await Self.connector(server, desk: desk, cursor: folder + "/cursor.json").run()
        #expect(status.ingested.created == 1)
        #expect(status.problems.map(\.field) == ["ngayTiepNhan"])
        #expect(status.problems.first?.code?.hasSuffix("0000002") == true)
    }

    @Test func aWrongTokenIsAFailureNotARetryLoop() async throws {
        let server = try FakeOneStop()
        let (desk, folder) = try DossierDeskTests.desk()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try await server.admin(["token": "dung", "add": [FakeOneStop.dossier(1, changed: "20260105083001")]])
        let status = await Self.connector(server, desk: desk, cursor: folder + "/cursor.json").run()
        #expect(status.lastError?.contains("403") == true)
        #expect(try await server.requests().filter { $0.hasPrefix("/dossiers") }.count == 1)
    }
}
