import CRDT
import Foundation
import GRDB
import Replica
import Vietnam

extension IndicatorDesk {
    /// Figures of `area`, oldest first: of one indicator (or every one), from `from` to `to`
    /// (periods ending in that range, inclusive), optionally of one frequency.
    public func figures(
        indicator: String? = nil, indicators: [String]? = nil, area: String, from: ReportingPeriod? = nil, to: ReportingPeriod? = nil,
        frequency: ReportingFrequency? = nil
    ) async throws(IndicatorError) -> [IndicatorFigure] {
        do {
            return try await replica.read { db in
                var sql = "SELECT indicator, area, period, value, status, source, note, by, at_ms, conflicting FROM indicator_value WHERE area = ?"
                var arguments: StatementArguments = [area]
                if let indicator {
                    sql += " AND indicator = ?"
                    arguments += [indicator]
                }
                if let indicators {
                    sql += " AND indicator IN (\(databaseQuestionMarks(count: max(indicators.count, 1))))"
                    arguments += StatementArguments(indicators.isEmpty ? [""] : indicators)
                }
                if let from {
                    sql += " AND sort_key >= ?"
                    arguments += [from.year * 10_000 + from.months.upperBound * 100]
                }
                if let to {
                    sql += " AND sort_key <= ?"
                    arguments += [to.year * 10_000 + to.months.upperBound * 100 + 99]
                }
                if let frequency {
                    sql += " AND months = ?"
                    arguments += [frequency.monthsPerPeriod]
                }
                sql += " ORDER BY indicator, sort_key"
                return try Row.fetchAll(db, sql: sql, arguments: arguments).compactMap(Self.figure)
            }
        } catch { throw .storage(error) }
    }

    /// One period's figure of an indicator in every area that has it.
    public func figures(indicator: String, period: ReportingPeriod) async throws(IndicatorError) -> [IndicatorFigure] {
        do {
            return try await replica.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT indicator, area, period, value, status, source, note, by, at_ms, conflicting FROM indicator_value WHERE indicator = ? AND period = ?",
                    arguments: [indicator, period.description]
                ).compactMap(Self.figure)
            }
        } catch { throw .storage(error) }
    }

    static func figure(_ row: Row) -> IndicatorFigure? {
        guard let period = ReportingPeriod(parsing: row[2]) else { return nil }
        let conflicting = (row[9] as String?).flatMap { try? JSONDecoder().decode([Double].self, from: Data($0.utf8)) } ?? []
        return IndicatorFigure(
            indicator: row[0], area: row[1], period: period, value: row[3], status: FigureStatus(rawValue: row[4]) ?? .estimate, source: row[5],
            note: row[6], enteredBy: row[7], enteredAtMillis: row[8], conflicting: conflicting)
    }

    /// Targets of `area` (or every area), of one indicator or all, by indicator and year.
    public func targets(indicator: String? = nil, area: String? = nil, year: Int? = nil) async throws(IndicatorError) -> [IndicatorTarget] {
        do {
            return try await replica.read { db in
                var sql = "SELECT indicator, area, year, value, note FROM indicator_target WHERE 1"
                var arguments: StatementArguments = []
                if let indicator {
                    sql += " AND indicator = ?"
                    arguments += [indicator]
                }
                if let area {
                    sql += " AND area = ?"
                    arguments += [area]
                }
                if let year {
                    sql += " AND year = ?"
                    arguments += [year]
                }
                return try Row.fetchAll(db, sql: sql + " ORDER BY indicator, area, year", arguments: arguments).map {
                    IndicatorTarget(indicator: $0[0], area: $0[1], year: $0[2], value: $0[3], note: $0[4])
                }
            }
        } catch { throw .storage(error) }
    }

    /// Every revision of one indicator's figures for an area and year, oldest first (targets included).
    public func revisions(indicator: String, area: String, year: Int) async throws(IndicatorError) -> [FigureRevision] {
        let snapshot: EntitySnapshot?
        do { snapshot = try await replica.entity(Self.yearID(indicator, area, year)) } catch { throw .storage(error) }
        guard let state = snapshot?.state else { return [] }
        let items = state.histories.filter { $0.key.hasPrefix("r.") }.flatMap(\.value.items).sorted { $0.stamp < $1.stamp }
        return items.compactMap { item in
            guard let entry = IndicatorProjection.object(item.entry), let period = (entry["period"] as? String).flatMap(ReportingPeriod.init(parsing:)) else {
                return nil
            }
            let isTarget = entry["target"] != nil
            guard let value = (entry["value"] ?? entry["target"]) as? Double else { return nil }
            return FigureRevision(
                period: period, value: value, status: isTarget ? .official : FigureStatus(rawValue: entry["status"] as? String ?? "") ?? .estimate,
                source: entry["source"] as? String, reason: (entry["reason"] as? String) ?? (isTarget ? "target" : nil), by: item.author,
                atMillis: Int64(item.stamp.hlc.physicalMillis))
        }
    }

    /// The workflow status of an area's report for a period (draft when never acted on).
    public func reportStatus(area: String, period: ReportingPeriod) async throws(IndicatorError) -> ReportStatus {
        do { return try await replica.read { db in try Self.reportStatus(db, area: area, period: period) } } catch { throw .storage(error) }
    }

    /// Reports that have left draft, of one area or all: (area, period) → status.
    public func reports(area: String? = nil) async throws(IndicatorError) -> [ReportState] {
        do {
            return try await replica.read { db in
                var sql = "SELECT area, period, status FROM indicator_report"
                var arguments: StatementArguments = []
                if let area {
                    sql += " WHERE area = ?"
                    arguments += [area]
                }
                return try Row.fetchAll(db, sql: sql + " ORDER BY area, period", arguments: arguments).compactMap { row in
                    guard let period = ReportingPeriod(parsing: row[1]), let status = ReportStatus(rawValue: row[2]) else { return nil }
                    return ReportState(area: row[0], period: period, status: status)
                }
            }
        } catch { throw .storage(error) }
    }
}

/// An area's report for one period and where it stands.
public struct ReportState: Sendable, Hashable, Codable {
    public var area: String
    public var period: ReportingPeriod
    public var status: ReportStatus
}

extension IndicatorDesk {
    /// What `areas` owe on `today` (see `OwedReport.owed`).
    public func owed(areas: [String], today: CivilDate, calendar: WorkingCalendar) async throws(IndicatorError) -> [OwedReport] {
        let definitions = try await catalog.definitions()
        let since = today.year - 2
        let keys: Set<FigureKey>
        do {
            keys = try await replica.read { db in
                var keys = Set<FigureKey>()
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT indicator, area, period FROM indicator_value WHERE area IN (\(databaseQuestionMarks(count: max(areas.count, 1)))) AND year >= ?",
                    arguments: StatementArguments(areas.isEmpty ? [""] : areas) + [since])
                while let row = try rows.next() {
                    if let period = ReportingPeriod(parsing: row[2]) { keys.insert(FigureKey(indicator: row[0], area: row[1], period: period)) }
                }
                return keys
            }
        } catch { throw .storage(error) }
        return OwedReport.owed(definitions: definitions, reported: keys, areas: areas, today: today, calendar: calendar)
    }

    /// The summary of every indicator of `group` (every group when nil) in `area`, in catalog
    /// order, as of the end of `year` (from the figures of that year and the one before).
    public func summaries(area: String, group: String? = nil, year: Int) async throws(IndicatorError) -> [IndicatorSummary] {
        let definitions = try await catalog.definitions().filter { !$0.retired && (group == nil || $0.group == group) }
        let deflators = Set(definitions.compactMap(\.deflator))
        let codes = definitions.map(\.code) + deflators
        let figures = try await self.figures(
            indicators: codes, area: area, from: ReportingPeriod(year: year - 1, frequency: .month, index: 1), to: ReportingPeriod(year: year, frequency: .year))
        let targets = try await self.targets(area: area, year: year)
        let byIndicator = Dictionary(grouping: figures, by: \.indicator)
        let targetsByIndicator = Dictionary(grouping: targets, by: \.indicator)
        return definitions.map { d in
            IndicatorSummary(
                definition: d, figures: byIndicator[d.code] ?? [], targets: targetsByIndicator[d.code] ?? [],
                deflator: d.deflator.flatMap { byIndicator[$0] } ?? [])
        }
    }

    /// The years `area` has figures for, newest first.
    public func years(area: String) async throws(IndicatorError) -> [Int] {
        do {
            return try await replica.read { db in
                try Int.fetchAll(db, sql: "SELECT DISTINCT year FROM indicator_value WHERE area = ? ORDER BY year DESC", arguments: [area])
            }
        } catch { throw .storage(error) }
    }

    /// The latest year with a yearly figure of `area` (what a leader expects to see first), or nil.
    public func latestFullYear(area: String) async throws(IndicatorError) -> Int? {
        do {
            return try await replica.read { db in
                try Int.fetchOne(db, sql: "SELECT MAX(year) FROM indicator_value WHERE area = ? AND months = 12", arguments: [area])
            }
        } catch { throw .storage(error) }
    }
}
