import CyberSecurity
import SiteProbes
import Vietnam

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

    public func incidentKindName(_ kind: SiteIncident.Kind) -> String {
        switch kind {
        case .down: pick("Trang ngừng hoạt động", "Site down")
        case .link: pick("Mất kết nối từ huyện", "District link down")
        case .likelyDefaced: pick("Nghi bị thay đổi giao diện trái phép", "Likely defaced")
        case .changed: pick("Trang thay đổi so với mẫu", "Page changed from its baseline")
        case .certificate: pick("Chứng thư số lỗi hoặc sắp hết hạn", "Certificate invalid or expiring")
        }
    }

    public func siteVerdictName(_ verdict: SiteVerdict) -> String {
        switch verdict {
        case .unknown: pick("Chưa rõ", "Unknown")
        case .up: pick("Hoạt động", "Up")
        case .degraded: pick("Suy giảm", "Degraded")
        case .down: pick("Ngừng hoạt động", "Down")
        case .unreachableFrom(let vantages): pick("Không truy cập được từ \(vantages.joined(separator: ", "))", "Unreachable from \(vantages.joined(separator: ", "))")
        }
    }

    /// One line that says what happened: "Mở sự cố: Trang ngừng hoạt động — Cổng DVC".
    public func incidentHeadline(_ notice: IncidentNotice) -> String {
        let event =
            switch notice.event {
            case .opened: pick("Mở sự cố", "Incident opened")
            case .changed: pick("Sự cố thay đổi", "Incident changed")
            case .closed: pick("Đóng sự cố", "Incident closed")
            }
        return "\(event): \(incidentKindName(notice.incident.kind)) — \(notice.site.name)"
    }

    /// A notice as an e-mail's paragraph in this language.
    public func incidentText(_ notice: IncidentNotice) -> String {
        let incident = notice.incident
        var lines = [incidentHeadline(notice), "\(notice.site.name) — \(notice.site.url)"]
        if !incident.detail.isEmpty { lines.append(incident.detail) }
        lines.append(pick("Điểm đo: ", "Vantage points: ") + incident.vantages.joined(separator: ", "))
        lines.append(pick("Bắt đầu: ", "Start: ") + VietnamTime.iso8601(millis: incident.start))
        if let end = incident.end { lines.append(pick("Kết thúc: ", "End: ") + VietnamTime.iso8601(millis: end)) }
        return lines.joined(separator: "\n")
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
        case .invalidSite(let field, let value):
            pick("Thông tin trang web không hợp lệ: “\(field)” = “\(value)”.", "Invalid site settings: “\(field)” = “\(value)”.")
        case .siteNotFound(let code): pick("Không có trang web giám sát “\(code)”.", "No monitored site “\(code)”.")
        case .noPageYet(let code): pick("Chưa tải được trang nào của “\(code)” để làm mẫu.", "No page of “\(code)” has been fetched yet to approve.")
        case .pageChanged(let code):
            pick("Trang “\(code)” đã thay đổi từ lúc hiển thị; hãy xem lại rồi duyệt.", "The page of “\(code)” changed since it was shown; look again, then approve.")
        case .incidentNotFound(let id): pick("Không có sự cố “\(id)”.", "No incident “\(id)”.")
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
