import CRDT
import Foundation
import GRDB
import Replica
import Vietnam

extension DossierDesk {
    /// A weekly report with its acknowledgment.
    public struct ReportRecord: Sendable, Hashable {
        public var report: OverdueReport
        public var reading: ReportReading?
    }

    static func reportEntityID(_ id: String) -> EntityID { StableID.make(reportType, id) }

    /// Issues this week's report to every recipient (the provincial level and each district
    /// of the reference data) that has none yet, as of `now`. Returns the reports issued.
    ///
    /// Guarantees: at most one report per unit and week, however often it is called; each is
    /// written in its unit's scope, so it reaches that unit's node by sync. Call at the hub.
    @discardableResult
    public func issueWeeklyReports(clock: DossierClock, at now: Int64, author: String) async throws(DossierError) -> [OverdueReport] {
        let monday = DossierPeriod.week(containing: VietnamTime.date(millis: now)).first
        let existing: Set<String>
        do {
            existing = try await replica.read { db in Set(try String.fetchAll(db, sql: "SELECT unit FROM overdue_report WHERE week = ?", arguments: [monday.description])) }
        } catch { throw .storage("\(error)") }
        let open = try await dossiers(units: areas, openOnly: true)
        let byUnit = Dictionary(grouping: open, by: \.unit)
        var issued: [OverdueReport] = []
        for area in areas where !existing.contains(area) {
            issued.append(OverdueReport.build(unit: area, recipient: recipient(area), dossiers: byUnit[area] ?? [], clock: clock, issuedAt: now))
        }
        guard !issued.isEmpty else { return [] }
        let writes = issued.map { report in
            EntityWrite(
                id: Self.reportEntityID(report.id), type: Self.reportType, scope: Self.scope(report.unit),
                edits: [Edit("report", .assign(JSONFragment.encoded(report)))])
        }
        do { _ = try await replica.write(writes, author: author) } catch { throw .storage("\(error)") }
        return issued
    }

    /// The weekly reports of `units` (nil: every unit visible here), newest week first.
    public func reports(units: [String]? = nil, limit: Int = 200) async throws(DossierError) -> [ReportRecord] {
        let units = units ?? visibleAreas
        do {
            return try await replica.read { db in
                let marks = Array(repeating: "?", count: units.count).joined(separator: ",")
                return try Row.fetchAll(
                    db, sql: "SELECT doc, read FROM overdue_report WHERE unit IN (\(marks)) ORDER BY week DESC, unit LIMIT ?",
                    arguments: StatementArguments(units) + [limit]
                ).compactMap(Self.reportRecord)
            }
        } catch { throw .storage("\(error)") }
    }

    /// One weekly report, or nil when there is none visible here.
    public func report(_ id: String) async throws(DossierError) -> ReportRecord? {
        let visible = visibleAreas
        do {
            return try await replica.read { db in
                try Row.fetchOne(db, sql: "SELECT doc, read FROM overdue_report WHERE id = ?", arguments: [id]).flatMap(Self.reportRecord)
            }.flatMap { visible.contains($0.report.unit) ? $0 : nil }
        } catch { throw .storage("\(error)") }
    }

    static func reportRecord(_ row: Row) -> ReportRecord? {
        let doc: String = row["doc"], read: String? = row["read"]
        guard let report = try? JSONDecoder().decode(OverdueReport.self, from: Data(doc.utf8)) else { return nil }
        return ReportRecord(report: report, reading: read.flatMap { try? JSONDecoder().decode(ReportReading.self, from: Data($0.utf8)) })
    }

    /// Marks a weekly report read ("đã xem") by `reader`; a report already read keeps its
    /// first reading. Returns the reading that stands.
    @discardableResult
    public func acknowledge(_ id: String, reader: String, site: String) async throws(DossierError) -> ReportReading {
        guard let record = try await report(id) else { throw .reportNotFound(id) }
        if let reading = record.reading { return reading }
        let reading = ReportReading(by: reader, at: now(), site: site)
        let write = EntityWrite(
            id: Self.reportEntityID(id), type: Self.reportType, scope: Self.scope(record.report.unit), edits: [Edit("read", .assign(JSONFragment.encoded(reading)))],
            mustExist: true)
        do { _ = try await replica.write([write], author: reader) } catch { throw .storage("\(error)") }
        return reading
    }

    /// The hub's rule for a node's changes to a weekly report: a node only marks it read.
    public static func reportNodeWriteRefusal(_ change: Change, current: EntityState?, district: String) -> String? {
        guard current != nil else { return "weekly reports are issued by the hub" }
        for op in change.ops where op.field != "read" { return "a node only marks a weekly report read" }
        return nil
    }
}
