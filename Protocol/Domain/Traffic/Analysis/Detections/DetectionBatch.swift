/// The result of parsing some input: accepted detections in input order, plus rejected lines.
public struct DetectionBatch: Sendable {
    public var detections: [Detection]
    public var malformed: [MalformedLine]
    /// The parser's camera table when the batch was produced; `detections[i].cameraIndex` indexes it.
    public var cameraIDs: [String]

    public init(detections: [Detection] = [], malformed: [MalformedLine] = [], cameraIDs: [String] = []) {
        self.detections = detections
        self.malformed = malformed
        self.cameraIDs = cameraIDs
    }

    public func cameraID(of detection: Detection) -> String { cameraIDs[Int(detection.cameraIndex)] }

    /// Empties the batch for reuse without giving up its storage.
    public mutating func removeAll() {
        detections.removeAll(keepingCapacity: true)
        malformed.removeAll(keepingCapacity: true)
    }
}
