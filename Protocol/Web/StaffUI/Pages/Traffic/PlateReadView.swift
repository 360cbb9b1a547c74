/// One reading of a plate in a violation's evidence: the text as displayed, how sure the
/// reader was (0…1; nil when it gave no score) and when.
public struct PlateReadView: Hashable, Sendable {
    public var text: String
    /// 0…1; shown as a percentage.
    public var confidence: Double?
    /// Unix milliseconds.
    public var timeMillis: Int64

    public init(text: String, confidence: Double? = nil, timeMillis: Int64) {
        self.text = text
        self.confidence = confidence
        self.timeMillis = timeMillis
    }
}
