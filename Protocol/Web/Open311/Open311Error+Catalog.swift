/// The errors this module produces, with the HTTP status the spec assigns to each.
extension Open311Error {
    // MARK: Routing and transport

    public static let notFound = Open311Error(
        code: 404, vietnamese: "Không tìm thấy tài nguyên", english: "resource not found")

    public static func methodNotAllowed(_ method: String) -> Open311Error {
        Open311Error(
            code: 405, vietnamese: "Không hỗ trợ phương thức \(method) tại đây",
            english: "method \(method) is not allowed here")
    }

    public static let unsupportedContentType = Open311Error(
        code: 400, vietnamese: "Content-Type phải là application/x-www-form-urlencoded",
        english: "Content-Type must be application/x-www-form-urlencoded")

    public static func bodyTooLarge(limit: Int) -> Open311Error {
        Open311Error(
            code: 413, vietnamese: "Nội dung yêu cầu vượt quá \(limit) byte",
            english: "request body exceeds \(limit) bytes")
    }

    public static let bodyNotUTF8 = Open311Error(
        code: 400, vietnamese: "Nội dung yêu cầu không phải UTF-8 hợp lệ", english: "request body is not valid UTF-8")

    public static let internalError = Open311Error(
        code: 500, vietnamese: "Lỗi máy chủ, vui lòng thử lại sau",
        english: "internal server error, please try again later")

    // MARK: Identifiers

    public static let jurisdictionNotFound = Open311Error(
        code: 404, vietnamese: "Không tìm thấy jurisdiction_id", english: "jurisdiction_id provided was not found")

    public static let serviceCodeRequired = Open311Error(
        code: 400, vietnamese: "Thiếu service_code", english: "service_code is required")

    public static let serviceCodeNotFound = Open311Error(
        code: 404, vietnamese: "Không tìm thấy service_code", english: "service_code provided was not found")

    public static let serviceRequestNotFound = Open311Error(
        code: 404, vietnamese: "Không tìm thấy service_request_id",
        english: "service_request_id provided was not found")

    public static let tokenNotFound = Open311Error(
        code: 404, vietnamese: "Không tìm thấy token", english: "token provided was not found")

    // MARK: Location

    public static let locationRequired = Open311Error(
        code: 400, vietnamese: "Cần có vị trí: lat và long, address_string hoặc address_id",
        english: "a location is required: lat and long, address_string or address_id")

    public static let latLongTogether = Open311Error(
        code: 400, vietnamese: "lat và long phải được gửi cùng nhau", english: "lat and long must be sent together")

    public static let invalidLat = Open311Error(
        code: 400, vietnamese: "lat phải là số thập phân trong khoảng -90 đến 90",
        english: "lat must be a decimal number between -90 and 90")

    public static let invalidLong = Open311Error(
        code: 400, vietnamese: "long phải là số thập phân trong khoảng -180 đến 180",
        english: "long must be a decimal number between -180 and 180")

    // MARK: Submission content

    public static let descriptionTooLong = Open311Error(
        code: 400, vietnamese: "description không được vượt quá 4000 ký tự",
        english: "description may not exceed 4000 characters")

    // MARK: Attributes

    public static func attributeRequired(_ code: String) -> Open311Error {
        Open311Error(
            code: 400, vietnamese: "Thiếu thuộc tính bắt buộc \(code)",
            english: "required attribute \(code) is missing")
    }

    public static func attributeSingleValue(_ code: String) -> Open311Error {
        Open311Error(
            code: 400, vietnamese: "Thuộc tính \(code) chỉ nhận một giá trị",
            english: "attribute \(code) accepts a single value")
    }

    public static func attributeValueNotAllowed(_ code: String, value: String) -> Open311Error {
        Open311Error(
            code: 400, vietnamese: "Thuộc tính \(code) không chấp nhận giá trị \(clip(value))",
            english: "attribute \(code) does not allow the value \(clip(value))")
    }

    public static func attributeNotNumber(_ code: String) -> Open311Error {
        Open311Error(
            code: 400, vietnamese: "Thuộc tính \(code) phải là số", english: "attribute \(code) must be a number")
    }

    public static func attributeNotDatetime(_ code: String) -> Open311Error {
        Open311Error(
            code: 400, vietnamese: "Thuộc tính \(code) phải là ngày giờ ISO 8601 có múi giờ",
            english: "attribute \(code) must be an ISO 8601 datetime with a time zone")
    }

    // MARK: Query filters

    public static func invalidDate(_ parameter: String) -> Open311Error {
        Open311Error(
            code: 400,
            vietnamese: "\(parameter) phải là ngày giờ W3C có múi giờ, ví dụ 2026-11-23T14:05:00+07:00",
            english: "\(parameter) must be a W3C datetime with a time zone, e.g. 2026-11-23T14:05:00+07:00")
    }

    public static let startAfterEnd = Open311Error(
        code: 400, vietnamese: "start_date không được muộn hơn end_date",
        english: "start_date must not be later than end_date")

    public static let dateRangeTooLong = Open311Error(
        code: 400, vietnamese: "Khoảng thời gian không được vượt quá 90 ngày",
        english: "the date range may not span more than 90 days")

    public static func invalidStatus(_ value: String) -> Open311Error {
        Open311Error(
            code: 400, vietnamese: "status phải là open hoặc closed, không phải \(clip(value))",
            english: "status must be open or closed, not \(clip(value))")
    }

    /// Client-supplied text quoted in a message, cut to 64 characters so errors stay short.
    private static func clip(_ value: String) -> String { value.count > 64 ? String(value.prefix(64)) + "…" : value }
}
