import PublicServices
import StaffUI
import Vietnam

/// Public services on the wall: this month's dossiers being handled, overdue, and the
/// share settled on time; the map can show the overdue ones by unit.
extension DossierService: WallSource {
    public var wallKey: String { "dossiers" }

    func month(_ now: Int64) -> DossierPeriod {
        let today = VietnamTime.date(millis: now)
        return DossierPeriod.month(today.year, today.month)
    }

    public func wallTile(_ l: Localizer, areas: [String]?, now: Int64) async -> WallTile? {
        guard let clock = try? await clock(), let table = try? await desk.statistics(units: areas, period: month(now), grouping: .unit, clock: clock) else { return nil }
        let counts = table.total
        return WallTile(
            service: wallKey, title: l.navDossiers, href: "/ui/dossiers",
            figures: [
                .init(key: "processing", label: l.wallDossiersProcessing, value: Double(counts.processing), text: l.number(counts.processing)),
                .init(
                    key: "overdue", label: l.wallDossiersOverdue, value: Double(counts.processingOverdue), text: l.number(counts.processingOverdue),
                    tone: counts.processingOverdue > 0 ? .bad : .good),
                .init(key: "in-time", label: l.wallDossiersInTime, value: counts.inTimeShare ?? 0, text: l.share(counts.inTimeShare)),
            ])
    }

    public func wallMeasures(_ l: Localizer, areas: [String]?, now: Int64) async -> [WallMeasure] {
        guard let clock = try? await clock(), let table = try? await desk.statistics(units: areas, period: month(now), grouping: .unit, clock: clock) else { return [] }
        let values = Dictionary(table.rows.map { ($0.key, Double($0.counts.processingOverdue)) }, uniquingKeysWith: +)
        return [WallMeasure(code: "overdue-dossiers", label: l.wallDossiersOverdue, unit: l.wallDossiersUnit, period: l.wallNow(now), values: values, href: "/ui/dossiers?unit={district}")]
    }
}
