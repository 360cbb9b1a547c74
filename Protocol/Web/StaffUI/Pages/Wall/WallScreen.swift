import Foundation

/// Which part of the wall one screen shows, so each of a room's screens has its own URL
/// (`/ui/ioc?service=traffic&view=map`): every part or one, every service or one, and the
/// measure the map is coloured by.
///
/// Guarantees: built from any query (unknown views fall back to the whole wall, an unknown
/// service shows no tile rather than failing); `query` reads back to an equal screen.
public struct WallScreen: Sendable, Hashable {
    /// The parts of the wall a screen may show alone.
    public enum View: String, Sendable, Hashable, CaseIterable {
        case all, map, tiles, links, alerts
    }

    /// A source's `wallKey` ("traffic"), or nil for every service.
    public var service: String?
    public var measure: String?
    public var view: View

    public init(service: String? = nil, measure: String? = nil, view: View = .all) {
        self.service = service
        self.measure = measure
        self.view = view
    }

    /// From a request's query parameters (`service`, `measure`, `view`).
    public init(parameters: [String: String]) {
        func given(_ name: String) -> String? { parameters[name].flatMap { $0.isEmpty ? nil : $0 } }
        self.init(service: given("service"), measure: given("measure"), view: given("view").flatMap(View.init(rawValue:)) ?? .all)
    }

    /// Parses a playlist's screen, written as a query ("service=traffic&view=map"); nil when
    /// it names a parameter or a view the wall does not know.
    public init?(query: String) {
        var parameters: [String: String] = [:]
        for pair in query.split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, ["service", "measure", "view"].contains(parts[0]), !parts[1].isEmpty else { return nil }
            parameters[parts[0]] = parts[1].removingPercentEncoding ?? parts[1]
        }
        if let view = parameters["view"], View(rawValue: view) == nil { return nil }
        self.init(parameters: parameters)
    }

    /// The query that shows this screen, "" for the whole wall.
    public var query: String {
        var items: [String] = []
        if let service { items.append("service=" + Self.encode(service)) }
        if let measure { items.append("measure=" + Self.encode(measure)) }
        if view != .all { items.append("view=" + view.rawValue) }
        return items.joined(separator: "&")
    }

    private static func encode(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-_.~"))) ?? value
    }
}
