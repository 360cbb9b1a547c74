import FieldReports
import Vietnam

extension CaseDetail {
    /// The case page of `record`: reference codes named from `reference`, the timeline in
    /// the reader's language, and, when `editable`, exactly the actions the case's status
    /// allows (none, with `readOnlyReason`, otherwise).
    public init(record: CaseRecord, reference: ReferenceCatalog.Snapshot, localizer l: Localizer, editable: Bool, readOnlyReason: String?) {
        let instant = VietnamTime.instant(millis:)
        let timeline = record.timeline.map { event in
            TimelineEntry(
                at: instant(event.at), author: event.author,
                kind: event.kind == .comment ? .comment : (event.kind == .rating ? .system : .transition),
                text: [event.action.map(l.historyAction), event.text].compactMap { $0 }.joined(separator: " — "),
                fromStatus: event.from, toStatus: event.to)
        }
        let conflicts = record.conflicts.map { conflict in
            ConflictView(
                fieldLabel: l.caseField(conflict.field),
                values: conflict.values.map {
                    .init(text: l.caseValue(conflict.field, $0.value), author: $0.author, site: $0.site, at: instant($0.at))
                })
        }
        self.init(
            caseID: record.id.description, reportID: record.reportID?.description ?? "", trackingCode: record.trackingCode,
            district: CodeName(district: record.scope), status: record.status,
            category: CodeName(code: record.category, name: reference.category(record.category).map(l.name) ?? record.category),
            unit: record.unit.map { CodeName(code: $0, name: reference.unit($0).map(l.name) ?? $0) },
            priority: CasePriority(rawValue: record.priority) ?? .normal, description: record.description, address: record.address ?? "",
            latitude: record.latitude, longitude: record.longitude, channel: ReportChannel(recorded: record.channel),
            reporter: record.reporter,
            photos: record.photos, resultPhotos: record.resultPhotos, receivedAt: instant(record.receivedAt),
            acceptedAt: record.acceptedAt.map(instant), deadline: record.deadlineAt.map(instant), due: record.due,
            resolvedAt: record.resolvedAt.map(instant), resultText: record.result,
            ineligibleReason: record.ineligibleReason, rating: record.rating.map { CitizenRating(stars: $0, comment: record.ratingComment) },
            timeline: timeline, conflicts: conflicts,
            allowedActions: editable ? CaseAction.allCases.filter { $0.isAllowed(from: record.status) } : [],
            categoryOptions: reference.categories.filter(\.active).map { CodeName(code: $0.code, name: l.name($0)) },
            unitOptions: reference.units.map { CodeName(code: $0.code, name: l.name($0)) },
            districtOptions: CodeName.districts, isReadOnly: !editable, readOnlyReason: readOnlyReason)
    }
}
