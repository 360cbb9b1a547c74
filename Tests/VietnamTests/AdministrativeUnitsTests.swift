import Foundation
import Testing
import Vietnam

/// The administrative units are data: the shipped list, and what adding a district takes.
@Suite struct AdministrativeUnitsTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let dataFile = repository.appendingPathComponent("Protocol/Domain/Vietnam/administrative-units.json")

    /// The shipped document with one more former district running a node: Cư Kuin (GSO 657),
    /// which the hub served alone until now.
    static func withASixthDistrict() throws -> Data {
        var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: dataFile)) as? [String: Any])
        var units = try #require(document["units"] as? [[String: Any]])
        let index = try #require(units.firstIndex { $0["code"] as? String == "657" })
        units[index]["runs_node"] = true
        document["units"] = units
        return try JSONSerialization.data(withJSONObject: document)
    }

    @Test func theShippedListHoldsTheProvinceItsFifteenFormerDistrictsAndTheFiveNodesOfTheFirstRollout() {
        let units = AdministrativeUnits.shipped
        #expect(units.unit("66")?.kind == .province)
        #expect(units.districts.map(\.code) == ["643", "644", "648", "651", "650", "645", "646", "647", "649", "652", "653", "654", "655", "656", "657"])
        #expect(units.nodeAreas.map(\.slug) == ["buon-ma-thuot", "buon-ho", "cu-mgar", "ea-kar", "krong-nang"])
        #expect(AdministrativeUnit.named("ea-kar")?.name == "Ea Kar")
        #expect(AdministrativeUnit.named("651")?.validTo == CivilDate(2025, 6, 30))
    }

    @Test func theCompiledListIsTheFileInTheRepository() throws {
        let file = try AdministrativeUnits(json: Data(contentsOf: Self.dataFile))
        #expect(file.units == AdministrativeUnits.shipped.units)
    }

    @Test func aSixthNodeIsOneFlagOfData() throws {
        let units = try AdministrativeUnits(json: Self.withASixthDistrict())
        #expect(units.nodeAreas.count == 6)
        #expect(units.nodeAreas.last?.slug == "cu-kuin")
        #expect(units.unit("cu-kuin")?.parent == "66")
    }

    @Test func theLauncherStartsANodeForTheSixthDistrictFromTheSameData() throws {
        let file = NSTemporaryDirectory() + "ioc-units-\(UUID().uuidString.prefix(8)).json"
        try Self.withASixthDistrict().write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.repository.appendingPathComponent("Deploy/federation").path, "nodes", "--base-port", "9000"]
        process.environment = ProcessInfo.processInfo.environment.merging(["IOC_UNITS": file]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 6)
        #expect(lines.last?.hasPrefix("cu-kuin ") == true && lines.last?.hasSuffix("http://127.0.0.1:9015") == true, "\(text)")
    }

    @Test func aUnitListedTwiceOrUnderAnUnknownParentIsRefusedWhole() {
        let province = AdministrativeUnit(code: "66", name: "Đắk Lắk", slug: "dak-lak", kind: .province, parent: nil)
        let district = AdministrativeUnit(code: "651", name: "Ea Kar", slug: "ea-kar", kind: .district, parent: "66")
        #expect(throws: AdministrativeUnits.Invalid.self) { try AdministrativeUnits(units: [province, district, district]) }
        #expect(throws: AdministrativeUnits.Invalid.self) { try AdministrativeUnits(units: [district]) }
        #expect(throws: AdministrativeUnits.Invalid.self) { try AdministrativeUnits(json: Data("{\"units\": [{\"code\": 1}]}".utf8)) }
    }

    @Test func aNodeMayServeAFormerDistrictOrACommuneButNotTheProvinceOrAnUnknownCode() throws {
        let units = AdministrativeUnits.shipped
        #expect(units.nodeArea("651")?.name == "Ea Kar")
        #expect(units.nodeArea("24133")?.kind == .ward)
        #expect(units.nodeArea("66") == nil, "the province is the hub's")
        #expect(units.nodeAreaProblem("24133") == nil)
        let problem = try #require(units.nodeAreaProblem("99999"))
        #expect(problem.contains("99999 is not a unit of the province") && problem.contains("651 (Ea Kar)"))
    }
}
