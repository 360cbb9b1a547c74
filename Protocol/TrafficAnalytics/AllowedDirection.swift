/// Which crossings of a counting line are lawful; the others are reported as wrong-way.
public enum AllowedDirection: Codable, Sendable, Hashable {
    /// Only crossings from the left side to the right side of `start → end` (see ``CrossingDirection``).
    case leftToRight
    /// Only crossings from the right side to the left side.
    case rightToLeft
    /// Both directions are lawful (two-way road); nothing is wrong-way.
    case both
    /// Lawful traffic moves along this image vector; resolved to one side once, when the geometry is compiled.
    case along(PixelVector)

    /// Whether a crossing in `direction` of the line `start → end` is lawful.
    public func permits(_ direction: CrossingDirection, start: PixelPoint, end: PixelPoint) -> Bool {
        switch self {
        case .both: return true
        case .leftToRight: return direction == .leftToRight
        case .rightToLeft: return direction == .rightToLeft
        case .along(let v):
            // Right-hand normal of start→end in y-down image coordinates is (-dy, dx).
            let nx = -(end.y - start.y), ny = end.x - start.x
            let towardsRight = v.dx * nx + v.dy * ny > 0
            return towardsRight == (direction == .leftToRight)
        }
    }
}
