/// The numbers server-rendered charts and maps are drawn with: axis ends people read easily
/// and coordinates written as short as SVG allows.
enum ChartScale {
    /// A coordinate with at most one decimal, without a trailing ".0"; "0" when not finite or
    /// beyond ±10⁹ (nothing a chart draws).
    static func coordinate(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e9 else { return "0" }
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// The smallest of `floor` + 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ at least `value` (1 above `floor` when
    /// `value` is not above it).
    static func niceCeiling(_ value: Double, above floor: Double = 0) -> Double {
        let span = value - floor
        guard span.isFinite, span > 0 else { return floor + 1 }
        var magnitude = 1.0
        while magnitude * 10 <= span { magnitude *= 10 }
        while magnitude > span { magnitude /= 10 }
        for factor in [1.0, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10] where factor * magnitude >= span { return floor + factor * magnitude }
        return floor + 10 * magnitude
    }

    /// `value` rounded down to two significant digits; 0 when not positive.
    static func niceFloor(_ value: Double) -> Double {
        guard value.isFinite, value > 0 else { return 0 }
        var magnitude = 1.0
        while magnitude * 100 <= value { magnitude *= 10 }
        while magnitude * 10 > value { magnitude /= 10 }
        return (value / magnitude).rounded(.down) * magnitude
    }
}
