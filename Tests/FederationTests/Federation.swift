import FieldReports
import Foundation
import Identity
import Indicators
import NNG
import SyncSession
import Wire

/// A hub and district nodes as real processes on loopback, with their data in a fresh
/// temporary folder. The hub's addresses are fixed up front, so nodes can start before
/// it (an outage from the start) and it can restart at the same place.
final class Federation: @unchecked Sendable {
    let folder: String
    let hubHTTPPort: Int
    let hubSyncURL: String
    let hubAnnounceURL: String
    private(set) var hub: FederationProcess?
    private(set) var nodes: [String: FederationProcess] = [:]
    private var nodeArguments: [String: [String]] = [:]

    init() throws {
        folder = NSTemporaryDirectory() + "ioc-federation-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        hubHTTPPort = try LoopbackPort.free()
        hubSyncURL = "tls+tcp://127.0.0.1:\(try LoopbackPort.free())"
        hubAnnounceURL = "tls+tcp://127.0.0.1:\(try LoopbackPort.free())"
        for user in HTTP.staff {
            try FederationProcess.run("ioc-hub", ["staff", "add", "--data", hubData, "--user", user, "--password-stdin"], input: HTTP.password)
        }
    }

    var hubData: String { folder + "/hub" }
    var hubSyncPort: Int { Int(hubSyncURL.split(separator: ":").last ?? "") ?? 0 }
    var hubAnnouncePort: Int { Int(hubAnnounceURL.split(separator: ":").last ?? "") ?? 0 }

    /// Province-wide entities a new hub seeds (categories, units, announced days): every
    /// node receives them.
    /// The province's reference data the hub holds from its start: categories, units, announced
    /// days, the indicator catalog, and the province's staff accounts (`HTTP.staff`, made by
    /// `ioc-hub staff add`).
    static let reference =
        ReportCategory.standard.count + HandlingUnit.standard.count + CalendarDay.announced.count + IndicatorDefinition.standard.count + HTTP.staff.count
    /// What a node and the hub hold of a district before anything is taken: the reference
    /// data and the node's own officer accounts (`ioc-node staff add` of `HTTP.staff`).
    static let districtReference = reference + HTTP.staff.count
    func nodeData(_ name: String) -> String { folder + "/" + name }

    /// Creates a node's key and database and (unless `enrol` is false) enrols it at the hub.
    func addNode(_ name: String, district: String, enrol: Bool = true, arguments: [String] = []) throws {
        try FederationProcess.run("ioc-node", ["init", "--data", nodeData(name), "--district", district, "--name", name])
        for user in HTTP.staff {
            try FederationProcess.run("ioc-node", ["staff", "add", "--data", nodeData(name), "--user", user, "--password-stdin"], input: HTTP.password)
        }
        if enrol {
            let key = try FederationProcess.run("ioc-node", ["key", "--data", nodeData(name)])
            let tlsKey = nodeData(name) + "/tls.pub"
            try (try FederationProcess.run("ioc-node", ["key", "--tls", "--data", nodeData(name)]) + "\n").write(toFile: tlsKey, atomically: true, encoding: .utf8)
            try FederationProcess.run("ioc-hub", [
                "enrol", "--data", hubData, "--name", name, "--district", district, "--public-key", key,
                "--tls-public-key", tlsKey, "--certificate-out", nodeData(name),
            ])
        }
        nodeArguments[name] = arguments
    }

    /// Starts the hub; the weekly overdue reports stay off unless `arguments` schedule them, so
    /// what a test counts does not depend on the day it runs.
    /// - Parameter arguments: extra `ioc-hub serve` arguments (e.g. `--stale-after-minutes`).
    func startHub(arguments: [String] = []) async throws {
        try? FileManager.default.removeItem(atPath: hubData + "/ports.json")

        hub = try FederationProcess(
            name: "hub", executable: "ioc-hub",
            arguments: [
                "serve", "--data", hubData, "--http-port", "\(hubHTTPPort)", "--sync-url", hubSyncURL,
                "--announce-url", hubAnnounceURL, "--log-level", "warning",
            ] + arguments + (arguments.contains("--weekly-report") ? [] : ["--weekly-report", "off"]), folder: folder)
        try await waitUntilServing(hubData, process: hub!)
    }

    /// Starts node `name`; `via` names the ports a link in between listens on (the fault
    /// schedules' proxies) instead of the hub's own, `environment` the test-only hooks.
    func startNode(_ name: String, via: (sync: Int, announce: Int)? = nil, environment: [String: String] = [:]) async throws {
        try? FileManager.default.removeItem(atPath: nodeData(name) + "/ports.json")
        let sync = via.map { "tls+tcp://127.0.0.1:\($0.sync)" } ?? hubSyncURL
        let announce = via.map { "tls+tcp://127.0.0.1:\($0.announce)" } ?? hubAnnounceURL
        let process = try FederationProcess(
            name: name, executable: "ioc-node",
            arguments: [
                "serve", "--data", nodeData(name), "--hub-sync", sync, "--hub-announce", announce,
                "--http-port", "0", "--pull-interval-ms", "500", "--log-level", "warning",
            ] + (nodeArguments[name] ?? []), folder: folder, environment: environment)
        nodes[name] = process
        try await waitUntilServing(nodeData(name), process: process)
    }

    func stopHub() async { await hub?.stop() }
    func killHub() { hub?.kill() }
    func stopNode(_ name: String) async { await nodes[name]?.stop() }
    func killNode(_ name: String) { nodes[name]?.kill() }

    var hubHTTP: HTTP { HTTP(base: "http://127.0.0.1:\(hubHTTPPort)") }

    func http(_ name: String) throws -> HTTP {
        let ports = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: nodeData(name) + "/ports.json"))) as? [String: Any]
        guard let base = ports?["http"] as? String else { throw HarnessError("\(name) wrote no HTTP address") }
        return HTTP(base: base)
    }

    private func waitUntilServing(_ data: String, process: FederationProcess) async throws {
        do {
            try await eventually("\(process.name) to serve", timeout: .seconds(60)) {
                guard process.isRunning else { throw HarnessError("\(process.name) exited:\n\(process.log)") }
                guard let ports = try? Data(contentsOf: URL(fileURLWithPath: data + "/ports.json")),
                    let object = try JSONSerialization.jsonObject(with: ports) as? [String: Any],
                    let base = object["http"] as? String
                else { return false }
                if base.hasPrefix("https:") {  // readiness only: the HTTPS tests check the certificate with curl
                    return (try? FederationProcess.runSystem("/usr/bin/curl", ["-sfk", "-o", "/dev/null", base + "/healthz"])) != nil
                }
                return try await HTTP(base: base).get("/healthz").status == 200
            }
        } catch {
            throw HarnessError("\(error)\n--- \(process.name) log ---\n\(process.log)")
        }
    }

    /// Runs `body` with a fresh federation, then stops every process it started and
    /// removes its folder, whether `body` succeeded or threw.
    static func with(_ body: (Federation) async throws -> Void) async throws {
        let federation = try Federation()
        do {
            try await body(federation)
        } catch {
            await federation.shutdown()
            throw error
        }
        await federation.shutdown()
    }

    /// Stops every process and removes the folder (kept, and its path printed, when
    /// `IOC_KEEP_DATA` is set: the processes' logs are in it).
    func shutdown() async {
        for node in nodes.values { await node.stop() }
        await hub?.stop()
        if ProcessInfo.processInfo.environment["IOC_KEEP_DATA"] != nil {
            print("federation data kept in \(folder)")
        } else {
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    /// The digest of a replica's state (a node's whole replica; the hub's view of `district`
    /// plus province data), and its entity count without the audit log: the digest covers the
    /// audit entries too, but how many there are depends on how often a test polled.
    static func digest(_ http: HTTP, district: String? = nil) async throws -> (String, Int) {
        let reply = try await http.get("/api/v1/digest" + (district.map { "?district=\($0)" } ?? ""))
        guard reply.status == 200, let digest = reply.json["digest"] as? String, let count = reply.json["entities"] as? Int,
            let types = reply.json["types"] as? [String: Int]
        else {
            throw HarnessError("digest failed: \(reply.status) \(String(decoding: reply.data, as: UTF8.self))")
        }
        return (digest, count - (types["audit"] ?? 0))
    }

    /// What a node presents to the hub over TLS, read from its data folder: for tests that
    /// speak the sync protocol themselves with a node's credentials.
    func clientTLS(_ name: String) throws -> NNGTLSConfiguration {
        .client(
            certificateChainPEM: try PEMFile.read(nodeData(name) + "/node.crt"), privateKeyPEM: try PEMFile.read(nodeData(name) + "/tls.key"),
            caCertificatePEM: try PEMFile.read(nodeData(name) + "/hub-ca.crt"), serverName: "ioc-hub.local")
    }

    /// The hub's signing key, as enrolment gave it to node `name` (`hub.pub`).
    func hubKey(_ name: String) throws -> PublicKey {
        try PublicKey(hex: try String(contentsOfFile: nodeData(name) + "/hub.pub", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The hub's answer to `request`, checked as a node checks it (signed by the hub, bound to the request).
    func answer(_ reply: [UInt8], to request: [UInt8], node name: String) throws -> Ioc_Sync_V1_Response {
        try SignedAnswer.open(reply, answering: request, hubKey: try hubKey(name))
    }

    /// Waits until node `name` holds what the hub holds of its district and the province,
    /// has nothing the hub has not acknowledged, and (if given) holds `entities` entities.
    func eventuallyIdentical(_ name: String, district: String, entities: Int? = nil, _ what: String, timeout: Duration = .seconds(60)) async throws {
        let node = try http(name)
        try await eventually(what, timeout: timeout) {
            let (nodeDigest, nodeCount) = try await Self.digest(node)
            let (hubDigest, _) = try await Self.digest(hubHTTP, district: district)
            let pending = try await Self.syncPeer(node)["not_yet_acknowledged"] as? Int
            return nodeDigest == hubDigest && pending == 0 && (entities.map { $0 == nodeCount } ?? true)
        }
    }

    static func syncPeer(_ http: HTTP) async throws -> [String: Any] {
        let peers = try await http.get("/api/v1/sync").json["peers"] as? [[String: Any]]
        return peers?.first ?? [:]
    }
}

extension HTTP {
    /// Takes a report and returns (report id, case id).
    func createReport(_ index: Int) async throws -> (String, String) {
        let reply = try await request(
            "POST", "/api/v1/reports",
            json: [
                "category": "xa-rac", "description": "Phản ánh số \(index): rác thải trên vỉa hè",
                "location": ["lat": 12.7 + Double(index % 100) / 1000, "lon": 108.05],
            ])
        guard reply.status == 201, let id = reply.json["id"] as? String, let caseID = reply.json["case_id"] as? String else {
            throw HarnessError("report not taken: \(reply.status) \(String(decoding: reply.data, as: UTF8.self))")
        }
        return (id, caseID)
    }
}
