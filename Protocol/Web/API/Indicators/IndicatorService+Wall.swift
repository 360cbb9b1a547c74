import CRDT
import Indicators
import StaffUI
import Vietnam

/// Socio-economic indicators on the wall: the latest GRDP growth, the budget revenue of the
/// year against its plan, the figures owed past their deadline; owed reports join the
/// wall's alerts, and the map can show each district's latest budget revenue.
extension IndicatorService: WallSource {
    public var wallKey: String { "indicators" }

    /// The indicators the wall shows (codes of the standard catalog; a catalog without them
    /// shows the owed reports only).
    static let wallGrowth = "GRDP_GROWTH", wallRevenue = "BUDGET_REV"

    public func wallTile(_ l: Localizer, areas: [String]?, now: Int64) async -> WallTile? {
        let area = wallArea(areas)
        let today = VietnamTime.date(millis: now)
        guard let summaries = try? await desk.summaries(area: area, year: today.year) else { return nil }
        var figures: [WallTile.Figure] = []
        if let growth = summaries.first(where: { $0.definition.code == Self.wallGrowth }), let latest = growth.latest {
            figures.append(.init(
                key: "growth", label: "\(l.indicatorName(growth.definition)) (\(l.period(latest.period)))", value: latest.value, text: l.percent(latest.value),
                trend: growth.change.map { l.wallPointsChange($0) }, tone: latest.value >= 0 ? .good : .bad))
        }
        if let revenue = summaries.first(where: { $0.definition.code == Self.wallRevenue }), let latest = revenue.latest, let total = revenue.yearToDate {
            figures.append(.init(
                key: "revenue", label: l.wallRevenueToDate(l.period(latest.period), unit: revenue.definition.unit), value: total, text: l.decimal(total),
                trend: revenue.planProgress.map { l.wallOfPlan(l.percent($0)) }))
        }
        let owed = await overdueReports(areas: areas, today: today)
        figures.append(.init(key: "owed", label: l.wallReportsOwed, value: Double(owed.count), text: l.number(owed.count), tone: owed.isEmpty ? .good : .bad))
        return WallTile(service: wallKey, title: l.navIndicators, href: area == Scope.province ? "/ui/indicators" : "/ui/indicators?area=\(area)", figures: figures)
    }

    public func wallAlerts(_ l: Localizer, areas: [String]?, now: Int64) async -> [WallAlert] {
        let owed = await overdueReports(areas: areas, today: VietnamTime.date(millis: now))
        // One line per district: the wall's list is for what to act on, not for every figure.
        return Dictionary(grouping: owed, by: \.area).map { area, reports in
            WallAlert(
                severity: 1, at: now, service: l.navIndicators, title: l.wallDistrictOwes(AdministrativeUnits.shipped.unit(area)?.name ?? area, count: reports.count),
                href: "/ui/indicators/missing", district: area)
        }
    }

    public func wallMeasures(_ l: Localizer, areas: [String]?, now: Int64) async -> [WallMeasure] {
        guard let definition = try? await desk.catalog.definitions().first(where: { $0.code == Self.wallRevenue }),
            let latest = try? await desk.figures(indicator: Self.wallRevenue, area: Scope.province).max(by: { $0.period < $1.period }),
            let figures = try? await desk.figures(indicator: Self.wallRevenue, period: latest.period)
        else { return [] }
        var values: [String: Double] = [:]
        for figure in figures where figure.area != Scope.province && (areas?.contains(figure.area) ?? true) { values[figure.area] = figure.value }
        guard !values.isEmpty else { return [] }
        return [
            WallMeasure(
                code: "budget-revenue", label: l.indicatorName(definition), unit: definition.unit, period: l.period(latest.period), values: values,
                href: "/ui/indicators?area={district}")
        ]
    }

    /// The province, or the one district a node's center shows.
    private func wallArea(_ areas: [String]?) -> String {
        guard let areas, areas.count == 1, let only = areas.first else { return Scope.province }
        return only
    }

    private func overdueReports(areas: [String]?, today: CivilDate) async -> [OwedReport] {
        let owing = (areas ?? desk.areas).filter { $0 != Scope.province && desk.isArea($0) }
        guard let calendar = try? await IndicatorRoutes(api: records.routes, desk: desk).calendar(),
            let owed = try? await desk.owed(areas: owing, today: today, calendar: calendar)
        else { return [] }
        return owed.filter { $0.overdue }
    }
}
