/// How final a figure is: statistics offices publish an estimate, then a preliminary figure,
/// then the official one.
public enum FigureStatus: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Ước tính.
    case estimate
    /// Sơ bộ.
    case preliminary
    /// Chính thức.
    case official

    public static func < (a: FigureStatus, b: FigureStatus) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
