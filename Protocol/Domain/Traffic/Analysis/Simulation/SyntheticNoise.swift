/// Imperfections injected into synthetic tracks.
public struct SyntheticNoise: Codable, Sendable, Hashable {
    /// Gaussian pixel noise on box position and size (σ, pixels).
    public var jitterSigmaPixels: Double
    /// Chance that a road user disappears once for a while (occlusion).
    public var occlusionProbability: Double
    /// Longest occlusion, seconds (lengths are uniform from 0.2 s up to this).
    public var maxOcclusionSeconds: Double
    /// Chance that a road user's track id changes once, mid-way.
    public var idSwitchProbability: Double
    /// Mean number of false detections starting per frame per camera (each lives 1–3 frames, stationary).
    public var falseDetectionsPerFrame: Double

    public init(
        jitterSigmaPixels: Double = 0, occlusionProbability: Double = 0, maxOcclusionSeconds: Double = 1.2,
        idSwitchProbability: Double = 0, falseDetectionsPerFrame: Double = 0
    ) {
        self.jitterSigmaPixels = jitterSigmaPixels
        self.occlusionProbability = occlusionProbability
        self.maxOcclusionSeconds = maxOcclusionSeconds
        self.idSwitchProbability = idSwitchProbability
        self.falseDetectionsPerFrame = falseDetectionsPerFrame
    }

    public static let none = SyntheticNoise()
}
