/// Running sums for one subject (line or lane) over the open interval of one period.
struct IntervalAccumulator: Sendable {
    var counts = SIMD8<Int32>(repeating: 0)
    var leftToRight = 0
    var rightToLeft = 0
    var speeds: [Double] = []
    var vehicleEvents = 0
    var firstEventMillis = Int64.max
    var lastEventMillis = Int64.min
    /// Covered time weighted by lane occupancy (see `CameraAnalyzer.laneOccupied`).
    var occupiedMillis: Double = 0

    mutating func reset() {
        counts = SIMD8(repeating: 0)
        leftToRight = 0
        rightToLeft = 0
        speeds.removeAll(keepingCapacity: true)
        vehicleEvents = 0
        firstEventMillis = .max
        lastEventMillis = .min
        occupiedMillis = 0
    }

    mutating func record(vehicleClass: VehicleClass, eventMillis: Int64, speedKmh: Double, direction: CrossingDirection?) {
        counts[vehicleClass.index] &+= 1
        if let direction {
            if direction == .leftToRight { leftToRight += 1 } else { rightToLeft += 1 }
        }
        guard vehicleClass.isVehicle else { return }
        vehicleEvents += 1
        firstEventMillis = min(firstEventMillis, eventMillis)
        lastEventMillis = max(lastEventMillis, eventMillis)
        if speedKmh.isFinite { speeds.append(speedKmh) }
    }

    func aggregate(
        cameraID: String, subject: AggregateSubject, period: IntervalPeriod, start: Int64, coveredMillis: Int64, isLane: Bool
    ) -> IntervalAggregate {
        var byClass: [VehicleClass: Int] = [:]
        for c in VehicleClass.allCases { byClass[c] = Int(counts[c.index]) }
        let covered = max(coveredMillis, 1)
        var mean: Double?
        var p85: Double?
        if !speeds.isEmpty {
            mean = speeds.reduce(0, +) / Double(speeds.count)
            let sorted = speeds.sorted()
            let rank = Int((0.85 * Double(sorted.count)).rounded(.up))
            p85 = sorted[max(0, min(sorted.count - 1, rank - 1))]
        }
        return IntervalAggregate(
            cameraID: cameraID, subject: subject, period: period, startMillis: start, endMillis: start + period.millis,
            durationSeconds: Double(period.millis) / 1000, coveredMillis: coveredMillis, countsByClass: byClass,
            leftToRightCount: isLane ? nil : leftToRight, rightToLeftCount: isLane ? nil : rightToLeft,
            vehicleCount: vehicleEvents, flowVehiclesPerHour: Double(vehicleEvents) * 3_600_000 / Double(covered),
            occupancy: isLane ? min(1, occupiedMillis / Double(covered)) : nil,
            meanSpeedKmh: mean, speed85thPercentileKmh: p85,
            meanHeadwaySeconds: vehicleEvents >= 2 ? Double(lastEventMillis - firstEventMillis) / 1000 / Double(vehicleEvents - 1) : nil)
    }
}
