/// How long the center has to acknowledge an alert, by its band: the figures the operator's
/// procedure sets (critical within 2 hours, high within 8, medium within 24, low within 72),
/// overridable per deployment.
public struct ResponseLimit: Sendable, Hashable {
    public var millisByBand: [SeverityBand: Int64]

    public init(millisByBand: [SeverityBand: Int64]) { self.millisByBand = millisByBand }

    public static let standard = ResponseLimit(millisByBand: [
        .critical: 2 * 3_600_000, .high: 8 * 3_600_000, .medium: 24 * 3_600_000, .low: 72 * 3_600_000,
    ])

    /// When an alert first seen at `first` in `band` is due to be acknowledged.
    public func due(first: Int64, band: SeverityBand) -> Int64 { first + (millisByBand[band] ?? 72 * 3_600_000) }
}
