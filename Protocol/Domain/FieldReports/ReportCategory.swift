/// A kind of field report, as reference data the hub edits and every node receives:
/// its names, the units that handle it, its deadline in working days and the extra
/// questions (Open311 attributes) asked at intake.
public struct ReportCategory: Sendable, Hashable, Codable {
    /// Stable code, also the Open311 `service_code` (e.g. `lan-chiem-via-he`).
    public var code: String
    public var nameVI: String
    public var nameEN: String
    public var descriptionVI: String
    /// Codes of the `HandlingUnit`s that handle it, the first being the default.
    public var units: [String]
    public var deadlineWorkingDays: Int
    public var attributes: [CategoryQuestion]
    public var active: Bool

    public init(
        code: String, nameVI: String, nameEN: String, descriptionVI: String = "", units: [String], deadlineWorkingDays: Int,
        attributes: [CategoryQuestion] = [], active: Bool = true
    ) {
        self.code = code
        self.nameVI = nameVI
        self.nameEN = nameEN
        self.descriptionVI = descriptionVI
        self.units = units
        self.deadlineWorkingDays = deadlineWorkingDays
        self.attributes = attributes
        self.active = active
    }


    /// The province's seven categories (DESIGN §2), seeded at a new hub.
    public static let standard: [ReportCategory] = [
        ReportCategory(
            code: "lan-chiem-long-le-duong", nameVI: "Lấn chiếm lòng lề đường", nameEN: "Sidewalk and roadway encroachment",
            descriptionVI: "Bày bán, để xe, dựng mái che trên vỉa hè, lòng đường", units: ["trat-tu-do-thi", "ubnd-phuong-xa"],
            deadlineWorkingDays: 5,
            attributes: [
                CategoryQuestion(
                    code: "vi-tri", prompt: "Lấn chiếm ở đâu? / Where?", kind: .singleChoice, required: true,
                    choices: [.init(key: "via-he", name: "Vỉa hè / sidewalk"), .init(key: "long-duong", name: "Lòng đường / roadway")]),
            ]),
        ReportCategory(
            code: "vi-pham-quang-cao", nameVI: "Vi phạm quảng cáo", nameEN: "Illegal advertising",
            descriptionVI: "Biển hiệu, băng rôn, tờ rơi không phép", units: ["van-hoa-thong-tin", "trat-tu-do-thi"], deadlineWorkingDays: 7),
        ReportCategory(
            code: "tu-tap-buon-ban", nameVI: "Tụ tập buôn bán", nameEN: "Street-vending gatherings",
            descriptionVI: "Chợ tạm, hàng rong tụ tập gây cản trở", units: ["trat-tu-do-thi", "cong-an-phuong-xa"], deadlineWorkingDays: 3),
        ReportCategory(
            code: "xay-dung-khong-phep", nameVI: "Xây dựng không phép", nameEN: "Unlicensed construction",
            descriptionVI: "Công trình không có giấy phép hoặc sai phép", units: ["quan-ly-do-thi", "ubnd-phuong-xa"], deadlineWorkingDays: 10,
            attributes: [
                CategoryQuestion(code: "dang-thi-cong", prompt: "Đang thi công? / Work in progress?", kind: .singleChoice, required: false,
                    choices: [.init(key: "co", name: "Có / yes"), .init(key: "khong", name: "Không / no")]),
            ]),
        ReportCategory(
            code: "nuoc-thai", nameVI: "Nước thải", nameEN: "Wastewater",
            descriptionVI: "Xả nước thải ra đường, cống, nguồn nước", units: ["tai-nguyen-moi-truong"], deadlineWorkingDays: 7),
        ReportCategory(
            code: "xa-rac", nameVI: "Xả rác", nameEN: "Littering",
            descriptionVI: "Đổ rác, xà bần không đúng nơi quy định", units: ["tai-nguyen-moi-truong", "ubnd-phuong-xa"], deadlineWorkingDays: 3),
        ReportCategory(
            code: "khac", nameVI: "Khác", nameEN: "Other", descriptionVI: "Phản ánh khác về trật tự đô thị",
            units: ["ubnd-phuong-xa"], deadlineWorkingDays: 10),
    ]
}

/// An extra question a category asks at intake (an Open311 attribute).
public struct CategoryQuestion: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable { case text, number, singleChoice = "singlevaluelist", multipleChoice = "multivaluelist" }
    public struct Choice: Sendable, Hashable, Codable {
        public var key: String
        public var name: String
        public init(key: String, name: String) {
            self.key = key
            self.name = name
        }
    }

    public var code: String
    public var prompt: String
    public var kind: Kind
    public var required: Bool
    public var choices: [Choice]

    public init(code: String, prompt: String, kind: Kind, required: Bool, choices: [Choice] = []) {
        self.code = code
        self.prompt = prompt
        self.kind = kind
        self.required = required
        self.choices = choices
    }
}
