import TrafficDesk
import TrafficPlates

/// A camera in API answers: its registration, its last synced state and, at its node, the
/// engine's live view.
struct TrafficCameraJSON: Encodable {
    var camera: RegisteredCamera
    var state: CameraLiveState?
    var live: LiveCamera?
}

/// One camera with its stored intervals.
struct TrafficCameraDetailJSON: Encodable {
    var camera: TrafficCameraJSON
    var intervals: [FlowInterval]
}

struct TrafficEventListJSON: Encodable {
    var items: [TrafficEventRecord]
    var total: Int
    var limit: Int
    var offset: Int
}

/// A plate's sightings, ordered into a route, and its watch-list entry if any.
struct PlateTraceJSON: Encodable {
    var plate: VehiclePlate
    var watch: WatchlistEntry?
    var sightings: [PlateSighting]
    var route: PlateRoute?
}
