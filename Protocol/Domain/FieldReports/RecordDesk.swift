import CRDT
import Foundation
import Replica
import Vietnam

/// Reports and cases on a replica: validation of what staff and citizens send, and the
/// JSON the API answers with. Used alike by the node (its district) and the hub (all).
///
/// Guarantees: a request either writes all it asks for or nothing (a report and its
/// case are two changes, written report first; a case is only ever created with its
/// report id); refused input writes nothing.
public struct RecordDesk: Sendable {
    public let replica: Replica
    /// The scope new records get: the node's district code, or `province` at the hub
    /// (which files each report in the district it names, and may act on any case).
    public let homeScope: String
    public let catalog: ReferenceCatalog
    /// Checks that photos named by a report are stored here.
    public let hasAttachment: @Sendable (String) -> Bool
    /// The clock: Unix milliseconds (tests move it).
    public let now: @Sendable () -> Int64

    public static let reportType = "report"
    public static let caseType = "case"
    static let maxText = 4_000

    public init(
        replica: Replica, homeScope: String, catalog: ReferenceCatalog? = nil,
        hasAttachment: @escaping @Sendable (String) -> Bool = { _ in true },
        now: @escaping @Sendable () -> Int64 = { Int64(Replica.systemMillis()) }
    ) {
        self.replica = replica
        self.homeScope = homeScope
        self.catalog = catalog ?? ReferenceCatalog(replica: replica)
        self.hasAttachment = hasAttachment
        self.now = now
    }

    /// True when the home scope is the province: the desk holds, lists and counts every
    /// district's records (a district's desk only its own).
    public var seesEveryDistrict: Bool { homeScope == Scope.province }

    // MARK: Writes

    /// Takes a new report from the JSON API (see `ReportIntake` for the fields) and
    /// opens its case.
    public func createReport(json body: Data, author: String) async throws(RecordError) -> (report: EntityID, case: EntityID) {
        let receipt = try await intake(try Self.parseIntake(json: body), author: author)
        return (receipt.report, receipt.case)
    }

    /// Edits a case: any of `status`, `assigned_unit`, `priority`, `note` (assignments
    /// that replace what the editor saw, resolving a conflict) and `comment` (appended).
    public func patchCase(_ id: EntityID, json body: Data, author: String) async throws(RecordError) {
        let object = try Self.object(body)
        try Self.allowOnly(["status", "assigned_unit", "priority", "note", "comment"], in: object)
        guard !object.isEmpty else { throw .invalid("body", .nothingToChange) }
        var edits: [Edit] = []
        if let status = try Self.text(object, "status", max: 32, required: false) {
            guard CaseStatus(rawValue: status) != nil else {
                throw .invalid("status", .notOneOf(value: nil, choices: CaseStatus.allCases.map(\.rawValue)))
            }
            edits.append(.init("status", .assign(Self.fragment(status))))
            edits.append(.init("history", .append(Self.fragment(["action": "set_status", "to": status]))))
        }
        if let unit = try Self.text(object, "assigned_unit", max: 120, required: false) {
            edits.append(.init("assigned_unit", .assign(Self.fragment(unit))))
        }
        if let priority = try Self.text(object, "priority", max: 16, required: false) {
            guard ["low", "normal", "high", "urgent"].contains(priority) else {
                throw .invalid("priority", .notOneOf(value: nil, choices: ["low", "normal", "high", "urgent"]))
            }
            edits.append(.init("priority", .assign(Self.fragment(priority))))
        }
        if let note = try Self.text(object, "note", max: Self.maxText, required: false) {
            edits.append(.init("note", .assign(Self.fragment(note))))
        }
        if let comment = try Self.text(object, "comment", max: Self.maxText, required: false) {
            edits.append(.init("comments", .append(Self.fragment(comment))))
        }
        _ = try await editableCase(id)
        try await editCase(id, edits: edits, author: author)
    }

    /// Applies `edits` to an existing case, refusing ids that are not cases here.
    public func editCase(_ id: EntityID, edits: [Edit], author: String) async throws(RecordError) {
        let existing: EntitySnapshot?
        do { existing = try await replica.entity(id) } catch { throw RecordError(error) }
        guard let existing, existing.type == Self.caseType else { throw RecordError(.notFound, .caseNotFound(id.description)) }
        do {
            _ = try await replica.write(entity: id, type: Self.caseType, scope: existing.scope, edits: edits, author: author, mustExist: true)
        } catch {
            throw RecordError(error)
        }
    }

    // MARK: Reads

    /// One record as JSON: its fields, `id`, `type`, `scope`, `updated_at` and `conflicts`
    /// (each field with concurrent values: every value with its author, site and time).
    public func recordJSON(_ id: EntityID, type: String) async throws(RecordError) -> Data {
        let snapshot: EntitySnapshot?
        do { snapshot = try await replica.entity(id) } catch { throw RecordError(error) }
        guard let snapshot, snapshot.type == type else { throw RecordError(.notFound, .recordNotFound(type: type, id: id.description)) }
        var object = Self.parse(snapshot.document)
        object["id"] = id.description
        object["type"] = type
        object["scope"] = snapshot.scope
        object["updated_at"] = Int(snapshot.updatedAt.physicalMillis)
        object["conflicts"] = snapshot.conflicts.sorted { $0.key < $1.key }.map { field, writes in
            [
                "field": field,
                "values": writes.map { write in
                    [
                        "value": Self.parseFragment(write.value), "author": write.author,
                        "site": write.stamp.site.description, "at": Int(write.stamp.hlc.physicalMillis),
                        "stamp": write.stamp.description,
                    ] as [String: Any]
                },
            ] as [String: Any]
        }
        return Self.serialize(object)
    }

    /// Records of `type`, newest first, as `{"items": [...], "count": n}`.
    public func listJSON(type: String, scope: String?, conflictedOnly: Bool, limit: Int, offset: Int) async throws(RecordError) -> Data {
        let rows: [EntitySummary]
        do {
            rows = try await replica.list(type: type, scope: scope, conflictedOnly: conflictedOnly, limit: limit, offset: offset)
        } catch { throw RecordError(error) }
        let items = rows.map { row -> [String: Any] in
            var object = Self.parse(row.document)
            object["id"] = row.id.description
            object["scope"] = row.scope
            object["conflicted_fields"] = row.conflictedFields
            object["updated_at"] = Int(row.updatedAt.physicalMillis)
            return object
        }
        return Self.serialize(["items": items, "count": items.count, "limit": limit, "offset": offset])
    }

    // MARK: JSON

    /// `body` as a JSON object, or a clear refusal.
    public static func jsonObject(_ body: Data) throws(RecordError) -> [String: Any] { try object(body) }

    static func object(_ body: Data) throws(RecordError) -> [String: Any] {
        guard !body.isEmpty else { throw .invalid("body", .emptyBody) }
        let parsed: Any
        do { parsed = try JSONSerialization.jsonObject(with: body) } catch {
            throw .invalid("body", .malformedJSON(detail: error.localizedDescription))
        }
        guard let object = parsed as? [String: Any] else { throw .invalid("body", .notAnObject) }
        return object
    }

    static func allowOnly(_ allowed: Set<String>, in object: [String: Any]) throws(RecordError) {
        if let unknown = object.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw .invalid(unknown, .unknownField(unknown, allowed: allowed.sorted()))
        }
    }

    static func text(_ object: [String: Any], _ key: String, max: Int, required: Bool) throws(RecordError) -> String? {
        guard let raw = object[key], !(raw is NSNull) else {
            if required { throw .invalid(key, .required) }
            return nil
        }
        guard let text = raw as? String else { throw .invalid(key, .notAString) }
        let trimmed = text.trimmed
        if required, trimmed.isEmpty { throw .invalid(key, .empty) }
        guard trimmed.count <= max else { throw .invalid(key, .tooLong(max: max)) }
        return trimmed
    }

    /// A value as a JSON fragment (the replica's field encoding).
    public static func fragment(_ value: Any) -> Payload {
        JSONFragment.encode(value)
    }

    static func parse(_ document: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(document.utf8))) as? [String: Any] ?? [:]
    }

    static func parseFragment(_ bytes: Payload) -> Any {
        (try? JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed)) ?? NSNull()
    }

    public static func serialize(_ object: Any) -> Data {
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
    }
}
