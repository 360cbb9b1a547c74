import Testing

@testable import CyberSecurity

/// A site's problem and the alerts on its server become one incident.
@Suite struct IncidentCorrelationTests {
    static let at: Int64 = 1_796_000_000_000

    static func alert(_ id: String, host: String, minutes: Int64, band: SeverityBand = .high) -> SecurityAlert {
        SecurityAlert(
            id: id, unit: "province", key: "wazuh|\(host)|550", source: .wazuh, host: host, rule: "550", title: "Integrity checksum changed.", category: "syscheck",
            techniques: ["T1565.001"], band: band, count: 1, firstSeen: at + minutes * 60_000, lastSeen: at + minutes * 60_000, status: .new, due: at, notes: [])
    }

    static let defaced = IncidentCorrelation.SiteProblem(site: "soyte", hosts: ["soyte.daklak.gov.vn", "127.0.0.21"], kind: .likelyDefaced, at: at)

    @Test func aDefacedSiteAndAnIDSAlertOnItsServerAreOneIncident() {
        let incidents = IncidentCorrelation().incidents(
            problems: [Self.defaced], alerts: [Self.alert("ids", host: "127.0.0.21", minutes: -10), Self.alert("other", host: "127.0.0.30", minutes: 0)])
        #expect(incidents.count == 1)
        #expect(incidents.first?.alertIDs == ["ids"])
        #expect(incidents.first?.start == Self.at - 10 * 60_000)
        #expect(incidents.first?.band == .high)
    }

    @Test func anAlertOutsideTheWindowIsNotJoined() {
        let incidents = IncidentCorrelation(windowMillis: 3_600_000).incidents(problems: [Self.defaced], alerts: [Self.alert("old", host: "127.0.0.21", minutes: -90)])
        #expect(incidents.first?.alertIDs == [])
        #expect(incidents.first?.band == nil)
    }

    @Test func eachSiteIsItsOwnIncidentWithItsProblemsInOrder() {
        let down = IncidentCorrelation.SiteProblem(site: "soyte", hosts: ["127.0.0.21"], kind: .down, at: Self.at + 60_000)
        let other = IncidentCorrelation.SiteProblem(site: "eakar", hosts: ["127.0.0.31"], kind: .certificate, at: Self.at)
        let incidents = IncidentCorrelation().incidents(problems: [down, other, Self.defaced], alerts: [])
        #expect(incidents.map(\.site) == ["eakar", "soyte"])
        #expect(incidents.last?.problems.map(\.kind) == [.likelyDefaced, .down])
    }
}
