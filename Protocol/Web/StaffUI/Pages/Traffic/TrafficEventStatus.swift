/// What staff have done with a traffic event. Only a `new` violation offers the
/// "open a case" and "dismiss" buttons; an opened case is linked instead.
public enum TrafficEventStatus: Hashable, Sendable {
    /// Nobody has handled it yet.
    case new
    /// A field case was opened from it: `/ui/cases/{caseID}`, shown by its tracking code.
    case caseOpened(caseID: String, trackingCode: String)
    /// Reviewed and set aside.
    case dismissed
}
