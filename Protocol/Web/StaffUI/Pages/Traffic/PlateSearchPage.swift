/// The plate search (`GET /ui/traffic/plates?q=`): the query as typed, the plate it was read
/// as, whether it is on the watch-list, every sighting and the route they imply.
public struct PlateSearchPage: Hashable, Sendable {
    /// As typed; "" before any search.
    public var query: String
    /// The match key the query was read as (`47A12345`); nil when none.
    public var normalisedPlate: String?
    /// Why the query could not be searched ("không đọc được biển số"); shown as an error.
    public var errorText: String?
    public var onWatchlist: Bool
    public var watchReason: String?
    /// In time order, as given.
    public var sightings: [PlateSightingRow]
    public var route: PlateRouteView?

    public init(
        query: String = "", normalisedPlate: String? = nil, errorText: String? = nil, onWatchlist: Bool = false,
        watchReason: String? = nil, sightings: [PlateSightingRow] = [], route: PlateRouteView? = nil
    ) {
        self.query = query
        self.normalisedPlate = normalisedPlate
        self.errorText = errorText
        self.onWatchlist = onWatchlist
        self.watchReason = watchReason
        self.sightings = sightings
        self.route = route
    }
}
