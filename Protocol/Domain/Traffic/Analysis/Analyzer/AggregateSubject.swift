/// What an interval aggregate describes.
public enum AggregateSubject: Codable, Sendable, Hashable {
    case line(name: String)
    case lane(name: String, index: Int)
}
