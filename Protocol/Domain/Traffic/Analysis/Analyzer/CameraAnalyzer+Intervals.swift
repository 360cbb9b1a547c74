extension CameraAnalyzer {
    /// Emits every interval (and the 30-second congestion interval) that ends at or before `t`.
    /// Intervals in which the clock never ran are skipped, not back-filled with zeros; see
    /// ``advance(toMillis:)`` for keeping a quiet stream's intervals.
    mutating func closeIntervals(reaching t: Int64) {
        for (pi, period) in periods.enumerated() where t >= periodStarts[pi] + period.millis {
            emitAggregates(periodIndex: pi, coveredEnd: periodStarts[pi] + period.millis)
            periodStarts[pi] = period.start(containing: t)
        }
        if t >= congestionStartMillis + IntervalPeriod.thirtySeconds.millis {
            evaluateCongestion(coveredEnd: congestionStartMillis + IntervalPeriod.thirtySeconds.millis)
            congestionStartMillis = IntervalPeriod.thirtySeconds.start(containing: t)
        }
    }

    mutating func emitAggregates(periodIndex pi: Int, coveredEnd: Int64) {
        let period = periods[pi]
        let start = periodStarts[pi]
        let covered = max(0, coveredEnd - max(start, analysisStartMillis))
        let subjects = lines.count + laneZones.count
        for s in 0..<subjects {
            let i = pi * subjects + s
            let isLane = s >= lines.count
            let subject: AggregateSubject
            if isLane {
                let zone = zones[laneZones[s - lines.count]]
                subject = .lane(name: zone.name, index: zone.laneIndex)
            } else {
                subject = .line(name: lines[s].name)
            }
            output.aggregates.append(
                accumulators[i].aggregate(cameraID: geometry.id, subject: subject, period: period, start: start, coveredMillis: covered, isLane: isLane))
            accumulators[i].reset()
        }
    }

    mutating func evaluateCongestion(coveredEnd: Int64) {
        let start = congestionStartMillis
        let covered = max(1, coveredEnd - max(start, analysisStartMillis))
        var medianSpeed: Double?
        if !congestionSpeeds.isEmpty {
            congestionSpeeds.sort()
            let n = congestionSpeeds.count
            medianSpeed = n % 2 == 1 ? congestionSpeeds[n / 2] : (congestionSpeeds[n / 2 - 1] + congestionSpeeds[n / 2]) / 2
        }
        var occupancy: Double?
        if !congestionOccupiedMillis.isEmpty {
            let total = congestionOccupiedMillis.reduce(0) { $0 + min(1, $1 / Double(covered)) }
            occupancy = total / Double(congestionOccupiedMillis.count)
        }
        var ratio = medianSpeed.map { $0 / freeFlowKmh }
        if ratio == nil, let occupancy, occupancy >= configuration.congestion.occupancyAtLeast.first ?? 0.25 {
            ratio = 0  // the lanes hold traffic and nothing got through: a standstill
        }
        let raw = classifier.rawLevel(speedRatio: ratio, occupancy: occupancy)
        let transition = classifier.update(speedRatio: ratio, occupancy: occupancy)
        let end = start + IntervalPeriod.thirtySeconds.millis
        output.congestion.append(
            CongestionSample(
                cameraID: geometry.id, startMillis: start, endMillis: end, level: classifier.level, rawLevel: raw,
                medianSpeedKmh: medianSpeed, speedRatio: ratio, occupancy: occupancy))
        switch transition {
        case .raised(let level):
            output.events.append(TrafficEvent(cameraID: geometry.id, timeMillis: end, kind: .congestionRaised(level: level), evidence: nil))
        case .cleared:
            output.events.append(TrafficEvent(cameraID: geometry.id, timeMillis: end, kind: .congestionCleared, evidence: nil))
        case nil:
            break
        }
        congestionSpeeds.removeAll(keepingCapacity: true)
        for i in congestionOccupiedMillis.indices { congestionOccupiedMillis[i] = 0 }
    }
}
