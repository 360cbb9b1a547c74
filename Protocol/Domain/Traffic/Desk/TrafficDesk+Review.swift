import CRDT
import FieldReports
import Foundation
import Replica
import TrafficAnalysis
import Vietnam

extension TrafficDesk {
    /// The field-report category a violation opens a case in, unless the officer picks another:
    /// riding on the sidewalk and stopping where it is forbidden are encroachment of the road
    /// (with the matching "where" answer); other violations file under "other".
    public static func defaultCategory(for record: TrafficEventRecord) -> (code: String, attributes: [String: [String]]) {
        switch record.kind {
        case "sidewalk": ("lan-chiem-long-le-duong", ["vi-tri": ["via-he"]])
        case "no_stopping": ("lan-chiem-long-le-duong", ["vi-tri": ["long-duong"]])
        default: ("khac", [:])
        }
    }

    /// Opens a field-report case for a violation, with the evidence in its description (written
    /// by `describe`, in the case file's language), and marks the event. Idempotent: the report's
    /// external id is the event id, so a repeated request returns the case already opened.
    public func openCase(
        for id: EntityID, records: RecordDesk, category: String? = nil, author: String,
        describe: (TrafficEventRecord, RegisteredCamera?) -> String
    ) async throws(TrafficDeskError) -> IntakeReceipt {
        guard let record = try await event(id) else { throw .notFound(.event(id.description)) }
        guard record.isViolation else { throw .conflict(.onlyViolationsOpenCases) }
        if record.status == .dismissed { throw .conflict(.violationDismissed) }
        let camera = try await catalog.snapshot().camera(record.camera)
        let (defaultCode, attributes) = Self.defaultCategory(for: record)
        let intake = ReportIntake(
            category: category ?? defaultCode, description: describe(record, camera),
            latitude: record.latitude, longitude: record.longitude, address: camera?.name, channel: "api",
            attributes: category == nil ? attributes : [:], externalID: "traffic-event:\(id)", district: record.scope)
        let receipt: IntakeReceipt
        do { receipt = try await records.intake(intake, author: author) } catch { throw .invalid(field: "category", .caseRefused(error)) }
        func set(_ field: String, _ value: Any) -> Edit { Edit(field, .assign(RecordDesk.fragment(value))) }
        do {
            try await replica.write(
                entity: id, type: Self.eventType, scope: record.scope,
                edits: [
                    set("status", TrafficEventRecord.Status.caseOpened.rawValue), set("case_id", receipt.case.description),
                    set("tracking_code", receipt.trackingCode), set("reviewed_by", author),
                ], author: author, mustExist: true)
        } catch { throw .storage(error) }
        return receipt
    }

    /// Marks a violation as reviewed and not pursued.
    public func dismiss(_ id: EntityID, reason: String?, author: String) async throws(TrafficDeskError) {
        guard let record = try await event(id) else { throw .notFound(.event(id.description)) }
        if record.status == .caseOpened { throw .conflict(.caseAlreadyOpen(trackingCode: record.trackingCode ?? "")) }
        func set(_ field: String, _ value: Any) -> Edit { Edit(field, .assign(RecordDesk.fragment(value))) }
        var edits = [set("status", TrafficEventRecord.Status.dismissed.rawValue), set("reviewed_by", author)]
        if let reason = reason?.trimmed, !reason.isEmpty { edits.append(set("dismiss_reason", reason)) }
        do {
            try await replica.write(entity: id, type: Self.eventType, scope: record.scope, edits: edits, author: author, mustExist: true)
        } catch { throw .storage(error) }
    }
}
