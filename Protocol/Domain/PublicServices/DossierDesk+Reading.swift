import CRDT
import Foundation
import GRDB
import Replica
import Vietnam

extension DossierDesk {
    /// A dossier with what only its own page shows: the applicant (nil once erased) and the
    /// processing steps.
    public struct Detail: Sendable, Hashable {
        public var dossier: Dossier
        public var applicantErased: Bool
    }

    /// The dossiers of `units` (nil: every unit visible here) the period handled: received by
    /// its end and not closed before its start. Without applicants or steps.
    public func dossiers(units: [String]? = nil, handledIn period: DossierPeriod? = nil, openOnly: Bool = false) async throws(DossierError) -> [Dossier] {
        let units = units ?? visibleAreas
        let (start, end) = (period?.startMillis ?? Int64.min, period?.endMillis ?? Int64.max)
        do {
            return try await replica.read { db in
                let marks = Array(repeating: "?", count: units.count).joined(separator: ",")
                var sql = "SELECT record FROM dossier WHERE unit IN (\(marks)) AND received_ms <= ? AND (closed_ms IS NULL OR closed_ms >= ?)"
                if openOnly { sql += " AND closed_ms IS NULL" }
                let decoder = JSONDecoder()
                var found: [Dossier] = []
                let rows = try String.fetchCursor(db, sql: sql, arguments: StatementArguments(units) + [end, start])
                while let text = try rows.next() {
                    if let dossier = try? decoder.decode(Dossier.self, from: Data(text.utf8)) { found.append(dossier) }
                }
                return found
            }
        } catch { throw .storage("\(error)") }
    }

    /// One dossier whole, or nil when there is none visible here.
    public func detail(_ code: String) async throws(DossierError) -> Detail? {
        let visible = visibleAreas
        do {
            return try await replica.read { db -> Detail? in
                guard let row = try Row.fetchOne(db, sql: Self.detailQuery, arguments: [code, Data(Self.dossierID(code).bytes)]),
                    visible.contains(row["unit"] as String),
                    var dossier = try? JSONDecoder().decode(Dossier.self, from: Data((row["record"] as String).utf8))
                else { return nil }
                let applicant: String? = row["applicant"], steps: String = row["steps"] ?? "[]"
                dossier.applicant = applicant.flatMap { try? JSONDecoder().decode(Applicant.self, from: Data($0.utf8)) }
                dossier.steps = (try? JSONDecoder().decode([ProcessingStep].self, from: Data(steps.utf8))) ?? []
                return Detail(dossier: dossier, applicantErased: row["applicant_erased"])
            }
        } catch { throw .storage("\(error)") }
    }

    /// A dossier's row with its steps from the entity's document (fields `t.…`), in time order.
    static let detailQuery = """
        SELECT unit, record, applicant, applicant_erased,
            (SELECT json_group_array(json(value)) FROM (
                SELECT value FROM json_each((SELECT doc FROM entity WHERE id = ?2))
                WHERE key LIKE 't.%' AND type = 'object' ORDER BY json_extract(value, '$.at'), value)) AS steps
        FROM dossier WHERE code = ?1
        """

    /// The open dossiers of `units` that are overdue or due soon at `now`: most overdue first.
    public func atRisk(units: [String]? = nil, clock: DossierClock, at now: Int64) async throws(DossierError) -> [(Dossier, Timeliness)] {
        try await dossiers(units: units, openOnly: true)
            .compactMap { dossier in
                let timeliness = clock.timeliness(dossier, at: now)
                return timeliness.isAtRisk ? (dossier, timeliness) : nil
            }
            .sorted { a, b in
                let (x, y) = (clock.promisedDay(a.0, asOf: now) ?? CivilDate(9999, 1, 1), clock.promisedDay(b.0, asOf: now) ?? CivilDate(9999, 1, 1))
                return (x, a.0.code) < (y, b.0.code)
            }
    }

    /// The reporting table of `units` for `period`.
    public func statistics(units: [String]? = nil, period: DossierPeriod, grouping: DossierStatistics.Grouping, clock: DossierClock)
        async throws(DossierError) -> DossierStatistics
    {
        try await refreshTally(clock)
        return tally.statistics(units: units ?? visibleAreas, period: period, grouping: grouping, clock: clock, unitName: unitName)
    }

    /// The reporting table as `statistics` made it before the tally: from each dossier
    /// decoded. The tally's reference in tests and benchmarks.
    public func statisticsDecodingEach(units: [String]? = nil, period: DossierPeriod, grouping: DossierStatistics.Grouping, clock: DossierClock)
        async throws(DossierError) -> DossierStatistics
    {
        let dossiers = try await dossiers(units: units, handledIn: period)
        return DossierStatistics(dossiers, period: period, grouping: grouping, clock: clock, unitName: unitName)
    }

    private func refreshTally(_ clock: DossierClock) async throws(DossierError) {
        do { try await tally.refresh(replica, calendar: clock.calendar) } catch { throw .storage("\(error)") }
    }

    /// Month by month for the twelve months ending with `month`'s: each month's counts.
    public func trend(units: [String]? = nil, endingWith month: CivilDate, months: Int = 12, clock: DossierClock) async throws(DossierError)
        -> [(DossierPeriod, DossierCounts)]
    {
        let periods = (0..<max(1, months)).reversed().map { back -> DossierPeriod in
            let index = month.year * 12 + month.month - 1 - back
            return DossierPeriod.month(index / 12, index % 12 + 1)
        }
        try await refreshTally(clock)
        return periods.map { period in
            (period, tally.statistics(units: units ?? visibleAreas, period: period, grouping: .unit, clock: clock, unitName: { $0 }).total)
        }
    }

    /// The name a unit goes by on pages: the district's name, or the provincial level.
    public func unitName(_ area: String) -> String {
        area == Scope.province ? "Cấp tỉnh (sở, ngành)" : units.first { $0.code == area }?.name ?? area
    }

    /// The recipient a unit's weekly report is addressed to.
    public func recipient(_ area: String) -> String {
        guard area != Scope.province, let unit = units.first(where: { $0.code == area }) else {
            return "Trung tâm Phục vụ hành chính công tỉnh Đắk Lắk"
        }
        let kind =
            switch unit.kind {
            case .city: "thành phố "
            case .town: "thị xã "
            case .district: "huyện "
            default: ""
            }
        return "Ủy ban nhân dân \(kind)\(unit.name)"
    }
}
