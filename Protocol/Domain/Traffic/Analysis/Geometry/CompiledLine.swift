/// A counting or stop line prepared for the per-detection loop.
struct CompiledLine: Sendable {
    let name: String
    let ax: Double
    let ay: Double
    /// Unit vector start → end.
    let ux: Double
    let uy: Double
    let length: Double
    let allowsLeftToRight: Bool
    let allowsRightToLeft: Bool

    init(name: String, start: PixelPoint, end: PixelPoint, allowsLeftToRight: Bool, allowsRightToLeft: Bool) {
        self.name = name
        ax = start.x
        ay = start.y
        let dx = end.x - start.x, dy = end.y - start.y
        length = (dx * dx + dy * dy).squareRoot()
        ux = dx / length
        uy = dy / length
        self.allowsLeftToRight = allowsLeftToRight
        self.allowsRightToLeft = allowsRightToLeft
    }

    /// Per-track line state: bits 0–1 side (0 unknown, 1 left, 2 right), bit 2 counted left→right,
    /// bit 3 counted right→left, bits 4–5 sightings on the other side not yet confirmed.
    /// Returns the new state and the crossing it confirms, if any: the anchor must be more than
    /// `margin` beyond the line on the new side (and so must the `raw` anchor, when given) for
    /// `confirmations` sightings in a row (1 to 3),
    /// so a box that flickers across for less is not a crossing. The side is only tracked while
    /// the anchor projects onto the segment (± margin); elsewhere it is forgotten, so passing
    /// around an end of the line is not a crossing. Each direction counts once per state.
    @inline(__always)
    func update(
        state: UInt8, x: Double, y: Double, margin: Double, confirmations: UInt8 = 1, raw: (x: Double, y: Double)? = nil
    ) -> (UInt8, CrossingDirection?) {
        let rx = x - ax, ry = y - ay
        let along = rx * ux + ry * uy
        if along < -margin || along > length + margin { return (state & ~0x33, nil) }
        let distance = ux * ry - uy * rx
        var side: UInt8 = distance < -margin ? 1 : (distance > margin ? 2 : 0)
        if let raw, side != 0 {
            // The smoothed anchor runs ahead of a vehicle that stops: the box itself must agree.
            let rawDistance = ux * (raw.y - ay) - uy * (raw.x - ax)
            if (side == 1 && rawDistance >= -margin) || (side == 2 && rawDistance <= margin) { side = 0 }
        }
        if side == 0 { return (state & ~0x30, nil) }
        let previous = state & 3
        if previous == 0 || previous == side { return ((state & ~0x33) | side, nil) }
        let seen = ((state >> 4) & 3) + 1
        if seen < confirmations { return ((state & ~0x30) | (seen << 4), nil) }
        var next = (state & ~0x33) | side
        let direction: CrossingDirection = previous == 1 ? .leftToRight : .rightToLeft
        let bit: UInt8 = direction == .leftToRight ? 4 : 8
        guard state & bit == 0 else { return (next, nil) }
        next |= bit
        return (next, direction)
    }

    /// For a track that ends, last seen with its box anchor at (`x`, `y`): the crossing its end
    /// completes and the state after counting it, or nil when none. A crossing completes when the
    /// last sightings were past the line but not yet confirmed, or when the last anchor lies beyond
    /// the line (by any distance, over its extent) on the side opposite the one the track was last
    /// seen clearly on: where a vehicle was last seen is where it went, and nothing later can
    /// flicker back. Each direction still counts once per state.
    @inline(__always)
    func endingCrossing(state: UInt8, x: Double, y: Double) -> (UInt8, CrossingDirection)? {
        let previous = state & 3
        guard previous != 0 else { return nil }
        if state & 0x30 == 0 {
            let rx = x - ax, ry = y - ay
            let along = rx * ux + ry * uy
            guard along >= 0, along <= length else { return nil }
            let distance = ux * ry - uy * rx
            guard (previous == 1 && distance > 0) || (previous == 2 && distance < 0) else { return nil }
        }
        let direction: CrossingDirection = previous == 1 ? .leftToRight : .rightToLeft
        let bit: UInt8 = direction == .leftToRight ? 4 : 8
        guard state & bit == 0 else { return nil }
        return ((state & ~0x30) | bit, direction)
    }
}
