import StaffUI

/// What one service puts on the wall: its tile, its alerts and the figures the map can be
/// coloured by. Each service mounted at a site is a source; a service not mounted has no
/// tile, and its tile appears when it is.
///
/// `areas` is the districts the reader may see (nil: the province). Sources never throw: a
/// source that cannot read leaves its tile out and the rest of the wall stands.
public protocol WallSource: Sendable {
    /// Names the service in a screen's `?service=` and its tile's `data-service` ("traffic").
    var wallKey: String { get }
    func wallTile(_ l: Localizer, areas: [String]?, now: Int64) async -> WallTile?
    func wallAlerts(_ l: Localizer, areas: [String]?, now: Int64) async -> [WallAlert]
    func wallMeasures(_ l: Localizer, areas: [String]?, now: Int64) async -> [WallMeasure]
}

extension WallSource {
    public func wallAlerts(_ l: Localizer, areas: [String]?, now: Int64) async -> [WallAlert] { [] }
    public func wallMeasures(_ l: Localizer, areas: [String]?, now: Int64) async -> [WallMeasure] { [] }
}

extension WallSource {
    /// The scopes to query for `areas`, one by one: each district, or once for every one
    /// (`nil`) when the reader sees the province.
    func wallScopes(_ areas: [String]?) -> [String?] { areas.map { $0.map(Optional.some) } ?? [nil] }
}
