import Foundation
import GRDB

/// The baseline: a plain GRDB table of report documents, `(id BLOB, type, scope, doc JSON TEXT)`,
/// in a fresh database with the replica's settings (DatabasePool, so WAL; synchronous NORMAL).
final class PlainStore {
    private let pool: DatabasePool
    private static let insertSQL = "INSERT INTO report (id, type, scope, doc) VALUES (?, ?, ?, ?)"

    init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        try pool.write { db in
            try db.execute(sql: """
                CREATE TABLE report (
                    id BLOB PRIMARY KEY NOT NULL,
                    type TEXT NOT NULL,
                    scope TEXT NOT NULL,
                    doc TEXT NOT NULL
                ) WITHOUT ROWID
                """)
        }
    }

    /// One row, in its own transaction.
    func insert(id: Data, type: String, scope: String, document: String) throws {
        try pool.write { db in
            try db.cachedStatement(sql: Self.insertSQL).execute(arguments: [id, type, scope, document])
        }
    }

    /// Many rows in one transaction.
    func insert(_ rows: some Sequence<(id: Data, document: String)>, type: String, scope: String) throws {
        try pool.write { db in
            let statement = try db.cachedStatement(sql: Self.insertSQL)
            for row in rows { try statement.execute(arguments: [row.id, type, scope, row.document]) }
        }
    }

    func count() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM report") ?? 0 }
    }
}
