/// Per-track evidence material: plate readings, best frame, earlier tracker ids.
struct TrackEvidence: Sendable {
    static let maxPlates = 8

    var plates: [PlateSighting] = []
    var bestFrameRef: String?
    var bestFrameConfidence = -1.0
    var trackIDs: [Int] = []

    /// Keeps the best reading per distinct text, at most `maxPlates` texts (lowest confidence dropped).
    mutating func add(_ s: PlateSighting) {
        if let i = plates.firstIndex(where: { $0.text == s.text }) {
            if (s.confidence ?? 0) > (plates[i].confidence ?? 0) { plates[i] = s }
            return
        }
        plates.append(s)
        if plates.count > Self.maxPlates,
            let worst = plates.indices.min(by: { (plates[$0].confidence ?? 0) < (plates[$1].confidence ?? 0) })
        {
            plates.remove(at: worst)
        }
    }

    var bestPlate: PlateSighting? {
        plates.filter { !$0.text.isEmpty }.max { ($0.confidence ?? 0) < ($1.confidence ?? 0) }
    }
}
