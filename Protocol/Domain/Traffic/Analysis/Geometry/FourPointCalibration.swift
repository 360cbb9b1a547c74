/// Four image points and the four ground points (metres, ``GroundPoint`` frame) they show.
///
/// The image→ground homography is solved from these; no three points of either set may be collinear.
public struct FourPointCalibration: Codable, Sendable, Hashable {
    public var imagePoints: [PixelPoint]
    public var groundPoints: [GroundPoint]

    public init(imagePoints: [PixelPoint], groundPoints: [GroundPoint]) {
        self.imagePoints = imagePoints
        self.groundPoints = groundPoints
    }
}
