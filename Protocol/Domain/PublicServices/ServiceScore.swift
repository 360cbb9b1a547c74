/// A unit's Decision 766 score for one period: each indicator's ratio and points, computed
/// from the dossiers or entered, and the total out of 100.
public struct ServiceScore: Sendable, Hashable {
    public struct Item: Sendable, Hashable {
        public var indicator: ScoreIndicator
        /// 0…1, or nil when neither computed (no dossiers) nor entered.
        public var ratio: Double?
        public var points: Double? { ratio.map(indicator.score) }
    }

    public var unit: String
    public var period: DossierPeriod
    public var items: [Item]

    /// The points of the indicators that have a ratio.
    public var total: Double { items.compactMap(\.points).reduce(0, +) }
    /// The points the indicators with a ratio could earn: 100 when every one has one.
    public var possible: Double { items.filter { $0.ratio != nil }.map(\.indicator.max).reduce(0, +) }

    /// The score of `unit` for `period` from its counts and the ratios entered for it.
    public init(unit: String, period: DossierPeriod, counts: DossierCounts, entered: [String: Double], indicators: [ScoreIndicator] = ScoreIndicator.standard) {
        self.unit = unit
        self.period = period
        items = indicators.map { indicator in
            Item(indicator: indicator, ratio: indicator.isComputed ? Self.ratio(indicator.source, counts) : entered[indicator.id].map { min(1, max(0, $0)) })
        }
    }

    static func ratio(_ source: ScoreIndicator.Source, _ c: DossierCounts) -> Double? {
        let handled = c.settled + c.processing + c.paused
        switch source {
        case .entered: return nil
        // A waiting dossier's clock is stopped: it counts as within its deadline.
        case .handledInTime: return DossierCounts.share(c.settledInTime + c.processingWithinDeadline + c.paused, of: handled)
        case .receivedOnline: return c.onlineShare
        case .paidOnline: return c.onlinePaymentShare
        case .receptionSatisfaction:
            guard handled > 0 else { return nil }
            let overdue = Double(c.settledLate + c.processingOverdue) / Double(handled)
            let dissatisfied = Double(c.ratings - c.satisfied) / Double(handled)
            return max(0, 1 - overdue - dissatisfied)
        }
    }
}
