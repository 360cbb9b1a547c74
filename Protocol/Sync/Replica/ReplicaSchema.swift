import GRDB

/// The replica's SQLite schema, as migrations from the first version on. Migrations are
/// append-only: a shipped migration is never edited, a change of schema is a new one.
enum ReplicaSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: changes, entities, version vector, peers, quarantine") { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;

                -- Every change this replica holds, its own and received: the log peers are served from.
                CREATE TABLE change (
                    origin INTEGER NOT NULL,
                    seq INTEGER NOT NULL,
                    hlc INTEGER NOT NULL,
                    scope TEXT NOT NULL,
                    body BLOB NOT NULL,          -- ioc.sync.v1.Change
                    PRIMARY KEY (origin, seq)
                ) WITHOUT ROWID;

                -- The version vector: per origin, every change up to seq is held; hlc is the last stamp.
                CREATE TABLE version (
                    origin INTEGER PRIMARY KEY NOT NULL,
                    seq INTEGER NOT NULL,
                    hlc INTEGER NOT NULL
                );

                -- The merged state of every entity, with its winners as one JSON document.
                CREATE TABLE entity (
                    id BLOB PRIMARY KEY NOT NULL,
                    type TEXT NOT NULL,
                    scope TEXT NOT NULL,
                    doc TEXT NOT NULL,
                    state BLOB NOT NULL,         -- ioc.state.v1.StoredEntity
                    conflicts INTEGER NOT NULL,  -- fields with concurrent writes
                    updated_hlc INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX entity_by_type ON entity (type, scope, id);

                -- Sync state per peer, durable so a restart resumes where it stopped.
                CREATE TABLE peer (
                    name TEXT PRIMARY KEY NOT NULL,
                    acked_seq INTEGER NOT NULL DEFAULT 0,
                    last_success_ms INTEGER,
                    last_attempt_ms INTEGER,
                    last_error TEXT
                ) WITHOUT ROWID;

                -- Changes refused because their stamp is too far in the future; kept, never lost.
                CREATE TABLE quarantine (
                    origin INTEGER NOT NULL,
                    seq INTEGER NOT NULL,
                    received_ms INTEGER NOT NULL,
                    reason TEXT NOT NULL,
                    body BLOB NOT NULL,
                    PRIMARY KEY (origin, seq)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v2: acknowledgements per own site (incarnations)") { db in
            try db.execute(sql: """
                -- The highest change of each of this replica's own sites a peer acknowledged.
                CREATE TABLE peer_ack (
                    peer TEXT NOT NULL,
                    site INTEGER NOT NULL,
                    acked_seq INTEGER NOT NULL,
                    PRIMARY KEY (peer, site)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v3: entities in a rowid table") { db in
            // Entity ids are random (UUIDs, hashes): in a WITHOUT ROWID table every new entity
            // lands on a random leaf with its whole document and state, and a batch of
            // thousands rewrites most of the table's pages. With a rowid, rows append and only
            // the small id index is written at random (2.8× faster for 60,000 entities of
            // 3 kB in batches of 5,000, and the gap widens with the table).
            try db.execute(sql: """
                CREATE TABLE entity_rowid (
                    entity_row INTEGER PRIMARY KEY,
                    id BLOB NOT NULL UNIQUE,
                    type TEXT NOT NULL,
                    scope TEXT NOT NULL,
                    doc TEXT NOT NULL,
                    state BLOB NOT NULL,
                    conflicts INTEGER NOT NULL,
                    updated_hlc INTEGER NOT NULL
                );
                INSERT INTO entity_rowid (id, type, scope, doc, state, conflicts, updated_hlc)
                    SELECT id, type, scope, doc, state, conflicts, updated_hlc FROM entity ORDER BY updated_hlc;
                DROP TABLE entity;
                ALTER TABLE entity_rowid RENAME TO entity;
                CREATE INDEX entity_by_type ON entity (type, scope, id);
                """)
        }
        return migrator
    }

    /// The index a replica that serves other sites' scopes (the hub) needs; nodes serve
    /// only their own changes and skip its cost on every edit.
    static let servingIndex = "CREATE INDEX IF NOT EXISTS change_by_scope ON change (scope, origin, seq)"
}
