import CRDT
import Foundation
import GRDB
import Replica
import Testing

/// A replica written by an earlier version opens with its data whole under the current schema.
@Suite struct SchemaMigrationTests {
    /// Puts the database back in the layout of schema v2: entities in a WITHOUT ROWID table.
    static func downgradeToV2(_ path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE entity_v2 (
                    id BLOB PRIMARY KEY NOT NULL, type TEXT NOT NULL, scope TEXT NOT NULL, doc TEXT NOT NULL, state BLOB NOT NULL,
                    conflicts INTEGER NOT NULL, updated_hlc INTEGER NOT NULL) WITHOUT ROWID;
                INSERT INTO entity_v2 SELECT id, type, scope, doc, state, conflicts, updated_hlc FROM entity;
                DROP TABLE entity;
                ALTER TABLE entity_v2 RENAME TO entity;
                CREATE INDEX entity_by_type ON entity (type, scope, id);
                DELETE FROM grdb_migrations WHERE identifier LIKE 'v3:%';
                """)
        }
    }

    @Test func entitiesStoredWithoutRowidsAreKeptWholeAndStayWritable() throws {
        let fixture = try ReplicaFixture()
        let ids = (0..<50).map { EntityID(high: UInt64.random(in: 1...UInt64.max), low: UInt64($0)) }
        do {
            let replica = try fixture.replica("old", site: 3)
            for (index, id) in ids.enumerated() { try replica.assign(id, "title", "\"hồ sơ \(index)\"") }
        }
        let path = fixture.folder + "/old.sqlite"
        try Self.downgradeToV2(path)
        let layout = try DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'entity'") }
        #expect(layout?.contains("WITHOUT ROWID") == true)

        let replica = try fixture.replica("old", site: 3)
        for (index, id) in ids.enumerated() {
            #expect(try replica.entity(id)?.document == #"{"title":"hồ sơ \#(index)"}"#)
        }
        try replica.assign(ids[7], "title", "\"đã sửa\"")
        #expect(try replica.entity(ids[7])?.document == #"{"title":"đã sửa"}"#)
        let migrated = try DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'entity'") }
        #expect(migrated?.contains("WITHOUT ROWID") == false)
    }
}
