import Foundation

/// Steele, Lea and Flood's SplitMix64: a tiny seeded generator whose sequence is the same on every
/// platform and Swift version, so synthetic feeds and tests are reproducible. Not for cryptography.
///
/// The project's one copy: TrafficForecast's synthetic flow series, TrafficAnalytics' synthetic
/// detection tracks, the demo indicator figures and dossiers, and ioc-bench's generated data all draw from it.
public struct SplitMix64: RandomNumberGenerator, Codable, Hashable, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A generator seeded from a name (its FNV-1a digest): the same sequence for the same
    /// name on every run, as demo data needs.
    public init(name: String) {
        self.init(seed: name.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 })
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1), with 53 random bits.
    public mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Standard normal (mean 0, standard deviation 1), by Box–Muller; consumes two draws.
    public mutating func nextGaussian() -> Double {
        let u1 = 1 - nextUnit()
        let u2 = nextUnit()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// Uniform in `range` (one draw).
    public mutating func nextUniform(_ range: ClosedRange<Double>) -> Double {
        range.lowerBound + nextUnit() * (range.upperBound - range.lowerBound)
    }

    /// Exponential with the given mean, by inversion; one draw.
    public mutating func nextExponential(mean: Double) -> Double {
        -mean * log(1 - nextUnit())
    }
}
