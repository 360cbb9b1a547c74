import TrafficAnalysis

/// A camera as the province registers it: its geometry for the analyzer plus what staff see.
public struct RegisteredCamera: Codable, Sendable, Hashable {
    public var geometry: CameraGeometry
    /// Display name, e.g. "Ngã sáu Ban Mê – Lê Duẩn".
    public var name: String
    /// An inactive camera keeps its history but its detections are refused.
    public var active: Bool

    public init(geometry: CameraGeometry, name: String, active: Bool = true) {
        self.geometry = geometry
        self.name = name
        self.active = active
    }

    public var id: String { geometry.id }
    public var districtCode: String { geometry.districtCode }
}
