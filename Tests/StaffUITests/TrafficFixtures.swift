import Foundation
import StaffUI

/// Sample traffic view models shared by the traffic page tests: three cameras around the
/// Ngã Sáu roundabout in Buôn Ma Thuột and one in Ea Kar. View models hold the words of one
/// page's language, as the routes build them: Vietnamese unless a fixture takes a language.
enum TrafficFixtures {
    /// Unix milliseconds of a UTC instant.
    static func millis(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0) -> Int64 {
        Int64((Fixtures.utc(year, month, day, hour, minute).timeIntervalSince1970 * 1000).rounded())
    }

    /// 05/03/2026 08:30 in Vietnam.
    static let now = millis(2026, 3, 5, 1, 30)

    static let hash = String(repeating: "ab12", count: 16)
    static let cropHash = String(repeating: "cd34", count: 16)

    static let ngaSau = TrafficCameraSummary(
        id: "bmt-01", name: "Ngã Sáu Ban Mê", districtCode: "643", districtName: "Buôn Ma Thuột", latitude: 12.6667,
        longitude: 108.0383, headingDegrees: 90, congestion: .heavy, flowVehiclesPerHour: 1840, meanSpeedKmh: 18.5,
        speedLimitKmh: 50,
        countsByClass: [
            TrafficClassCount(classCode: "car", count: 312), TrafficClassCount(classCode: "motorbike", count: 1_204),
        ],
        lastDetectionMillis: now, violationsToday: 3, isLive: true)

    /// North-east of Ngã Sáu.
    static let leDuan = TrafficCameraSummary(
        id: "bmt-02", name: "Lê Duẩn – Nguyễn Tất Thành", districtCode: "643", districtName: "Buôn Ma Thuột",
        latitude: 12.6755, longitude: 108.0520, headingDegrees: 225, congestion: .freeFlow, flowVehiclesPerHour: 620,
        meanSpeedKmh: 41.2, speedLimitKmh: 50, isLive: true)

    /// South-west of Ngã Sáu.
    static let phanBoiChau = TrafficCameraSummary(
        id: "bmt-03", name: "Phan Bội Châu", districtCode: "643", districtName: "Buôn Ma Thuột", latitude: 12.6580,
        longitude: 108.0300, headingDegrees: 0, congestion: .unknown, speedLimitKmh: 40)

    static let eaKar = TrafficCameraSummary(
        id: "eakar-01", name: "Ngã tư Ea Kar", districtCode: "651", districtName: "Ea Kar", latitude: 12.805,
        longitude: 108.455, headingDegrees: 180, congestion: .congested, flowVehiclesPerHour: 900, speedLimitKmh: 60)

    static let evidence = TrafficEvidenceView(
        trackIDs: [12, 15],
        plateReads: [
            PlateReadView(text: "47A-123.45", confidence: 0.925, timeMillis: now),
            PlateReadView(text: "47A-128.45", confidence: 0.41, timeMillis: now + 400),
        ],
        bestFrameRef: hash, plateCropRef: cropHash, pixelX: 640, pixelY: 512.5, latitude: 12.6669, longitude: 108.0391,
        signalPhase: "red")

    static func speeding(
        status: TrafficEventStatus = .new, plate: String? = "47A-123.45", cameraName: String = "Ngã Sáu Ban Mê", language: Language = .vi
    ) -> TrafficEventRow {
        TrafficEventRow(
            id: "ev-1", kindCode: "speeding", cameraID: "bmt-01", cameraName: cameraName, districtName: "Buôn Ma Thuột",
            timeMillis: now, title: language == .vi ? "Chạy quá tốc độ quy định" : "Speeding", isViolation: true,
            vehicleClassCode: "car", plate: plate, speedKmh: 72.4, speedLimitKmh: 50, status: status, evidence: evidence)
    }

    static let congestionRaised = TrafficEventRow(
        id: "ev-2", kindCode: "congestionRaised", cameraID: "bmt-01", cameraName: "Ngã Sáu Ban Mê",
        districtName: "Buôn Ma Thuột", timeMillis: now - 60_000, title: "Cảnh báo giao thông: Ùn tắc",
        isViolation: false)

    static let alert = PlateAlertRow(
        id: "al-1", plate: "47A-123.45", reason: "Xe bị mất cắp", cameraID: "bmt-01", cameraName: "Ngã Sáu Ban Mê",
        districtName: "Buôn Ma Thuột", timeMillis: now)

    static let overview = TrafficOverviewPage(
        cameras: [ngaSau, leDuan, phanBoiChau], recentEvents: [speeding(), congestionRaised], alerts: [alert],
        generatedAtMillis: now)

    static let englishOverview = TrafficOverviewPage(
        cameras: [ngaSau, leDuan, phanBoiChau], recentEvents: [speeding(language: .en)], alerts: [alert], generatedAtMillis: now)

    /// Twelve 5-minute intervals ending at 08:25 Vietnam time, rising flow.
    static let intervals = (0..<12).map { index in
        TrafficIntervalPoint(
            startMillis: now - Int64(12 - index) * 300_000, periodSeconds: 300, flowVehiclesPerHour: 1200 + Double(index) * 50,
            meanSpeedKmh: 30 - Double(index), speed85Kmh: 42.5, occupancy: 0.183, meanHeadwaySeconds: 2.4,
            vehicleCount: 100 + index * 4)
    }

    static let forecasts = [15, 30, 60].map { horizon in
        TrafficForecastRow(
            modelCode: "holt-winters-additive", modelLabel: "Holt-Winters cộng tính",
            horizonMinutes: horizon, flowVehiclesPerHour: 1800 + Double(horizon), maeVehiclesPerHour: 112.35,
            mapePercent: 8.26, evaluatedCount: 1_532)
    }

    static let cameraPage = TrafficCameraPage(
        camera: ngaSau,
        lines: [
            TrafficLineCounts(
                name: "Lê Duẩn hướng Nam",
                rows: [
                    TrafficLineClassCount(classCode: "motorbike", forward: 1_204, backward: 37),
                    TrafficLineClassCount(classCode: "car", forward: 312, backward: 5),
                ])
        ],
        intervals: intervals, intervalPeriodSeconds: 300, forecasts: forecasts, events: [speeding()])

    static let route = route(.vi)

    static func route(_ language: Language) -> PlateRouteView {
        PlateRouteView(
            hops: [
                PlateHopRow(
                    fromCameraID: "bmt-01", fromCameraName: "Ngã Sáu Ban Mê", fromLatitude: 12.6667, fromLongitude: 108.0383,
                    toCameraID: "bmt-02", toCameraName: "Lê Duẩn – Nguyễn Tất Thành", toLatitude: 12.6755, toLongitude: 108.0520,
                    departedMillis: now, arrivedMillis: now + 240_000, distanceMetres: 1_780, impliedSpeedKmh: 26.7),
                PlateHopRow(
                    fromCameraID: "bmt-02", fromCameraName: "Lê Duẩn – Nguyễn Tất Thành", fromLatitude: 12.6755,
                    fromLongitude: 108.0520, toCameraID: "eakar-01", toCameraName: "Ngã tư Ea Kar", toLatitude: 12.805,
                    toLongitude: 108.455, departedMillis: now + 240_000, arrivedMillis: now + 600_000, distanceMetres: 46_200,
                    impliedSpeedKmh: 462, impossible: true,
                    impossibleReason: language == .vi ? "Tốc độ cần thiết vượt quá tốc độ tối đa trên đường" : "Faster than any road speed"),
            ],
            totalDistanceMetres: 47_980, overallDirection: language == .vi ? "Đông Bắc" : "north-east",
            districtsCrossed: ["Buôn Ma Thuột", "Ea Kar"])
    }

    static let sightings = [
        PlateSightingRow(
            timeMillis: now, cameraID: "bmt-01", cameraName: "Ngã Sáu Ban Mê", districtName: "Buôn Ma Thuột",
            latitude: 12.6667, longitude: 108.0383, directionLabel: "Về phía Đông",
            confidence: 0.925, eventID: "ev-1"),
        PlateSightingRow(
            timeMillis: now + 240_000, cameraID: "bmt-02", cameraName: "Lê Duẩn – Nguyễn Tất Thành",
            districtName: "Buôn Ma Thuột", latitude: 12.6755, longitude: 108.0520, confidence: 0.88),
        PlateSightingRow(
            timeMillis: now + 600_000, cameraID: "eakar-01", cameraName: "Ngã tư Ea Kar", districtName: "Ea Kar",
            latitude: 12.805, longitude: 108.455, confidence: 0.71),
    ]

    static let plateSearch = PlateSearchPage(
        query: "47a 123 45", normalisedPlate: "47A12345", onWatchlist: true, watchReason: "Xe bị mất cắp",
        sightings: sightings, route: route)

    static let englishPlateSearch = PlateSearchPage(
        query: "47a 123 45", normalisedPlate: "47A12345", onWatchlist: true, watchReason: "Xe bị mất cắp",
        sightings: sightings, route: route(.en))

    static let watchlist = WatchlistPage(entries: [
        WatchlistRow(plateKey: "47A12345", plate: "47A-123.45", reason: "Xe bị mất cắp", addedBy: "Trần Văn Nam"),
        WatchlistRow(
            plateKey: "47B1 23456", plate: "47B1-234.56", reason: "Nợ phạt nguội", addedBy: "CSGT tỉnh",
            expiresMillis: millis(2026, 6, 30, 17)),
    ])
}

extension String {
    /// Every value of `attribute="…"` on elements that contain `marker`, in order.
    func attributeValues(_ attribute: String, onElementsContaining marker: String) -> [Double] {
        var values: [Double] = []
        for piece in components(separatedBy: "<").dropFirst() where piece.contains(marker) {
            let element = piece.prefix { $0 != ">" }
            guard let range = element.range(of: " \(attribute)=\"") else { continue }
            let value = element[range.upperBound...].prefix { $0 != "\"" }
            if let number = Double(value) { values.append(number) }
        }
        return values
    }
}
