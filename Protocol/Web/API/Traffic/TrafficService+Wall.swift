import StaffUI
import TrafficAnalysis
import TrafficDesk
import Vietnam

/// Traffic on the wall: cameras in heavy traffic or worse, violations today against
/// yesterday, watch-list alerts not yet acknowledged; jams and watch-list hits join the
/// wall's alerts, and the map can show the congested cameras by district.
extension TrafficService: WallSource {
    public var wallKey: String { "traffic" }

    /// Heavy traffic and worse count as congested on the wall.
    static let wallCongested = CongestionLevel.heavy

    public func wallTile(_ l: Localizer, areas: [String]?, now: Int64) async -> WallTile? {
        guard let cameras = await wallCameras(areas: areas) else { return nil }
        let congested = cameras.filter { ($0.state?.congestion ?? .freeFlow) >= Self.wallCongested }.count
        let today = VietnamTime.startOfDay(VietnamTime.date(millis: now))
        let violationsToday = await violations(areas: areas, from: today, to: now + 1)
        let violationsYesterday = await violations(areas: areas, from: today - 86_400_000, to: today)
        let alerts = await plateAlerts(areas: areas, limit: 1000).count
        return WallTile(
            service: wallKey, title: l.navTraffic, href: "/ui/traffic",
            figures: [
                .init(
                    key: "congested", label: l.wallCamerasCongested, value: Double(congested),
                    text: "\(l.number(congested))/\(l.number(cameras.count))", tone: congested > 0 ? .bad : .good),
                .init(
                    key: "violations", label: l.wallViolationsToday, value: Double(violationsToday), text: l.number(violationsToday),
                    trend: l.wallTrend(violationsToday - violationsYesterday, against: l.wallYesterday)),
                .init(key: "plate-alerts", label: l.wallPlateAlerts, value: Double(alerts), text: l.number(alerts), tone: alerts > 0 ? .bad : .good),
            ])
    }

    public func wallAlerts(_ l: Localizer, areas: [String]?, now: Int64) async -> [WallAlert] {
        var lines: [WallAlert] = []
        let cameras = await wallCameras(areas: areas) ?? []
        for camera in cameras {
            guard let state = camera.state, state.congestion >= .congested else { continue }
            lines.append(WallAlert(
                severity: state.congestion == .stationary ? 3 : 2, at: state.congestionSinceMillis, service: l.navTraffic,
                title: "\(l.congestion(state.congestion)) — \(camera.camera.name)", href: "/ui/traffic/cameras/\(camera.camera.id)",
                district: camera.camera.districtCode))
        }
        let names = Dictionary(cameras.map { ($0.camera.id, $0.camera.name) }, uniquingKeysWith: { a, _ in a })
        for alert in await plateAlerts(areas: areas, limit: 20) {
            lines.append(WallAlert(
                severity: 2, at: alert.timeMillis, service: l.navTraffic, title: "\(l.wallWatchedPlate(alert.plate)) — \(names[alert.camera] ?? alert.camera)",
                href: "/ui/traffic/plates", district: alert.scope))
        }
        return lines
    }

    public func wallMeasures(_ l: Localizer, areas: [String]?, now: Int64) async -> [WallMeasure] {
        guard let cameras = await wallCameras(areas: areas) else { return [] }
        var values: [String: Double] = [:]
        for camera in cameras {
            let congested = (camera.state?.congestion ?? .freeFlow) >= Self.wallCongested
            values[camera.camera.districtCode, default: 0] += congested ? 1 : 0
        }
        return [
            WallMeasure(
                code: "congestion", label: l.wallCamerasCongested, unit: l.wallCamerasUnit, period: l.wallNow(now), values: values,
                href: "/ui/traffic?district={district}")
        ]
    }

    /// The active cameras of `areas` (nil: every one) with their replicated state; nil when
    /// the desk cannot be read.
    private func wallCameras(areas: [String]?) async -> [(camera: RegisteredCamera, state: CameraLiveState?)]? {
        guard let snapshot = try? await desk.catalog.snapshot(), let states = try? await desk.cameraStates() else { return nil }
        return snapshot.cameras.filter { $0.active && (areas?.contains($0.districtCode) ?? true) }.map { ($0, states[$0.id]) }
    }

    private func violations(areas: [String]?, from: Int64, to: Int64) async -> Int {
        var total = 0
        for scope in wallScopes(areas) {
            total += (try? await desk.events(TrafficEventQuery(scope: scope, violationsOnly: true, fromMillis: from, toMillis: to, limit: 1)).total) ?? 0
        }
        return total
    }

    private func plateAlerts(areas: [String]?, limit: Int) async -> [PlateAlertRecord] {
        var alerts: [PlateAlertRecord] = []
        for scope in wallScopes(areas) {
            alerts += (try? await desk.alerts(scope: scope, unacknowledgedOnly: true, limit: limit)) ?? []
        }
        return alerts
    }
}
