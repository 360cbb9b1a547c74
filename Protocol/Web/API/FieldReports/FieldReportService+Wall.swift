import FieldReports
import StaffUI
import Vietnam

/// Field reports on the wall: what is being handled, how much of it is overdue, what came
/// in today against yesterday; the map can show the overdue ones by district.
extension FieldReportService: WallSource {
    public var wallKey: String { "field-reports" }

    public func wallTile(_ l: Localizer, areas: [String]?, now: Int64) async -> WallTile? {
        let today = VietnamTime.date(millis: now), yesterday = VietnamTime.date(millis: now - 86_400_000)
        func total(_ query: StatisticsQuery) async -> FieldReports.StatisticsRow? {
            guard let rows = try? await desk.statistics(query) else { return nil }
            guard let areas else { return rows.total }
            return rows.rows.filter { areas.contains($0.key) }.reduce(into: FieldReports.StatisticsRow(key: "")) { $0.add($1) }
        }
        guard let all = await total(StatisticsQuery(groupBy: .district)) else { return nil }
        let newToday = await total(StatisticsQuery(from: today, to: today, groupBy: .district))?.received ?? 0
        let newYesterday = await total(StatisticsQuery(from: yesterday, to: yesterday, groupBy: .district))?.received ?? 0
        return WallTile(
            service: wallKey, title: l.navInbox, href: "/ui/inbox",
            figures: [
                .init(key: "processing", label: l.wallReportsProcessing, value: Double(all.processing), text: l.number(all.processing)),
                .init(
                    key: "overdue", label: l.wallReportsOverdue, value: Double(all.processingOverdue), text: l.number(all.processingOverdue),
                    tone: all.processingOverdue > 0 ? .bad : .good),
                .init(
                    key: "today", label: l.wallReportsToday, value: Double(newToday), text: l.number(newToday),
                    trend: l.wallTrend(newToday - newYesterday, against: l.wallYesterday)),
            ])
    }

    public func wallMeasures(_ l: Localizer, areas: [String]?, now: Int64) async -> [WallMeasure] {
        guard let rows = try? await desk.statistics(StatisticsQuery(groupBy: .district)).rows else { return [] }
        var values: [String: Double] = [:]
        for row in rows where areas?.contains(row.key) ?? true { values[row.key] = Double(row.processingOverdue) }
        var communes: [String: Double] = [:]
        for scope in wallScopes(areas) {
            for row in (try? await desk.statistics(StatisticsQuery(scope: scope, groupBy: .commune)).rows) ?? [] where !row.key.isEmpty {
                communes[row.key, default: 0] += Double(row.processingOverdue)
            }
        }
        return [
            WallMeasure(
                code: "overdue-reports", label: l.wallReportsOverdue, unit: l.wallReportsUnit, period: l.wallNow(now), values: values, communeValues: communes,
                href: "/ui/inbox?district={district}")
        ]
    }
}
