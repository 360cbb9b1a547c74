import Foundation

extension CameraAnalyzer {
    /// Appends a violation event with the track's evidence bundle.
    mutating func raise(
        _ kind: TrafficEventKind, track tr: TrackState, slot: Int, t: Int64, speed: Bool = false, dwellMillis: Int64? = nil,
        phase: SignalPhase? = nil
    ) {
        let ev = evidence[slot]
        let ground = tr.hasGround ? GroundPoint(rightMetres: tr.gx, forwardMetres: tr.gy) : nil
        let best = ev.bestPlate
        let speedKmh: Double? = speed && tr.speedKmh.isFinite ? tr.speedKmh : nil
        let bundle = ViolationEvidence(
            cameraID: geometry.id, districtCode: geometry.districtCode, timeMillis: t, trackID: tr.trackID,
            trackIDs: ev.trackIDs, vehicleClass: tr.vehicleClass, plateReads: ev.plates, bestPlate: best,
            bestFrameRef: ev.bestFrameRef, plateCropRef: best?.cropRef ?? ev.plates.first(where: { $0.cropRef != nil })?.cropRef,
            anchorPixel: PixelPoint(x: tr.sx, y: tr.sy), ground: ground,
            map: ground.map { geometry.position.offset(by: $0, headingDegrees: geometry.headingDegrees) },
            speedKmh: speedKmh, speedLimitKmh: speed ? geometry.speedLimitKmh : nil,
            dwellSeconds: dwellMillis.map { Double($0) / 1000 }, signalPhase: phase)
        output.events.append(TrafficEvent(cameraID: geometry.id, timeMillis: t, kind: kind, evidence: bundle))
    }

    /// Appends the sighting of a finished track that carried a plate reading.
    mutating func reportPlateSighting(_ best: PlateSighting, track tr: TrackState, slot: Int) {
        let ev = evidence[slot]
        var bearing: Double?
        if tr.hasGround && tr.hasFirstGround {
            let right = tr.gx - tr.firstGX, forward = tr.gy - tr.firstGY
            if (right * right + forward * forward).squareRoot() >= PlateTrackSighting.minimumTravelMetres {
                let degrees = geometry.headingDegrees + atan2(right, forward) * 180 / .pi
                bearing = (degrees.truncatingRemainder(dividingBy: 360) + 360).truncatingRemainder(dividingBy: 360)
            }
        }
        let dy = tr.sy - tr.firstY
        let others = ev.plates.filter { !$0.text.isEmpty && $0.text != best.text }.sorted { ($0.confidence ?? 0) > ($1.confidence ?? 0) }
        output.plateSightings.append(PlateTrackSighting(
            cameraID: geometry.id, trackIDs: ev.trackIDs, vehicleClass: tr.vehicleClass, firstSeenMillis: tr.firstSeenMillis,
            lastSeenMillis: tr.lastSeenMillis, plate: best, otherReads: others, bestFrameRef: ev.bestFrameRef,
            travelBearingDegrees: bearing, approaching: abs(dy) >= PlateTrackSighting.minimumTravelPixels ? dy > 0 : nil))
    }
}
