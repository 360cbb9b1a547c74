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

    /// Per-track line state: bits 0–1 side (0 unknown, 1 left, 2 right), bit 2 counted left→right, bit 3 counted right→left.
    /// Returns the new state and the crossing it confirms, if any. The side is only tracked while
    /// the anchor projects onto the segment (± margin); elsewhere it is forgotten, so passing
    /// around an end of the line is not a crossing.
    @inline(__always)
    func update(state: UInt8, x: Double, y: Double, margin: Double) -> (UInt8, CrossingDirection?) {
        let rx = x - ax, ry = y - ay
        let along = rx * ux + ry * uy
        if along < -margin || along > length + margin { return (state & ~3, nil) }
        let distance = ux * ry - uy * rx
        let side: UInt8 = distance < -margin ? 1 : (distance > margin ? 2 : 0)
        if side == 0 { return (state, nil) }
        let previous = state & 3
        var next = (state & ~3) | side
        if previous != 0 && previous != side {
            let direction: CrossingDirection = previous == 1 ? .leftToRight : .rightToLeft
            let bit: UInt8 = direction == .leftToRight ? 4 : 8
            if state & bit == 0 {
                next |= bit
                return (next, direction)
            }
        }
        return (next, nil)
    }
}
