extension CameraAnalyzer {
    // MARK: - Frames

    mutating func begin(at t: Int64) {
        started = true
        analysisStartMillis = t
        frameMillis = t
        lastExpiryCheckMillis = t
        for (i, p) in periods.enumerated() { periodStarts[i] = p.start(containing: t) }
        congestionStartMillis = IntervalPeriod.thirtySeconds.start(containing: t)
    }

    /// Closes the frame at `frameMillis` and moves the clock to `t` (> frameMillis).
    mutating func advanceFrame(to t: Int64) {
        if !pending.isEmpty { resolvePending() }
        let frameShare = min(t - frameMillis, configuration.maxFrameMillis)
        if !laneOccupied.isEmpty {
            let subjects = lines.count + laneZones.count
            for o in 0..<laneOccupied.count where laneOccupied[o] > 0 {
                let occupied = Double(frameShare) * min(1, laneOccupied[o])
                for p in 0..<periods.count { accumulators[p * subjects + lines.count + o].occupiedMillis += occupied }
                congestionOccupiedMillis[o] += occupied
                laneOccupied[o] = 0
            }
        }
        if t - lastExpiryCheckMillis >= 100 {
            expireTracks(now: t)
            lastExpiryCheckMillis = t
        }
        closeIntervals(reaching: t)
        frameMillis = t
    }

    /// Gives each first-seen track id of the closing frame either a lost track (ID switch) or a new slot.
    mutating func resolvePending() {
        var batch: [Detection] = []
        swap(&batch, &pending)
        defer {
            // Hand the storage back so steady state allocates nothing per frame.
            batch.removeAll(keepingCapacity: true)
            if pending.isEmpty { pending = batch }
        }
        for d in batch {
            if let slot = slotByTrack[d.trackID] {
                apply(d, slot: Int(slot))
                continue
            }
            let t = d.timeMillis
            let ax = d.box.x + d.box.width * 0.5, ay = d.box.y + d.box.height
            var best = -1
            var bestDistance = Double.infinity
            for s in activeSlots {
                let tr = tracks[Int(s)]
                let gap = t - tr.lastSeenMillis
                guard gap > 0, gap <= configuration.idSwitchWindowMillis else { continue }
                guard tr.samples >= 3, tr.vehicleClass.bodyGroup == d.vehicleClass.bodyGroup else { continue }
                let widthRatio = d.box.width / max(tr.boxW, 1e-9), heightRatio = d.box.height / max(tr.boxH, 1e-9)
                guard widthRatio > 0.6, widthRatio < 1.67, heightRatio > 0.6, heightRatio < 1.67 else { continue }
                let g = Double(gap)
                let px = tr.sx + tr.vx * g, py = tr.sy + tr.vy * g
                let dx = ax - px, dy = ay - py
                let distance = (dx * dx + dy * dy).squareRoot()
                let radius = min(configuration.idSwitchRadiusPixels, max(tr.boxW, 8))
                if distance <= radius && distance < bestDistance {
                    bestDistance = distance
                    best = Int(s)
                }
            }
            if best >= 0 {
                // A track cut from its id (see `isPlausible`) keeps the id for its records; the id may name another track now.
                if slotByTrack[tracks[best].trackID] == Int32(best) { slotByTrack[tracks[best].trackID] = nil }
                tracks[best].trackID = d.trackID
                slotByTrack[d.trackID] = Int32(best)
                evidence[best].trackIDs.append(d.trackID)
                trackQuality.bridged += 1
                apply(d, slot: best)
            } else {
                apply(d, slot: allocateSlot(trackID: d.trackID))
            }
        }
    }

    /// Whether `d` can be the next sighting of the road user `tr` follows. The limits scale
    /// with the box, so they hold at any distance, resolution and frame rate: the anchor may
    /// stray from where the track's velocity puts it by ``AnalyzerConfiguration/jumpBoxSizes``
    /// box sizes (detector noise, partial occlusion) plus
    /// ``AnalyzerConfiguration/boxSizesPerSecondOfGap`` for every second since it was last seen;
    /// the box may not grow or shrink more than ``AnalyzerConfiguration/areaRatioLimit``-fold.
    @inline(__always)
    func isPlausible(_ d: Detection, continuing tr: TrackState) -> Bool {
        guard tr.samples > 0 else { return true }
        let dt = Double(max(d.timeMillis - tr.lastSeenMillis, 0))
        let size = max(tr.boxW, tr.boxH, 1)
        let ax = d.box.x + d.box.width * 0.5, ay = d.box.y + d.box.height
        let lastX = tr.boxX + tr.boxW * 0.5, lastY = tr.boxY + tr.boxH
        // Velocity is known after three samples; before, only how far a vehicle could go.
        let (px, py, speedAllowance) =
            tr.samples >= 3
            ? (lastX + tr.vx * dt, lastY + tr.vy * dt, configuration.boxSizesPerSecondOfGap)
            : (lastX, lastY, configuration.boxSizesPerSecondOfGap + configuration.boxSizesPerSecondAtMost)
        let dx = ax - px, dy = ay - py
        let allowed = size * (configuration.jumpBoxSizes + speedAllowance * dt * 0.001)
        if dx * dx + dy * dy > allowed * allowed { return false }
        let area = d.box.width * d.box.height, previous = max(tr.boxW * tr.boxH, 1e-9)
        let limit = configuration.areaRatioLimit
        return area <= previous * limit && area * limit >= previous
    }

    mutating func allocateSlot(trackID: Int) -> Int {
        let slot: Int
        if let s = freeSlots.popLast() {
            slot = Int(s)
        } else {
            slot = tracks.count
            tracks.append(TrackState())
            evidence.append(TrackEvidence())
            lineState.append(contentsOf: repeatElement(0, count: lines.count))
            let z = zones.count
            zoneEntry.append(contentsOf: repeatElement(-1, count: z))
            zoneLastInside.append(contentsOf: repeatElement(0, count: z))
            zoneEntryGround.append(contentsOf: repeatElement(.zero, count: z))
            zoneLastGround.append(contentsOf: repeatElement(.zero, count: z))
            zoneFlags.append(contentsOf: repeatElement(0, count: z))
            ringMillis.append(contentsOf: repeatElement(0, count: Self.ringCapacity))
            ringGround.append(contentsOf: repeatElement(.zero, count: Self.ringCapacity))
        }
        var fresh = TrackState()
        fresh.trackID = trackID
        fresh.active = true
        tracks[slot] = fresh
        evidence[slot] = TrackEvidence(trackIDs: [trackID])
        for i in (slot * lines.count)..<((slot + 1) * lines.count) { lineState[i] = 0 }
        for i in (slot * zones.count)..<((slot + 1) * zones.count) {
            zoneEntry[i] = -1
            zoneFlags[i] = 0
        }
        slotByTrack[trackID] = Int32(slot)
        activeSlots.append(Int32(slot))
        trackQuality.tracks += 1
        return slot
    }

    mutating func expireTracks(now: Int64) {
        var i = 0
        while i < activeSlots.count {
            let slot = Int(activeSlots[i])
            if now - tracks[slot].lastSeenMillis > configuration.trackExpiryMillis {
                finishTrack(slot: slot)
                activeSlots.swapAt(i, activeSlots.count - 1)
                activeSlots.removeLast()
            } else {
                i += 1
            }
        }
    }

    /// Closes every zone stay of the track and frees its slot (the caller removes it from `activeSlots`).
    mutating func finishTrack(slot: Int) {
        let tr = tracks[slot]
        let lastX = tr.boxX + tr.boxW * 0.5, lastY = tr.boxY + tr.boxH
        for l in 0..<lines.count {
            guard let (state, direction) = lines[l].endingCrossing(state: lineState[slot * lines.count + l], x: lastX, y: lastY)
            else { continue }
            lineState[slot * lines.count + l] = state
            recordCrossing(line: l, direction: direction, track: tr, slot: slot, t: tr.lastSeenMillis)
        }
        for z in 0..<zones.count where zoneEntry[slot * zones.count + z] >= 0 {
            leaveZone(z, slot: slot, track: tr)
        }
        if let best = evidence[slot].bestPlate { reportPlateSighting(best, track: tr, slot: slot) }
        if slotByTrack[tr.trackID] == Int32(slot) { slotByTrack[tr.trackID] = nil }
        tracks[slot].active = false
        freeSlots.append(Int32(slot))
    }

    // MARK: - One detection

    @inline(__always)
    mutating func apply(_ d: Detection, slot: Int) {
        var tr = tracks[slot]
        let t = d.timeMillis
        if tr.samples > 0 && t <= tr.lastSeenMillis { return }
        let ax = d.box.x + d.box.width * 0.5, ay = d.box.y + d.box.height
        if tr.samples == 0 {
            tr.sx = ax
            tr.sy = ay
            tr.firstX = ax
            tr.firstY = ay
            tr.firstSeenMillis = t
        } else {
            let dt = Double(t - tr.lastSeenMillis)
            if tr.samples == 1 {
                tr.vx = (ax - tr.sx) / dt
                tr.vy = (ay - tr.sy) / dt
                tr.sx = ax
                tr.sy = ay
            } else {
                let px = tr.sx + tr.vx * dt, py = tr.sy + tr.vy * dt
                let rx = ax - px, ry = ay - py
                tr.sx = px + alpha * rx
                tr.sy = py + alpha * ry
                tr.vx += beta * rx / dt
                tr.vy += beta * ry / dt
            }
        }
        tr.samples += 1
        tr.lastSeenMillis = t
        tr.boxX = d.box.x
        tr.boxY = d.box.y
        tr.boxW = d.box.width
        tr.boxH = d.box.height
        let ci = d.vehicleClass.index
        tr.votes[ci] &+= 1
        if tr.votes[ci] > tr.votes[tr.vehicleClass.index] || tr.samples == 1 { tr.vehicleClass = d.vehicleClass }

        if let calibration, let g = calibration.groundXY(tr.sx, tr.sy) {
            tr.gx = g.0
            tr.gy = g.1
            tr.hasGround = true
            if !tr.hasFirstGround {
                tr.firstGX = g.0
                tr.firstGY = g.1
                tr.hasFirstGround = true
            }
            if let raw = calibration.groundXY(ax, ay) {
                updateSpeed(&tr, slot: slot, t: t, rawX: raw.0, rawY: raw.1)
            }
        } else {
            tr.hasGround = false
            tr.speedKmh = .nan
        }

        if d.plate != nil || d.frameRef != nil { collectEvidence(d, slot: slot) }
        if !lines.isEmpty { processLines(&tr, slot: slot, t: t) }
        if stopLine != nil { processStopLine(&tr, slot: slot, t: t) }
        if !zones.isEmpty { processZones(&tr, slot: slot, t: t) }
        if tr.vehicleClass.isVehicle {
            processSpeeding(&tr, slot: slot, t: t)
            updateHeldBySignal(&tr, t: t)
        }
        tracks[slot] = tr
    }

    /// Speed is the least-squares slope of the raw ground positions over the last
    /// `speedWindowMillis` (reported once they span `minimumSpeedWindowMillis`). Sums are kept
    /// incrementally and rebuilt every 128 samples so rounding cannot drift.
    @inline(__always)
    mutating func updateSpeed(_ tr: inout TrackState, slot: Int, t: Int64, rawX: Double, rawY: Double) {
        let mask = Self.ringCapacity - 1
        let base = slot * Self.ringCapacity
        var head = Int(tr.ringHead), tail = Int(tr.ringTail), count = Int(tr.ringCount)
        if count == 0 { tr.timeBaseMillis = t }
        if count == Self.ringCapacity {
            removeSample(&tr, base + tail)
            tail = (tail + 1) & mask
            count -= 1
        }
        ringMillis[base + head] = t
        ringGround[base + head] = SIMD2(rawX, rawY)
        addSample(&tr, base + head)
        head = (head + 1) & mask
        count += 1
        let window = configuration.speedWindowMillis
        while count > 2 && t - ringMillis[base + tail] > window {
            removeSample(&tr, base + tail)
            tail = (tail + 1) & mask
            count -= 1
        }
        tr.pushesSinceRebase += 1
        if tr.pushesSinceRebase >= 128 {
            tr.pushesSinceRebase = 0
            tr.timeBaseMillis = ringMillis[base + tail]
            tr.sumT = 0; tr.sumTT = 0; tr.sumX = 0; tr.sumTX = 0; tr.sumY = 0; tr.sumTY = 0
            var i = tail
            for _ in 0..<count {
                addSample(&tr, base + i)
                i = (i + 1) & mask
            }
        }
        tr.ringHead = Int32(head)
        tr.ringTail = Int32(tail)
        tr.ringCount = Int32(count)
        let span = t - ringMillis[base + tail]
        guard span >= configuration.minimumSpeedWindowMillis else {
            tr.speedKmh = .nan
            return
        }
        let n = Double(count)
        let denominator = n * tr.sumTT - tr.sumT * tr.sumT
        guard denominator > 0 else {
            tr.speedKmh = .nan
            return
        }
        let vx = (n * tr.sumTX - tr.sumT * tr.sumX) / denominator
        let vy = (n * tr.sumTY - tr.sumT * tr.sumY) / denominator
        tr.speedKmh = (vx * vx + vy * vy).squareRoot() * 3.6
    }

    @inline(__always)
    func sampleTime(_ tr: TrackState, _ i: Int) -> Double { Double(ringMillis[i] - tr.timeBaseMillis) * 0.001 }

    @inline(__always)
    mutating func addSample(_ tr: inout TrackState, _ i: Int) {
        let s = sampleTime(tr, i), g = ringGround[i]
        tr.sumT += s
        tr.sumTT += s * s
        tr.sumX += g.x
        tr.sumTX += s * g.x
        tr.sumY += g.y
        tr.sumTY += s * g.y
    }

    @inline(__always)
    mutating func removeSample(_ tr: inout TrackState, _ i: Int) {
        let s = sampleTime(tr, i), g = ringGround[i]
        tr.sumT -= s
        tr.sumTT -= s * s
        tr.sumX -= g.x
        tr.sumTX -= s * g.x
        tr.sumY -= g.y
        tr.sumTY -= s * g.y
    }

    mutating func collectEvidence(_ d: Detection, slot: Int) {
        if let ref = d.frameRef, d.confidence > evidence[slot].bestFrameConfidence {
            evidence[slot].bestFrameRef = ref
            evidence[slot].bestFrameConfidence = d.confidence
        }
        if let p = d.plate {
            evidence[slot].add(PlateSighting(text: p.text, confidence: p.confidence, cropRef: p.cropRef, timeMillis: d.timeMillis))
        }
    }

    // MARK: - Lines

    @inline(__always)
    mutating func processLines(_ tr: inout TrackState, slot: Int, t: Int64) {
        let count = lines.count
        let base = slot * count
        let margin = configuration.hysteresisPixels
        let confirmations = UInt8(min(max(configuration.crossingConfirmations, 1), 3))
        let raw = (x: tr.boxX + tr.boxW * 0.5, y: tr.boxY + tr.boxH)
        for l in 0..<count {
            let (state, crossing) = lines[l].update(
                state: lineState[base + l], x: tr.sx, y: tr.sy, margin: margin, confirmations: confirmations, raw: raw)
            lineState[base + l] = state
            if let direction = crossing { recordCrossing(line: l, direction: direction, track: tr, slot: slot, t: t) }
        }
    }

    mutating func recordCrossing(line l: Int, direction: CrossingDirection, track tr: TrackState, slot: Int, t: Int64) {
        let line = lines[l]
        let vehicleClass = tr.vehicleClass
        let allowed = direction == .leftToRight ? line.allowsLeftToRight : line.allowsRightToLeft
        lineCounts[(l * 2 + direction.index) * 6 + vehicleClass.index] += 1
        let subjects = lines.count + laneZones.count
        for p in 0..<periods.count {
            accumulators[p * subjects + l].record(vehicleClass: vehicleClass, eventMillis: t, speedKmh: tr.speedKmh, direction: direction)
        }
        sampleCongestionSpeed(tr.speedKmh, track: tr, t: t)
        output.crossings.append(
            LineCrossing(
                cameraID: geometry.id, line: line.name, trackID: tr.trackID, vehicleClass: vehicleClass, direction: direction,
                timeMillis: t, speedKmh: tr.speedKmh.isFinite ? tr.speedKmh : nil, isWrongWay: !allowed,
                anchor: PixelPoint(x: tr.sx, y: tr.sy)))
        if !allowed && vehicleClass.isVehicle {
            raise(.wrongWayAtLine(line: line.name), track: tr, slot: slot, t: t, speed: true)
        }
    }

    @inline(__always)
    mutating func processStopLine(_ tr: inout TrackState, slot: Int, t: Int64) {
        guard let stopLine else { return }
        let (state, crossing) = stopLine.update(state: tr.stopLineState, x: tr.sx, y: tr.sy, margin: configuration.hysteresisPixels)
        tr.stopLineState = state
        guard crossing == stopLineDirection, tr.vehicleClass.isVehicle, !tr.redLightRaised else { return }
        let phase = signalPhase(at: t)
        guard phase == .red else { return }
        tr.redLightRaised = true
        raise(.redLight(stopLine: stopLine.name), track: tr, slot: slot, t: t, speed: true, phase: phase)
    }

    /// Marks a track that waits for a green: it slowed below `heldBySignalBelowKmh` on the
    /// approach side of the stop line while the signal was amber or red; it stays held until it
    /// crosses, and its speed for a speed window after that (the window still holds the wait).
    /// A queue at a red light is the signal at work, not congestion, so held vehicles stay out
    /// of the congestion speed; their length still counts in occupancy.
    @inline(__always)
    mutating func updateHeldBySignal(_ tr: inout TrackState, t: Int64) {
        guard let stopLine else { return }
        let crossed: UInt8 = stopLineDirection == .leftToRight ? 4 : 8
        if tr.stopLineState & crossed != 0 {
            if tr.heldBySignal {
                tr.heldBySignal = false
                tr.heldUntilMillis = t + configuration.speedWindowMillis
            }
            return
        }
        if !tr.heldBySignal && tr.speedKmh < configuration.heldBySignalBelowKmh {
            // The side of the whole stop line's extension: a queue reaches back past its ends in the image.
            let side = stopLine.ux * (tr.sy - stopLine.ay) - stopLine.uy * (tr.sx - stopLine.ax)
            if stopLineDirection == .leftToRight ? side < 0 : side > 0 {
                let phase = signalPhase(at: t)
                tr.heldBySignal = phase == .red || phase == .amber
            }
        }
    }

    /// Adds a vehicle's speed to the open congestion interval unless a red signal holds it.
    @inline(__always)
    mutating func sampleCongestionSpeed(_ speedKmh: Double, track tr: TrackState, t: Int64) {
        guard speedKmh.isFinite, tr.vehicleClass.isVehicle, !tr.heldBySignal, t >= tr.heldUntilMillis else { return }
        congestionSpeeds.append(speedKmh)
    }

    // MARK: - Zones

    @inline(__always)
    mutating func processZones(_ tr: inout TrackState, slot: Int, t: Int64) {
        let count = zones.count
        let classBit: UInt8 = 1 << UInt8(tr.vehicleClass.index)
        let ground = tr.hasGround ? SIMD2(tr.gx, tr.gy) : SIMD2(Double.nan, .nan)
        for z in 0..<count {
            let zone = zones[z]
            guard zone.classMask & classBit != 0 else { continue }
            let k = slot * count + z
            if zone.contains(tr.sx, tr.sy) {
                if zoneEntry[k] < 0 {
                    zoneEntry[k] = t
                    zoneEntryGround[k] = ground
                }
                zoneLastInside[k] = t
                zoneLastGround[k] = ground
                let stayed = t - zoneEntry[k]
                switch zone.kind {
                case .lane:
                    laneOccupied[zone.laneOrdinal] =
                        zone.inverseGroundLength > 0
                        ? laneOccupied[zone.laneOrdinal] + tr.vehicleClass.laneLengthMetres * zone.inverseGroundLength : 1
                    if zoneFlags[k] & 1 == 0 && tr.vehicleClass.isVehicle && tr.hasGround && (zone.travelX != 0 || zone.travelY != 0) {
                        let entry = zoneEntryGround[k]
                        let along = (tr.gx - entry.x) * zone.travelX + (tr.gy - entry.y) * zone.travelY
                        if along <= -configuration.wrongWayLaneDistanceMetres {
                            zoneFlags[k] |= 1
                            raise(.wrongWayInLane(lane: zone.name), track: tr, slot: slot, t: t, speed: true)
                        }
                    }
                case .noStopping:
                    if zoneFlags[k] & 1 == 0 && stayed >= zone.limitMillis {
                        zoneFlags[k] |= 1
                        raise(.stoppedInNoStoppingZone(zone: zone.name), track: tr, slot: slot, t: t, dwellMillis: stayed)
                    }
                case .sidewalk:
                    if zoneFlags[k] & 1 == 0 && tr.vehicleClass.isVehicle && stayed >= zone.limitMillis {
                        zoneFlags[k] |= 1
                        raise(.sidewalkEncroachment(zone: zone.name), track: tr, slot: slot, t: t, speed: true, dwellMillis: stayed)
                    }
                }
            } else if zoneEntry[k] >= 0 && t - zoneLastInside[k] > configuration.zoneExitGraceMillis {
                leaveZone(z, slot: slot, track: tr)
            }
        }
    }

    /// Ends a stay: a lane passage is counted once per track and lane; a long no-stopping stay is reported.
    mutating func leaveZone(_ z: Int, slot: Int, track tr: TrackState) {
        let k = slot * zones.count + z
        let entered = zoneEntry[k], left = zoneLastInside[k]
        zoneEntry[k] = -1
        let zone = zones[z]
        switch zone.kind {
        case .lane:
            guard zoneFlags[k] & 2 == 0 else { return }
            zoneFlags[k] |= 2
            var speed = Double.nan
            let a = zoneEntryGround[k], b = zoneLastGround[k]
            if left - entered >= configuration.minimumSpeedWindowMillis && a.x.isFinite && b.x.isFinite {
                let d = b - a
                speed = (d.x * d.x + d.y * d.y).squareRoot() / Double(left - entered) * 3600
            }
            let subjects = lines.count + laneZones.count
            for p in 0..<periods.count {
                accumulators[p * subjects + lines.count + zone.laneOrdinal].record(
                    vehicleClass: tr.vehicleClass, eventMillis: entered, speedKmh: speed, direction: nil)
            }
            if lines.isEmpty { sampleCongestionSpeed(speed, track: tr, t: left) }
        case .noStopping:
            if Double(left - entered) >= configuration.minimumReportedDwellSeconds * 1000 {
                output.dwells.append(
                    ZoneDwell(
                        cameraID: geometry.id, zone: zone.name, trackID: tr.trackID, vehicleClass: tr.vehicleClass, enteredMillis: entered,
                        leftMillis: left, dwellSeconds: Double(left - entered) / 1000))
            }
        case .sidewalk:
            break
        }
    }

    // MARK: - Speeding

    @inline(__always)
    mutating func processSpeeding(_ tr: inout TrackState, slot: Int, t: Int64) {
        guard !tr.speedingRaised else { return }
        if tr.speedKmh.isFinite && tr.speedKmh > geometry.speedLimitKmh + configuration.speedingToleranceKmh {
            if tr.speedingSinceMillis < 0 { tr.speedingSinceMillis = t }
            if t - tr.speedingSinceMillis >= configuration.speedingSustainMillis {
                tr.speedingRaised = true
                raise(.speeding, track: tr, slot: slot, t: t, speed: true)
            }
        } else {
            tr.speedingSinceMillis = -1
        }
    }
}
