import StaffUI
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

/// A stored event as the API answers: the record's fields, flattened, with its title in both
/// languages and its Vietnamese summary from the localization table.
struct TrafficEventJSON: Encodable {
    var record: TrafficEventRecord

    private enum Words: String, CodingKey { case titleVI, titleEN, summaryVI }

    func encode(to encoder: any Encoder) throws {
        try record.encode(to: encoder)
        var words = encoder.container(keyedBy: Words.self)
        try words.encode(Localizer(.vi).eventTitle(code: record.kind, subject: record.subject, level: record.congestionLevel), forKey: .titleVI)
        try words.encode(Localizer(.en).eventTitle(code: record.kind, subject: record.subject, level: record.congestionLevel), forKey: .titleEN)
        try words.encode(Localizer(.vi).eventSummary(record), forKey: .summaryVI)
    }
}

struct TrafficEventListJSON: Encodable {
    var items: [TrafficEventJSON]
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
