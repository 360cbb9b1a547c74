import CyberSecurity
import SiteProbes
import StaffUI

/// Cyber-security on the wall: sites down, sites in trouble (degraded or a district's link),
/// open high and critical alerts; their alerts and open incidents join the wall's list.
extension SecurityService: WallSource {
    public func wallTile(_ l: Localizer, areas: [String]?, now: Int64) async -> WallTile? {
        guard let statuses = try? await desk.statuses(expectedVantages: SecurityRoutes.expectedVantages, staleMillis: routes.staleMillis),
            let alerts = try? await desk.alerts(units: areas, minimumBand: .high, openOnly: true, limit: 1000)
        else { return nil }
        let down = statuses.filter { $0.colour == "red" }.count, amber = statuses.filter { $0.colour == "amber" }.count
        return WallTile(
            service: "security", title: l.navSecurity, href: "/ui/security",
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
}
