import FieldReports
import Vietnam

extension CaseDetail {
    /// The case page of `record`: reference codes named from `reference`, the timeline in
    /// the reader's language, and, when `editable`, exactly the actions the case's status
    /// allows (none, with `readOnlyReason`, otherwise).
    public init(record: CaseRecord, reference: ReferenceCatalog.Snapshot, english: Bool, editable: Bool, readOnlyReason: String?) {
        let instant = VietnamTime.instant(millis:)
        let timeline = record.timeline.map { event in
            TimelineEntry(
                at: instant(event.at), author: event.author,
                kind: event.kind == .comment ? .comment : (event.kind == .rating ? .system : .transition),
                text: [event.action.map { Self.actionLabel($0, english: english) }, event.text].compactMap { $0 }.joined(separator: " — "),
                fromStatus: event.from, toStatus: event.to)
        }
        let conflicts = record.conflicts.map { conflict in
            ConflictView(
                fieldLabel: Self.fieldLabel(conflict.field, english: english),
                values: conflict.values.map {
                    .init(text: Self.valueLabel(conflict.field, $0.value, english: english), author: $0.author, site: $0.site, at: instant($0.at))
                })
        }
        self.init(
            caseID: record.id.description, reportID: record.reportID?.description ?? "", trackingCode: record.trackingCode,
            district: CodeName(district: record.scope), status: record.status,
            category: CodeName(code: record.category, name: reference.category(record.category)?.name(english: english) ?? record.category),
            unit: record.unit.map { CodeName(code: $0, name: reference.unit($0)?.name(english: english) ?? $0) },
            priority: CasePriority(rawValue: record.priority) ?? .normal, description: record.description, address: record.address ?? "",
            latitude: record.latitude, longitude: record.longitude, channel: ReportChannel(recorded: record.channel),
            reporter: record.reporter,
            photos: record.photos, resultPhotos: record.resultPhotos, receivedAt: instant(record.receivedAt),
            acceptedAt: record.acceptedAt.map(instant), deadline: record.deadlineAt.map(instant), due: record.due,
            resolvedAt: record.resolvedAt.map(instant), resultText: record.result,
            ineligibleReason: record.ineligibleReason, rating: record.rating.map { CitizenRating(stars: $0, comment: record.ratingComment) },
            timeline: timeline, conflicts: conflicts,
            allowedActions: editable ? CaseAction.allCases.filter { $0.isAllowed(from: record.status) } : [],
            categoryOptions: reference.categories.filter(\.active).map { CodeName(code: $0.code, name: $0.name(english: english)) },
            unitOptions: reference.units.map { CodeName(code: $0.code, name: $0.name(english: english)) },
            districtOptions: CodeName.districts, isReadOnly: !editable, readOnlyReason: readOnlyReason)
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
        if let action = CaseAction(rawValue: raw) { return english ? action.rawValue.capitalized : action.vietnamese }
        switch raw {
        case "receive": return english ? "Received" : "Tiếp nhận"
        case "rate": return english ? "Citizen rating" : "Người dân đánh giá"
        case "set_status": return english ? "Status set" : "Đặt trạng thái"
        default: return raw
        }
    }
}
