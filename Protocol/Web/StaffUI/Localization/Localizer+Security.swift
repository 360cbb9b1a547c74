import CyberSecurity

/// The vocabulary and refusals of the cyber-security monitoring, in Vietnamese and English.
extension Localizer {
    public var securityTitle: String { pick("Giám sát an toàn thông tin mạng", "Cyber-security monitoring") }

    public func bandName(_ band: SeverityBand) -> String {
        switch band {
        case .low: pick("Thấp", "Low")
        case .medium: pick("Trung bình", "Medium")
        case .high: pick("Cao", "High")
        case .critical: pick("Nghiêm trọng", "Critical")
        }
    }

    public func alertStatusName(_ status: AlertStatus) -> String {
        switch status {
        case .new: pick("Mới", "New")
        case .acknowledged: pick("Đã tiếp nhận", "Acknowledged")
        case .investigating: pick("Đang điều tra", "Investigating")
        case .resolved: pick("Đã xử lý", "Resolved")
        case .falsePositive: pick("Cảnh báo nhầm", "False positive")
        }
    }

    // MARK: Refusals

    public func message(_ error: SecurityError) -> String {
        switch error {
        case .badEvents(let problems):
            pick("\(number(problems.count)) bản tin không phải sự kiện: ", "\(number(problems.count)) messages are not events: ")
                + problems.prefix(3).map(message).joined(separator: "; ")
        case .alertNotFound(let id): pick("Không có cảnh báo “\(id)”.", "No alert “\(id)”.")
        case .invalidTransition(let from, let to):
            pick(
                "Cảnh báo đang ở trạng thái “\(alertStatusName(from))”, không chuyển về “\(alertStatusName(to))” được.",
                "The alert is “\(alertStatusName(from))”; it cannot go back to “\(alertStatusName(to))”.")
        case .otherUnit(let unit): pick("Tài khoản này không làm việc với đơn vị “\(unit)”.", "This account does not work with unit “\(unit)”.")
        case .tooMany(let limit): pick("Quá nhiều sự kiện trong một lần gửi (tối đa \(number(limit))).", "Too many events in one request (at most \(number(limit))).")
        case .bodyTooLarge(let limit): message(HTTPRefusal.bodyTooLarge(limit: limit))
        case .invalidQuery(let field, let value): pick("“\(value)” không hợp lệ cho “\(field)”.", "“\(value)” is not valid for “\(field)”.")
        case .storage: pick("Không lưu được vào cơ sở dữ liệu; vui lòng thử lại.", "The database could not be written; please try again.")
        }
    }

    public func message(_ problem: SecurityEventProblem) -> String {
        switch problem {
        case .notJSON: pick("không phải một đối tượng JSON", "not a JSON object")
        case .missingField(let field): pick("thiếu hoặc sai trường \(field)", "missing or invalid field \(field)")
        case .notAnAlert(let type): pick("bản ghi loại “\(type)” không phải cảnh báo", "a “\(type)” record is not an alert")
        case .notSyslog(let at): pick("không phải bản tin syslog (tại \(at))", "not a syslog message (at \(at))")
        case .oversized(let bytes, let limit): pick("dài \(number(bytes)) byte, quá \(number(limit))", "\(number(bytes)) bytes, more than \(number(limit))")
        case .badFraming(let why): pick("sai khung TCP: \(why)", "broken TCP framing: \(why)")
        }
    }
}
