import CRDT
import Dispatch
import Foundation
import GRDB
import Replica
import Synchronization

extension DossierDesk {
    /// What one ingest did.
    public struct IngestOutcome: Sendable, Hashable, Codable {
        public var created = 0
        public var updated = 0
        public var unchanged = 0
        public init() {}
    }

    /// Stores `dossiers` (see the type's guarantees). Refuses the whole batch when one names
    /// an unknown unit or one outside `allowedUnits` (nil: every unit).
    @discardableResult
    public func ingest(_ dossiers: [Dossier], author: String, allowedUnits: Set<String>? = nil) async throws(DossierError) -> IngestOutcome {
        guard dossiers.count <= Self.maxBatch else { throw .tooMany(limit: Self.maxBatch) }
        guard !dossiers.isEmpty else { return IngestOutcome() }
        let known = Set(areas)
        for dossier in dossiers {
            guard known.contains(dossier.unit) else { throw .unknownUnit(dossier.unit) }
            if let allowedUnits, !allowedUnits.contains(dossier.unit) { throw .otherUnit(dossier.unit) }
        }
        let codes = dossiers.map(\.code)
        let stored: [String: StoredDossier]
        do { stored = try await replica.read { db in try StoredDossier.fetch(db, codes: codes) } } catch { throw .storage("\(error)") }
        var outcome = IngestOutcome()
        var writes: [EntityWrite] = []
        let encoded = await Self.encoded(dossiers)
        for (dossier, json) in zip(dossiers, encoded) {
            let previous = stored[dossier.code]
            var edits: [Edit] = []
            if previous == nil {
                edits += [Edit("code", .assign(JSONFragment.encode(dossier.code)))]
            }
            if previous?.record != json.record { edits.append(Edit("record", .assign(json.record))) }
            if previous?.applicantErased != true {
                if (previous?.applicant ?? Array("null".utf8)) != json.applicant { edits.append(Edit("applicant", .assign(json.applicant))) }
            }
            let knownSteps = previous?.stepFields ?? []
            for step in json.steps where !knownSteps.contains(step.field) {
                edits.append(Edit(step.field, .assign(step.json)))
            }
            let moved = previous.map { $0.unit != dossier.unit } ?? false
            guard !edits.isEmpty || moved else {
                outcome.unchanged += 1
                continue
            }
            if previous == nil { outcome.created += 1 } else { outcome.updated += 1 }
            writes.append(EntityWrite(
                id: Self.dossierID(dossier.code), type: Self.dossierType, scope: Self.scope(previous?.unit ?? dossier.unit), edits: edits,
                moveTo: moved ? Self.scope(dossier.unit) : nil))
        }
        guard !writes.isEmpty else { return outcome }
        do { _ = try await replica.write(writes, author: author) } catch { throw .storage("\(error)") }
        return outcome
    }

    /// A dossier's fields as stored: its record, its applicant (`null` without one) and each step.
    struct EncodedDossier: Sendable {
        var record: [UInt8]
        var applicant: [UInt8]
        var steps: [(field: String, json: [UInt8])]

        init(_ dossier: Dossier) {
            record = DossierDesk.recordJSON(dossier)
            applicant = dossier.applicant?.json ?? Array("null".utf8)
            steps = dossier.steps.map { (DossierDesk.stepField($0), $0.json) }
        }
    }

    /// Every dossier's JSON, in order, made on as many threads as there are cores (encoding
    /// was the largest part of an ingest on one), off the cooperative pool.
    static func encoded(_ dossiers: [Dossier]) async -> [EncodedDossier] {
        let parts = max(1, min(ProcessInfo.processInfo.activeProcessorCount, dossiers.count / 250))
        guard parts > 1 else { return dossiers.map(EncodedDossier.init) }
        return await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                let results = Mutex<[Int: [EncodedDossier]]>([:])
                let size = (dossiers.count + parts - 1) / parts
                DispatchQueue.concurrentPerform(iterations: parts) { part in
                    let slice = dossiers[min(dossiers.count, part * size)..<min(dossiers.count, (part + 1) * size)]
                    let done = slice.map(EncodedDossier.init)
                    results.withLock { $0[part] = done }
                }
                continuation.resume(returning: results.withLock { all in (0..<parts).flatMap { all[$0] ?? [] } })
            }
        }
    }

    /// Erases the applicant's data of every dossier closed before `cutoffMillis` (Decree
    /// 13/2023/NĐ-CP: kept no longer than its purpose needs). Returns how many it erased.
    ///
    /// Guarantees: an assignment of `null` with `applicant_erased_at`, replicated like any
    /// edit; idempotent; later ingests never write the applicant again. Call at the hub only.
    public func eraseApplicants(closedBefore cutoffMillis: Int64, author: String, batch: Int = 500) async throws(DossierError) -> Int {
        var erased = 0
        while true {
            let due: [(code: String, unit: String)]
            do {
                due = try await replica.read { db in
                    try Row.fetchAll(
                        db, sql: """
                            SELECT code, unit FROM dossier WHERE closed_ms IS NOT NULL AND closed_ms < ? AND applicant IS NOT NULL
                                AND applicant != 'null' AND applicant_erased = 0 LIMIT ?
                            """, arguments: [cutoffMillis, batch]
                    ).map { ($0["code"], $0["unit"]) }
                }
            } catch { throw .storage("\(error)") }
            guard !due.isEmpty else { return erased }
            let at = now()
            let writes = due.map {
                EntityWrite(
                    id: Self.dossierID($0.code), type: Self.dossierType, scope: Self.scope($0.unit),
                    edits: [.assign("applicant", json: "null"), .assign("applicant_erased_at", json: "\(at)")], mustExist: true)
            }
            do { _ = try await replica.write(writes, author: author) } catch { throw .storage("\(error)") }
            erased += due.count
            if due.count < batch { return erased }
        }
    }

    /// The hub's rule for a node's changes to dossiers and scores: the one-stop system's
    /// data reaches nodes from the hub; a node never writes it.
    public static func nodeWriteRefusal(_ change: Change, current: EntityState?, district: String) -> String? {
        "dossiers and service scores come from the hub; a node does not write them"
    }
}

/// What the projection holds of a stored dossier, to write only what changed.
struct StoredDossier {
    var unit: String
    var record: [UInt8]?
    var applicant: [UInt8]?
    var applicantErased: Bool
    var stepFields: Set<String>

    static func fetch(_ db: Database, codes: [String]) throws -> [String: StoredDossier] {
        var found: [String: StoredDossier] = [:]
        for start in stride(from: 0, to: codes.count, by: 500) {
            let slice = Array(codes[start..<min(start + 500, codes.count)])
            let marks = Array(repeating: "?", count: slice.count).joined(separator: ",")
            let rows = try Row.fetchAll(
                db, sql: "SELECT code, unit, record, applicant, applicant_erased, step_fields FROM dossier WHERE code IN (\(marks))",
                arguments: StatementArguments(slice))
            for row in rows {
                let record: String? = row["record"], applicant: String? = row["applicant"], steps: String? = row["step_fields"]
                found[row["code"]] = StoredDossier(
                    unit: row["unit"], record: record.map { Array($0.utf8) }, applicant: applicant.map { Array($0.utf8) },
                    applicantErased: row["applicant_erased"], stepFields: Set((steps ?? "").split(separator: " ").map(String.init)))
            }
        }
        return found
    }
}

extension DossierDesk {
    /// Reads an export file and stores it: any bad row or unit refuses the file with every
    /// problem listed, and nothing is written; a file of more than `maxBatch` dossiers is
    /// written in batches, each whole.
    @discardableResult
    public func ingest(file bytes: [UInt8], author: String, allowedUnits: Set<String>? = nil) async throws(DossierError) -> IngestOutcome {
        let outcome = try importer.read(file: bytes)
        guard outcome.problems.isEmpty else { throw .invalidRows(outcome.problems) }
        // Every unit is checked before the first batch is written: a file past one batch is
        // refused whole for a unit as for a bad row.
        if let allowedUnits, let other = outcome.dossiers.first(where: { !allowedUnits.contains($0.unit) }) { throw .otherUnit(other.unit) }
        var total = IngestOutcome()
        for start in stride(from: 0, to: outcome.dossiers.count, by: Self.maxBatch) {
            let part = try await ingest(Array(outcome.dossiers[start..<min(start + Self.maxBatch, outcome.dossiers.count)]), author: author, allowedUnits: allowedUnits)
            total.created += part.created
            total.updated += part.updated
            total.unchanged += part.unchanged
        }
        return total
    }
}
