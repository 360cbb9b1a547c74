import Access
import ArgumentParser
import Commands
import CRDT
import Foundation
import HubKit
import Identity
import Replica

struct CertificatesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certificates",
        abstract: "Chứng chỉ TLS của các nút — list, renew or revoke the nodes' TLS certificates (works while the hub runs).",
        discussion: """
            A revoked node is also removed from the enrolments: the running hub refuses its key within a second,
            and its certificate is in the revocation list the hub loads at its next start (the TLS listener reads
            the list when it opens).
            """,
        subcommands: [List.self, Renew.self, Revoke.self])

    /// Issues a certificate for `name`'s TLS key, records it and writes it (with the CA) into `folder`.
    static func issue(
        name: String, district: String, publicKeyPEM: String, to folder: String, configuration: HubConfiguration, replica: Replica
    ) throws {
        let certificates = try HubApplication.certificates(configuration, replica: replica)
        let issued = try certificates.issueNodeCertificate(name: name, district: district, publicKeyPEM: publicKeyPEM)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let hubKey = try SigningKey.loadOrCreate(at: configuration.keyPath).publicKey
        try certificates.deliver(issued, hubKey: hubKey, to: folder)
        try CertificateBook(replica: replica).record(issued, name: name, district: district, publicKeyPEM: publicKeyPEM)
        print("certificate \(issued.serial.hex) for \(name) written to \(folder)/node.crt (with the hub's CA, hub-ca.crt, and its signing key, hub.pub)")
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the issued certificates: node, district, serial, valid until, revoked.")
        @OptionGroup var data: HubDataOption
        func run() async throws {
            let (_, replica, _) = try HubApplication.open(HubConfiguration(dataDirectory: data.data))
            let format = ISO8601DateFormatter()
            for entry in try CertificateBook(replica: replica).all() {
                let until = format.string(from: Date(timeIntervalSince1970: Double(entry.notAfterMillis) / 1000))
                let revoked = entry.revokedMillis.map { "revoked " + format.string(from: Date(timeIntervalSince1970: Double($0) / 1000)) } ?? "valid"
                print("\(entry.name)\t\(entry.district)\t\(entry.serial)\t\(until)\t\(revoked)")
            }
        }
    }

    struct Renew: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue a fresh certificate for a node's TLS key (the last one it was certified for); the old one stays valid until it expires.")
        @OptionGroup var data: HubDataOption
        @Option(help: "The node's name.") var name: String
        @Option(help: "Where to write node.crt and hub-ca.crt.") var certificateOut: String
        func run() async throws {
            let configuration = HubConfiguration(dataDirectory: data.data)
            let (_, replica, _) = try HubApplication.open(configuration)
            guard let last = try CertificateBook(replica: replica).all().last(where: { $0.name == name && $0.revokedMillis == nil }) else {
                throw ValidationError("no valid certificate of \(name) to renew: enrol it with --tls-public-key")
            }
            try CertificatesCommand.issue(
                name: name, district: last.district, publicKeyPEM: last.publicKeyPEM, to: certificateOut, configuration: configuration,
                replica: replica)
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke every certificate of a node (a stolen machine) and remove its enrolment.")
        @OptionGroup var data: HubDataOption
        @Option(help: "The node's name.") var name: String
        func run() async throws {
            let configuration = HubConfiguration(dataDirectory: data.data)
            let (_, replica, book) = try HubApplication.open(configuration)
            let serials = try CertificateBook(replica: replica).revokeAll(of: name)
            let removed = try book.remove(name: name)
            try await HubStaffCommand.audit(replica).recordCommand(.enrolmentManage)
            _ = try HubApplication.certificates(configuration, replica: replica)  // writes the new revocation list
            print("revoked \(serials.count) certificate(s) of \(name)\(removed ? "; its enrolment is removed" : "")")
            print("the running hub refuses its key within a second; restart the hub to load the revocation list into TLS")
        }
    }
}
