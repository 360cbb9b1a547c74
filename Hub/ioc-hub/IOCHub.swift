import Access
import ArgumentParser
import CRDT
import Commands
import FieldReports
import Foundation
import HubKit
import Identity
import Logging
import PublicServices
import Replica
import StaffUI
import Vietnam

struct HubDataOption: ParsableArguments {
    @Option(name: .long, help: "The hub's data folder (database, key, ports.json).")
    var data: String = "./data/hub"
}

@main
struct IOCHub: LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "ioc-hub",
        abstract: "Trung tâm IOC tỉnh Đắk Lắk — the provincial hub: sync server for every district node, provincial API.",
        discussion: """
            Typical start:
              ioc-hub serve --data ./data/hub
              ioc-hub enrol --data ./data/hub --name ea-kar --district 651 --public-key <hex from `ioc-node key`> \
                --tls-public-key <file from `ioc-node key --tls`> --certificate-out <folder to carry to the node>
            Sync runs over mutual TLS. The hub keeps a small certificate authority in <data>/tls (made on first use):
            it issues each node's certificate at enrolment; `ioc-hub certificates` lists, renews and revokes them.
            """,
        subcommands: [
            Serve.self, Enrol.self, Enrolments.self, CertificatesCommand.self, HubStaffCommand.self, TokenCommand.self, HubBackup.self, HubRestore.self,
        ])
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the hub until Ctrl-C or SIGTERM.")
    @OptionGroup var data: HubDataOption
    @Option(help: "HTTP address to listen on.") var host = "127.0.0.1"
    @Option(help: "HTTP port; 0 picks a free one (written to ports.json).") var httpPort = 8600
    @OptionGroup var https: HTTPSOptions
    @OptionGroup(title: "Website monitoring") var probes: SiteProbeOptions
    @OptionGroup(title: "Incident notifications") var notifications: IncidentNotificationOptions
    @Option(help: "Sync endpoint for nodes (nng REP over mutual TLS); port 0 picks a free one.") var syncURL = "tls+tcp://127.0.0.1:8601"
    @Option(help: "Announcement endpoint (nng PUB over mutual TLS); port 0 picks a free one.") var announceURL = "tls+tcp://127.0.0.1:8602"
    @Option(help: "A DNS name for the hub's TLS certificate (repeatable); nodes check it with --hub-name.")
    var tlsName: [String] = []
    @Flag(help: "Development only: allow plain tcp:// listeners on 127.0.0.1 (no encryption).") var insecureLoopback = false
    @Option(help: "Threads answering sync requests.") var syncWorkers = 4
    @Option(help: "Alert (GET /api/v1/sync `stale`, /metrics, log) when a node has not synced for this many minutes; fractions allowed.")
    var staleAfterMinutes: Double = 30
    @Option(help: "Milliseconds of silence after which a node's link shows as down (the API's `connected`, the wall); nodes are heard every second or two.")
    var linkWindowMs: Int64 = 30_000
    @Option(help: "Days a closed case keeps its reporter's name, phone and e-mail; then they are erased at every site (Decree 13/2023).")
    var reporterRetentionDays = 365
    @Flag(help: "Register the demo cameras of the five districts and the demo plate watch-list (local federation only).")
    var demoTraffic = false
    @Flag(help: "Add demo socio-economic figures: the province's published 2023 figures and rankings, and synthetic series marked as such (local federation only).")
    var demoIndicators = false
    @Flag(help: "Add a year of demo administrative-procedure dossiers of every unit (local federation only).")
    var demoDossiers = false
    @Option(help: "When the weekly overdue-dossier report goes to every unit: weekday and Vietnam time, e.g. \"mon 08:00\" or \"t6 16:30\"; off: only when an operator issues it.")
    var weeklyReport = "mon 08:00"
    @Option(help: "Working days before the promised day that count as due soon.") var dueSoonDays = 2
    @Option(help: "Days a closed dossier keeps its applicant's name, ID and phone; then they are erased at every site (Decree 13/2023).")
    var applicantRetentionDays = 730
    @Option(help: "The one-stop system's dossier endpoint to poll (GET ?since=&page=&size=); unset: no polling.")
    var oneStopURL: String?
    @Option(help: "Bearer token for the one-stop system (default: $IOC_ONE_STOP_TOKEN).")
    var oneStopToken: String? = ProcessInfo.processInfo.environment["IOC_ONE_STOP_TOKEN"]
    @Option(help: "Seconds between polls of the one-stop system.") var oneStopInterval = 300
    @Option(help: "The SOC's syslog port (RFC 5424/3164 over UDP and TCP, one number) on --host; 0 picks a free one (written to ports.json); unset: none.")
    var syslogPort: Int?
    @Option(help: "Days the hub keeps raw security events (alerts and hourly counts stay).") var securityRetentionDays = 30
    @Option(help: "The most raw security events the hub keeps; the oldest go first.") var securityMaxEvents = 5_000_000
    @Option(help: "A JSON file of monitored websites (an array of sites as PUT /api/v1/security/sites/{code} takes them, each with its code), registered at start.")
    var securitySites: String?
    @Option(
        help: ArgumentHelp(
            "A JSON file of the wall's playlists, each shown at /ui/ioc/playlist/NAME: [{\"name\": \"phong-dieu-hanh\", \"seconds\": 30, \"screens\": [\"view=map&measure=congestion\", \"service=traffic\"]}].",
            discussion: "A screen is a query of /ui/ioc: service (field-reports, traffic, indicators, dossiers, security), measure, view (all, map, tiles, links, alerts). Without this file the hub has one playlist, tat-ca: the whole wall, then each service, 30 s each."))
    var wallPlaylists: String?
    @Option(help: "Log level: trace, debug, info, notice, warning, error.") var logLevel = "info"
    @Option(help: "Shared secret of the Zalo/Facebook webhooks (default: $IOC_WEBHOOK_SECRET; unset turns them off).")
    var webhookSecret: String? = ProcessInfo.processInfo.environment["IOC_WEBHOOK_SECRET"]
    @Option(name: .customLong("open311-api-key"), help: "The api_key an Open311 POST must carry (default: $IOC_OPEN311_API_KEY; unset: none).")
    var open311APIKey: String? = ProcessInfo.processInfo.environment["IOC_OPEN311_API_KEY"]

    func run() async throws {
        var configuration = HubConfiguration(dataDirectory: data.data)
        configuration.webhookSecret = webhookSecret.flatMap { $0.isEmpty ? nil : $0 }
        configuration.open311APIKey = open311APIKey.flatMap { $0.isEmpty ? nil : $0 }
        configuration.httpHost = host
        configuration.httpPort = httpPort
        configuration.https = https.files
        configuration.syncURL = syncURL
        configuration.announceURL = announceURL
        if !tlsName.isEmpty { configuration.tlsServerNames = tlsName }
        configuration.allowPlainLoopback = insecureLoopback
        configuration.syncWorkers = max(1, min(syncWorkers, 64))
        guard staleAfterMinutes.isFinite, staleAfterMinutes > 0 else {
            throw ValidationError("--stale-after-minutes must be a positive number of minutes, e.g. 30 or 0.5")
        }
        configuration.staleAfterMinutes = staleAfterMinutes
        guard (1_000...3_600_000).contains(linkWindowMs) else { throw ValidationError("--link-window-ms must be 1000 to 3600000") }
        configuration.linkWindowMillis = linkWindowMs
        guard (1...36_500).contains(reporterRetentionDays) else { throw ValidationError("--reporter-retention-days must be 1 to 36500 days") }
        configuration.reporterRetentionDays = reporterRetentionDays
        configuration.demoTraffic = demoTraffic
        configuration.demoIndicators = demoIndicators
        configuration.demoDossiers = demoDossiers
        if weeklyReport == "off" {
            configuration.weeklyReport = nil
        } else {
            guard let schedule = WeeklySchedule(parsing: weeklyReport) else {
                throw ValidationError("--weekly-report must be a weekday and a time, e.g. \"mon 08:00\" (mon…sun or t2…cn, HH:mm), or off")
            }
            configuration.weeklyReport = schedule
        }
        guard (0...30).contains(dueSoonDays) else { throw ValidationError("--due-soon-days must be 0 to 30 working days") }
        configuration.dueSoonDays = dueSoonDays
        guard (1...36_500).contains(applicantRetentionDays) else { throw ValidationError("--applicant-retention-days must be 1 to 36500 days") }
        configuration.applicantRetentionDays = applicantRetentionDays
        if let oneStopURL, !oneStopURL.isEmpty {
            guard let url = URL(string: oneStopURL), ["http", "https"].contains(url.scheme ?? "") else {
                throw ValidationError("--one-stop-url must be an http:// or https:// address, e.g. https://motcua.daklak.gov.vn/api/dossiers")
            }
            configuration.oneStopURL = url
        }
        configuration.oneStopToken = oneStopToken.flatMap { $0.isEmpty ? nil : $0 }
        guard (1...86_400).contains(oneStopInterval) else { throw ValidationError("--one-stop-interval must be 1 to 86400 seconds") }
        configuration.oneStopIntervalSeconds = oneStopInterval
        if let syslogPort {
            guard (0...65_535).contains(syslogPort) else { throw ValidationError("--syslog-port must be 0 to 65535 (514 is the standard port; 0 picks a free one)") }
            configuration.syslogPort = syslogPort
        }
        guard (1...3650).contains(securityRetentionDays) else { throw ValidationError("--security-retention-days must be 1 to 3650 days") }
        configuration.securityRetentionDays = securityRetentionDays
        guard (1000...1_000_000_000).contains(securityMaxEvents) else { throw ValidationError("--security-max-events must be 1000 to 1000000000") }
        configuration.securityMaxEvents = securityMaxEvents
        probes.apply(to: &configuration.siteMonitoring)
        configuration.securitySitesPath = securitySites
        configuration.wallPlaylistsPath = wallPlaylists
        notifications.apply(to: &configuration.siteMonitoring)
        var logger = Logger(label: "ioc-hub")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        try await HubApplication(configuration: configuration, logger: logger).run()
    }
}

struct Enrol: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Accept a district node's key (works while the hub runs). Re-enrolling a name replaces its key.")
    @OptionGroup var data: HubDataOption
    @Option(help: "The node's name, e.g. ea-kar.") var name: String
    @Option(help: "GSO code of the node's area: a former district (651) or a 2025 commune or ward (24133).") var district: String
    @Option(help: "The node's public key, as printed by `ioc-node key`.") var publicKey: String
    @Option(help: "A file with the node's TLS public key (PEM, from `ioc-node key --tls`): the hub issues its certificate.")
    var tlsPublicKey: String?
    @Option(help: "Where to write the node's certificate and the hub's CA (node.crt, hub-ca.crt), to copy into the node's data folder.")
    var certificateOut: String?

    func validate() throws {
        guard (tlsPublicKey == nil) == (certificateOut == nil) else {
            throw ValidationError("--tls-public-key and --certificate-out go together")
        }
    }

    func run() async throws {
        let key: PublicKey
        do { key = try PublicKey(hex: publicKey.trimmingCharacters(in: .whitespacesAndNewlines)) } catch {
            throw ValidationError("--public-key: \(error)")
        }
        if let problem = AdministrativeUnits.shipped.nodeAreaProblem(district) { throw ValidationError("--district: " + problem) }
        let configuration = HubConfiguration(dataDirectory: data.data)
        let (_, replica, book) = try HubApplication.open(configuration)
        let enrolment = try book.enrol(key, name: name, district: district)
        try await HubStaffCommand.audit(replica).recordCommand(.enrolmentManage)
        let label = AdministrativeUnit.named(district)?.name ?? "district \(district)"
        print("enrolled \(enrolment.name) for \(label), site \(enrolment.site)")
        if let tlsPublicKey, let certificateOut {
            try CertificatesCommand.issue(
                name: name, district: district, publicKeyPEM: try PEMFile.read(tlsPublicKey), to: certificateOut,
                configuration: configuration, replica: replica)
        }
    }
}

struct Enrolments: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the enrolled nodes.")
    @OptionGroup var data: HubDataOption
    func run() async throws {
        let (_, _, book) = try HubApplication.open(HubConfiguration(dataDirectory: data.data))
        for node in book.all() {
            print("\(node.name)\t\(node.district)\t\(node.site)\t\(node.publicKey.hex)")
        }
    }
}

struct HubStaffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "Tài khoản — create, change, disable and list the federation's staff accounts.",
        discussion: """
            Accounts are replicated: a district's reach its node, the province's reach every site. Roles: \
            district_officer (its district's cases, with contacts), unit_handler (its unit's cases; needs \
            --unit), provincial_operator (every district's cases), administrator (reference data, \
            accounts, enrolment, audit), viewer (dashboards and statistics, no personal data), kiosk (a \
            screen of the operations center's wall: /ui/ioc and nothing else; `staff change --disable` \
            revokes it).
            The first administrator:
              echo "$PASS" | ioc-hub staff add --data ./data/hub --user quan-tri --role administrator --password-stdin
            A district officer of Ea Kar:
              echo "$PASS" | ioc-hub staff add --data ./data/hub --district 651 --user can-bo --role district_officer --password-stdin
            A wall screen:
              echo "$PASS" | ioc-hub staff add --data ./data/hub --user man-hinh-1 --role kiosk --password-stdin
            """,
        subcommands: [Add.self, Change.self, Password.self, SignOut.self, List.self])

    struct AccountOptions: ParsableArguments {
        @OptionGroup var data: HubDataOption
        @Option(help: "User name: 2–40 of a–z, 0–9, . - _") var user: String
        @Option(help: "A district code (651), or province for the hub's accounts.") var district = "province"

        /// The hub's account book, opened on its replica.
        func book() throws -> AccountBook { try HubStaffCommand.book(data) }
    }

    /// The hub's audit log on `replica`, where every ioc-hub command that changes something records itself.
    static func audit(_ replica: Replica) -> AuditLog { AuditLog(replica: replica, site: Scope.hub) }

    static func book(_ data: HubDataOption) throws -> AccountBook {
        let (_, replica, _) = try HubApplication.open(HubConfiguration(dataDirectory: data.data))
        return AccountBook(replica: replica, workers: PasswordWorkers())
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create or replace an account; the password is read from standard input.")
        @OptionGroup var account: AccountOptions
        @Option(help: "Full name, shown in the timeline.") var name = ""
        @Option(name: .customLong("role"), help: "A role (repeat for several); default: provincial_operator and administrator.") var roles: [String] = []
        @Option(help: "The handling unit's code, for a unit_handler.") var unit: String?
        @OptionGroup var input: PasswordInput

        func run() async throws {
            let password = try input.read(example: "ioc-hub staff add --user quan-tri --role administrator --password-stdin")
            let book = try account.book()
            let draft = Account(
                district: account.district, user: account.user, name: name, roles: try HubStaffCommand.roles(roles, default: [.provincialOperator, .administrator]),
                unit: unit)
            try await book.create(draft, password: password, author: OperatingSystemUser.author, replacing: true)
            try await HubStaffCommand.audit(book.replica).recordCommand(.accountsManage)
            print(Localizer.bilingual { $0.accountReady(draft) })
        }
    }

    struct Change: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "change", abstract: "Change an account's roles or unit, or disable or enable it (disabling ends its sessions everywhere).")
        @OptionGroup var account: AccountOptions
        @Option(name: .customLong("role"), help: "The account's roles from now on (repeat for several).") var roles: [String] = []
        @Option(help: "The handling unit's code, for a unit_handler.") var unit: String?
        @Flag(help: "Disable the account.") var disable = false
        @Flag(help: "Enable the account again.") var enable = false

        func run() async throws {
            let book = try account.book()
            guard var current = await book.account(district: account.district, user: account.user) else {
                throw AccessError.noSuchAccount("\(account.user)@\(account.district)")
            }
            if !roles.isEmpty { current.roles = try HubStaffCommand.roles(roles, default: current.roles) }
            if let unit { current.unit = unit }
            if disable { current.disabled = true }
            if enable { current.disabled = false }
            try await book.update(current, author: OperatingSystemUser.author)
            try await HubStaffCommand.audit(book.replica).recordCommand(.accountsManage)
            print(Localizer.bilingual { $0.accountChanged(current) })
        }
    }

    struct Password: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set a new password (read from standard input); every session of the account ends.")
        @OptionGroup var account: AccountOptions
        @OptionGroup var input: PasswordInput

        func run() async throws {
            let password = try input.read(example: "ioc-hub staff password --user quan-tri --password-stdin")
            let book = try account.book()
            try await book.setPassword(district: account.district, user: account.user, password: password, author: OperatingSystemUser.author)
            try await HubStaffCommand.audit(book.replica).recordCommand(.accountsManage)
            if let changed = await book.account(district: account.district, user: account.user) { print(Localizer.bilingual { $0.accountChanged(changed) }) }
        }
    }

    struct SignOut: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "sign-out", abstract: "End every session of an account, at every site after sync.")
        @OptionGroup var account: AccountOptions

        func run() async throws {
            let book = try account.book()
            try await book.endSessions(district: account.district, user: account.user, author: OperatingSystemUser.author)
            try await HubStaffCommand.audit(book.replica).recordCommand(.accountsManage)
            if let changed = await book.account(district: account.district, user: account.user) { print(Localizer.bilingual { $0.accountChanged(changed) }) }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every account: user@district, name, roles, unit, state.")
        @OptionGroup var data: HubDataOption
        @Option(help: "Only this district's (or province).") var district: String?
        func run() async throws {
            for account in try await HubStaffCommand.book(data).list(district: district) { print(AccountLine.text(account)) }
        }
    }

    static func roles(_ names: [String], default fallback: Set<Role>) throws(AccessError) -> Set<Role> {
        guard !names.isEmpty else { return fallback }
        var roles: Set<Role> = []
        for name in names.flatMap({ $0.split(separator: ",").map(String.init) }) {
            guard let role = Role(rawValue: name.trimmingCharacters(in: .whitespaces)) else { throw .unknownRole(name) }
            roles.insert(role)
        }
        return roles
    }
}
