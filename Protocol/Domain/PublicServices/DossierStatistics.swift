/// The reporting table for one period, one row per unit, field, procedure or handling
/// office, with the total (see `DossierCounts`).
public struct DossierStatistics: Sendable, Hashable {
    /// What the rows are.
    public enum Grouping: String, Sendable, Hashable, CaseIterable {
        case unit, field, procedure, office
    }

    public struct Row: Sendable, Hashable {
        public var key: String
        public var name: String
        public var counts: DossierCounts
    }

    public var period: DossierPeriod
    public var grouping: Grouping
    /// Ordered by the number of dossiers received, most first; ties by name.
    public var rows: [Row]
    public var total: DossierCounts

    /// Counts `dossiers` for `period`. `unitName` names a unit's row.
    ///
    /// Guarantees: `total` is the sum of the rows (a dossier of several handling offices is
    /// counted under its first, so the office table adds up too); every row is balanced.
    public init(
        _ dossiers: some Sequence<Dossier>, period: DossierPeriod, grouping: Grouping, clock: DossierClock, unitName: (String) -> String
    ) {
        var byKey: [String: (name: String, counts: DossierCounts)] = [:]
        for dossier in dossiers {
            var counts = DossierCounts()
            counts.count(dossier, in: period, clock: clock)
            guard counts.received > 0 else { continue }
            let (key, name): (String, String) =
                switch grouping {
                case .unit: (dossier.unit, unitName(dossier.unit))
                case .field: (dossier.field.code, dossier.field.name)
                case .procedure: (dossier.procedure.code, dossier.procedure.name)
                case .office: (dossier.handlingOffices.first ?? dossier.receivingOffice ?? "", dossier.handlingOffices.first ?? dossier.receivingOffice ?? "—")
                }
            byKey[key, default: (name, DossierCounts())].counts = byKey[key, default: (name, DossierCounts())].counts + counts
        }
        self.init(period: period, grouping: grouping, rows: byKey.map { Row(key: $0.key, name: $0.value.name, counts: $0.value.counts) })
    }

    /// The table of `rows` counted elsewhere (`DossierTally`): ordered, and totalled.
    init(period: DossierPeriod, grouping: Grouping, rows: [Row]) {
        self.period = period
        self.grouping = grouping
        total = rows.reduce(DossierCounts()) { $0 + $1.counts }
        self.rows = rows.sorted { ($0.counts.received, $1.name) > ($1.counts.received, $0.name) }
    }
}
