/// Crossings of one counting line by one class, per direction. "Forward" is the line's
/// configured direction of travel, "backward" the opposite.
public struct TrafficLineClassCount: Hashable, Sendable {
    /// `motorbike`, `car`, `bus`, `truck`, `bicycle` or `pedestrian`.
    public var classCode: String
    public var forward: Int
    public var backward: Int

    public init(classCode: String, forward: Int, backward: Int) {
        self.classCode = classCode
        self.forward = forward
        self.backward = backward
    }
}
