/// How many road users of one class a camera counted (today, or over the period the server
/// chose). `classCode` is the analytics core's class name; the pages label it through
/// `Localizer.vehicleClass(_:)` and show an unknown code as it is.
public struct TrafficClassCount: Hashable, Sendable {
    /// The class codes the pages know, in display order.
    public static let knownClassCodes = ["motorbike", "car", "bus", "truck", "bicycle", "pedestrian"]

    /// `motorbike`, `car`, `bus`, `truck`, `bicycle` or `pedestrian`.
    public var classCode: String
    public var count: Int

    public init(classCode: String, count: Int) {
        self.classCode = classCode
        self.count = count
    }
}
