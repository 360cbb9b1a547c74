import CyberSecurity
import Vietnam

/// An alert as the API shows it.
struct AlertJSON: Encodable {
    var id: String
    var unit: String
    var source: String
    var host: String
    var rule: String
    var title: String
    var category: String
    var techniques: [String]
    var band: String
    var count: Int
    var first_seen: String
    var last_seen: String
    var status: String
    var assignee: String?
    var due: String
    var late: Bool
    var notes: [Note]

    struct Note: Encodable {
        var at: String
        var by: String
        var text: String
        var status: String?
    }

    init(_ a: SecurityAlert, now: Int64) {
        id = a.id
        unit = a.unit
        source = a.source.rawValue
        host = a.host
        rule = a.rule
        title = a.title
        category = a.category
        techniques = a.techniques
        band = a.band.code
        count = a.count
        first_seen = VietnamTime.iso8601(millis: a.firstSeen)
        last_seen = VietnamTime.iso8601(millis: a.lastSeen)
        status = a.status.rawValue
        assignee = a.assignee
        due = VietnamTime.iso8601(millis: a.due)
        late = a.isLate(at: now)
        notes = a.notes.map { Note(at: VietnamTime.iso8601(millis: $0.at), by: $0.by, text: $0.text, status: $0.status?.rawValue) }
    }
}

/// One stored event as the API shows it, with its raw payload.
struct SecurityEventJSON: Encodable {
    var id: Int64
    var received: String
    var time: String
    var source: String
    var host: String
    var rule: String
    var title: String
    var category: String
    var techniques: [String]
    var sensor_severity: Int
    var band: String
    var source_address: String?
    var raw: String

    init(_ s: SecurityEventStore.Stored) {
        let e = s.event
        id = s.id
        received = VietnamTime.iso8601(millis: s.receivedAt)
        time = VietnamTime.iso8601(millis: e.time)
        source = e.source.rawValue
        host = e.host
        rule = e.rule
        title = e.title
        category = e.category
        techniques = e.techniques
        sensor_severity = e.sensorSeverity
        band = e.band.code
        source_address = e.sourceAddress
        raw = e.raw
    }
}

/// What a sensor's post did: events accepted, records that were not alerts skipped, and
/// each bad line with its reason.
struct SensorPostJSON: Encodable {
    var accepted: Int
    var skipped: Int
    var refused: Int
    var alerts_opened: Int
    var problems: [Problem]

    struct Problem: Encodable {
        var line: Int
        var code: String
        var message: String
    }
}
