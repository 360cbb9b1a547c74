import Foundation

/// A ``TrafficEvent`` as a FIWARE Smart Data Models `Alert` entity (dataModel.Alert), NGSI-LD
/// key-values form (`application/ld+json`, `@context` inside).
///
/// A pure function of its inputs: the same event and geometry give the same entity, the same id
/// and the same JSON bytes (``jsonData``: sorted keys), so a re-export upserts, never duplicates.
///
/// ## Attributes
/// - `id`: `urn:ngsi-ld:Alert:<camera>:<time>:<event>[.<place>][:track-<id>]`: `<time>` is the event
///   time in ISO 8601 basic UTC (`20240601T000512.040Z`), `<event>` the ``TrafficEventKind`` case,
///   `<place>` its zone, line, lane or stop line, `<id>` the tracker id of a violation's road user.
///   Camera and time alone are not unique: one frame can close several violations of one kind (two
///   speeders in the same frame; one road user in two overlapping zones), hence place and track.
///   Components are percent-encoded outside `A–Z a–z 0–9 - . _`.
/// - `category`: `traffic`; `subCategory`: ``FIWAREAlertSubCategory``; `severity`: ``FIWAREAlertSeverity``.
/// - `dateIssued`, `validFrom`: the event time (ISO 8601 UTC). `validTo`: the event time too, since
///   a violation or a clearance is an instant; absent for a raised congestion, which holds until
///   the camera's next congestion alert.
/// - `location`: GeoJSON Point `[longitude, latitude]`: the road user's map position (evidence with
///   calibration), else the camera's position.
/// - `name`: the English title; `description`: the Vietnamese summary staff see
///   (``FIWAREAlert/summary(_:)``).
/// - `alertSource`: the camera as a device, `urn:ngsi-ld:Device:<camera>`.
/// - `data`: ``FIWAREAlertData``: event, place, track, class, plates with crop references, frame
///   reference, speed, limit, dwell, signal phase.
public struct FIWAREAlert: Codable, Sendable, Hashable {
    /// The Smart Data Models context of dataModel.Alert.
    public static let alertContext = "https://raw.githubusercontent.com/smart-data-models/dataModel.Alert/master/context.jsonld"

    public let context: [String]
    public let id: String
    /// Always `"Alert"`.
    public let type: String
    /// Always `"traffic"`.
    public let category: String
    public let subCategory: FIWAREAlertSubCategory
    public let severity: FIWAREAlertSeverity
    public let dateIssued: String
    public let validFrom: String
    public let validTo: String?
    public let location: GeoJSONPoint
    public let name: String
    public let description: String
    public let alertSource: String
    public let data: FIWAREAlertData

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case id, type, category, subCategory, severity, dateIssued, validFrom, validTo, location, name, description, alertSource, data
    }

    /// The alert of one event. `camera` is the geometry of the event's camera (its position stands
    /// in when the evidence has no map position).
    public init(event: TrafficEvent, camera: CameraGeometry) {
        context = [Self.alertContext, NGSILD.coreContext]
        var id = "urn:ngsi-ld:Alert:" + NGSILD.urnComponent(event.cameraID) + ":" + NGSILD.compactDateTime(millis: event.timeMillis)
        id += ":" + NGSILD.urnComponent(Self.eventName(event.kind) + (Self.place(event.kind).map { "." + $0 } ?? ""))
        if let track = event.evidence?.trackID { id += ":track-\(track)" }
        self.id = id
        type = "Alert"
        category = "traffic"
        subCategory = FIWAREAlertSubCategory(event.kind)
        severity = FIWAREAlertSeverity(event)
        let time = NGSILD.dateTime(millis: event.timeMillis)
        dateIssued = time
        validFrom = time
        if case .congestionRaised = event.kind { validTo = nil } else { validTo = time }
        var position = camera.position
        if let map = event.evidence?.map, map.latitude.isFinite, map.longitude.isFinite, abs(map.latitude) <= 90, abs(map.longitude) <= 180 {
            position = map
        }
        location = GeoJSONPoint(position)
        name = Self.eventName(event.kind) + (Self.place(event.kind).map { " " + $0 } ?? "")
        description = Self.summary(event)
        alertSource = "urn:ngsi-ld:Device:" + NGSILD.urnComponent(event.cameraID)
        data = FIWAREAlertData(event)
    }

    /// The alert of one event as JSON (sorted keys).
    public static func entity(event: TrafficEvent, camera: CameraGeometry) -> Data {
        FIWAREAlert(event: event, camera: camera).jsonData
    }

    /// The entity as JSON: sorted keys, unescaped slashes; the same entity always gives the same bytes.
    public var jsonData: Data { NGSILD.json(self) }

    /// The ``TrafficEventKind`` case name.
    static func eventName(_ kind: TrafficEventKind) -> String {
        switch kind {
        case .congestionRaised: "congestionRaised"
        case .congestionCleared: "congestionCleared"
        case .stoppedInNoStoppingZone: "stoppedInNoStoppingZone"
        case .wrongWayAtLine: "wrongWayAtLine"
        case .wrongWayInLane: "wrongWayInLane"
        case .speeding: "speeding"
        case .redLight: "redLight"
        case .sidewalkEncroachment: "sidewalkEncroachment"
        }
    }

    /// The model's free-text account, from the event's codes and figures (no language of its
    /// own: the IOC's pages say it in the reader's): "speeding; motorbike 47A-123.45; 78 km/h, limit 50 km/h".
    static func summary(_ event: TrafficEvent) -> String {
        var parts = [eventName(event.kind) + (place(event.kind).map { " " + $0 } ?? "")]
        if let e = event.evidence {
            parts.append(([e.vehicleClass.rawValue] + [e.bestPlate?.text].compactMap { $0 }).joined(separator: " "))
            if let v = e.speedKmh { parts.append("\(Int(v.rounded())) km/h" + (e.speedLimitKmh.map { ", limit \(Int($0.rounded())) km/h" } ?? "")) }
            if let d = e.dwellSeconds { parts.append("stopped \(Int(d.rounded())) s") }
        }
        return parts.joined(separator: "; ")
    }

    /// The zone, line, lane or stop line an event names.
    static func place(_ kind: TrafficEventKind) -> String? {
        switch kind {
        case .congestionRaised, .congestionCleared, .speeding: nil
        case .stoppedInNoStoppingZone(let z), .sidewalkEncroachment(let z): z
        case .wrongWayAtLine(let l), .wrongWayInLane(let l): l
        case .redLight(let s): s
        }
    }
}
