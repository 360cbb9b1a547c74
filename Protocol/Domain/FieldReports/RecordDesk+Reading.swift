import CRDT
import Foundation
import GRDB
import Replica
import Vietnam

extension RecordDesk {
    /// A case with its report, or nil if `id` is no case here.
    public func caseRecord(_ id: EntityID) async throws(RecordError) -> CaseRecord? {
        let calendar: WorkingCalendar
        do { calendar = try await catalog.snapshot().calendar } catch { throw RecordError(error) }
        let snapshot: EntitySnapshot?
        do { snapshot = try await replica.entity(id) } catch { throw RecordError(error) }
        guard let snapshot, snapshot.type == Self.caseType else { return nil }
        var report: EntitySnapshot?
        if let reportID = snapshot.state.string("report_id").flatMap(EntityID.init) {
            do { report = try await replica.entity(reportID) } catch { throw RecordError(error) }
        }
        return Self.record(snapshot, report: report, calendar: calendar, today: VietnamTime.date(millis: now()))
    }

    /// The case a citizen's tracking code names.
    public func caseID(trackingCode: String) async throws(RecordError) -> EntityID? {
        guard let code = TrackingCode.normalized(trackingCode) else { return nil }
        do {
            return try await replica.read { db in
                try Data.fetchOne(db, sql: "SELECT id FROM case_fact WHERE tracking_code = ? LIMIT 1", arguments: [code]).flatMap { EntityID(bytes: $0) }
            }
        } catch { throw RecordError(error) }
    }

    public func caseRecord(trackingCode: String) async throws(RecordError) -> CaseRecord? {
        guard let id = try await caseID(trackingCode: trackingCode) else { return nil }
        return try await caseRecord(id)
    }

    /// One page of cases, soonest deadline first, with the per-status counts.
    public func listCases(_ query: CaseListQuery) async throws(RecordError) -> CaseList {
        let calendar: WorkingCalendar
        do { calendar = try await catalog.snapshot().calendar } catch { throw RecordError(error) }
        var filters: [String] = []
        var arguments: StatementArguments = []
        if let scope = query.scope { filters.append("f.scope = ?"); arguments += [scope] }
        if let unit = query.unit { filters.append("f.unit = ?"); arguments += [unit] }
        if query.conflictedOnly { filters.append("f.conflicted = 1") }
        // Each word a quoted prefix, quotes dropped; control characters separate words (a NUL would end the string SQLite sees).
        let words = query.text.map(VietnameseFolding.fold).map { text in
            text.split { $0.isWhitespace || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } }
                .map { $0.replacingOccurrences(of: "\"", with: "") }.filter { !$0.isEmpty }
        } ?? []
        if !words.isEmpty {
            let terms = words.map { "\"\($0)\"*" }.joined(separator: " ")
            filters.append("f.id IN (SELECT k.case_id FROM search_text s JOIN search_key k ON k.rid = s.rowid WHERE search_text MATCH ?)")
            arguments += [terms]
        }
        let base = filters.isEmpty ? "" : " WHERE " + filters.joined(separator: " AND ")
        let statusFilter = query.status.map { _ in (filters.isEmpty ? " WHERE " : " AND ") + "f.status = ?" } ?? ""
        let statusArgs: StatementArguments = query.status.map { [$0.rawValue] } ?? []
        let (limit, offset) = (query.limit, query.offset)
        let filterArguments = arguments
        let found: (ids: [Data], total: Int, counts: [String: Int])
        do {
            found = try await replica.read { db in
                var counts: [String: Int] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT f.status, count(*) FROM case_fact f\(base) GROUP BY 1", arguments: filterArguments) {
                    counts[row[0]] = row[1]
                }
                let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM case_fact f\(base)\(statusFilter)", arguments: filterArguments + statusArgs) ?? 0
                let ids = try Data.fetchAll(db, sql: """
                    SELECT f.id FROM case_fact f\(base)\(statusFilter)
                    ORDER BY f.outcome <> 0, f.deadline_ms IS NULL, f.deadline_ms, f.received_ms DESC LIMIT ? OFFSET ?
                    """, arguments: filterArguments + statusArgs + [limit, offset])
                return (ids, total, counts)
            }
        } catch { throw RecordError(error) }
        var cases: [CaseRecord] = []
        let today = VietnamTime.date(millis: now())
        for raw in found.ids {
            guard let id = EntityID(bytes: raw) else { continue }
            let snapshot: EntitySnapshot?
            do { snapshot = try await replica.entity(id) } catch { throw RecordError(error) }
            guard let snapshot else { continue }
            cases.append(Self.record(snapshot, report: nil, calendar: calendar, today: today))
        }
        var counts: [CaseStatus: Int] = [:]
        for (raw, count) in found.counts { if let status = CaseStatus(rawValue: raw) { counts[status] = count } }
        return CaseList(cases: cases, total: found.total, statusCounts: counts)
    }

    /// The province's statistic over this replica's cases (a node: its district; the hub: all).
    public func statistics(_ query: StatisticsQuery) async throws(RecordError) -> (rows: [StatisticsRow], total: StatisticsRow) {
        let now = self.now()
        do { return try await replica.read { db in try ReportStatistics.compute(db, query, nowMillis: now) } } catch { throw RecordError(error) }
    }

    // MARK: Assembly

    static func record(_ snapshot: EntitySnapshot, report: EntitySnapshot?, calendar: WorkingCalendar, today: CivilDate) -> CaseRecord {
        let state = snapshot.state
        let doc = parse(snapshot.document)
        let reportDoc = report.map { parse($0.document) } ?? [:]
        let status = state.string("status").flatMap(CaseStatus.init(rawValue:)) ?? .received
        let deadline = state.string("deadline_date").flatMap(CivilDate.init(iso:))
        let location = reportDoc["location"] as? [String: Any]
        let reporter = reportDoc["reporter"] as? [String: Any]
        var attributes: [String: [String]] = [:]
        for (key, value) in reportDoc["attributes"] as? [String: Any] ?? [:] { attributes[key] = value as? [String] ?? [] }

        var timeline: [CaseRecord.Event] = []
        for item in state.histories["history"]?.items ?? [] {
            let entry = parseFragment(item.entry) as? [String: Any] ?? [:]
            let action = entry["action"] as? String
            let text = ["reason", "result", "unit", "district", "category", "deadline", "channel"].compactMap { key in
                (entry[key] as? String).map { "\(key): \($0)" }
            } + ((entry["rating"] as? NSNumber).map { ["rating: \($0.intValue)"] } ?? [])
            timeline.append(.init(
                at: Int64(item.stamp.hlc.physicalMillis), author: item.author, kind: action == "rate" ? .rating : .transition, action: action,
                from: (entry["from"] as? String).flatMap(CaseStatus.init(rawValue:)), to: (entry["to"] as? String).flatMap(CaseStatus.init(rawValue:)),
                text: text.isEmpty ? nil : text.joined(separator: "; ")))
        }
        for item in state.histories["comments"]?.items ?? [] {
            timeline.append(.init(
                at: Int64(item.stamp.hlc.physicalMillis), author: item.author, kind: .comment, action: nil, from: nil, to: nil,
                text: parseFragment(item.entry) as? String))
        }
        timeline.sort { ($0.at, $0.kind.rawValue) < ($1.at, $1.kind.rawValue) }

        let conflicts = state.conflicts.sorted { $0.key < $1.key }.map { field, writes in
            CaseRecord.Conflict(field: field, values: writes.sorted { $0.stamp > $1.stamp }.map { write in
                let value = parseFragment(write.value)
                return .init(value: value as? String ?? "\(value)", author: write.author, site: write.stamp.site.description, at: Int64(write.stamp.hlc.physicalMillis))
            })
        }
        func string(_ object: [String: Any], _ key: String) -> String? { (object[key] as? String).flatMap { $0.isEmpty ? nil : $0 } }
        func int(_ object: [String: Any], _ key: String) -> Int64? { (object[key] as? NSNumber)?.int64Value }
        return CaseRecord(
            id: snapshot.id, reportID: string(doc, "report_id").flatMap(EntityID.init), scope: snapshot.scope,
            trackingCode: string(doc, "tracking_code") ?? "", status: status, category: string(doc, "category") ?? "khac",
            unit: string(doc, "unit"), priority: string(doc, "priority") ?? "normal", channel: string(doc, "channel") ?? "api",
            receivedAt: int(doc, "received_at") ?? int(doc, "created_at") ?? 0, acceptedAt: int(doc, "accepted_at"),
            deadline: deadline, deadlineAt: int(doc, "deadline_at"), deadlineFixed: string(doc, "deadline_basis") == "accepted",
            resolvedAt: int(doc, "resolved_at"), closedAt: int(doc, "closed_at"), result: string(doc, "result"),
            ineligibleReason: string(doc, "ineligible_reason"), rating: (doc["rating"] as? NSNumber)?.intValue,
            ratingComment: string(doc, "rating_comment"), transferredFrom: string(doc, "transferred_from"),
            description: string(reportDoc, "description") ?? string(doc, "summary") ?? "",
            address: string(reportDoc, "address") ?? string(doc, "address"),
            latitude: (location?["lat"] as? NSNumber)?.doubleValue, longitude: (location?["lon"] as? NSNumber)?.doubleValue,
            reporter: .init(name: reporter?["name"] as? String, phone: reporter?["phone"] as? String, email: reporter?["email"] as? String),
            attributes: attributes, photos: reportDoc["photos"] as? [String] ?? [], resultPhotos: doc["result_photos"] as? [String] ?? [],
            timeline: timeline, conflicts: conflicts, updatedAt: Int64(snapshot.updatedAt.physicalMillis),
            due: DueState.of(outcome: status.outcome, deadline: deadline, today: today, calendar: calendar))
    }
}

extension RecordDesk {
    /// Cases received in [from, to] (Unix ms), optionally of some categories and only open
    /// or only settled ones, oldest first, at most `limit`.
    public func cases(receivedFrom from: Int64, to: Int64, categories: [String], open: Bool?, limit: Int) async throws(RecordError) -> [CaseRecord] {
        var sql = "SELECT id FROM case_fact WHERE received_day BETWEEN ? AND ? AND received_ms BETWEEN ? AND ?"
        var arguments: StatementArguments = [VietnamTime.julianDay(millis: from), VietnamTime.julianDay(millis: to), from, to]
        if !categories.isEmpty {
            sql += " AND category IN (\(categories.map { _ in "?" }.joined(separator: ",")))"
            arguments += StatementArguments(categories)
        }
        if let open { sql += open ? " AND outcome = 0" : " AND outcome <> 0" }
        sql += " ORDER BY received_ms LIMIT ?"
        arguments += [limit]
        let query = (sql, arguments)
        let ids: [Data]
        do { ids = try await replica.read { db in try Data.fetchAll(db, sql: query.0, arguments: query.1) } } catch { throw RecordError(error) }
        var records: [CaseRecord] = []
        for raw in ids {
            guard let id = EntityID(bytes: raw), let record = try await caseRecord(id) else { continue }
            records.append(record)
        }
        return records
    }
}
