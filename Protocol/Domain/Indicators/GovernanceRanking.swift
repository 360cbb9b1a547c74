/// The national governance and competitiveness indices the province is ranked on.
public enum GovernanceIndex: String, Sendable, Hashable, Codable, CaseIterable {
    /// Provincial Competitiveness Index (VCCI – USAID).
    case pci = "PCI"
    /// Provincial Governance and Public Administration Performance Index (UNDP).
    case papi = "PAPI"
    /// ICT readiness index (Ministry of Information and Communications).
    case ict = "ICT"
    /// Digital transformation index (DTI).
    case dti = "DTI"
}

/// The province's score and ranks on one index for one year.
public struct GovernanceRanking: Sendable, Hashable, Codable {
    public var index: GovernanceIndex
    public var year: Int
    public var score: Double?
    public var nationalRank: Int?
    /// Provinces ranked that year (63 before the 2025 merger).
    public var rankedCount: Int?
    /// Rank among the five Tây Nguyên provinces.
    public var regionRank: Int?
    public var regionCount: Int?
    /// Component scores where published, by the component's name.
    public var components: [String: Double]
    public var source: String?
    /// True for a demo figure that is not a published one.
    public var synthetic: Bool

    enum CodingKeys: String, CodingKey {
        case index, year, score, components, source, synthetic
        case nationalRank = "national_rank"
        case rankedCount = "ranked_count"
        case regionRank = "region_rank"
        case regionCount = "region_count"
    }

    public init(
        index: GovernanceIndex, year: Int, score: Double? = nil, nationalRank: Int? = nil, rankedCount: Int? = nil, regionRank: Int? = nil,
        regionCount: Int? = nil, components: [String: Double] = [:], source: String? = nil, synthetic: Bool = false
    ) {
        self.index = index
        self.year = year
        self.score = score
        self.nationalRank = nationalRank
        self.rankedCount = rankedCount
        self.regionRank = regionRank
        self.regionCount = regionCount
        self.components = components
        self.source = source
        self.synthetic = synthetic
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        index = try c.decode(GovernanceIndex.self, forKey: .index)
        year = try c.decode(Int.self, forKey: .year)
        score = try c.decodeIfPresent(Double.self, forKey: .score)
        nationalRank = try c.decodeIfPresent(Int.self, forKey: .nationalRank)
        rankedCount = try c.decodeIfPresent(Int.self, forKey: .rankedCount)
        regionRank = try c.decodeIfPresent(Int.self, forKey: .regionRank)
        regionCount = try c.decodeIfPresent(Int.self, forKey: .regionCount)
        components = try c.decodeIfPresent([String: Double].self, forKey: .components) ?? [:]
        source = try c.decodeIfPresent(String.self, forKey: .source)
        synthetic = try c.decodeIfPresent(Bool.self, forKey: .synthetic) ?? false
    }
}
