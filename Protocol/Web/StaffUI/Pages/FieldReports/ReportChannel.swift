/// How a report reached the centre.
public enum ReportChannel: String, CaseIterable, Hashable, Sendable {
    case web
    case app
    case hotline
    case walkIn = "walk_in"
    case zalo
    case email
    case other

    /// The channels a member of staff can record by hand on the hotline-entry form.
    public static let staffEntryChoices: [ReportChannel] = [.hotline, .walkIn]
}
