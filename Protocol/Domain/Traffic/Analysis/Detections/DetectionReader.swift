/// A reader of a text form of detections, one per line, that goes on past bad lines
/// (``DetectionParser``, ``MOTParser``); the conveniences below read a whole text with it.
public protocol DetectionReader {
    /// Parses complete lines (a final line without a break counts), appending to `batch`.
    mutating func parse(_ bytes: UnsafeRawBufferPointer, into batch: inout DetectionBatch)
}

extension DetectionReader {
    /// Parses text.
    public mutating func parse(_ text: String) -> DetectionBatch {
        var batch = DetectionBatch()
        var text = text
        text.withUTF8 { parse(UnsafeRawBufferPointer($0), into: &batch) }
        return batch
    }

    /// Parses UTF-8 bytes.
    public mutating func parse(_ bytes: [UInt8]) -> DetectionBatch {
        var batch = DetectionBatch()
        bytes.withUnsafeBytes { parse($0, into: &batch) }
        return batch
    }
}
