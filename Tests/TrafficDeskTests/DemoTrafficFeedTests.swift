import Foundation
import Replica
import Testing
import TrafficAnalysis
import TrafficDesk

@Suite struct DemoTrafficFeedTests {
    @Test func theDemoFeedSeedsForecastsAndFeedsEveryCameraOfItsDistrict() async throws {
        let f = try await TrafficFixture()
        let cameras = DemoCameras.cameras.filter { $0.districtCode == "643" }
        let feed = Task { await DemoTrafficFeed(cameras: cameras).run(engine: f.engine) }
        defer { feed.cancel() }
        let deadline = ContinuousClock.now + .seconds(90)
        var live: [String: LiveCamera] = [:]
        while ContinuousClock.now < deadline {
            live = await f.engine.liveCameras()
            if cameras.allSatisfy({ (live[$0.id]?.detectionsAnalysed ?? 0) > 0 && !(live[$0.id]?.forecasts.isEmpty ?? true) }) { break }
            try await Task.sleep(for: .milliseconds(200))
        }
        for camera in cameras {
            #expect((live[camera.id]?.detectionsAnalysed ?? 0) > 0, "\(camera.id) analysed nothing")
            #expect(!(live[camera.id]?.forecasts.isEmpty ?? true), "\(camera.id) has no forecast")
        }
    }

    @Test func demoCamerasAreValidAndSpreadOverTheFiveDistricts() throws {
        for camera in DemoCameras.cameras { try camera.geometry.validate() }
        #expect(Set(DemoCameras.cameras.map(\.districtCode)) == ["643", "644", "648", "650", "651"])
        #expect(Set(DemoCameras.cameras.map(\.id)).count == DemoCameras.cameras.count)
    }
}
