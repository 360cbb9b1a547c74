import CyberSecurity
import SiteProbes
import StaffUI
import Vietnam

/// Cyber-security on the wall: sites down, sites in trouble (degraded or a district's link),
/// open high and critical alerts; their alerts and open incidents join the wall's list.
extension SecurityService: WallSource {
    public var wallKey: String { "security" }

    public func wallTile(_ l: Localizer, areas: [String]?, now: Int64) async -> WallTile? {
        guard let statuses = try? await desk.statuses(expectedVantages: SecurityRoutes.expectedVantages, staleMillis: routes.staleMillis),
            let alerts = try? await desk.alerts(units: areas, minimumBand: .high, openOnly: true, limit: 1000)
        else { return nil }
        let down = statuses.filter { $0.colour == "red" }.count, amber = statuses.filter { $0.colour == "amber" }.count
        return WallTile(
            service: wallKey, title: l.navSecurity, href: "/ui/security",
            figures: [
                .init(key: "down", label: l.wallSitesDown, value: Double(down), text: "\(l.number(down))/\(l.number(statuses.count))", tone: down > 0 ? .bad : .good),
                .init(key: "amber", label: l.wallSitesAmber, value: Double(amber), text: l.number(amber), tone: amber > 0 ? .bad : .neutral),
                .init(key: "alerts", label: l.wallHighAlerts, value: Double(alerts.count), text: l.number(alerts.count), tone: alerts.isEmpty ? .good : .bad),
            ])
    }

    public func wallAlerts(_ l: Localizer, areas: [String]?, now: Int64) async -> [WallAlert] {
        var lines: [WallAlert] = []
        for alert in (try? await desk.alerts(units: areas, minimumBand: .high, openOnly: true, limit: 20)) ?? [] {
            lines.append(WallAlert(severity: alert.band == .critical ? 3 : 2, at: alert.lastSeen, service: l.navSecurity, title: "\(alert.title) — \(alert.host)", href: "/ui/security#soc"))
        }
        let names = Dictionary(((try? await desk.sites()) ?? []).map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        for incident in (try? await desk.incidents(openOnly: true, limit: 20)) ?? [] {
            lines.append(WallAlert(
                severity: incident.kind == .down || incident.kind == .likelyDefaced ? 3 : 2, at: incident.start, service: l.navSecurity,
                title: "\(l.incidentKindName(incident.kind)) — \(names[incident.site] ?? incident.site)", href: SecurityLinks.incident(incident.id)))
        }
        return lines
    }

    /// Sites down or in trouble by the district that runs them (sites of departments are on
    /// the tile, not on the map).
    public func wallMeasures(_ l: Localizer, areas: [String]?, now: Int64) async -> [WallMeasure] {
        guard let statuses = try? await desk.statuses(expectedVantages: SecurityRoutes.expectedVantages, staleMillis: routes.staleMillis) else { return [] }
        var values: [String: Double] = [:]
        for status in statuses where [.district, .town, .city].contains(AdministrativeUnits.shipped.unit(status.site.owner)?.kind) {
            guard areas?.contains(status.site.owner) ?? true else { continue }
            values[status.site.owner, default: 0] += status.colour == "green" ? 0 : 1
        }
        guard !values.isEmpty else { return [] }
        return [
            WallMeasure(
                code: "sites-in-trouble", label: l.wallSitesInTrouble, unit: l.wallSitesUnit, period: l.wallNow(now), values: values,
                href: "/ui/security?owner={district}")
        ]
    }
}
