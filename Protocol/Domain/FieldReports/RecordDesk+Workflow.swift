import CRDT
import Foundation
import Replica
import Vietnam

extension RecordDesk {
    /// Performs one workflow action on a case.
    ///
    /// Guarantees: the action is checked against the case's current status (the winning
    /// one if two places changed it at once), its required input and the reference data,
    /// and refused whole if anything is wrong; otherwise its fields, a history entry
    /// (action, from, to, detail, with author and time) and any photos are written in one
    /// transaction. Assignments replace every value staff saw, so an action also resolves
    /// a conflict. The deadline is fixed at the first acceptance and never moved after.
    public func perform(_ action: CaseAction, on id: EntityID, input: CaseActionInput, author: String) async throws(RecordError) {
        let current = try await editableCase(id)
        let state = current.state
        let status = state.string("status").flatMap(CaseStatus.init(rawValue:)) ?? .received
        guard action.isAllowed(from: status) else {
            throw RecordError(.conflict, .actionNotAllowed(action, from: status), field: "action")
        }
        let reference: ReferenceCatalog.Snapshot
        do { reference = try await catalog.snapshot() } catch { throw RecordError(error) }
        let now = self.now()
        var edits: [Edit] = []
        var detail: [String: Any] = [:]
        var next = status
        func set(_ field: String, _ value: Any) { edits.append(Edit(field, .assign(Self.fragment(value)))) }
        func required(_ value: String?, _ field: String) throws(RecordError) -> String {
            guard let value = value?.trimmed, !value.isEmpty else {
                throw .invalid(field, .requiredFor(action))
            }
            guard value.count <= Self.maxText else { throw .invalid(field, .tooLong(max: Self.maxText)) }
            return value
        }
        func unit(_ code: String?) throws(RecordError) -> String? {
            guard let code, !code.isEmpty else { return nil }
            guard reference.unit(code) != nil else {
                throw .invalid("unit", .unknownUnit(String(code.prefix(64)), choices: reference.units.map(\.code)))
            }
            return code
        }

        switch action {
        case .accept:
            var categoryCode = state.string("category") ?? "khac"
            if let code = input.category, !code.isEmpty, code != categoryCode {
                guard reference.category(code)?.active == true else { throw .invalid("category", .unknownCategory(String(code.prefix(64)), choices: reference.categories.filter(\.active).map(\.code))) }
                categoryCode = code
                set("category", code)
                detail["category"] = code
            }
            if let code = try unit(input.unit) {
                set("unit", code)
                detail["unit"] = code
                next = .assigned
            } else {
                next = .accepted
            }
            if state.string("deadline_basis") != "accepted" {
                let days = reference.category(categoryCode)?.deadlineWorkingDays ?? 10
                let deadline = reference.calendar.addingWorkingDays(days, to: VietnamTime.date(millis: now))
                set("deadline_date", deadline.description)
                set("deadline_at", Int(VietnamTime.endOfDay(deadline)))
                set("deadline_basis", "accepted")
                set("accepted_at", Int(now))
                detail["deadline"] = deadline.description
            }
        case .reject:
            let reason = try required(input.reason, "reason")
            set("ineligible_reason", reason)
            set("closed_at", Int(now))
            detail["reason"] = reason
            next = .ineligible
        case .assign:
            guard let code = try unit(input.unit) else { throw .invalid("unit", .requiredFor(.assign)) }
            set("unit", code)
            detail["unit"] = code
            next = .assigned
        case .start:
            next = .inProgress
        case .resolve:
            let result = try required(input.result, "result")
            set("result", result)
            set("resolved_at", Int(now))
            detail["result"] = result
            next = .resolved
        case .close:
            set("closed_at", Int(now))
            next = .closed
        case .reopen:
            let reason = try required(input.reason, "reason")
            detail["reason"] = reason
            set("resolved_at", NSNull())
            next = status == .ineligible ? .received : ((state.string("unit") ?? "").isEmpty ? .accepted : .inProgress)
        case .transfer:
            let reason = try required(input.reason, "reason")
            guard let target = input.district.flatMap(AdministrativeUnit.named) else {
                throw .invalid("district", .districtRequired(choices: AdministrativeUnit.districts.map(\.code)))
            }
            guard target.code != current.scope else { throw .invalid("district", .alreadyInDistrict(target.name)) }
            set("transferred_from", current.scope)
            set("unit", "")
            detail["reason"] = reason
            detail["district"] = target.code
            next = .received
        case .comment:
            let text = try required(input.text, "text")
            edits.append(Edit("comments", .append(Self.fragment(text))))
        }
        if action != .comment, let text = input.text?.trimmed, !text.isEmpty {
            guard text.count <= Self.maxText else { throw .invalid("text", .tooLong(max: Self.maxText)) }
            edits.append(Edit("comments", .append(Self.fragment(text))))
        }
        if let priority = input.priority, !priority.isEmpty {
            guard ["low", "normal", "high", "urgent"].contains(priority) else {
                throw .invalid("priority", .notOneOf(value: nil, choices: ["low", "normal", "high", "urgent"]))
            }
            set("priority", priority)
        }
        if action != .comment {
            set("status", next.rawValue)
            var entry = detail
            entry["action"] = action.rawValue
            entry["from"] = status.rawValue
            entry["to"] = next.rawValue
            edits.append(Edit("history", .append(Self.fragment(entry))))
        }
        let photos = Set(input.photos.map { $0.lowercased() })
        for photo in photos where !hasAttachment(photo) {
            throw .invalid("photos", .photoNotUploaded(String(photo.prefix(64))))
        }

        edits += photos.sorted().map { Edit("result_photos", .add(Self.fragment($0))) }
        var writes = [EntityWrite(id: id, type: Self.caseType, scope: current.scope, edits: edits, mustExist: true)]
        do {
            if action == .transfer, let target = detail["district"] as? String {
                // The case and its report move together; the snapshot is taken after the
                // last local change so the receiving district gets everything.
                writes.append(EntityWrite(id: id, type: Self.caseType, scope: current.scope, edits: [], mustExist: true, moveTo: target))
                if let report = state.string("report_id").flatMap(EntityID.init) {
                    writes.append(EntityWrite(id: report, type: Self.reportType, scope: current.scope, edits: [], mustExist: true, moveTo: target))
                }
            }
            _ = try await replica.write(writes, author: author)
        } catch {
            throw RecordError(error)
        }
    }

    /// Records a citizen's rating (1–5, optional comment) of a resolved or closed case,
    /// found by its tracking code. A new rating replaces the previous one.
    public func rate(trackingCode: String, score: Int, comment: String?) async throws(RecordError) {
        guard (1...5).contains(score) else { throw .invalid("rating", .ratingOutOfRange) }
        guard let id = try await caseID(trackingCode: trackingCode) else {
            throw RecordError(.notFound, .trackingCodeNotFound(String(trackingCode.prefix(20))))
        }
        let current = try await editableCase(id)
        let status = current.state.string("status").flatMap(CaseStatus.init(rawValue:)) ?? .received
        guard status.outcome == .processed else {
            throw RecordError(.conflict, .notYetResolved, field: "rating")
        }
        let comment = comment?.trimmed
        guard (comment?.count ?? 0) <= 1_000 else { throw .invalid("comment", .tooLong(max: 1_000)) }
        var edits = [
            Edit("rating", .assign(Self.fragment(score))),
            Edit("rated_at", .assign(Self.fragment(Int(now())))),
            Edit("history", .append(Self.fragment(["action": "rate", "rating": score]))),
        ]
        if let comment, !comment.isEmpty { edits.append(Edit("rating_comment", .assign(Self.fragment(comment)))) }
        do { _ = try await replica.write(entity: id, type: Self.caseType, scope: current.scope, edits: edits, author: "nguoi-dan", mustExist: true) } catch {
            throw RecordError(error)
        }
    }

    /// The case, if this site may change it: a node may change only its own district's
    /// cases (one transferred away is read-only here); the hub may change any.
    func editableCase(_ id: EntityID) async throws(RecordError) -> EntitySnapshot {
        let snapshot: EntitySnapshot?
        do { snapshot = try await replica.entity(id) } catch { throw RecordError(error) }
        guard let snapshot, snapshot.type == Self.caseType else { throw RecordError(.notFound, .caseNotFound(id.description)) }
        guard seesEveryDistrict || snapshot.scope == homeScope else {
            let name = AdministrativeUnit.named(snapshot.scope)?.name ?? snapshot.scope
            throw RecordError(.outOfScope, .transferred(to: name))
        }
        return snapshot
    }
}
