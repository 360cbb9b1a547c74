import FieldReports
import Vietnam

extension CaseRow {
    /// The inbox row of `record`, its category and unit named from `reference`.
    public init(record: CaseRecord, reference: ReferenceCatalog.Snapshot, localizer l: Localizer) {
        self.init(
            caseID: record.id.description, trackingCode: record.trackingCode,
            categoryName: reference.category(record.category).map(l.name) ?? record.category,
            district: CodeName(district: record.scope), address: record.address ?? "", summary: record.description,
            receivedAt: VietnamTime.instant(millis: record.receivedAt), deadline: record.deadlineAt.map(VietnamTime.instant(millis:)),
            due: record.due, status: record.status,
            unitName: record.unit.map { reference.unit($0).map(l.name) ?? $0 }, hasConflict: !record.conflicts.isEmpty,
            channel: ReportChannel(recorded: record.channel))
    }
}
