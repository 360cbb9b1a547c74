import GRDB

extension ReportStatistics {
    /// The statistics by commune: from the case facts and their places, one pass over the
    /// cases received in the range (communes are not in the monthly totals, which are kept
    /// by former district). Same lines and invariant as `compute`.
    static func computeByCommune(_ db: Database, _ query: StatisticsQuery, nowMillis: Int64) throws -> (rows: [StatisticsRow], total: StatisticsRow) {
        var filters: [String] = []
        var arguments: StatementArguments = []
        if let from = query.from { filters.append("f.received_day >= ?"); arguments += [from.julianDay] }
        if let to = query.to { filters.append("f.received_day <= ?"); arguments += [to.julianDay] }
        if let scope = query.scope { filters.append("f.scope = ?"); arguments += [scope] }
        if let unit = query.unit { filters.append("f.unit = ?"); arguments += [unit] }
        if let category = query.category { filters.append("f.category = ?"); arguments += [category] }
        let facts = try Row.fetchCursor(db, sql: """
            SELECT coalesce(p.commune, ''), f.outcome, f.on_time, f.rating, f.received_ms, f.resolved_ms, f.deadline_ms
            FROM case_fact f LEFT JOIN case_place p ON p.case_id = f.id
            WHERE 1\(filters.map { " AND " + $0 }.joined())
            """, arguments: arguments)
        var rows: [String: StatisticsRow] = [:]
        while let r = try facts.next() {
            let key: String = r[0]
            var line = rows[key] ?? StatisticsRow(key: key)
            if Self.add(fact: r, to: &line) == .processing {
                if let deadline = r[6] as Int64?, deadline < nowMillis { line.processingOverdue += 1 } else { line.processingOnTime += 1 }
            }
            rows[key] = line
        }
        var total = StatisticsRow(key: "total")
        for line in rows.values { total.add(line) }
        return (rows.values.sorted { $0.key < $1.key }, total)
    }
}
