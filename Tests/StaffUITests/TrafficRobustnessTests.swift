import StaffUI
import Testing

@Suite struct TrafficRobustnessTests {
    @Test func extremeAndMissingValuesRenderWithoutFailing() {
        var camera = TrafficFixtures.ngaSau
        camera.latitude = .infinity
        camera.headingDegrees = .nan
        camera.flowVehiclesPerHour = 1e300
        camera.meanSpeedKmh = -.infinity
        camera.lastDetectionMillis = .max
        camera.violationsToday = .min
        var row = TrafficFixtures.speeding()
        row.timeMillis = .min
        row.speedKmh = .nan
        row.dwellSeconds = .infinity
        row.evidence?.pixelX = .nan
        row.evidence?.latitude = 400
        let interval = TrafficIntervalPoint(
            startMillis: .max, periodSeconds: .max, flowVehiclesPerHour: 1e308, occupancy: .nan, vehicleCount: .min)
        let forecast = TrafficForecastRow(
            modelCode: "x", modelLabel: "x", horizonMinutes: .max, flowVehiclesPerHour: .greatestFiniteMagnitude)
        let hop = PlateHopRow(
            fromCameraID: "a", fromCameraName: "a", fromLatitude: .nan, fromLongitude: 0, toCameraID: "b", toCameraName: "b",
            toLatitude: 89, toLongitude: -180, departedMillis: .min, arrivedMillis: .max, distanceMetres: .infinity)
        let pages = [
            StaffPages.trafficOverview(
                TrafficOverviewPage(cameras: [camera, TrafficFixtures.leDuan], recentEvents: [row], generatedAtMillis: .min,
                    autoRefreshSeconds: .min), context: Fixtures.hub()),
            StaffPages.trafficCamera(
                TrafficCameraPage(camera: camera, intervals: [interval, TrafficFixtures.intervals[0]], intervalPeriodSeconds: .min,
                    forecasts: [forecast]), context: Fixtures.node()),
            StaffPages.trafficEvents(TrafficEventsPage(rows: [row], offset: .max, limit: .max, total: .max), context: Fixtures.node()),
            StaffPages.trafficEvent(TrafficEventPage(event: row, camera: camera), context: Fixtures.node()),
            StaffPages.plateSearch(
                PlateSearchPage(query: "x", sightings: [], route: PlateRouteView(hops: [hop], totalDistanceMetres: .nan)),
                context: Fixtures.hub()),
        ]
        for html in pages { #expect(html.hasSuffix("</html>\n")) }
        #expect(CameraMap.Frame(points: [], minimumSpanMetres: .infinity).widthMetres == CameraMap.minimumSpanMetres)
    }
}
