import CyberSecurity

/// How the security pages name a vantage point: the hub as the provincial center, a node
/// by its district's name (a code the page does not know stays a code).
struct VantageNames: Sendable {
    let hub: String
    let context: PageContext

    init(_ context: PageContext) {
        self.context = context
        hub = context.localizer.hubVantageName
    }

    func callAsFunction(_ vantage: String) -> String {
        vantage == SiteVantages.hubName ? hub : context.districtName(vantage)
    }

    func list(_ vantages: [String]) -> String { vantages.map(callAsFunction).joined(separator: ", ") }
}
