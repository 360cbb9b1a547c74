import TrafficAnalysis
import Vietnam
import TrafficDesk
import TrafficForecast
import TrafficPlates

/// The words of the traffic domain's codes: congestion levels, vehicle classes, compass
/// points, event kinds and the events themselves.
extension Localizer {
    public func congestion(_ level: CongestionLevel) -> String {
        congestion(TrafficCongestion(rawValue: level.rawValue) ?? .unknown)
    }

    public func vehicleClass(_ vehicleClass: VehicleClass) -> String { self.vehicleClass(vehicleClass.rawValue) }

    /// Bắc, Đông Bắc, … / North, North-east, …
    public func compass(_ direction: CompassDirection) -> String {
        switch direction {
        case .north: pick("Bắc", "North")
        case .northEast: pick("Đông Bắc", "North-east")
        case .east: pick("Đông", "East")
        case .southEast: pick("Đông Nam", "South-east")
        case .south: pick("Nam", "South")
        case .southWest: pick("Tây Nam", "South-west")
        case .west: pick("Tây", "West")
        case .northWest: pick("Tây Bắc", "North-west")
        }
    }

    /// "Hướng Đông Bắc" / "Heading north-east".
    public func heading(_ direction: CompassDirection) -> String {
        pick("Hướng \(compass(direction))", "Heading \(compass(direction).lowercased())")
    }

    /// The name of an event kind's code, for filters; an unknown code as it is.
    public func eventKind(_ code: String) -> String {
        switch code {
        case "congestion_raised": pick("Cảnh báo ùn tắc", "Congestion raised")
        case "congestion_cleared": pick("Hết ùn tắc", "Congestion cleared")
        case "no_stopping": pick("Dừng, đỗ nơi cấm dừng", "Stopped in no-stopping zone")
        case "wrong_way_line": pick("Đi ngược chiều (vạch)", "Wrong way across a line")
        case "wrong_way_lane": pick("Đi ngược chiều (làn)", "Wrong way in a lane")
        case "speeding": pick("Chạy quá tốc độ", "Speeding")
        case "red_light": pick("Vượt đèn đỏ", "Red light")
        case "sidewalk": pick("Đi xe trên vỉa hè", "Vehicle on sidewalk")
        default: code
        }
    }

    /// An event's title from its stored code, subject (zone, line or lane) and congestion level.
    public func eventTitle(code: String, subject: String?, level: CongestionLevel?) -> String {
        let s = subject ?? "?"
        switch code {
        case "congestion_raised":
            return pick("Cảnh báo giao thông: ", "Congestion raised: ") + (level.map { congestion($0) } ?? "?")
        case "congestion_cleared": return pick("Giao thông đã thông thoáng trở lại", "Congestion cleared")
        case "no_stopping": return pick("Dừng, đỗ xe nơi cấm dừng (\(s))", "Stopped in no-stopping zone \(s)")
        case "wrong_way_line": return pick("Đi ngược chiều qua vạch \(s)", "Wrong way across line \(s)")
        case "wrong_way_lane": return pick("Đi ngược chiều trên làn \(s)", "Wrong way in lane \(s)")
        case "speeding": return pick("Chạy quá tốc độ quy định", "Speeding")
        case "red_light": return pick("Vượt đèn đỏ tại \(s)", "Red-light violation at \(s)")
        case "sidewalk": return pick("Đi xe trên vỉa hè (\(s))", "Vehicle on sidewalk \(s)")
        default: return code
        }
    }

    /// The title of a detected event.
    public func eventTitle(_ kind: TrafficEventKind) -> String {
        var level: CongestionLevel?
        if case .congestionRaised(let raised) = kind { level = raised }
        return eventTitle(code: kind.code, subject: kind.subject, level: level)
    }

    /// One line for lists and case files: "Chạy quá tốc độ quy định – xe máy 47B1-234.56 – 78 km/h (giới hạn 50 km/h)".
    public func eventSummary(
        title: String, vehicleClass: VehicleClass?, plate: String?, speedKmh: Double?, speedLimitKmh: Double?, dwellSeconds: Double?
    ) -> String {
        var parts = [title]
        let vehicle = [vehicleClass.map { self.vehicleClass($0) }, plate].compactMap { $0 }.joined(separator: " ")
        if !vehicle.isEmpty { parts.append(vehicle) }
        if let v = speedKmh {
            parts.append("\(Int(v.rounded())) km/h" + (speedLimitKmh.map { pick(" (giới hạn \(Int($0.rounded())) km/h)", " (limit \(Int($0.rounded())) km/h)") } ?? ""))
        }
        if let d = dwellSeconds { parts.append(pick("dừng \(Int(d.rounded())) giây", "stopped \(Int(d.rounded())) s")) }
        return parts.joined(separator: " – ")
    }

    /// The summary of a stored event.
    public func eventSummary(_ r: TrafficEventRecord) -> String {
        eventSummary(
            title: eventTitle(code: r.kind, subject: r.subject, level: r.congestionLevel), vehicleClass: r.vehicleClass, plate: r.plate,
            speedKmh: r.speedKmh, speedLimitKmh: r.speedLimitKmh, dwellSeconds: r.dwellSeconds)
    }

    /// The summary of a detected event.
    public func eventSummary(_ event: TrafficEvent) -> String {
        let e = event.evidence
        return eventSummary(
            title: eventTitle(event.kind), vehicleClass: e?.vehicleClass, plate: e?.bestPlate?.text, speedKmh: e?.speedKmh,
            speedLimitKmh: e?.speedLimitKmh, dwellSeconds: e?.dwellSeconds)
    }

    /// The description of the case a violation opens: what, where, when, the evidence and the
    /// officer's note, one fact a line. Field reports keep it as the case's text.
    public func violationCaseFile(_ r: TrafficEventRecord, cameraName: String?, note: String?) -> String {
        var lines = [pick(
            "\(eventSummary(r)) — phát hiện tự động bởi camera \(cameraName ?? r.camera) (\(r.camera)).",
            "\(eventSummary(r)) — detected automatically by camera \(cameraName ?? r.camera) (\(r.camera)).")]
        lines.append(pick("Thời điểm: \(VietnamTime.dateTimeText(millis: r.timeMillis)) (giờ Việt Nam).", "Time: \(VietnamTime.dateTimeText(millis: r.timeMillis)) (Vietnam time)."))
        if let e = r.evidence {
            lines.append(pick("Mã đối tượng theo dõi (track): ", "Track ids: ") + e.trackIDs.map(String.init).joined(separator: ", ") + ".")
            if !e.plateReads.isEmpty {
                let reads = e.plateReads.map { read in "\(read.text)\(read.confidence.map { " (\(Int(($0 * 100).rounded()))%)" } ?? "")" }
                lines.append(pick("Biển số đọc được: ", "Plates read: ") + reads.joined(separator: ", ") + ".")
            }
            if let frame = e.bestFrameRef { lines.append(pick("Ảnh toàn cảnh (SHA-256): ", "Scene image (SHA-256): ") + frame) }
            if let crop = e.plateCropRef { lines.append(pick("Ảnh cắt biển số (SHA-256): ", "Plate crop (SHA-256): ") + crop) }
            lines.append(pick("Vị trí trên ảnh: ", "Position in the image: ") + "x=\(Int(e.anchorPixel.x.rounded())), y=\(Int(e.anchorPixel.y.rounded())) px.")
        }
        if let lat = r.latitude, let lon = r.longitude { lines.append(pick("Toạ độ: ", "Coordinates: ") + "\(lat), \(lon).") }
        if let note = note?.trimmingCharacters(in: .whitespacesAndNewlines), !note.isEmpty {
            lines.append(pick("Ghi chú của cán bộ: ", "Officer's note: ") + note)
        }
        return lines.joined(separator: "\n")
    }

    /// A forecaster's name.
    public func forecastModel(_ model: ForecastModel) -> String {
        switch model {
        case .persistence: pick("Giữ nguyên (mốc so sánh)", "Persistence (baseline)")
        case .timeOfWeekAverage: pick("Trung bình cùng giờ trong tuần", "Time-of-week average")
        case .holtWinters: pick("Holt-Winters (mùa vụ theo ngày)", "Holt-Winters (daily season)")
        default: model.rawValue
        }
    }

    /// The forecast a node published, as the hub shows it.
    public var nodeForecast: String { pick("Dự báo của nút huyện", "Node forecast") }

    /// Why a hop between two sightings of a plate is physically impossible.
    public func impossibility(_ reason: RouteHop.Impossibility) -> String {
        switch reason {
        case .simultaneousAtDistantCameras:
            pick("Cùng lúc ở hai camera xa nhau (nghi biển số giả)", "Seen at distant cameras at the same time (cloned plate?)")
        case .fasterThanMaximumSpeed:
            pick("Tốc độ di chuyển vượt quá khả năng (nghi biển số giả hoặc đọc sai)", "Faster than any vehicle could travel (cloned plate or misread?)")
        }
    }
}
