extension IndicatorDefinition {
    /// The catalog a new hub starts with (reference data it seeds once; then edited as data):
    /// indicators of the provincial statistical yearbook's chapters, with the agencies that
    /// publish them (Cục Thống kê tỉnh and the departments). Names and units follow the
    /// yearbook; the governance indices are kept as rankings (`GovernanceRanking`).
    public static let standard: [IndicatorDefinition] = {
        let gso = "Cục Thống kê tỉnh", finance = "Sở Tài chính", tourism = "Sở Văn hóa, Thể thao và Du lịch"
        func d(
            _ code: String, _ vi: String, _ en: String, _ group: String, _ unit: String, _ f: ReportingFrequency, _ a: AggregationRule, _ n: IndicatorNature,
            better: Bool = true, source: String = gso, deflator: String? = nil, definition: String = ""
        ) -> IndicatorDefinition {
            IndicatorDefinition(
                code: code, nameVi: vi, nameEn: en, group: group, unit: unit, frequency: f, aggregation: a, nature: n, higherIsBetter: better,
                source: source, definition: definition, deflator: deflator)
        }
        return [
            d("POP", "Dân số trung bình", "Average population", "population", "nghìn người", .year, .sum, .stock),
            d("LABOUR", "Lao động 15 tuổi trở lên đang làm việc", "Employed workers aged 15 and over", "population", "nghìn người", .year, .sum, .stock),
            d("UNEMP_URBAN", "Tỷ lệ thất nghiệp khu vực thành thị", "Urban unemployment rate", "population", "%", .year, .weightedMean(by: "POP"), .rate, better: false),
            d("GRDP_CMP", "Tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh 2010", "GRDP at 2010 prices", "accounts", "tỷ đồng", .quarter, .none, .flow,
              definition: "Giá trị sản phẩm cuối cùng tạo ra trên địa bàn, theo giá so sánh năm 2010."),
            d("GRDP_GROWTH", "Tốc độ tăng GRDP so với cùng kỳ", "GRDP growth on the same period", "accounts", "%", .quarter, .none, .rate),
            d("GRDP_PER_CAPITA", "GRDP bình quân đầu người", "GRDP per capita", "accounts", "triệu đồng", .year, .none, .stock),
            d("BUDGET_REV", "Thu ngân sách nhà nước trên địa bàn", "State budget revenue in the province", "budget", "tỷ đồng", .month, .sum, .flow, source: finance),
            d("BUDGET_EXP", "Chi ngân sách địa phương", "Local budget expenditure", "budget", "tỷ đồng", .month, .sum, .flow, source: finance),
            d("INVEST", "Vốn đầu tư phát triển toàn xã hội", "Total development investment", "investment", "tỷ đồng", .quarter, .sum, .flow),
            d("INVEST_STATE", "Vốn đầu tư thực hiện từ nguồn ngân sách nhà nước", "Investment from the state budget", "investment", "tỷ đồng", .month, .sum, .flow),
            d("ENT_NEW", "Doanh nghiệp thành lập mới", "Newly registered enterprises", "enterprises", "doanh nghiệp", .month, .sum, .flow, source: "Sở Kế hoạch và Đầu tư"),
            d("ENT_CAPITAL", "Vốn đăng ký của doanh nghiệp thành lập mới", "Registered capital of new enterprises", "enterprises", "tỷ đồng", .month, .sum, .flow, source: "Sở Kế hoạch và Đầu tư"),
            d("GRAIN", "Sản lượng lương thực có hạt", "Cereal output", "agriculture", "tấn", .year, .sum, .flow),
            d("COFFEE", "Sản lượng cà phê nhân", "Green coffee output", "agriculture", "tấn", .year, .sum, .flow),
            d("FOREST_COVER", "Tỷ lệ che phủ rừng", "Forest cover", "agriculture", "%", .year, .none, .rate, source: "Sở Nông nghiệp và Phát triển nông thôn"),
            d("IIP", "Chỉ số sản xuất công nghiệp (cùng kỳ năm trước = 100)", "Index of industrial production (same period last year = 100)", "industry", "%", .month, .none, .rate),
            d("ELECTRICITY", "Điện sản xuất", "Electricity generated", "industry", "triệu kWh", .month, .none, .flow),
            d("RETAIL", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "Retail sales of goods and consumer services", "trade", "tỷ đồng", .month, .sum, .flow, deflator: "CPI"),
            d("CPI", "Chỉ số giá tiêu dùng bình quân (cùng kỳ năm trước = 100)", "Consumer price index (same period last year = 100)", "trade", "%", .month, .none, .rate, better: false),
            d("EXPORT", "Kim ngạch xuất khẩu hàng hóa", "Merchandise exports", "trade", "triệu USD", .month, .none, .flow, source: "Sở Công Thương"),
            d("TOURISTS", "Lượt khách du lịch", "Tourist arrivals", "tourism", "lượt người", .month, .sum, .flow, source: tourism),
            d("TOURISM_REV", "Doanh thu du lịch lữ hành", "Travel agency revenue", "tourism", "tỷ đồng", .month, .sum, .flow, source: tourism),
            d("PASSENGERS", "Vận chuyển hành khách", "Passengers carried", "transport", "nghìn lượt người", .month, .sum, .flow),
            d("FREIGHT", "Vận chuyển hàng hóa", "Freight carried", "transport", "nghìn tấn", .month, .sum, .flow),
            d("BROADBAND", "Thuê bao internet băng rộng cố định", "Fixed broadband subscriptions", "transport", "thuê bao", .year, .sum, .stock, source: "Sở Thông tin và Truyền thông"),
            d("PUPILS", "Học sinh phổ thông", "School pupils", "education", "học sinh", .year, .sum, .stock, source: "Sở Giáo dục và Đào tạo"),
            d("SCHOOLS_STD", "Tỷ lệ trường đạt chuẩn quốc gia", "Schools meeting the national standard", "education", "%", .year, .none, .rate, source: "Sở Giáo dục và Đào tạo"),
            d("DOCTORS", "Số bác sĩ trên 1 vạn dân", "Doctors per 10,000 people", "health", "bác sĩ", .year, .weightedMean(by: "POP"), .rate, source: "Sở Y tế"),
            d("HEALTH_INS", "Tỷ lệ dân số tham gia bảo hiểm y tế", "Health insurance coverage", "health", "%", .year, .weightedMean(by: "POP"), .rate, source: "Bảo hiểm xã hội tỉnh"),
            d("CULTURAL_FAMILY", "Tỷ lệ gia đình đạt chuẩn văn hóa", "Households meeting the cultural-family standard", "culture", "%", .year, .weightedMean(by: "POP"), .rate, source: tourism),
            d("POVERTY", "Tỷ lệ hộ nghèo (chuẩn đa chiều)", "Poor households (multidimensional standard)", "living", "%", .year, .weightedMean(by: "POP"), .rate, better: false, source: "Sở Lao động – Thương binh và Xã hội"),
            d("INCOME", "Thu nhập bình quân đầu người một tháng", "Monthly income per capita", "living", "nghìn đồng", .year, .none, .stock),
            d("WASTE_COLLECTED", "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom", "Urban household waste collected", "environment", "%", .year, .weightedMean(by: "POP"), .rate, source: "Sở Tài nguyên và Môi trường"),
            d("CLEAN_WATER", "Tỷ lệ dân cư nông thôn dùng nước hợp vệ sinh", "Rural population with safe water", "environment", "%", .year, .weightedMean(by: "POP"), .rate, source: "Sở Nông nghiệp và Phát triển nông thôn"),
        ]
    }()
}
