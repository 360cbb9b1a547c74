/// A rejected input line, kept so operators can fix the exporter; parsing always goes on past it.
public struct MalformedLine: Codable, Sendable, Hashable, CustomStringConvertible {
    /// 1-based line number in text input (counted across ``DetectionParser`` calls);
    /// 1-based element index of `detections` in JSON input.
    public var lineNumber: Int
    public var error: DetectionLineError
    /// The start of the offending line (at most 80 bytes), for log messages.
    public var excerpt: String

    public init(lineNumber: Int, error: DetectionLineError, excerpt: String) {
        self.lineNumber = lineNumber
        self.error = error
        self.excerpt = excerpt
    }

    public var description: String { "line \(lineNumber): \(error)" }
}
