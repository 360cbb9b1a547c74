import TrafficAnalysis

extension FlowInterval {
    /// The interval in the analyzer's shape, for exports that speak it (FIWARE); a lane gets the
    /// index its geometry declares, as the analyzer gives it.
    public func aggregate(geometry: CameraGeometry? = nil) -> IntervalAggregate {
        var laneIndex = 0
        if let zone = geometry?.zones.first(where: { $0.name == subject }), case .lane(let index, _) = zone.kind { laneIndex = index }
        var counts: [VehicleClass: Int] = [:]
        for (code, n) in countsByClass { if let c = VehicleClass(rawValue: code) { counts[c] = n } }
        let period: IntervalPeriod = periodSeconds == 900 ? .fifteenMinutes : periodSeconds == 30 ? .thirtySeconds : .fiveMinutes
        return IntervalAggregate(
            cameraID: camera, subject: subjectKind == "lane" ? .lane(name: subject, index: laneIndex) : .line(name: subject), period: period,
            startMillis: startMillis, endMillis: endMillis, durationSeconds: Double(periodSeconds), coveredMillis: coveredMillis,
            countsByClass: counts, leftToRightCount: subjectKind == "line" ? leftToRight : nil, rightToLeftCount: subjectKind == "line" ? rightToLeft : nil,
            vehicleCount: vehicles, flowVehiclesPerHour: flowVehiclesPerHour, occupancy: occupancy, meanSpeedKmh: meanSpeedKmh,
            speed85thPercentileKmh: speed85Kmh, meanHeadwaySeconds: meanHeadwaySeconds)
    }
}
