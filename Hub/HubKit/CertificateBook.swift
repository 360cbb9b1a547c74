import Foundation
import GRDB
import Identity
import Replica

/// The TLS certificates the hub issued to nodes, kept in the hub's database beside the
/// enrolments: which node holds which serial, for which key, until when, and which were
/// revoked.
///
/// Guarantees: a serial is recorded once; a revocation is never undone.
public struct CertificateBook: Sendable {
    public struct Entry: Sendable, Equatable {
        public var serial: String
        public var name: String
        public var district: String
        public var publicKeyPEM: String
        public var notAfterMillis: Int64
        public var revokedMillis: Int64?
    }

    private let replica: Replica

    public init(replica: Replica) throws(ReplicaError) {
        self.replica = replica
        try replica.withDatabase { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS node_certificate (
                    serial TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    district TEXT NOT NULL,
                    public_key_pem TEXT NOT NULL,
                    not_after_ms INTEGER NOT NULL,
                    revoked_ms INTEGER
                ) WITHOUT ROWID
                """)
        }
    }

    public func record(_ certificate: IssuedCertificate, name: String, district: String, publicKeyPEM: String) throws(ReplicaError) {
        let notAfter = (try? CertificateInfo(pem: certificate.pem)).map { Int64($0.notAfter.timeIntervalSince1970 * 1000) } ?? 0
        try replica.withDatabase { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO node_certificate (serial, name, district, public_key_pem, not_after_ms) VALUES (?, ?, ?, ?, ?)",
                arguments: [certificate.serial.hex, name, district, publicKeyPEM, notAfter])
        }
    }

    public func all() throws(ReplicaError) -> [Entry] {
        try replica.withDatabase { db in
            try Row.fetchAll(db, sql: "SELECT serial, name, district, public_key_pem, not_after_ms, revoked_ms FROM node_certificate ORDER BY name, not_after_ms")
                .map { Entry(serial: $0[0], name: $0[1], district: $0[2], publicKeyPEM: $0[3], notAfterMillis: $0[4], revokedMillis: $0[5]) }
        }
    }

    /// Revokes every certificate of `name`; returns the serials revoked now.
    public func revokeAll(of name: String) throws(ReplicaError) -> [String] {
        let now = Int64(Replica.systemMillis())
        return try replica.withDatabase { db in
            let serials = try String.fetchAll(db, sql: "SELECT serial FROM node_certificate WHERE name = ? AND revoked_ms IS NULL", arguments: [name])
            try db.execute(sql: "UPDATE node_certificate SET revoked_ms = ? WHERE name = ? AND revoked_ms IS NULL", arguments: [now, name])
            return serials
        }
    }

    public func revokedSerials() throws(ReplicaError) -> [CertificateSerial] {
        try all().filter { $0.revokedMillis != nil }.compactMap { try? CertificateSerial(hex: $0.serial) }
    }
}
