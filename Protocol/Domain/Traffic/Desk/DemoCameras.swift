import TrafficAnalysis
import TrafficPlates

/// The demo camera set of the local federation: two or three cameras per district at real
/// junctions (approximate positions), each with the calibrated street geometry of
/// ``TrafficAnalytics/SyntheticTraffic/demoCamera(id:calibration:)``, plus the demo watch-list.
public enum DemoCameras {
    struct Site {
        var id: String
        var district: String
        var name: String
        var latitude: Double
        var longitude: Double
        var heading: Double
    }

    static let sites: [Site] = [
        Site(id: "bmt-nga-sau", district: "643", name: "Ngã sáu Ban Mê – Lê Duẩn", latitude: 12.6676, longitude: 108.0379, heading: 15),
        Site(id: "bmt-phan-chu-trinh", district: "643", name: "Phan Chu Trinh – Nguyễn Tất Thành", latitude: 12.6800, longitude: 108.0470, heading: 30),
        Site(id: "bmt-ql14-km5", district: "643", name: "Quốc lộ 14 – Km 5 (phía Bắc)", latitude: 12.7080, longitude: 108.0560, heading: 10),
        Site(id: "cmg-ql14-quang-phu", district: "648", name: "Quốc lộ 14 – Thị trấn Quảng Phú", latitude: 12.8150, longitude: 108.0890, heading: 20),
        Site(id: "cmg-hung-vuong", district: "648", name: "Hùng Vương – Ea Pốk", latitude: 12.8330, longitude: 108.0830, heading: 200),
        Site(id: "bho-ql14-an-lac", district: "644", name: "Quốc lộ 14 – Phường An Lạc", latitude: 12.9110, longitude: 108.2620, heading: 35),
        Site(id: "bho-hung-vuong", district: "644", name: "Hùng Vương – Trung tâm Buôn Hồ", latitude: 12.9170, longitude: 108.2670, heading: 120),
        Site(id: "kna-ql29-phu-loc", district: "650", name: "Quốc lộ 29 – Thị trấn Phú Lộc", latitude: 12.9830, longitude: 108.3670, heading: 60),
        Site(id: "kna-ea-hoi", district: "650", name: "Đường Ea Hồ – Phú Lộc", latitude: 12.9900, longitude: 108.3720, heading: 250),
        Site(id: "eka-ql26-trung-tam", district: "651", name: "Quốc lộ 26 – Thị trấn Ea Kar", latitude: 12.8000, longitude: 108.4500, heading: 80),
        Site(id: "eka-ql26-ea-knop", district: "651", name: "Quốc lộ 26 – Ea Knốp", latitude: 12.7900, longitude: 108.4100, heading: 260),
    ]

    /// Every demo camera, registered and active.
    public static let cameras: [RegisteredCamera] = sites.map { site in
        var geometry = SyntheticTraffic.demoCamera(id: site.id)
        geometry.districtCode = site.district
        geometry.position = GeoPosition(latitude: site.latitude, longitude: site.longitude)
        geometry.headingDegrees = site.heading
        geometry.streamReference = "rtsp://camera.local/\(site.id)/main"
        return RegisteredCamera(geometry: geometry, name: site.name)
    }

    /// A plate the demo feed drives north along QL14 every hour (a watch-list hit at every camera).
    public static let wantedPlate = "47A-999.99"
    /// A plate the demo feed shows in Ea Kar and Buôn Ma Thuột minutes apart: a cloned plate, an impossible hop.
    public static let clonedPlate = "47B-555.55"

    /// The demo watch-list entries.
    public static func watchlist(addedAtMillis: Int64) -> [WatchlistEntry] {
        [(wantedPlate, "Xe nghi vấn liên quan vụ trộm cắp tài sản (dữ liệu mẫu)"), (clonedPlate, "Nghi biển số giả (dữ liệu mẫu)")].compactMap {
            guard let plate = try? VehiclePlate(parsing: $0.0) else { return nil }
            return WatchlistEntry(plate: plate, reason: $0.1, addedBy: "demo", addedAtMillis: addedAtMillis)
        }
    }

    /// When, within each hour (seconds), a demo plate passes a demo camera.
    static let plateSchedule: [(camera: String, plate: String, secondOfHour: Int64)] = [
        ("bmt-nga-sau", wantedPlate, 120), ("bmt-phan-chu-trinh", wantedPlate, 300), ("bmt-ql14-km5", wantedPlate, 540),
        ("cmg-ql14-quang-phu", wantedPlate, 1500), ("bho-ql14-an-lac", wantedPlate, 2820),
        ("eka-ql26-trung-tam", clonedPlate, 900), ("bmt-nga-sau", clonedPlate, 1080),
    ]
}
