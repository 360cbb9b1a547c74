import Foundation
import StaffUI
import Testing

@Suite struct CameraMapTests {
    private func overview(_ cameras: [TrafficCameraSummary], context: PageContext = Fixtures.node(path: "/ui/traffic")) -> String {
        StaffPages.trafficOverview(TrafficOverviewPage(cameras: cameras, generatedAtMillis: TrafficFixtures.now), context: context)
    }

    /// The first SVG viewBox's width and height.
    private func viewBox(_ html: String) -> (width: Double, height: Double)? {
        guard let range = html.range(of: "<svg viewBox=\"0 0 ") else { return nil }
        let numbers = html[range.upperBound...].prefix { $0 != "\"" }.split(separator: " ").compactMap { Double($0) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
    }

    private func position(_ html: String, camera: String) -> (x: Double, y: Double)? {
        let marker = "data-camera=\"\(camera)\""
        guard let x = html.attributeValues("cx", onElementsContaining: marker).first,
            let y = html.attributeValues("cy", onElementsContaining: marker).first
        else { return nil }
        return (x, y)
    }

    @Test func camerasLandInsideTheViewBoxWestToEastAndNorthToSouth() throws {
        let html = overview([TrafficFixtures.ngaSau, TrafficFixtures.leDuan, TrafficFixtures.phanBoiChau])
        let box = try #require(viewBox(html))
        let centre = try #require(position(html, camera: "bmt-01"))
        let northEast = try #require(position(html, camera: "bmt-02"))
        let southWest = try #require(position(html, camera: "bmt-03"))
        for p in [centre, northEast, southWest] {
            #expect(p.x > 0 && p.x < box.width && p.y > 0 && p.y < box.height)
        }
        #expect(northEast.x > centre.x && northEast.y < centre.y)
        #expect(southWest.x < centre.x && southWest.y > centre.y)
    }

    @Test func aKilometreEastAndAKilometreNorthAreTheSameLengthOnTheSketch() {
        let centre = (latitude: 12.67, longitude: 108.04)
        let frame = CameraMap.Frame(points: [(12.66, 108.03), (12.68, 108.05)])
        let east = centre.longitude + 1000 / (CameraMap.metresPerDegree * cos(centre.latitude * .pi / 180))
        let north = centre.latitude + 1000 / CameraMap.metresPerDegree
        let c = frame.project(latitude: centre.latitude, longitude: centre.longitude)
        let e = frame.project(latitude: centre.latitude, longitude: east)
        let n = frame.project(latitude: north, longitude: centre.longitude)
        #expect(abs((e.x - c.x) - (c.y - n.y)) < 0.01)
        #expect(abs((e.x - c.x) - 1000 / frame.metresPerUnit) < 0.01)
        #expect(abs(frame.width / frame.height - frame.widthMetres / frame.heightMetres) < 1e-9)
    }

    @Test func aLoneCameraSitsInTheMiddleOfAFrameAtLeastTwoKilometresAcross() {
        let frame = CameraMap.Frame(points: [(12.6667, 108.0383)])
        #expect(frame.widthMetres >= 2000)
        let p = frame.project(latitude: 12.6667, longitude: 108.0383)
        #expect(abs(p.x - frame.width / 2) < 0.01 && abs(p.y - frame.height / 2) < 0.01)
    }

    @Test func aTallSpreadOfCamerasKeepsTheSketchWithinProportionBounds() {
        let frame = CameraMap.Frame(points: [(12.40, 108.04), (13.00, 108.041)])
        #expect(frame.height <= 1.2 * frame.width + 1e-9 && frame.height >= 0.6 * frame.width - 1e-9)
        #expect(frame.contains(latitude: 12.40, longitude: 108.04) && frame.contains(latitude: 13.00, longitude: 108.041))
    }

    @Test func theScaleBarIsTheLargestRoundDistanceWithinAQuarterOfTheFrame() {
        #expect(CameraMap.scaleBarMetres(frameWidthMetres: 2000) == 500)
        #expect(CameraMap.scaleBarMetres(frameWidthMetres: 3999) == 500)
        #expect(CameraMap.scaleBarMetres(frameWidthMetres: 4000) == 1000)
        #expect(CameraMap.scaleBarMetres(frameWidthMetres: 12_000) == 2000)
        #expect(CameraMap.scaleBarMetres(frameWidthMetres: 70_000) == 10_000)
        #expect(CameraMap.scaleBarMetres(frameWidthMetres: 500) == 100)
        #expect(CameraMap.scaleBarMetres(frameWidthMetres: 10_000_000) == 50_000)
    }

    @Test func theSketchLabelsItsScaleBarAndNorthArrow() {
        let vi = overview([TrafficFixtures.ngaSau])
        #expect(vi.contains(">500 m</text>"))
        #expect(vi.contains("<g class=\"north-arrow\"><title>Hướng Bắc</title>"))
        let wide = overview([TrafficFixtures.ngaSau, TrafficFixtures.eaKar], context: Fixtures.hub(.en, path: "/ui/traffic"))
        #expect(wide.contains(">10 km</text>"))
        #expect(wide.contains("<g class=\"north-arrow\"><title>North</title>"))
    }

    @Test func eachCameraIsALinkedDotWithATooltipAndAHeadingFan() {
        let html = overview([TrafficFixtures.ngaSau])
        #expect(html.contains("<a href=\"/ui/traffic/cameras/bmt-01\"><title>Ngã Sáu Ban Mê — Đông đúc – di chuyển chậm — 1.840 xe/giờ</title>"))
        #expect(html.contains("<path class=\"cam-view congestion-heavy\""))
        #expect(html.contains("<circle class=\"cam congestion-heavy\" data-camera=\"bmt-01\""))
        #expect(html.contains("role=\"group\" aria-labelledby=\"camera-map-title\""))
        #expect(html.contains("<title id=\"camera-map-title\">Sơ đồ camera giao thông</title>"))
    }

    @Test func theHeadingFanPointsTheWayTheCameraLooks() throws {
        var camera = TrafficFixtures.ngaSau
        camera.headingDegrees = 90
        let html = overview([camera])
        let centre = try #require(position(html, camera: "bmt-01"))
        let fan = try #require(html.components(separatedBy: "<path class=\"cam-view").dropFirst().first)
        // "M cx cy L x y A …": the fan's first edge point lies east of the camera.
        let numbers = fan.split(separator: "\"")[2].split(whereSeparator: { " MLAZ".contains($0) }).compactMap { Double($0) }
        #expect(numbers.count >= 4)
        #expect(numbers[2] > centre.x + 15)
    }

    @Test func theHubShowsDistrictSeatsWhenCamerasSpanSeveralDistricts() {
        let hub = overview([TrafficFixtures.ngaSau, TrafficFixtures.eaKar], context: Fixtures.hub(path: "/ui/traffic"))
        #expect(hub.contains("<rect class=\"seat\""))
        #expect(hub.contains("<title>Ea Kar</title></rect>"))
        #expect(hub.contains("Sơ đồ camera giao thông toàn tỉnh"))
        let node = overview([TrafficFixtures.ngaSau, TrafficFixtures.eaKar])
        #expect(!node.contains("class=\"seat\""))
        let oneDistrict = overview([TrafficFixtures.ngaSau, TrafficFixtures.leDuan], context: Fixtures.hub(path: "/ui/traffic"))
        #expect(!oneDistrict.contains("class=\"seat\""))
    }

    @Test func camerasWithoutUsablePositionsAreLeftOffTheSketch() {
        var lost = TrafficFixtures.leDuan
        lost.latitude = .nan
        let html = overview([TrafficFixtures.ngaSau, lost])
        #expect(html.contains("data-camera=\"bmt-01\""))
        #expect(!html.contains("data-camera=\"bmt-02\""))
        #expect(html.contains(">Lê Duẩn – Nguyễn Tất Thành</a>"))
    }
}
