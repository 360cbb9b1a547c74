import CRDT
import FieldReports
import Foundation
import Replica
import TrafficAnalysis
import TrafficDesk
import TrafficPlates

/// A district node's traffic desk and engine on a fresh replica in a temporary folder, with
/// the demo camera `bmt-nga-sau` (and its neighbours) registered.
final class TrafficFixture: Sendable {
    let folder = NSTemporaryDirectory() + "ioc-traffic-\(UUID().uuidString.prefix(8))"
    let replica: Replica
    let desk: TrafficDesk
    let records: RecordDesk
    let engine: TrafficEngine

    init(district: String = "643") async throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        replica = try Replica(path: folder + "/replica.sqlite", site: SiteID(7), projections: [ReportProjection(), TrafficProjection()])
        desk = TrafficDesk(replica: replica, homeScope: district)
        records = RecordDesk(replica: replica, homeScope: district)
        try await desk.catalog.seedIfEmpty(DemoCameras.cameras, author: "test")
        engine = TrafficEngine(desk: desk, district: district)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    var camera: RegisteredCamera { DemoCameras.cameras.first { $0.id == "bmt-nga-sau" }! }

    /// Clean synthetic traffic for `bmt-nga-sau` and its truth.
    func traffic(seconds: Double = 600, seed: UInt64 = 3, noise: SyntheticNoise = SyntheticNoise(), configure: (inout SyntheticScenario) -> Void = { _ in })
        throws -> (SyntheticTraffic, SyntheticScenario)
    {
        var scenario = SyntheticScenario()
        scenario.seed = seed
        scenario.startMillis = 1_795_400_000_000 / 900_000 * 900_000
        scenario.durationSeconds = seconds
        scenario.framesPerSecond = 10
        scenario.vehiclesPerMinutePerLane = 12
        scenario.noise = noise
        configure(&scenario)
        return (try SyntheticTraffic(cameras: [camera.geometry], scenario: scenario), scenario)
    }
}
