/// Nearest-rank percentiles of sorted samples.
enum Percentile {
    /// The smallest sample at or above a share `p` (0…1) of the samples; 0 for none.
    static func of(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
