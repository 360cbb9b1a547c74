/// A field of administrative procedures (lĩnh vực thủ tục hành chính): what the statistics
/// and the weekly report group by.
///
/// One-stop systems export their own codes; the standard list names the fields the
/// province watches most (tax and natural resources and environment first, as its weekly
/// report does). An unknown code is kept as it comes, with the name the export gives.
public struct ServiceField: Sendable, Hashable, Codable, Comparable {
    public var code: String
    public var name: String
    public var englishName: String

    public init(code: String, name: String, englishName: String? = nil) {
        self.code = code
        self.name = name
        self.englishName = englishName ?? name
    }

    public static func < (a: ServiceField, b: ServiceField) -> Bool { a.code < b.code }

    public static let tax = ServiceField(code: "thue", name: "Thuế", englishName: "Tax")
    public static let environment = ServiceField(code: "tai-nguyen-moi-truong", name: "Tài nguyên và môi trường", englishName: "Natural resources and environment")
    public static let land = ServiceField(code: "dat-dai", name: "Đất đai", englishName: "Land")
    public static let construction = ServiceField(code: "xay-dung", name: "Xây dựng", englishName: "Construction")
    public static let civilStatus = ServiceField(code: "ho-tich", name: "Tư pháp – hộ tịch", englishName: "Justice and civil status")
    public static let business = ServiceField(code: "dang-ky-kinh-doanh", name: "Đăng ký kinh doanh", englishName: "Business registration")
    public static let labour = ServiceField(code: "lao-dong", name: "Lao động – thương binh và xã hội", englishName: "Labour and social affairs")
    public static let transport = ServiceField(code: "giao-thong", name: "Giao thông vận tải", englishName: "Transport")
    public static let education = ServiceField(code: "giao-duc", name: "Giáo dục và đào tạo", englishName: "Education")
    public static let health = ServiceField(code: "y-te", name: "Y tế", englishName: "Health")
    public static let agriculture = ServiceField(code: "nong-nghiep", name: "Nông nghiệp", englishName: "Agriculture")
    public static let trade = ServiceField(code: "cong-thuong", name: "Công thương", englishName: "Industry and trade")

    public static let standard: [ServiceField] = [
        .tax, .environment, .land, .construction, .civilStatus, .business, .labour, .transport, .education, .health, .agriculture, .trade,
    ]

    /// The standard field with this code, or one named by the export.
    public static func named(_ code: String, exportedName: String? = nil) -> ServiceField {
        standard.first { $0.code == code } ?? ServiceField(code: code, name: exportedName ?? code)
    }
}
