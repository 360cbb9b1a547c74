/// A chapter of the provincial statistical yearbook (Niên giám thống kê) that indicators are
/// filed under. The sixteen the province follows are `standard`; a group is reference data
/// like the indicators, so a catalog entry may name another code, shown as written.
public struct IndicatorGroup: Sendable, Hashable, Codable {
    public var code: String
    public var nameVi: String
    public var nameEn: String

    public init(code: String, nameVi: String, nameEn: String) {
        self.code = code
        self.nameVi = nameVi
        self.nameEn = nameEn
    }

    /// The sixteen groups, in the yearbook's chapter order.
    public static let standard: [IndicatorGroup] = [
        .init(code: "population", nameVi: "Dân số và lao động", nameEn: "Population and labour"),
        .init(code: "accounts", nameVi: "Tài khoản quốc gia (GRDP)", nameEn: "National accounts (GRDP)"),
        .init(code: "budget", nameVi: "Ngân sách nhà nước", nameEn: "State budget"),
        .init(code: "investment", nameVi: "Đầu tư và xây dựng", nameEn: "Investment and construction"),
        .init(code: "enterprises", nameVi: "Doanh nghiệp", nameEn: "Enterprises"),
        .init(code: "agriculture", nameVi: "Nông, lâm nghiệp và thủy sản", nameEn: "Agriculture, forestry and fishery"),
        .init(code: "industry", nameVi: "Công nghiệp", nameEn: "Industry"),
        .init(code: "trade", nameVi: "Thương mại và dịch vụ", nameEn: "Trade and services"),
        .init(code: "tourism", nameVi: "Du lịch", nameEn: "Tourism"),
        .init(code: "transport", nameVi: "Vận tải, bưu chính và viễn thông", nameEn: "Transport, post and telecommunications"),
        .init(code: "education", nameVi: "Giáo dục", nameEn: "Education"),
        .init(code: "health", nameVi: "Y tế", nameEn: "Health"),
        .init(code: "culture", nameVi: "Văn hóa và thể thao", nameEn: "Culture and sport"),
        .init(code: "living", nameVi: "Mức sống dân cư và an sinh xã hội", nameEn: "Living standards and social security"),
        .init(code: "environment", nameVi: "Tài nguyên và môi trường", nameEn: "Natural resources and environment"),
        .init(code: "governance", nameVi: "Chỉ số quản trị (PCI, PAPI, ICT-Index, DTI)", nameEn: "Governance indices (PCI, PAPI, ICT-Index, DTI)"),
    ]

    /// The standard group with this code, or one named by its code.
    public static func named(_ code: String) -> IndicatorGroup {
        standard.first { $0.code == code } ?? IndicatorGroup(code: code, nameVi: code, nameEn: code)
    }
}
