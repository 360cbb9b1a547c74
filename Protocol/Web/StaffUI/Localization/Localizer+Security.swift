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

    public var navSecurity: String { pick("An toàn thông tin", "Cyber-security") }
    public var securityIntro: String {
        pick(
            "Các trang web của cơ quan nhà nước được kiểm tra từ trung tâm tỉnh và từng huyện; cảnh báo SOC từ Wazuh, Suricata và syslog.",
            "Government websites checked from the provincial hub and from every district; SOC alerts from Wazuh, Suricata and syslog.")
    }
    public var sitesHeading: String { pick("Trang web giám sát", "Monitored websites") }
    public var noSitesYet: String { pick("Chưa có trang web nào được đăng ký giám sát.", "No website is registered for monitoring yet.") }
    public var vantagePointsLabel: String { pick("Điểm đo", "Vantage points") }
    public var ownerLabel: String { pick("Đơn vị quản lý", "Owner") }
    public var responseTimeLabel: String { pick("Thời gian phản hồi", "Response time") }
    public var lastCheckLabel: String { pick("Lần kiểm tra cuối", "Last check") }
    public var certificateLabel: String { pick("Chứng thư số", "Certificate") }
    public func certificateDaysText(_ days: Int) -> String { pick("còn \(number(days)) ngày", "\(number(days)) days left") }
    public var certificateInvalidText: String { pick("không xác thực được", "fails verification") }
    public var pageLabel: String { pick("Nội dung trang", "Page") }
    public func pageVerdictName(_ verdict: DefacementCheck.Verdict?) -> String {
        switch verdict {
        case nil: pick("Chưa có trang mẫu", "No baseline")
        case .unchanged: pick("Không đổi", "Unchanged")
        case .changed: pick("Đã thay đổi", "Changed")
        case .likelyDefaced: pick("Nghi bị thay đổi trái phép", "Likely defaced")
        }
    }
    public func vantageStateName(_ state: VantageState.State?) -> String {
        switch state {
        case nil: pick("Chưa báo", "No report")
        case .unknown: pick("Đang xác nhận", "Confirming")
        case .up: pick("Hoạt động", "Up")
        case .degraded: pick("Suy giảm", "Degraded")
        case .down: pick("Không truy cập được", "Down")
        }
    }
    public var staleText: String { pick("quá cũ, không tính", "too old, not counted") }
    public var maintenanceText: String { pick("đang bảo trì", "in maintenance") }
    public var openIncidentsHeading: String { pick("Sự cố đang mở", "Open incidents") }
    public var incidentsHeading: String { pick("Sự cố", "Incidents") }
    public var noOpenIncidents: String { pick("Không có sự cố nào đang mở.", "No open incident.") }
    public var incidentKindColumn: String { pick("Loại", "Kind") }
    public var startColumn: String { pick("Bắt đầu", "Start") }
    public var endColumn: String { pick("Kết thúc", "End") }
    public var durationColumn: String { pick("Thời lượng", "Duration") }
    public var detailColumn: String { pick("Chi tiết", "Detail") }
    public var siteColumn: String { pick("Trang web", "Site") }
    public func incidentStatusName(_ status: SiteIncident.Status) -> String {
        status == .open ? pick("Đang mở", "Open") : pick("Đã đóng", "Resolved")
    }
    public func duration(seconds: Int64) -> String {
        let minutes = seconds / 60, hours = minutes / 60, days = hours / 24
        if days > 0 { return pick("\(days) ngày \(hours % 24) giờ", "\(days) d \(hours % 24) h") }
        if hours > 0 { return pick("\(hours) giờ \(minutes % 60) phút", "\(hours) h \(minutes % 60) min") }
        if minutes > 0 { return pick("\(minutes) phút", "\(minutes) min") }
        return pick("\(seconds) giây", "\(seconds) s")
    }
    public var socSummaryHeading: String { pick("Tổng hợp SOC", "SOC summary") }
    public var alertsByBandChartTitle: String { pick("Cảnh báo theo mức độ, 24 giờ qua (theo giờ)", "Alerts by band, last 24 hours (per hour)") }
    public var topRulesHeading: String { pick("Luật cảnh báo nhiều nhất", "Top rules") }
    public var topHostsHeading: String { pick("Máy chủ nhiều cảnh báo nhất", "Top hosts") }
    public var techniquesHeading: String { pick("Kỹ thuật MITRE ATT&CK", "MITRE ATT&CK techniques") }
    public var webTrafficHeading: String { pick("Lưu lượng truy cập (24 giờ qua, theo nhật ký máy chủ)", "Web traffic (last 24 hours, from the server's access logs)") }
    public var noAccessLogs: String { pick("Chưa nhận nhật ký truy cập nào của trang này.", "No access log of this site has been received.") }
    public var hourColumn: String { pick("Giờ", "Hour") }
    public var requestsColumn: String { pick("Lượt truy cập", "Requests") }
    public var topPathsHeading: String { pick("Đường dẫn được truy cập nhiều nhất", "Most requested paths") }
    public var pathColumn: String { pick("Đường dẫn", "Path") }
    public var bandColumn: String { pick("Mức độ", "Band") }
    /// Availability with two decimals, as service levels are read: "99,95%".
    public func availabilityShare(_ share: Double) -> String { decimal(share * 100, places: 2) + "%" }
    public var eventsColumn: String { pick("Sự kiện", "Events") }
    public var alertsColumn: String { pick("Cảnh báo", "Alerts") }
    public var hostColumn: String { pick("Máy chủ", "Host") }
    public var ruleColumn: String { pick("Luật", "Rule") }
    public var techniqueColumn: String { pick("Kỹ thuật", "Technique") }
    public var openAlertsLabel: String { pick("Cảnh báo chưa xử lý", "Open alerts") }
    public var lateAlertsLabel: String { pick("quá hạn tiếp nhận", "past their time limit") }
    public var availabilityHeading: String { pick("Tỷ lệ sẵn sàng", "Availability") }
    public func availabilityWindow(_ label: String) -> String {
        switch label {
        case "24h": pick("24 giờ", "24 hours")
        case "7d": pick("7 ngày", "7 days")
        case "30d": pick("30 ngày", "30 days")
        default: pick("90 ngày", "90 days")
        }
    }
    public var responseChartTitle: String { pick("Thời gian phản hồi trung bình theo giờ, 7 ngày qua (ms)", "Mean response time per hour, last 7 days (ms)") }
    public var pageChangesHeading: String { pick("Thay đổi so với trang mẫu", "Changes from the baseline") }
    public var linesAddedLabel: String { pick("Dòng mới", "Lines added") }
    public var linesRemovedLabel: String { pick("Dòng mất", "Lines removed") }
    public var baselineHeading: String { pick("Trang mẫu", "Baseline") }
    public func baselineApproved(by: String, at: String) -> String { pick("Duyệt bởi \(by) lúc \(at).", "Approved by \(by) at \(at).") }
    public var noBaselineYet: String { pick("Chưa có trang mẫu được duyệt: so sánh nội dung chưa bật.", "No approved baseline: page comparison is off.") }
    public var approveBaselineButton: String { pick("Duyệt trang hiện tại làm mẫu", "Approve the current page as baseline") }
    public var openIncidentButton: String { pick("Mở sự cố cho thay đổi này", "Open an incident for this change") }
    public var resolveIncidentButton: String { pick("Đóng sự cố", "Resolve the incident") }
    public var addNoteButton: String { pick("Thêm ghi chú", "Add a note") }
    public var joinedAlertsHeading: String { pick("Cảnh báo SOC liên quan (cùng máy chủ, gần thời điểm)", "Related SOC alerts (same host, near in time)") }
    public var noJoinedAlerts: String { pick("Không có cảnh báo SOC nào trên máy chủ của trang trong khoảng thời gian này.", "No SOC alert on the site's hosts around this time.") }
    public var historyHeading: String { pick("Lịch sử xử lý", "Handling history") }
    public var availabilityReportTitle: String { pick("Báo cáo tỷ lệ sẵn sàng hằng tháng", "Monthly availability report") }
    public var monthLabel: String { pick("Tháng", "Month") }
    public var downtimeColumn: String { pick("Thời gian gián đoạn", "Downtime") }
    public var outagesColumn: String { pick("Số lần gián đoạn", "Outages") }
    public var maintenanceColumn: String { pick("Bảo trì", "Maintenance") }
    public var downloadCSV: String { pick("Tải CSV", "Download CSV") }
    public var downloadXLSX: String { pick("Tải XLSX", "Download XLSX") }
    public var printButton: String { pick("In", "Print") }
    public var checkedFromHere: String { pick("Kiểm tra từ điểm đo này", "Checked from this vantage point") }
    public var districtCenterNote: String {
        pick("Nút huyện hiển thị kết quả đo từ chính huyện; kết luận toàn tỉnh do trung tâm tỉnh đưa ra.",
            "A district node shows what it measures itself; the province-wide verdict is the hub's.")
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

    /// The address a site's name resolved to (the DNS answer).
    public var addressLabel: String { pick("Địa chỉ IP", "IP address") }

    /// The hub as a vantage point.
    public var hubVantageName: String { pick("Trung tâm tỉnh", "Provincial hub") }

    /// `names` names each vantage point a district's link is cut from.
    public func siteVerdictName(_ verdict: SiteVerdict, names: ([String]) -> String = { $0.joined(separator: ", ") }) -> String {
        switch verdict {
        case .unknown: pick("Chưa rõ", "Unknown")
        case .up: pick("Hoạt động", "Up")
        case .degraded: pick("Suy giảm", "Degraded")
        case .down: pick("Ngừng hoạt động", "Down")
        case .unreachableFrom(let vantages): pick("Không truy cập được từ \(names(vantages))", "Unreachable from \(names(vantages))")
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

    /// One line for a SOC alert told: "Cảnh báo mức nghiêm trọng: <rule> — <host>".
    public func alertHeadline(_ alert: SecurityAlert) -> String {
        pick("Cảnh báo mức \(bandName(alert.band).lowercased())", "\(bandName(alert.band)) alert") + ": \(alert.title) — \(alert.host)"
    }

    /// A SOC alert as an e-mail's paragraph in this language.
    public func alertText(_ alert: SecurityAlert) -> String {
        var lines = [alertHeadline(alert), pick("Luật: ", "Rule: ") + "\(alert.rule) (\(alert.source.rawValue))"]
        if !alert.category.isEmpty { lines.append(pick("Loại: ", "Category: ") + alert.category) }
        if !alert.techniques.isEmpty { lines.append("MITRE ATT&CK: " + alert.techniques.joined(separator: ", ")) }
        lines.append(pick("Số sự kiện: ", "Events: ") + number(alert.count))
        lines.append(pick("Lần đầu: ", "First seen: ") + VietnamTime.iso8601(millis: alert.firstSeen))
        lines.append(pick("Hạn xử lý: ", "Respond by: ") + VietnamTime.iso8601(millis: alert.due))
        return lines.joined(separator: "\n")
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
