import Access
import ArgumentParser
import CRDT
import Commands
import FieldReports
import Foundation
import Identity
import Logging
import NodeKit
import Replica
import StaffUI
import SyncSession
import Vietnam

struct DataOption: ParsableArguments {
    @Option(name: .long, help: "The node's data folder (database, key, ports.json).")
    var data: String = "./data/node"
}

@main
struct IOCNode: LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "ioc-node",
        abstract: "Nút huyện của IOC Đắk Lắk — the district node: replica, field-report desk, sync with the hub.",
        discussion: """
            Typical start:
              ioc-node init --data ./data/ea-kar --district 651 --name ea-kar
              ioc-node key --tls --data ./data/ea-kar > ea-kar-tls.pub
              ioc-hub enrol --data ./data/hub --name ea-kar --district 651 --public-key $(ioc-node key --data ./data/ea-kar) \
                --tls-public-key ea-kar-tls.pub --certificate-out ./data/ea-kar
              ioc-node serve --data ./data/ea-kar --hub-sync tls+tcp://127.0.0.1:8601 --hub-announce tls+tcp://127.0.0.1:8602
            Sync runs over mutual TLS: the hub's CA issues the node's certificate at enrolment (node.crt, with
            hub-ca.crt, the CA the node then trusts alone). Plain tcp:// works only to a loopback hub with
            --insecure-loopback, for development.
            District codes (GSO): \(AdministrativeUnit.districts.map { "\($0.code) \($0.name)" }.joined(separator: ", ")).
            """,
        subcommands: [
            Init.self, Key.self, Serve.self, Status.self, StaffCommand.self, ReportCommand.self, CaseCommand.self, ReplayCommand.self,
            CountCommand.self, NodeBackup.self, NodeRestore.self, NodeResync.self,
        ])

    /// Reads the district and name `init` stored, or explains how to run it.
    static func open(_ data: DataOption) throws -> (NodeConfiguration, Replica) {
        let (configuration, _, replica) = try openWithKey(data)
        return (configuration, replica)
    }

    static func openWithKey(_ data: DataOption) throws -> (NodeConfiguration, SigningKey, Replica) {
        guard FileManager.default.fileExists(atPath: data.data + "/node.sqlite") else {
            throw ValidationError("no node at \(data.data): run `ioc-node init --data \(data.data) --district <code> --name <name>` first")
        }
        let probe = NodeConfiguration(dataDirectory: data.data, district: "", name: "")
        let (key, replica) = try NodeApplication.open(probe, recordIdentity: false)
        guard let district = try replica.meta("district"), let name = try replica.meta("name"), !district.isEmpty else {
            throw ValidationError("the node at \(data.data) has no district: run `ioc-node init` again with --district")
        }
        return (NodeConfiguration(dataDirectory: data.data, district: district, name: name), key, replica)
    }
}

struct Init: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create the node's key and database for a district (idempotent).")
    @OptionGroup var data: DataOption
    @Option(help: "GSO code of the area the node serves: a former district (651 for Ea Kar) or a 2025 commune or ward (24133 for Phường Buôn Ma Thuột).")
    var district: String
    @Option(help: "A short name for this node, unique in the province, e.g. ea-kar.") var name: String

    func validate() throws {
        if let problem = AdministrativeUnits.shipped.nodeAreaProblem(district) { throw ValidationError("--district: " + problem) }
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else {
            throw ValidationError("--name may hold letters, digits and '-' only")
        }
    }

    func run() async throws {
        let (key, replica) = try NodeApplication.open(NodeConfiguration(dataDirectory: data.data, district: district, name: name))
        let area = AdministrativeUnits.shipped.nodeArea(district).map { "\($0.name), \(district)" } ?? district
        print("node \(name) (\(area)) ready at \(data.data)")
        print("site:       \(replica.site)")
        print("public key: \(key.publicKey.hex)")
        print("TLS key:    \(NodeCredentials(dataDirectory: data.data).keyPath) (its public half: ioc-node key --tls)")
    }
}

struct Key: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the node's public key (hex), for enrolment at the hub; with --tls, its TLS public key (PEM).")
    @OptionGroup var data: DataOption
    @Flag(help: "Print the TLS public key (PEM) the hub certifies at enrolment (`ioc-hub enrol --tls-public-key`).") var tls = false
    func run() async throws {
        let (_, key, _) = try IOCNode.openWithKey(data)
        if tls {
            print(try NodeCredentials(dataDirectory: data.data).loadOrCreateKey().publicKeyPEM, terminator: "")
        } else {
            print(key.publicKey.hex)
        }
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the node: HTTP API and the sync daemon, until Ctrl-C or SIGTERM.")
    @OptionGroup var data: DataOption
    @Option(help: "The hub's sync endpoint (nng REQ/REP over mutual TLS).") var hubSync = "tls+tcp://127.0.0.1:8601"
    @Option(help: "The hub's announcement endpoint (nng PUB/SUB over mutual TLS).") var hubAnnounce = "tls+tcp://127.0.0.1:8602"
    @Option(help: "The DNS name the hub's TLS certificate must carry (set explicitly: the address may be an IP).")
    var hubName = "ioc-hub.local"
    @Flag(help: "Development only: allow plain tcp:// to a hub on 127.0.0.1 (no encryption).") var insecureLoopback = false
    @Flag(help: "Let --detections listen beyond loopback (it has no authentication: only on a camera network you control).")
    var detectionsAllowRemote = false
    @Option(help: "HTTP address to listen on (loopback or office LAN).") var host = "127.0.0.1"
    @Option(help: "HTTP port; 0 picks a free one (written to ports.json).") var httpPort = 8610
    @OptionGroup var https: HTTPSOptions
    @OptionGroup(title: "Website monitoring") var probes: SiteProbeOptions
    @Option(help: "Bytes of changes per sync batch.") var batchBytes = 1 << 20
    @Option(help: "Fallback pull period in milliseconds.") var pullIntervalMs = 2_000
    @Option(help: "The syslog port for the district's devices (RFC 5424/3164 over UDP and TCP) on --host; 0 picks a free one (written to ports.json); unset: none.")
    var syslogPort: Int?
    @Option(help: "Days the node keeps raw security events (alerts and hourly counts replicate).") var securityRetentionDays = 30
    @Option(help: "Log level: trace, debug, info, notice, warning, error.") var logLevel = "info"
    @Option(help: "nng PULL address for camera detection batches, e.g. tcp://127.0.0.1:8620 (port 0 picks one; see ports.json). Unset: HTTP only.")
    var detections: String?
    @Flag(help: "Feed this district's demo cameras with synthetic traffic (local federation demo).") var demoTraffic = false
    @Option(help: "Shared secret of the Zalo/Facebook webhooks (default: $IOC_WEBHOOK_SECRET; unset turns them off).")
    var webhookSecret: String? = ProcessInfo.processInfo.environment["IOC_WEBHOOK_SECRET"]
    @Option(name: .customLong("open311-api-key"), help: "The api_key an Open311 POST must carry (default: $IOC_OPEN311_API_KEY; unset: none).")
    var open311APIKey: String? = ProcessInfo.processInfo.environment["IOC_OPEN311_API_KEY"]

    func run() async throws {
        var (configuration, _) = try IOCNode.open(data)
        configuration.webhookSecret = webhookSecret.flatMap { $0.isEmpty ? nil : $0 }
        configuration.open311APIKey = open311APIKey.flatMap { $0.isEmpty ? nil : $0 }
        configuration.sync.hubSyncURL = hubSync
        configuration.sync.hubAnnounceURL = hubAnnounce
        configuration.sync.hubServerName = hubName
        configuration.sync.allowPlainLoopback = insecureLoopback
        configuration.detectionsAllowRemote = detectionsAllowRemote
        configuration.httpHost = host
        configuration.httpPort = httpPort
        configuration.https = https.files
        probes.apply(to: &configuration.siteMonitoring)
        configuration.sync.batchBytes = max(1024, batchBytes)
        configuration.sync.pullIntervalMillis = max(50, pullIntervalMs)
        configuration.detectionsURL = detections.flatMap { $0.isEmpty ? nil : $0 }
        configuration.demoTraffic = demoTraffic
        if let syslogPort {
            guard (0...65_535).contains(syslogPort) else { throw ValidationError("--syslog-port must be 0 to 65535 (514 is the standard port; 0 picks a free one)") }
            configuration.syslogPort = syslogPort
        }
        guard (1...3650).contains(securityRetentionDays) else { throw ValidationError("--security-retention-days must be 1 to 3650 days") }
        configuration.securityRetentionDays = securityRetentionDays
        var logger = Logger(label: "ioc-node.\(configuration.name)")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        try await NodeApplication(configuration: configuration, logger: logger).run()
    }
}

struct Status: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the node's sync state with the hub (works while the node is stopped).")
    @OptionGroup var data: DataOption
    func run() async throws {
        let (configuration, replica) = try IOCNode.open(data)
        let peer = try replica.peer(SyncDaemon.hubPeer)
        let pending = try replica.unacknowledged(by: SyncDaemon.hubPeer)
        func time(_ millis: Int64?) -> String {
            guard let millis else { return "never" }
            return ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(millis) / 1000))
        }
        print("\(configuration.name) (district \(configuration.district)), site \(replica.site)")
        print("  last successful sync: \(time(peer.lastSuccessMillis))")
        print("  last attempt:         \(time(peer.lastAttemptMillis))")
        print("  not yet acknowledged: \(pending) change(s)")
        if let error = peer.lastError { print("  last error:           \(error)") }
    }
}

struct StaffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "Tài khoản cán bộ — add a district officer of this node's district, or list the accounts the node holds.",
        discussion: """
            Accounts are managed at the hub (`ioc-hub staff`) and reach the node by sync; `add` here \
            bootstraps an officer of the node's own district (the hub accepts that and nothing more \
            from a node). Each account is keyed by district and user name.
            """,
        subcommands: [Add.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an officer of this district; the password is read from standard input.",
            discussion: "An account that exists is changed at the hub (`ioc-hub staff change`, `ioc-hub staff password`).")
        @OptionGroup var data: DataOption
        @Option(help: "User name: 2–40 of a–z, 0–9, . - _") var user: String
        @Option(help: "Full name, shown in the timeline.") var name = ""
        @OptionGroup var input: PasswordInput

        func run() async throws {
            let password = try input.read(example: "ioc-node staff add --user an --password-stdin")
            let (configuration, replica) = try IOCNode.open(data)
            let book = AccountBook(replica: replica, workers: PasswordWorkers())
            let account = Account(district: configuration.district, user: user, name: name, roles: [.districtOfficer])
            try await book.create(account, password: password, author: OperatingSystemUser.author)
            try await AuditLog(replica: replica, site: configuration.district).recordCommand(.accountsManage)
            print(Localizer.bilingual { $0.accountReady(account) })
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the accounts this node holds (its district's and the province's).")
        @OptionGroup var data: DataOption
        func run() async throws {
            let (_, replica) = try IOCNode.open(data)
            for account in try await AccountBook(replica: replica, workers: PasswordWorkers()).list() { print(AccountLine.text(account)) }
        }
    }
}
