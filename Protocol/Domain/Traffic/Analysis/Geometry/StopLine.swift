/// The stop line of a signalised approach.
///
/// A vehicle crossing it in `crossingDirection` while the phase of `signalInput` is red is a
/// red-light violation. Crossings the other way are ignored here (a counting line can report them).
public struct StopLine: Codable, Sendable, Hashable {
    public var name: String
    public var start: PixelPoint
    public var end: PixelPoint
    /// The direction approaching traffic crosses the line in.
    public var crossingDirection: CrossingDirection
    /// Name of the signal-phase input the node feeds through ``CameraAnalyzer/setSignal(phase:at:)``.
    public var signalInput: String

    public init(name: String, start: PixelPoint, end: PixelPoint, crossingDirection: CrossingDirection, signalInput: String) {
        self.name = name
        self.start = start
        self.end = end
        self.crossingDirection = crossingDirection
        self.signalInput = signalInput
    }
}
