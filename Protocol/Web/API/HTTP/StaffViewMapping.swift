import Foundation
import FieldReports
import StaffUI

/// Turns the field-report domain into the web UI's view models.
enum StaffViewMapping {
    static func date(_ millis: Int64?) -> Date? { millis.map { Date(timeIntervalSince1970: Double($0) / 1000) } }

    static func status(_ status: CaseStatus) -> CaseStatusView { CaseStatusView(rawValue: status.rawValue) ?? .received }

    static func due(_ due: FieldReports.DueState) -> StaffUI.DueState {
        switch due {
        case .onTime: .onTime
        case .dueSoon: .dueSoon
        case .overdue: .overdue
        case .settled: .notApplicable
        }
    }

    static func channel(_ raw: String) -> ReportChannel {
        switch raw {
        case "web": .web
        case "hotline": .hotline
        case "walk_in": .walkIn
        case "zalo": .zalo
        case "open311": .app
        default: .other
        }
    }

    static func districtName(_ code: String) -> CodeName {
        CodeName(code: code, name: District.named(code)?.name ?? code)
    }

    static var districts: [CodeName] { District.rollout.map { CodeName(code: $0.code, name: $0.name) } }

    static func row(_ record: CaseRecord, reference: ReferenceCatalog.Snapshot, english: Bool) -> CaseRow {
        CaseRow(
            caseID: record.id.description, trackingCode: record.trackingCode,
            categoryName: reference.category(record.category)?.name(english: english) ?? record.category,
            district: districtName(record.scope), address: record.address ?? "", summary: record.description,
            receivedAt: date(record.receivedAt)!, deadline: date(record.deadlineAt), due: due(record.due), status: status(record.status),
            unitName: record.unit.map { reference.unit($0)?.name(english: english) ?? $0 }, hasConflict: !record.conflicts.isEmpty,
            channel: channel(record.channel))
    }

    static func detail(_ record: CaseRecord, reference: ReferenceCatalog.Snapshot, english: Bool, editable: Bool, readOnlyReason: String?) -> CaseDetail {
        let actions = editable ? FieldReports.CaseAction.allCases.filter { $0.isAllowed(from: record.status) }.compactMap { StaffUI.CaseAction(rawValue: $0.rawValue) } : []
        let timeline = record.timeline.map { event in
            TimelineEntry(
                at: date(event.at)!, author: event.author,
                kind: event.kind == .comment ? .comment : (event.kind == .rating ? .system : .transition),
                text: [event.action.map { actionLabel($0, english: english) }, event.text].compactMap { $0 }.joined(separator: " — "),
                fromStatus: event.from.map(status), toStatus: event.to.map(status))
        }
        let conflicts = record.conflicts.map { conflict in
            ConflictView(
                fieldLabel: fieldLabel(conflict.field, english: english),
                values: conflict.values.map { .init(text: valueLabel(conflict.field, $0.value, english: english), author: $0.author, site: $0.site, at: date($0.at)!) })
        }
        return CaseDetail(
            caseID: record.id.description, reportID: record.reportID?.description ?? "", trackingCode: record.trackingCode,
            district: districtName(record.scope), status: status(record.status),
            category: CodeName(code: record.category, name: reference.category(record.category)?.name(english: english) ?? record.category),
            unit: record.unit.map { CodeName(code: $0, name: reference.unit($0)?.name(english: english) ?? $0) },
            priority: CasePriority(rawValue: record.priority) ?? .normal, description: record.description, address: record.address ?? "",
            latitude: record.latitude, longitude: record.longitude, channel: channel(record.channel),
            reporter: .init(name: record.reporter.name, phone: record.reporter.phone, email: record.reporter.email),
            photos: record.photos, resultPhotos: record.resultPhotos, receivedAt: date(record.receivedAt)!, acceptedAt: date(record.acceptedAt),
            deadline: date(record.deadlineAt), due: due(record.due), resolvedAt: date(record.resolvedAt), resultText: record.result,
            ineligibleReason: record.ineligibleReason, rating: record.rating.map { CitizenRating(stars: $0, comment: record.ratingComment) },
            timeline: timeline, conflicts: conflicts, allowedActions: actions,
            categoryOptions: reference.categories.filter(\.active).map { CodeName(code: $0.code, name: $0.name(english: english)) },
            unitOptions: reference.units.map { CodeName(code: $0.code, name: $0.name(english: english)) },
            districtOptions: districts, isReadOnly: !editable, readOnlyReason: readOnlyReason)
    }

    static func statistics(_ row: FieldReports.StatisticsRow, label: String) -> StaffUI.StatisticsRow {
        StaffUI.StatisticsRow(
            label: label, received: row.received, processedOnTime: row.processedOnTime, processedOverdue: row.processedOverdue,
            processingOnTime: row.processingOnTime, processingOverdue: row.processingOverdue, ineligible: row.ineligible,
            medianResolveHours: row.medianResolveHours, ratingAverage: row.ratingAverage, ratingCount: row.ratingCount)
    }

    static func fieldLabel(_ field: String, english: Bool) -> String {
        let labels: [String: (String, String)] = [
            "status": ("Trạng thái", "Status"), "unit": ("Đơn vị xử lý", "Unit"), "priority": ("Mức ưu tiên", "Priority"),
            "category": ("Lĩnh vực", "Category"), "result": ("Kết quả", "Result"), "note": ("Ghi chú", "Note"),
        ]
        return labels[field].map { english ? $0.1 : $0.0 } ?? field
    }

    static func valueLabel(_ field: String, _ value: String, english: Bool) -> String {
        guard field == "status", let status = CaseStatus(rawValue: value) else { return value }
        return english ? status.english : status.vietnamese
    }

    static func actionLabel(_ raw: String, english: Bool) -> String {
        if let action = FieldReports.CaseAction(rawValue: raw) { return english ? action.rawValue.capitalized : action.vietnamese }
        switch raw {
        case "receive": return english ? "Received" : "Tiếp nhận"
        case "rate": return english ? "Citizen rating" : "Người dân đánh giá"
        case "set_status": return english ? "Status set" : "Đặt trạng thái"
        default: return raw
        }
    }
}
