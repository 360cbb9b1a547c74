import CRDT
import Foundation
import GRDB
import Replica

/// Query tables for the traffic service, derived from replicated traffic entities in the
/// transaction that changes them (see `ReplicaProjection`): events, flow intervals, plate
/// sightings, camera states and plate alerts, each row with the columns its queries filter on.
public struct TrafficProjection: ReplicaProjection {
    public let name = "traffic"
    public let version = 1

    public init() {}

    public func prepare(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE IF NOT EXISTS traffic_event (
                id BLOB PRIMARY KEY, scope TEXT NOT NULL, camera TEXT NOT NULL, time_ms INTEGER NOT NULL, kind TEXT NOT NULL,
                violation INTEGER NOT NULL, plate_key TEXT, status TEXT NOT NULL, doc TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS traffic_event_time ON traffic_event (time_ms);
            CREATE INDEX IF NOT EXISTS traffic_event_camera ON traffic_event (camera, time_ms);
            CREATE TABLE IF NOT EXISTS traffic_flow (
                id BLOB PRIMARY KEY, scope TEXT NOT NULL, camera TEXT NOT NULL, subject TEXT NOT NULL, subject_kind TEXT NOT NULL,
                period INTEGER NOT NULL, start_ms INTEGER NOT NULL, doc TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS traffic_flow_camera ON traffic_flow (camera, period, start_ms);
            CREATE INDEX IF NOT EXISTS traffic_flow_scope ON traffic_flow (scope, period, start_ms);
            CREATE TABLE IF NOT EXISTS plate_sighting (
                bucket BLOB NOT NULL, scope TEXT NOT NULL, camera TEXT NOT NULL, time_ms INTEGER NOT NULL, plate_key TEXT NOT NULL,
                match_key TEXT NOT NULL, doc TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS plate_sighting_bucket ON plate_sighting (bucket);
            CREATE INDEX IF NOT EXISTS plate_sighting_key ON plate_sighting (plate_key, time_ms);
            CREATE INDEX IF NOT EXISTS plate_sighting_match ON plate_sighting (match_key, time_ms);
            CREATE TABLE IF NOT EXISTS camera_state (camera TEXT PRIMARY KEY, scope TEXT NOT NULL, doc TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS plate_alert (
                id BLOB PRIMARY KEY, scope TEXT NOT NULL, time_ms INTEGER NOT NULL, plate_key TEXT NOT NULL,
                acknowledged INTEGER NOT NULL, doc TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS plate_alert_time ON plate_alert (time_ms);
            """)
    }

    public func reset(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM traffic_event; DELETE FROM traffic_flow; DELETE FROM plate_sighting; DELETE FROM camera_state; DELETE FROM plate_alert;")
    }

    public func entityDidChange(_ db: Database, _ entity: ProjectedEntity) throws {
        let id = Data(entity.id.bytes)
        switch entity.type {
        case TrafficDesk.eventType:
            guard let doc = TrafficJSON.decode(EventColumns.self, entity.document) else { return }
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO traffic_event (id, scope, camera, time_ms, kind, violation, plate_key, status, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .execute(arguments: [id, entity.scope, doc.camera, doc.time_ms, doc.kind, doc.violation ?? false, doc.plate_key, doc.status ?? "new", entity.document])
        case TrafficDesk.flowType:
            guard let doc = TrafficJSON.decode(FlowColumns.self, entity.document) else { return }
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO traffic_flow (id, scope, camera, subject, subject_kind, period, start_ms, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .execute(arguments: [id, entity.scope, doc.camera, doc.subject, doc.subject_kind, doc.period_s, doc.start_ms, entity.document])
        case TrafficDesk.sightingsType:
            guard let doc = TrafficJSON.decode(SightingBucket.self, entity.document) else { return }
            try db.cachedStatement(sql: "DELETE FROM plate_sighting WHERE bucket = ?").execute(arguments: [id])
            let insert = try db.cachedStatement(
                sql: "INSERT INTO plate_sighting (bucket, scope, camera, time_ms, plate_key, match_key, doc) VALUES (?, ?, ?, ?, ?, ?, ?)")
            for item in doc.s {
                let text = String(decoding: TrafficJSON.encode(item), as: UTF8.self)
                try insert.execute(arguments: [id, entity.scope, doc.camera, item.t, item.k, item.m ?? item.k, text])
            }
        case TrafficDesk.cameraStateType:
            guard let doc = TrafficJSON.decode(StateColumns.self, entity.document) else { return }
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO camera_state (camera, scope, doc) VALUES (?, ?, ?)")
                .execute(arguments: [doc.camera, entity.scope, entity.document])
        case TrafficDesk.alertType:
            guard let doc = TrafficJSON.decode(AlertColumns.self, entity.document) else { return }
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO plate_alert (id, scope, time_ms, plate_key, acknowledged, doc) VALUES (?, ?, ?, ?, ?, ?)")
                .execute(arguments: [id, entity.scope, doc.time_ms, doc.plate_key, doc.acknowledged ?? false, entity.document])
        default: break
        }
    }

    private struct EventColumns: Decodable {
        var camera: String
        var time_ms: Int64
        var kind: String
        var violation: Bool?
        var plate_key: String?
        var status: String?
    }

    private struct FlowColumns: Decodable {
        var camera: String
        var subject: String
        var subject_kind: String
        var period_s: Int
        var start_ms: Int64
    }

    private struct StateColumns: Decodable {
        var camera: String
    }

    private struct AlertColumns: Decodable {
        var time_ms: Int64
        var plate_key: String
        var acknowledged: Bool?
    }
}
