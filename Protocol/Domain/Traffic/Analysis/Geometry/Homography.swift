/// A plane-to-plane projective map, solved from four point pairs.
public struct Homography: Sendable, Hashable {
    /// Row-major 3×3 matrix.
    public let matrix: [Double]
    // Copies of `matrix` as stored properties so the hot path touches no array.
    let m0, m1, m2, m3, m4, m5, m6, m7, m8: Double
    /// Sign of the projective denominator on the calibrated side of the horizon.
    let wSign: Double

    init(_ m: [Double], referencePoint: (Double, Double)) {
        matrix = m
        m0 = m[0]; m1 = m[1]; m2 = m[2]; m3 = m[3]; m4 = m[4]; m5 = m[5]; m6 = m[6]; m7 = m[7]; m8 = m[8]
        let w = m[6] * referencePoint.0 + m[7] * referencePoint.1 + m[8]
        wSign = w < 0 ? -1 : 1
    }

    /// Maps a point; `nil` beyond the horizon (the side the calibration points were not on).
    @inline(__always) public func apply(_ x: Double, _ y: Double) -> (Double, Double)? {
        let w = m6 * x + m7 * y + m8
        guard w * wSign > 1e-12 else { return nil }
        return ((m0 * x + m1 * y + m2) / w, (m3 * x + m4 * y + m5) / w)
    }

    /// Solves `target ≈ H · source` from exactly four pairs (8×8 system, Gaussian elimination
    /// with partial pivoting on Hartley-normalised coordinates). `nil` when the system is singular.
    public static func solve(source: [(Double, Double)], target: [(Double, Double)]) -> Homography? {
        guard source.count == 4, target.count == 4 else { return nil }
        let (ns, ts) = normalised(source)
        let (nt, tt) = normalised(target)
        var a = [Double](repeating: 0, count: 8 * 9)
        for i in 0..<4 {
            let (x, y) = ns[i], (u, v) = nt[i]
            let r0 = (2 * i) * 9, r1 = (2 * i + 1) * 9
            a[r0 + 0] = x; a[r0 + 1] = y; a[r0 + 2] = 1
            a[r0 + 6] = -x * u; a[r0 + 7] = -y * u; a[r0 + 8] = u
            a[r1 + 3] = x; a[r1 + 4] = y; a[r1 + 5] = 1
            a[r1 + 6] = -x * v; a[r1 + 7] = -y * v; a[r1 + 8] = v
        }
        guard let h = gaussianElimination(&a, n: 8) else { return nil }
        let hn = h + [1]
        // H = Tt⁻¹ · Hn · Ts
        guard let ttInv = invert3x3(tt) else { return nil }
        let full = multiply3x3(ttInv, multiply3x3(hn, ts))
        guard abs(full[8]) > 1e-15 else { return nil }
        let scaled = full.map { $0 / full[8] }
        return Homography(scaled, referencePoint: source[0])
    }

    /// The inverse map, or `nil` if the matrix is singular.
    public func inverted(referencePoint: (Double, Double)) -> Homography? {
        guard let inv = Homography.invert3x3(matrix) else { return nil }
        return Homography(inv, referencePoint: referencePoint)
    }

    /// Solves the n×n system stored row-major with the right-hand side as column n.
    static func gaussianElimination(_ a: inout [Double], n: Int) -> [Double]? {
        let w = n + 1
        for col in 0..<n {
            var pivot = col
            var best = abs(a[col * w + col])
            for r in (col + 1)..<n where abs(a[r * w + col]) > best {
                best = abs(a[r * w + col])
                pivot = r
            }
            guard best > 1e-10 else { return nil }
            if pivot != col {
                for c in 0..<w { a.swapAt(col * w + c, pivot * w + c) }
            }
            let d = a[col * w + col]
            for r in (col + 1)..<n {
                let f = a[r * w + col] / d
                if f == 0 { continue }
                for c in col..<w { a[r * w + c] -= f * a[col * w + c] }
            }
        }
        var x = [Double](repeating: 0, count: n)
        for r in stride(from: n - 1, through: 0, by: -1) {
            var s = a[r * w + n]
            for c in (r + 1)..<n { s -= a[r * w + c] * x[c] }
            x[r] = s / a[r * w + r]
        }
        return x
    }

    static func normalised(_ pts: [(Double, Double)]) -> ([(Double, Double)], [Double]) {
        let cx = pts.reduce(0) { $0 + $1.0 } / Double(pts.count)
        let cy = pts.reduce(0) { $0 + $1.1 } / Double(pts.count)
        let meanDist = pts.reduce(0) { $0 + (($1.0 - cx) * ($1.0 - cx) + ($1.1 - cy) * ($1.1 - cy)).squareRoot() } / Double(pts.count)
        let s = meanDist > 0 ? 2.0.squareRoot() / meanDist : 1
        let t = [s, 0, -s * cx, 0, s, -s * cy, 0, 0, 1]
        return (pts.map { (s * ($0.0 - cx), s * ($0.1 - cy)) }, t)
    }

    static func multiply3x3(_ a: [Double], _ b: [Double]) -> [Double] {
        var r = [Double](repeating: 0, count: 9)
        for i in 0..<3 {
            for j in 0..<3 {
                r[i * 3 + j] = a[i * 3] * b[j] + a[i * 3 + 1] * b[3 + j] + a[i * 3 + 2] * b[6 + j]
            }
        }
        return r
    }

    static func invert3x3(_ m: [Double]) -> [Double]? {
        let c00 = m[4] * m[8] - m[5] * m[7]
        let c01 = m[5] * m[6] - m[3] * m[8]
        let c02 = m[3] * m[7] - m[4] * m[6]
        let det = m[0] * c00 + m[1] * c01 + m[2] * c02
        let scale = m.reduce(0) { max($0, abs($1)) }
        guard abs(det) > 1e-14 * scale * scale * scale else { return nil }
        let inv: [Double] = [
            c00, m[2] * m[7] - m[1] * m[8], m[1] * m[5] - m[2] * m[4],
            c01, m[0] * m[8] - m[2] * m[6], m[2] * m[3] - m[0] * m[5],
            c02, m[1] * m[6] - m[0] * m[7], m[0] * m[4] - m[1] * m[3],
        ]
        return inv.map { $0 / det }
    }
}
