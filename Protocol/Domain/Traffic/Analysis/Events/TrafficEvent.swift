/// An event for operators: a congestion change or a violation with its evidence.
public struct TrafficEvent: Codable, Sendable, Hashable {
    public var cameraID: String
    public var timeMillis: Int64
    public var kind: TrafficEventKind
    /// Present for violations.
    public var evidence: ViolationEvidence?

    public init(cameraID: String, timeMillis: Int64, kind: TrafficEventKind, evidence: ViolationEvidence?) {
        self.cameraID = cameraID
        self.timeMillis = timeMillis
        self.kind = kind
        self.evidence = evidence
    }

    /// One line for the staff event list, e.g.
    /// "Chạy quá tốc độ quy định – xe máy 47B1-234.56 – 78 km/h (giới hạn 50 km/h)".
    public var vietnameseSummary: String {
        var parts = [kind.vietnameseTitle]
        if let e = evidence {
            parts.append([e.vehicleClass.vietnameseLabel, e.bestPlate?.text].compactMap { $0 }.joined(separator: " "))
            if let v = e.speedKmh {
                parts.append("\(Int(v.rounded())) km/h" + (e.speedLimitKmh.map { " (giới hạn \(Int($0.rounded())) km/h)" } ?? ""))
            }
            if let d = e.dwellSeconds { parts.append("dừng \(Int(d.rounded())) giây") }
        }
        return parts.joined(separator: " – ")
    }
}
