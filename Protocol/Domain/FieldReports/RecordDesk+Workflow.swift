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
            throw RecordError(
                .conflict,
                "Không thể \(action.vietnamese.lowercased()) khi hồ sơ \(status.vietnamese.lowercased()) / cannot \(action.rawValue) a case that is \(status.rawValue)",
                field: "action")
        }
        let reference: ReferenceCatalog.Snapshot
        do { reference = try await catalog.snapshot() } catch { throw RecordError(error) }
        let now = self.now()
        var edits: [Edit] = []
        var detail: [String: Any] = [:]
        var next = status
        func set(_ field: String, _ value: Any) { edits.append(Edit(field, .assign(Self.fragment(value)))) }
        func required(_ value: String?, _ field: String, _ vietnamese: String) throws(RecordError) -> String {
            guard let value = value?.trimmed, !value.isEmpty else {
                throw .invalid(field, "Cần \(vietnamese) / '\(field)' is required for \(action.rawValue)")
            }
            guard value.count <= Self.maxText else { throw .invalid(field, "'\(field)' dài quá \(Self.maxText) ký tự / too long") }
            return value
        }
        func unit(_ code: String?) throws(RecordError) -> String? {
            guard let code, !code.isEmpty else { return nil }
            guard reference.unit(code) != nil else {
                throw .invalid("unit", "Đơn vị '\(code.prefix(64))' không có / unknown unit; one of: \(reference.units.map(\.code).joined(separator: ", "))")
            }
            return code
        }

        switch action {
        case .accept:
            var categoryCode = state.string("category") ?? "khac"
            if let code = input.category, !code.isEmpty, code != categoryCode {
                guard reference.category(code)?.active == true else { throw .invalid("category", "Lĩnh vực '\(code.prefix(64))' không có / unknown category") }
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
            let reason = try required(input.reason, "reason", "lý do")
            set("ineligible_reason", reason)
            detail["reason"] = reason
            next = .ineligible
        case .assign:
            guard let code = try unit(input.unit) else { throw .invalid("unit", "Cần chọn đơn vị xử lý / 'unit' is required for assign") }
            set("unit", code)
            detail["unit"] = code
            next = .assigned
        case .start:
            next = .inProgress
        case .resolve:
            let result = try required(input.result, "result", "kết quả xử lý")
            set("result", result)
            set("resolved_at", Int(now))
            detail["result"] = result
            next = .resolved
        case .close:
            set("closed_at", Int(now))
            next = .closed
        case .reopen:
            let reason = try required(input.reason, "reason", "lý do mở lại")
            detail["reason"] = reason
            set("resolved_at", NSNull())
            next = status == .ineligible ? .received : ((state.string("unit") ?? "").isEmpty ? .accepted : .inProgress)
        case .transfer:
            let reason = try required(input.reason, "reason", "lý do chuyển")
            guard let target = input.district.flatMap(AdministrativeUnit.named) else {
                throw .invalid("district", "Chọn huyện nhận / choose the receiving district: \(AdministrativeUnit.districts.map(\.code).joined(separator: ", "))")
            }
            guard target.code != current.scope else { throw .invalid("district", "Hồ sơ đã thuộc \(target.name) / the case is already in \(target.name)") }
            set("transferred_from", current.scope)
            set("unit", "")
            detail["reason"] = reason
            detail["district"] = target.code
            next = .received
        case .comment:
            let text = try required(input.text, "text", "nội dung ghi chú")
            edits.append(Edit("comments", .append(Self.fragment(text))))
        }
        if action != .comment, let text = input.text?.trimmed, !text.isEmpty {
            guard text.count <= Self.maxText else { throw .invalid("text", "Ghi chú dài quá / comment too long") }
            edits.append(Edit("comments", .append(Self.fragment(text))))
        }
        if let priority = input.priority, !priority.isEmpty {
            guard ["low", "normal", "high", "urgent"].contains(priority) else {
                throw .invalid("priority", "Mức ưu tiên phải là low, normal, high hoặc urgent / priority must be low, normal, high or urgent")
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
            throw .invalid("photos", "Ảnh \(photo.prefix(64)) chưa được tải lên / photo was not uploaded here first")
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
        guard (1...5).contains(score) else { throw .invalid("rating", "Đánh giá từ 1 đến 5 sao / rating must be 1–5") }
        guard let id = try await caseID(trackingCode: trackingCode) else {
            throw RecordError(.notFound, "Không tìm thấy mã \(trackingCode.prefix(20)) / no report with this tracking code")
        }
        let current = try await editableCase(id)
        let status = current.state.string("status").flatMap(CaseStatus.init(rawValue:)) ?? .received
        guard status.outcome == .processed else {
            throw RecordError(.conflict, "Chỉ đánh giá khi phản ánh đã được xử lý / a report can be rated once it is resolved", field: "rating")
        }
        let comment = comment?.trimmed
        guard (comment?.count ?? 0) <= 1_000 else { throw .invalid("comment", "Nhận xét dài quá 1000 ký tự / comment longer than 1,000 characters") }
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
        guard let snapshot, snapshot.type == Self.caseType else { throw RecordError(.notFound, "Không tìm thấy hồ sơ \(id) / no case \(id)") }
        guard seesEveryDistrict || snapshot.scope == homeScope else {
            let name = AdministrativeUnit.named(snapshot.scope)?.name ?? snapshot.scope
            throw RecordError(.outOfScope, "Hồ sơ đã chuyển sang \(name); ở đây chỉ xem / the case was transferred to \(name) and is read-only here")
        }
        return snapshot
    }
}
