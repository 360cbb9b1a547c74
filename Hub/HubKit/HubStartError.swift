/// A configuration the hub cannot start with (a file it cannot read, a setting that is
/// wrong), said as the operator wrote it: the option, the file and what is wrong.
public struct HubStartError: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) { self.description = description }
}
