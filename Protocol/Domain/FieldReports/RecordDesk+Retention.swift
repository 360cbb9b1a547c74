import CRDT
import Foundation
import GRDB
import Replica

extension RecordDesk {
    /// The report fields that hold the reporter's personal data.
    public static let personalFields: Set<String> = ["reporter"]

    /// Erases the reporter's name, phone and e-mail from the reports of every case of this
    /// desk's districts that closed (or was found ineligible) before `cutoffMillis`, following
    /// Decree 13/2023/NĐ-CP: personal data is kept no longer than its purpose needs. Returns
    /// how many reports it erased.
    ///
    /// Guarantees: each erasure is an assignment of `null` (with `reporter_erased_at`) that
    /// replicates like any edit, so every site holding the report loses the data after sync;
    /// a case reopened after its cutoff keeps its reporter; idempotent (an erased report is
    /// not written again). Call at one site only (the hub), so two erasures never meet as
    /// concurrent edits.
    public func eraseReporters(closedBefore cutoffMillis: Int64, author: String, batch: Int = 200) async throws(RecordError) -> Int {
        let scope = seesEveryDistrict ? nil : homeScope
        var erased = 0
        while true {
            let reports: [(id: EntityID, scope: String)]
            do {
                reports = try await replica.read { db in
                    var sql = """
                        SELECT json_extract(doc, '$.report_id') FROM entity WHERE type = 'case'
                            AND json_extract(doc, '$.status') IN ('closed', 'ineligible') AND json_extract(doc, '$.closed_at') < ?
                        """
                    var arguments: StatementArguments = [cutoffMillis]
                    if let scope {
                        sql += " AND scope = ?"
                        arguments += [scope]
                    }
                    var found: [(EntityID, String)] = []
                    let cases = try String.fetchCursor(db, sql: sql, arguments: arguments)
                    while found.count < batch, let text = try cases.next() {
                        guard let id = EntityID(text),
                            let scope = try String.fetchOne(
                                db, sql: "SELECT scope FROM entity WHERE id = ? AND type = 'report' AND json_extract(doc, '$.reporter') IS NOT NULL",
                                arguments: [Data(id.bytes)])
                        else { continue }
                        found.append((id, scope))
                    }
                    return found
                }
            } catch { throw RecordError(error) }
            guard !reports.isEmpty else { return erased }
            let at = now()
            let writes = reports.map { report in
                EntityWrite(
                    id: report.id, type: Self.reportType, scope: report.scope,
                    edits: [.assign("reporter", json: "null"), .assign("reporter_erased_at", json: "\(at)")], mustExist: true)
            }
            do { _ = try await replica.write(writes, author: author) } catch { throw RecordError(error) }
            erased += reports.count
            if reports.count < batch { return erased }
        }
    }

    /// Rewrites this site's change log so that no earlier change of an erased report still
    /// carries the reporter's data (`Replica.redact`); each site runs it for what it holds,
    /// after the erasure reached it. Returns how many reports it cleaned.
    ///
    /// Guarantees: a report is cleaned once (remembered in `ReportProjection`'s
    /// `report_redacted`); with nothing to clean it only reads; the merged
    /// states are untouched.
    public func redactErasedReporters(batch: Int = 500) async throws(RecordError) -> Int {
        do {
            let ids: [EntityID] = try await replica.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT id FROM entity WHERE type = 'report' AND json_extract(doc, '$.reporter_erased_at') IS NOT NULL
                            AND id NOT IN (SELECT id FROM report_redacted) LIMIT ?
                        """, arguments: [batch]
                ).compactMap { EntityID(bytes: $0[0] as Data) }
            }
            guard !ids.isEmpty else { return 0 }
            try await replica.redact(fields: Self.personalFields, of: Set(ids))
            try await replica.withDatabase { db in
                for id in ids { try db.execute(sql: "INSERT OR IGNORE INTO report_redacted (id) VALUES (?)", arguments: [Data(id.bytes)]) }
            }
            return ids.count
        } catch { throw RecordError(error) }
    }
}
