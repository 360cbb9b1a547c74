import Vietnam

/// The operations center's wall and a node's own center.
extension Localizer {
    public var navWall: String { pick("Trung tâm điều hành", "Operations center") }
    public var wallProvinceTitle: String { pick("Trung tâm điều hành IOC tỉnh Đắk Lắk", "Đắk Lắk IOC operations center") }
    public func wallDistrictTitle(_ district: String) -> String { pick("Trung tâm điều hành \(district)", "\(district) operations center") }
    public var wallDataAsOf: String { pick("Số liệu lúc", "Data as of") }
    public var wallMapHeading: String { pick("Bản đồ tỉnh", "Province map") }
    public var wallDistrictMapHeading: String { pick("Bản đồ địa bàn", "Map of the area") }
    public func wallMapTitle(_ measure: String?) -> String {
        pick("Bản đồ các huyện cũ của tỉnh Đắk Lắk", "Map of the former districts of Đắk Lắk") + (measure.map { " — \($0)" } ?? "")
    }
    public var wallMeasureLabel: String { pick("Tô màu theo", "Colour by") }
    public var wallServicesLabel: String { pick("Các dịch vụ", "Services") }
    public var wallFederationHeading: String { pick("Tình trạng kết nối các nút", "The nodes' links") }
    public var wallHubLinkHeading: String { pick("Kết nối với trung tâm tỉnh", "Link to the provincial hub") }
    public var wallNoNodes: String { pick("Chưa có nút nào được đăng ký.", "No node is enrolled yet.") }
    public var wallNodeColumn: String { pick("Nút", "Node") }
    public var wallLinkColumn: String { pick("Kết nối", "Link") }
    public var wallLastSyncColumn: String { pick("Đồng bộ lần cuối", "Last sync") }
    public var wallWaitingColumn: String { pick("Thay đổi chờ gửi", "Changes waiting") }
    public var wallAlertsHeading: String { pick("Cảnh báo", "Alerts") }
    public var wallNoAlerts: String { pick("Không có cảnh báo.", "No alerts.") }
    public var wallNeverSynced: String { pick("chưa đồng bộ lần nào", "never synced") }
    public var noDataText: String { pick("không có số liệu", "no data") }
    public var communePointsNote: String {
        pick("Xã, phường (từ 1/7/2025) thể hiện bằng điểm: chưa có ranh giới công khai", "Communes and wards (since 1 July 2025) as points: no public boundaries yet")
    }

    public func linkStateName(_ connected: Bool) -> String { connected ? pick("Đang kết nối", "Connected") : pick("Mất kết nối", "Disconnected") }

    /// "3 phút trước" / "3 min ago", at whole-second precision under a minute.
    public func wallAge(since millis: Int64, now: Int64) -> String {
        let seconds = max(0, (now - millis) / 1000)
        return pick("\(duration(seconds: seconds)) trước", "\(duration(seconds: seconds)) ago")
    }

    /// Which sources are not live and since when their data is.
    public func wallStaleSources(_ sources: [(name: String, since: String?)], isDistrictCenter: Bool) -> String {
        if isDistrictCenter, let hub = sources.first {
            return pick("Mất kết nối với trung tâm tỉnh", "The provincial hub is unreachable")
                + (hub.since.map { pick(" từ \($0); số liệu toàn tỉnh là của lúc đó", " since \($0); the province's figures are as of then") } ?? "")
        }
        let items = sources.map { source in source.name + (source.since.map { pick(" (số liệu đến \($0))", " (data as of \($0))") } ?? "") }
        return pick("Mất kết nối: ", "Disconnected: ") + items.joined(separator: ", ")
    }

    public func wallSeverityName(_ severity: Int) -> String {
        switch severity {
        case 3...: pick("Nghiêm trọng", "Critical")
        case 2: pick("Cao", "High")
        case 1: pick("Trung bình", "Medium")
        default: pick("Thông tin", "Info")
        }
    }

    public func wallTrend(_ change: Int, against: String) -> String {
        change == 0 ? pick("không đổi so với \(against)", "no change from \(against)") : (change > 0 ? "+" : "−") + number(abs(change)) + pick(" so với \(against)", " from \(against)")
    }
}

extension Localizer {
    public var wallYesterday: String { pick("hôm qua", "yesterday") }
    public func wallNow(_ millis: Int64) -> String { pick("lúc \(moment(millis))", "at \(moment(millis))") }
    public var wallReportsProcessing: String { pick("Phản ánh đang xử lý", "Reports in hand") }
    public var wallReportsOverdue: String { pick("Phản ánh quá hạn", "Overdue reports") }
    public var wallReportsToday: String { pick("Phản ánh mới hôm nay", "New reports today") }
    public var wallReportsUnit: String { pick("phản ánh", "reports") }
    public var wallDossiersProcessing: String { pick("Hồ sơ đang giải quyết (tháng này)", "Dossiers in hand (this month)") }
    public var wallDossiersOverdue: String { pick("Hồ sơ quá hạn", "Overdue dossiers") }
    public var wallDossiersInTime: String { pick("Giải quyết đúng hạn", "Settled on time") }
    public var wallDossiersUnit: String { pick("hồ sơ", "dossiers") }
    public var wallSitesDown: String { pick("Trang web ngừng hoạt động", "Sites down") }
    public var wallSitesAmber: String { pick("Trang web có vấn đề", "Sites in trouble") }
    public var wallHighAlerts: String { pick("Cảnh báo mức cao trở lên đang mở", "Open high and critical alerts") }
}

extension Localizer {
    public var wallCamerasCongested: String { pick("Camera ghi nhận ùn ứ", "Cameras in heavy traffic") }
    public var wallCamerasUnit: String { pick("camera", "cameras") }
    public var wallViolationsToday: String { pick("Vi phạm hôm nay", "Violations today") }
    public var wallPlateAlerts: String { pick("Biển số theo dõi chưa xác nhận", "Watch-list hits to acknowledge") }
    public func wallWatchedPlate(_ plate: String) -> String { pick("Phát hiện biển số theo dõi \(plate)", "Watched plate \(plate) seen") }
}

extension Localizer {
    public func wallPointsChange(_ points: Double) -> String {
        (points >= 0 ? "+" : "−") + decimal(abs(points)) + pick(" điểm % so với cùng kỳ", " points on the same period")
    }
    public func wallRevenueToDate(_ period: String, unit: String) -> String {
        pick("Thu ngân sách từ đầu năm (\(unit), đến \(period))", "Budget revenue this year (\(unit), to \(period))")
    }
    public func wallOfPlan(_ share: String) -> String { pick("đạt \(share) kế hoạch năm", "\(share) of the year's plan") }
    public var wallReportsOwed: String { pick("Báo cáo chỉ tiêu quá hạn", "Indicator reports overdue") }
    public func wallDistrictOwes(_ district: String, count: Int) -> String {
        pick("\(district) chậm gửi \(number(count)) số liệu chỉ tiêu", "\(district) owes \(number(count)) overdue indicator figures")
    }
}

extension Localizer {
    public var wallSitesInTrouble: String { pick("Trang web của huyện có vấn đề", "District sites in trouble") }
    public var wallSitesUnit: String { pick("trang web", "sites") }
}

extension Localizer {
    public func wallNoPlaylist(_ name: String, known: [String]) -> String {
        pick("Không có danh sách phát “\(name)”. Các danh sách có: \(known.joined(separator: ", ")).", "No playlist “\(name)”. Playlists: \(known.joined(separator: ", ")).")
    }
}

extension Localizer {
    public var communesColouredNote: String {
        pick("Điểm xã, phường tô theo cùng số đo, theo vị trí phản ánh", "Commune points coloured by the same measure, by where reports were made")
    }
}
