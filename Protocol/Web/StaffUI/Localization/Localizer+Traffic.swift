import TrafficPlates

/// The labels and number formats of the traffic pages (camera analytics, events, plate
/// search and watch-list), in Vietnamese and English.
extension Localizer {
    // MARK: Vocabulary

    /// "Thông thoáng" … "Ùn tắc nghiêm trọng", "Chưa có dữ liệu".
    public func congestion(_ level: TrafficCongestion) -> String {
        switch level {
        case .freeFlow: pick("Thông thoáng", "Free flow")
        case .light: pick("Đông xe", "Light")
        case .heavy: pick("Đông đúc – di chuyển chậm", "Heavy – slow moving")
        case .congested: pick("Ùn tắc", "Congested")
        case .stationary: pick("Ùn tắc nghiêm trọng", "Standstill")
        case .unknown: pick("Chưa có dữ liệu", "No data")
        }
    }

    /// The label of a vehicle class code ("xe máy", "ô tô", …); an unknown code as it is.
    public func vehicleClass(_ code: String) -> String {
        switch code {
        case "motorbike": pick("xe máy", "motorbike")
        case "car": pick("ô tô", "car")
        case "bus": pick("xe buýt", "bus")
        case "truck": pick("xe tải", "truck")
        case "bicycle": pick("xe đạp", "bicycle")
        case "pedestrian": pick("người đi bộ", "pedestrian")
        default: code
        }
    }

    /// The label of a signal phase code ("Đèn đỏ"); an unknown code as it is.
    public func signalPhase(_ code: String) -> String {
        switch code {
        case "green": pick("Đèn xanh", "Green")
        case "amber": pick("Đèn vàng", "Amber")
        case "red": pick("Đèn đỏ", "Red")
        case "unknown": pick("Chưa rõ", "Unknown")
        default: code
        }
    }

    /// The eight-point compass direction of a bearing in degrees clockwise from north; "—" for
    /// no bearing.
    public func compass(_ degrees: Double) -> String {
        guard degrees.isFinite else { return "—" }
        return compass(CompassDirection(bearingDegrees: degrees))
    }

    /// "30 giây", "5 phút", "15 phút" / "30 s", "5 min", "15 min".
    public func periodLabel(seconds: Int) -> String {
        seconds < 60 || seconds % 60 != 0
            ? pick("\(number(seconds)) giây", "\(number(seconds)) s")
            : pick("\(number(seconds / 60)) phút", "\(number(seconds / 60)) min")
    }

    // MARK: Numbers

    /// A number with exactly `places` decimals (0…6), thousands grouped, in the language's
    /// notation: "1.234,50" / "1,234.50". "—" when not finite or too large to show.
    public func decimal(_ value: Double, places: Int) -> String {
        let places = max(0, min(6, places))
        var scale: Int64 = 1
        for _ in 0..<places { scale *= 10 }
        guard value.isFinite, abs(value) * Double(scale) < 9e15 else { return "—" }
        let scaled = Int64((abs(value) * Double(scale)).rounded())
        var text = number(Int(scaled / scale))
        if places > 0 {
            let fraction = String(scaled % scale)
            text += (language == .vi ? "," : ".") + String(repeating: "0", count: places - fraction.count) + fraction
        }
        return (value < 0 && scaled != 0 ? "-" : "") + text
    }

    /// At most one decimal, a whole number without one: "12,5", "1.234" / "12.5", "1,234";
    /// "—" when not finite or too large to show.
    public func measure(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 9e14 else { return "—" }
        return decimal(value)
    }

    /// A percentage with at most one decimal: "12,5%" / "12.5%".
    public func percent(_ percentage: Double) -> String {
        let text = measure(percentage)
        return text == "—" ? text : text + "%"
    }

    /// Kilometres from metres: two decimals under 10 km, one beyond ("1,25", "12,3").
    public func kilometres(metres: Double) -> String {
        decimal(metres / 1000, places: abs(metres) < 10_000 ? 2 : 1)
    }

    /// A round distance as a scale bar labels it: "500 m", "2 km".
    public func roundDistance(metres: Int) -> String {
        metres < 1000 ? "\(number(metres)) m" : "\(decimal(Double(metres) / 1000)) km"
    }

    /// "42,5 km/h".
    public func speed(_ kmh: Double) -> String { "\(measure(kmh)) km/h" }

    /// "1.234 xe/giờ" / "1,234 veh/h".
    public func flow(_ vehiclesPerHour: Double) -> String {
        pick("\(decimal(vehiclesPerHour, places: 0)) xe/giờ", "\(decimal(vehiclesPerHour, places: 0)) veh/h")
    }

    /// "12,5 giây" / "12.5 s".
    public func seconds(_ value: Double) -> String { pick("\(measure(value)) giây", "\(measure(value)) s") }

    // MARK: Overview

    public var trafficTitle: String { pick("Giám sát giao thông", "Traffic monitoring") }
    public var trafficTools: String { pick("Chức năng giao thông", "Traffic tools") }
    public var updatedAt: String { pick("Số liệu lúc", "Figures as of") }
    public func autoRefreshNote(_ seconds: Int) -> String {
        pick("Trang tự cập nhật sau mỗi \(number(seconds)) giây.", "This page reloads every \(number(seconds)) seconds.")
    }
    public var stopAutoRefresh: String { pick("Tắt tự cập nhật", "Stop reloading") }
    public var trafficEventsTitle: String { pick("Sự kiện giao thông", "Traffic events") }
    public var allTrafficEvents: String { pick("Tất cả sự kiện", "All events") }
    public var plateSearchTitle: String { pick("Tra cứu biển số xe", "Plate search") }
    public var watchlistTitle: String { pick("Danh sách biển số theo dõi", "Plate watch-list") }
    public var provinceCameraMapTitle: String { pick("Sơ đồ camera giao thông toàn tỉnh", "Traffic cameras, whole province") }
    public var cameraMapTitle: String { pick("Sơ đồ camera giao thông", "Traffic camera map") }
    public var cameraMapNote: String {
        pick(
            "Sơ đồ đúng tỉ lệ, không có nền bản đồ: màu chấm là tình trạng giao thông, hình quạt chỉ hướng camera "
                + "nhìn; chọn một chấm để xem camera đó.",
            "A true-to-scale sketch without map tiles: the dot's colour is the traffic state and the fan shows where "
                + "the camera looks; choose a dot to open that camera.")
    }
    public var northLetter: String { pick("B", "N") }
    public var north: String { pick("Hướng Bắc", "North") }
    public var congestionLegend: String { pick("Chú giải tình trạng giao thông", "Traffic state key") }
    public var camerasTitle: String { pick("Camera giao thông", "Traffic cameras") }
    public var camerasCaption: String {
        pick("Tình hình mới nhất tại từng camera; lưu lượng và tốc độ của chu kỳ gần nhất.",
            "Latest state at each camera; flow and speed over the latest interval.")
    }
    public var camera: String { pick("Camera", "Camera") }
    public var congestionColumn: String { pick("Tình trạng", "Traffic state") }
    public var flowColumn: String { pick("Lưu lượng (xe/giờ)", "Flow (veh/h)") }
    public var meanSpeedColumn: String { pick("Tốc độ trung bình (km/h)", "Mean speed (km/h)") }
    public var speed85Column: String { pick("Tốc độ 85% (km/h)", "85th percentile speed (km/h)") }
    public var byClassColumn: String { pick("Theo loại phương tiện", "By vehicle class") }
    public var violationsToday: String { pick("Vi phạm hôm nay", "Violations today") }
    public var trackQuality: String { pick("Chất lượng bám vết", "Tracking quality") }

    public func trackQualityValue(share: Double, tracks: Int) -> String {
        let percent = measure(share * 100)
        return pick(
            "\(percent) % vệt phải tách hoặc nối (trong \(number(tracks)) vệt)",
            "\(percent) % of tracks split or bridged (of \(number(tracks)))")
    }
    public var lastDetection: String { pick("Phát hiện gần nhất", "Last detection") }
    public var liveSource: String { pick("Trực tiếp", "Live") }
    public var syncedSource: String { pick("Số liệu đồng bộ", "Synchronised figures") }
    public var noCameras: String { pick("Chưa có camera nào.", "No cameras yet.") }
    public var recentEvents: String { pick("Sự kiện gần đây", "Recent events") }
    public var noTrafficEvents: String { pick("Không có sự kiện nào.", "No events.") }
    public var plateAlertsTitle: String { pick("Cảnh báo biển số theo dõi", "Watch-list plate alerts") }
    public var noPlateAlerts: String { pick("Không có cảnh báo nào.", "No alerts.") }
    public var acknowledged: String { pick("Đã xác nhận", "Acknowledged") }
    public var notAcknowledged: String { pick("Chưa xác nhận", "Not acknowledged") }
    public var never: String { pick("Chưa bao giờ", "Never") }

    // MARK: Camera page

    public var backToTraffic: String { pick("‹ Giám sát giao thông", "‹ Traffic monitoring") }
    public var cameraDetails: String { pick("Thông tin camera", "Camera details") }
    public var cameraID: String { pick("Mã camera", "Camera ID") }
    public var heading: String { pick("Hướng nhìn", "Looks towards") }
    public var speedLimit: String { pick("Tốc độ tối đa cho phép", "Speed limit") }
    public var dataSource: String { pick("Nguồn số liệu", "Source of figures") }
    public var currentFlow: String { pick("Lưu lượng", "Flow") }
    public var meanSpeed: String { pick("Tốc độ trung bình", "Mean speed") }
    public var lineCountsTitle: String { pick("Số lượt qua vạch đếm", "Counts at the counting lines") }
    public func lineCaption(_ name: String) -> String { pick("Vạch đếm “\(name)”", "Counting line “\(name)”") }
    public var vehicleClassColumn: String { pick("Loại phương tiện", "Vehicle class") }
    public var forward: String { pick("Chiều thuận", "Forward") }
    public var backward: String { pick("Chiều ngược", "Backward") }
    public var noLines: String { pick("Camera chưa có vạch đếm.", "The camera has no counting lines.") }
    public var intervalsTitle: String { pick("Số liệu theo chu kỳ", "Interval figures") }
    public var intervalLength: String { pick("Độ dài chu kỳ", "Interval length") }
    public func intervalsCaption(_ seconds: Int) -> String {
        pick("Chu kỳ \(periodLabel(seconds: seconds)), mới nhất trước.", "\(periodLabel(seconds: seconds)) intervals, newest first.")
    }
    public var intervalStart: String { pick("Bắt đầu", "Start") }
    public var vehicleCount: String { pick("Số xe", "Vehicles") }
    public var occupancyColumn: String { pick("Độ chiếm dụng (%)", "Occupancy (%)") }
    public var headwayColumn: String { pick("Giãn cách trung bình (giây)", "Mean headway (s)") }
    public var noIntervals: String { pick("Chưa có số liệu cho độ dài chu kỳ này.", "No figures for this interval length yet.") }
    public var flowChartTitle: String { pick("Lưu lượng xe theo thời gian và dự báo", "Flow over time and forecast") }
    public func flowChartDescription(_ seconds: Int) -> String {
        pick(
            "Đường liền: lưu lượng đo được theo chu kỳ \(periodLabel(seconds: seconds)); đường nét đứt và hình thoi: "
                + "dự báo +15, +30, +60 phút sau chu kỳ cuối.",
            "Solid line: measured flow per \(periodLabel(seconds: seconds)) interval; dashed lines and diamonds: "
                + "forecasts +15, +30, +60 min after the last interval.")
    }
    public var measuredFlow: String { pick("Lưu lượng đo được", "Measured flow") }
    public func forecastSeries(_ model: String) -> String { pick("Dự báo – \(model)", "Forecast – \(model)") }
    public var forecastTitle: String { pick("Dự báo lưu lượng", "Flow forecast") }
    public var forecastCaption: String {
        pick(
            "MAE: sai số tuyệt đối trung bình; MAPE: sai số phần trăm tuyệt đối trung bình; n: số dự báo đã đối "
                + "chiếu với thực tế.",
            "MAE: mean absolute error; MAPE: mean absolute percentage error; n: forecasts already checked against "
                + "what happened.")
    }
    public var model: String { pick("Mô hình", "Model") }
    public var horizon: String { pick("Tầm dự báo", "Horizon") }
    public func horizonValue(_ minutes: Int) -> String { pick("+\(number(minutes)) phút", "+\(number(minutes)) min") }
    public var forecastFlowColumn: String { pick("Dự báo (xe/giờ)", "Forecast (veh/h)") }
    public var maeColumn: String { pick("MAE (xe/giờ)", "MAE (veh/h)") }
    public var mapeColumn: String { pick("MAPE (%)", "MAPE (%)") }
    public var evaluatedColumn: String { pick("n", "n") }
    public var noForecasts: String { pick("Chưa có dự báo.", "No forecast yet.") }
    public var cameraEvents: String { pick("Sự kiện tại camera", "Events at this camera") }
    public var cameraPositionTitle: String { pick("Vị trí camera", "Camera position") }

    // MARK: Events

    public var allCameras: String { pick("Tất cả camera", "All cameras") }
    public var eventKind: String { pick("Loại sự kiện", "Event type") }
    public var allEventKinds: String { pick("Tất cả loại sự kiện", "All event types") }
    public var onlyViolations: String { pick("Chỉ hiện vi phạm", "Violations only") }
    public var time: String { pick("Thời gian", "Time") }
    public var event: String { pick("Sự kiện", "Event") }
    public var vehicle: String { pick("Phương tiện", "Vehicle") }
    public var speedColumn: String { pick("Tốc độ", "Speed") }
    public var evidence: String { pick("Bằng chứng", "Evidence") }
    public var handling: String { pick("Xử lý", "Handling") }
    public var violation: String { pick("Vi phạm", "Violation") }
    public var openCaseButton: String { pick("Mở vụ việc", "Open a case") }
    public var dismissButton: String { pick("Bỏ qua", "Dismiss") }
    public var dismissed: String { pick("Đã bỏ qua", "Dismissed") }
    public var notHandled: String { pick("Chưa xử lý", "Not handled") }
    public func caseLinkLabel(_ trackingCode: String) -> String {
        pick("Vụ việc \(trackingCode)", "Case \(trackingCode)")
    }
    public var trackIDs: String { pick("Mã vết theo dõi (track)", "Track IDs") }
    public func plateReadCount(_ count: Int) -> String {
        pick("\(number(count)) lần đọc biển số", count == 1 ? "1 plate read" : "\(number(count)) plate reads")
    }
    public var bestFrame: String { pick("Ảnh khung hình rõ nhất", "Best frame") }
    public var plateCrop: String { pick("Ảnh cắt biển số", "Plate crop") }
    public func speedWithLimit(_ speed: String, limit: String) -> String {
        pick("\(speed) (giới hạn \(limit))", "\(speed) (limit \(limit))")
    }
    public func overLimit(_ excess: String) -> String { pick("vượt \(excess)", "\(excess) over") }
    public var dwell: String { pick("Thời gian dừng", "Dwell time") }
    public var noEvidence: String { pick("Không có bằng chứng kèm theo.", "No evidence attached.") }
    public var eventID: String { pick("Mã sự kiện", "Event ID") }
    public var eventDetails: String { pick("Bằng chứng vi phạm", "Evidence bundle") }
    public var eventFacts: String { pick("Thông tin sự kiện", "Event details") }
    public var pixelPosition: String { pick("Vị trí trong ảnh (điểm ảnh)", "Position in the image (pixels)") }
    public var mapPosition: String { pick("Vị trí trên bản đồ", "Map position") }
    public var signalPhaseLabel: String { pick("Pha đèn tín hiệu", "Signal phase") }
    public var eventMapTitle: String { pick("Vị trí sự kiện so với camera", "Where the event was, seen from the camera") }
    public var eventActions: String { pick("Xử lý sự kiện", "Handle the event") }
    public var plateReads: String { pick("Các lần đọc biển số", "Plate reads") }
    public var confidence: String { pick("Độ tin cậy", "Confidence") }
    public var noPlate: String { pick("Không đọc được biển số", "No plate read") }

    // MARK: Plate search

    public var plateQuery: String { pick("Biển số xe", "Registration plate") }
    public var plateHint: String {
        pick(
            "Nhập có hoặc không có dấu: 47A-123.45, 47A 123 45 và 47A12345 là cùng một biển số.",
            "Type it with or without punctuation: 47A-123.45, 47A 123 45 and 47A12345 are the same plate.")
    }
    public var normalisedPlate: String { pick("Biển số được đọc là", "Read as") }
    public var onWatchlist: String { pick("Biển số này nằm trong danh sách theo dõi", "This plate is on the watch-list") }
    public var sightingsTitle: String { pick("Các lần camera ghi nhận", "Camera sightings") }
    public var direction: String { pick("Hướng di chuyển", "Direction of travel") }
    public var noSightings: String { pick("Chưa camera nào ghi nhận biển số này.", "No camera has seen this plate.") }
    public var routeTitle: String { pick("Hành trình", "Route") }
    public var totalDistance: String { pick("Tổng quãng đường (đường thẳng)", "Total distance (straight lines)") }
    public var overallDirection: String { pick("Hướng chung", "Overall direction") }
    public var districtsCrossed: String { pick("Các huyện đã đi qua", "Districts crossed") }
    public var hopsCaption: String {
        pick(
            "Các chặng giữa hai camera liên tiếp. Khoảng cách tính theo đường thẳng nên tốc độ suy ra là mức thấp nhất.",
            "Legs between consecutive cameras. Distances are straight lines, so implied speeds are lower bounds.")
    }
    public var fromCamera: String { pick("Từ camera", "From camera") }
    public var toCamera: String { pick("Đến camera", "To camera") }
    public var departed: String { pick("Rời lúc", "Left") }
    public var arrived: String { pick("Đến lúc", "Arrived") }
    public var distanceKm: String { pick("Khoảng cách (km)", "Distance (km)") }
    public var transitMinutes: String { pick("Thời gian đi (phút)", "Travel time (min)") }
    public var impliedSpeed: String { pick("Tốc độ suy ra (km/h)", "Implied speed (km/h)") }
    public var note: String { pick("Ghi chú", "Note") }
    public var impossibleHop: String { pick("Không thể xảy ra", "Impossible") }
    public func impossibleSummary(_ count: Int) -> String {
        pick(
            "Có \(number(count)) chặng một xe không thể đi được: biển số có thể bị làm giả hoặc camera đọc nhầm.",
            count == 1
                ? "1 leg cannot be driven by one vehicle: the plate may be cloned or misread."
                : "\(number(count)) legs cannot be driven by one vehicle: the plate may be cloned or misread.")
    }
    public var routeMapTitle: String { pick("Sơ đồ hành trình", "Route map") }
    public var routeMapNote: String {
        pick(
            "Mũi tên nối các camera theo thứ tự thời gian; chặng không thể xảy ra vẽ nét đứt màu đỏ.",
            "Arrows join the cameras in time order; impossible legs are drawn red and dashed.")
    }

    // MARK: Watch-list

    public var watchlistIntro: String {
        pick(
            "Khi một camera đọc được biển số có trong danh sách, hệ thống phát cảnh báo ở trang Giám sát giao thông.",
            "When a camera reads a plate on this list, an alert appears on the Traffic monitoring page.")
    }
    public var watchlistReadOnly: String {
        pick(
            "Danh sách do Trung tâm tỉnh quản lý; tại nút huyện chỉ xem.",
            "The provincial hub manages this list; district nodes can only read it.")
    }
    public var addToWatchlist: String { pick("Thêm biển số vào danh sách", "Add a plate") }
    public var addButton: String { pick("Thêm vào danh sách", "Add to the list") }
    public var addedBy: String { pick("Người thêm", "Added by") }
    public var expires: String { pick("Hết hạn", "Expires") }
    public var noExpiry: String { pick("Không thời hạn", "Never") }
    public var removeButton: String { pick("Gỡ khỏi danh sách", "Remove") }
    public var emptyWatchlist: String { pick("Danh sách đang trống.", "The list is empty.") }
}
