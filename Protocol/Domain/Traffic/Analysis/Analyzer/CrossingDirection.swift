/// The direction in which a road user crossed a directed line segment `start → end`.
///
/// "Left" and "right" are as seen standing on `start` looking towards `end` in the image
/// (image `y` grows downwards, so with a line drawn left-to-right across the picture,
/// "right" is the lower half of the picture, nearer the camera).
public enum CrossingDirection: String, Codable, Sendable, Hashable, CaseIterable {
    case leftToRight
    case rightToLeft

    @inline(__always) var index: Int { self == .leftToRight ? 0 : 1 }
}
