import FieldReports
import Vietnam

/// The words for a refused report or case request, and for the case history's codes.
extension Localizer {
    /// Why `error` was refused, naming the input at fault when there is one; a sentence (its
    /// first letter capitalised).
    public func message(_ error: RecordError) -> String {
        let text = sentence(error)
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    private func sentence(_ error: RecordError) -> String {
        let field = error.field.map(fieldName) ?? ""
        switch error.reason {
        case .emptyBody: return pick("Thân yêu cầu trống: hãy gửi một đối tượng JSON", "Empty request body: send a JSON object")
        case .malformedJSON(let detail): return pick("JSON không hợp lệ: \(detail)", "Malformed JSON: \(detail)")
        case .notAnObject: return pick("\(field) phải là một đối tượng JSON", "\(field) must be a JSON object")
        case .notAString: return pick("\(field) phải là chuỗi", "\(field) must be a string")
        case .notNumbers: return pick("Vĩ độ và kinh độ phải là số", "lat and lon must be numbers")
        case .notALocation: return pick("Vị trí phải là {\"lat\", \"lon\"}", "location must be {\"lat\", \"lon\"}")
        case .notAPhotoList: return pick("photos phải là mảng mã SHA-256", "photos must be an array of SHA-256 strings")
        case .notADate: return pick("\(field) phải có dạng YYYY-MM-DD", "\(field) must be YYYY-MM-DD")
        case .notACamera(let detail):
            return pick("Cần một camera {\"geometry\", \"name\", \"active\"}: \(detail)", "Expected a registered camera {\"geometry\", \"name\", \"active\"}: \(detail)")
        case .notAPlate(let raw): return pick("Biển số không hợp lệ: \(raw)", "Not a plate: \(raw)")
        case .outOfRange(let min, let max): return pick("\(field) phải từ \(min) đến \(max)", "\(field) must be \(min)–\(max)")
        case .fromAfterTo: return pick("Từ ngày phải trước đến ngày", "'from' is after 'to'")
        case .invalidCategoryCode: return pick("Mã lĩnh vực 2–64 ký tự a–z, 0–9, -", "Category code must be 2–64 of a–z, 0–9, -")
        case .namesRequired: return pick("Cần tên tiếng Việt và tiếng Anh", "name_vi and name_en are required")
        case .invalidQuestion:
            return pick(
                "Mỗi câu hỏi cần code, prompt, kind (text, number, singlevaluelist, multivaluelist)",
                "Each attribute needs code, prompt and kind (text, number, singlevaluelist, multivaluelist)")
        case .unknownField(let name, let allowed):
            return pick("Trường '\(name)' không được hỗ trợ; được phép: \(list(allowed))", "Unknown field '\(name)'; allowed: \(list(allowed))")
        case .idDiffersFromPath(let body, let path):
            return pick("Mã trong thân (\(body)) khác đường dẫn (\(path))", "The id in the body (\(body)) differs from the URL (\(path))")
        case .nothingToChange: return pick("Không có trường nào để sửa", "Nothing to change")
        case .required where error.field == "description": return pick("Vui lòng mô tả sự việc", "Please describe the problem")
        case .required: return pick("Vui lòng nhập \(field)", "\(field) is required")
        case .requiredFor(let action):
            return pick("Cần \(field) cho thao tác “\(self.action(action))”", "\(field) is required for “\(self.action(action))”")
        case .empty: return pick("\(field) không được để trống", "\(field) must not be empty")
        case .tooLong(let max): return pick("\(field) dài quá \(number(max)) ký tự", "\(field) is longer than \(number(max)) characters")
        case .lengthOutOfRange(let min, let max):
            return pick("\(field) phải dài \(min)–\(max) ký tự", "\(field) must be \(min)–\(max) characters")
        case .notOneOf(let value, let choices):
            let given = value.map { "'\($0)' " } ?? ""
            return pick(
                "\(field): giá trị \(given)không hợp lệ; chọn một trong: \(list(choices))", "\(field): value \(given)is not allowed; choose one of: \(list(choices))")
        case .unknownCategory(let code, let choices):
            return pick("Lĩnh vực '\(code)' không có; chọn một trong: \(list(choices))", "Unknown category '\(code)'; one of: \(list(choices))")
        case .unknownUnit(let code, let choices):
            return pick("Đơn vị '\(code)' không có; chọn một trong: \(list(choices))", "Unknown unit '\(code)'; one of: \(list(choices))")
        case .answerRequired(let prompt): return pick("Thiếu câu trả lời: \(prompt)", "An answer is required: \(prompt)")
        case .outsideProvince(let latitude, let longitude):
            return pick(
                "Vị trí (\(latitude), \(longitude)) nằm ngoài tỉnh Đắk Lắk", "Location (\(latitude), \(longitude)) is outside Đắk Lắk province")
        case .locationOrAddressRequired: return pick("Cần vị trí trên bản đồ hoặc địa chỉ", "A map location or an address is required")
        case .bothCoordinatesRequired: return pick("Cần cả vĩ độ và kinh độ", "Both lat and lon are required")
        case .invalidPhone: return pick("Số điện thoại không hợp lệ (8–15 chữ số)", "Phone must have 8–15 digits")
        case .invalidEmail: return pick("Email không hợp lệ", "Email is not a valid address")
        case .tooManyPhotos(let max): return pick("Tối đa \(max) ảnh", "At most \(max) photos")
        case .photoNotUploaded(let sha): return pick("Ảnh \(sha) chưa được tải lên", "Photo \(sha) was not uploaded here first")
        case .districtRequired(let choices):
            return pick("Chọn huyện nhận phản ánh: \(list(choices))", "Choose the district to file it in: \(list(choices))")
        case .alreadyInDistrict(let name): return pick("Hồ sơ đã thuộc \(name)", "The case is already in \(name)")
        case .ratingOutOfRange: return pick("Đánh giá từ 1 đến 5 sao", "Rating must be 1–5 stars")
        case .invalidUserName: return pick("Tên đăng nhập 2–40 ký tự a–z, 0–9, . - _", "User name must be 2–40 of a–z, 0–9, . - _")
        case .passwordTooShort(let min): return pick("Mật khẩu tối thiểu \(min) ký tự", "Password needs at least \(min) characters")
        case .caseNotFound(let id): return pick("Không tìm thấy hồ sơ \(id)", "No case \(id)")
        case .recordNotFound(let type, let id):
            let what = [type, id].compactMap { $0 }.joined(separator: " ")
            return what.isEmpty ? pick("Không tìm thấy bản ghi", "Record not found") : pick("Không tìm thấy \(what)", "No \(what)")
        case .trackingCodeNotFound(let code): return pick("Không tìm thấy phản ánh có mã \(code)", "No report has the tracking code \(code)")
        case .actionNotAllowed(let action, let status):
            return pick(
                "Không thể \(self.action(action).lowercased()) khi hồ sơ \(self.status(status).lowercased())",
                "Cannot \(self.action(action).lowercased()) a case that is \(self.status(status).lowercased())")
        case .notYetResolved: return pick("Chỉ đánh giá khi phản ánh đã được xử lý", "A report can be rated once it is resolved")
        case .transferred(let name):
            return pick("Hồ sơ đã chuyển sang \(name); ở đây chỉ xem", "The case was transferred to \(name) and is read-only here")
        case .invalidEdit(let detail): return pick("Sửa đổi không hợp lệ: \(detail)", "Invalid edit: \(detail)")
        case .otherDistrict(let code):
            return pick("Tài khoản này chỉ xem được huyện của mình, không xem được \(code)", "This account reads its own district only, not \(code)")
        case .trackingCodesExhausted: return pick("Không tạo được mã tra cứu", "Could not draw a free tracking code")
        case .storage(let detail): return pick("Lỗi lưu trữ: \(detail)", "Storage error: \(detail)")
        }
    }

    /// The name of an input of a report or case, as a message names it; unknown names as they are.
    public func fieldName(_ field: String) -> String {
        switch field {
        case "description": pick("mô tả sự việc", "description")
        case "address": pick("địa chỉ", "address")
        case "location": pick("vị trí", "location")
        case "category": pick("lĩnh vực", "category")
        case "district": pick("huyện", "district")
        case "channel": pick("kênh tiếp nhận", "channel")
        case "reporter": pick("người phản ánh", "reporter")
        case "reporter.name", "name": pick("họ tên", "name")
        case "reporter.phone", "phone": pick("số điện thoại", "phone")
        case "reporter.email", "email": pick("email", "email")
        case "photos": pick("ảnh", "photos")
        case "attributes": pick("câu trả lời", "answers")
        case "reason": pick("lý do", "reason")
        case "result": pick("kết quả xử lý", "result")
        case "text": pick("nội dung ghi chú", "comment text")
        case "comment": pick("nhận xét", "comment")
        case "note": pick("ghi chú", "note")
        case "unit": pick("đơn vị xử lý", "unit")
        case "priority": pick("mức ưu tiên", "priority")
        case "status": pick("trạng thái", "status")
        case "rating": pick("đánh giá", "rating")
        case "user": pick("tên đăng nhập", "user name")
        case "password": pick("mật khẩu", "password")
        case "body": pick("thân yêu cầu", "request body")
        case "units": pick("đơn vị xử lý", "units")
        case "date": pick("ngày", "date")
        case "from": pick("từ ngày", "from")
        case "to": pick("đến ngày", "to")
        case "deadline_days": pick("thời hạn (ngày làm việc)", "deadline_days")
        case "camera": pick("mã camera", "camera")
        case "plate": pick("biển số", "plate")
        case "message_id": pick("message_id", "message_id")
        default: "'\(field)'"
        }
    }

    /// A category's name in the reader's language.
    public func name(_ category: ReportCategory) -> String { pick(category.nameVI, category.nameEN) }

    /// A handling unit's name in the reader's language.
    public func name(_ unit: HandlingUnit) -> String { pick(unit.nameVI, unit.nameEN) }

    /// An action's name as a verb: "Chấp nhận" / "Accept".
    public func action(_ action: CaseAction) -> String {
        switch action {
        case .accept: pick("Chấp nhận", "Accept")
        case .reject: pick("Không đủ điều kiện", "Mark ineligible")
        case .assign: pick("Giao xử lý", "Assign")
        case .start: pick("Bắt đầu xử lý", "Start")
        case .resolve: pick("Báo kết quả", "Resolve")
        case .close: pick("Đóng", "Close")
        case .reopen: pick("Mở lại", "Reopen")
        case .transfer: pick("Chuyển huyện", "Transfer")
        case .comment: pick("Ghi chú", "Comment")
        }
    }

    /// A history entry's action code (a workflow action, or `receive`, `rate`, `set_status`); unknown codes as they are.
    public func historyAction(_ code: String) -> String {
        if let action = CaseAction(rawValue: code) { return self.action(action) }
        switch code {
        case "receive": return pick("Tiếp nhận", "Received")
        case "rate": return pick("Người dân đánh giá", "Citizen rating")
        case "set_status": return pick("Đặt trạng thái", "Status set")
        default: return code
        }
    }

    /// A case field's label in the history and conflict views; unknown fields as they are.
    public func caseField(_ field: String) -> String {
        let name = fieldName(field)
        return name.hasPrefix("'") ? field : name.prefix(1).uppercased() + name.dropFirst()
    }

    /// A stored value of a case field as the reader says it: statuses named, anything else as it is.
    public func caseValue(_ field: String, _ value: String) -> String {
        guard field == "status", let status = CaseStatus(rawValue: value) else { return value }
        return self.status(status)
    }

    private func list(_ codes: [String]) -> String { codes.joined(separator: ", ") }
}
