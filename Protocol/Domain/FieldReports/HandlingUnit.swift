/// A unit that handles cases (in each district: the district's team of that kind).
public struct HandlingUnit: Sendable, Hashable, Codable {
    public var code: String
    public var nameVI: String
    public var nameEN: String

    public init(code: String, nameVI: String, nameEN: String) {
        self.code = code
        self.nameVI = nameVI
        self.nameEN = nameEN
    }


    public static let standard: [HandlingUnit] = [
        HandlingUnit(code: "trat-tu-do-thi", nameVI: "Đội Quản lý trật tự đô thị", nameEN: "Urban order team"),
        HandlingUnit(code: "ubnd-phuong-xa", nameVI: "UBND phường, xã", nameEN: "Ward/commune People's Committee"),
        HandlingUnit(code: "cong-an-phuong-xa", nameVI: "Công an phường, xã", nameEN: "Ward/commune police"),
        HandlingUnit(code: "quan-ly-do-thi", nameVI: "Phòng Quản lý đô thị", nameEN: "Urban management office"),
        HandlingUnit(code: "tai-nguyen-moi-truong", nameVI: "Phòng Tài nguyên và Môi trường", nameEN: "Natural resources and environment office"),
        HandlingUnit(code: "van-hoa-thong-tin", nameVI: "Phòng Văn hóa và Thông tin", nameEN: "Culture and information office"),
    ]
}
