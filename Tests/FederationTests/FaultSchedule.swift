import Foundation

/// One seeded, reproducible fault schedule over a real hub and two real nodes on
/// loopback: staff write through the API at both nodes and the hub while the schedule
/// kills processes (-9), stops the hub (SIGSTOP/SIGCONT), cuts and heals a node's link
/// (`FaultProxy`), runs a node two hours ahead or behind (`IOC_TEST_CLOCK_OFFSET_MS`),
/// duplicates and reorders its requests (`IOC_TEST_REPLAY_PERCENT`), and puts a node back
/// to an older copy of its data. Then everything is healed and the checks run: every
/// acknowledged write is at the hub with its content, and every node's digest equals the
/// hub's for its scopes.
struct FaultSchedule {
    struct Outcome {
        var lost: [String] = []
        var diverged: [String] = []
        var events: [String] = []
        var writes = 0
    }

    let seed: UInt64
    /// How many fault steps (about half a second each, plus restarts).
    var steps = 14

    static let nodes = [("ea-kar", "651"), ("buon-ho", "643")]

    func run() async throws -> Outcome {
        var random = SeededRandom(seed: seed)
        var outcome = Outcome()
        try await Federation.with { federation in
            for (name, district) in Self.nodes { try federation.addNode(name, district: district) }
            try await federation.startHub()
            var proxies: [String: (sync: FaultProxy, announce: FaultProxy)] = [:]
            defer { for proxy in proxies.values { proxy.sync.stop(); proxy.announce.stop() } }
            var environment: [String: [String: String]] = [:]
            for (name, _) in Self.nodes {
                proxies[name] = (try FaultProxy(target: federation.hubSyncPort), try FaultProxy(target: federation.hubAnnouncePort))
                try await federation.startNode(name, via: (proxies[name]!.sync.port, proxies[name]!.announce.port))
            }
            func restart(_ name: String) async throws {
                try await federation.startNode(name, via: (proxies[name]!.sync.port, proxies[name]!.announce.port), environment: environment[name] ?? [:])
            }
            var reports: [(node: String, id: String, description: String)] = []
            var cases: [String: [String]] = [:]
            var cut: Set<String> = []
            var hubStopped = false
            var backup: [String: String] = [:]

            for step in 0..<steps {
                // Staff keep working wherever a process answers.
                for (name, _) in Self.nodes where federation.nodes[name]?.isRunning == true {
                    let description = "Phản ánh \(seed)-\(step)-\(name): rác trên vỉa hè"
                    if let http = try? federation.http(name),
                        let reply = try? await http.request("POST", "/api/v1/reports", json: ["category": "xa-rac", "description": description, "location": ["lat": 12.7, "lon": 108.05]]),
                        reply.status == 201, let id = reply.json["id"] as? String, let caseID = reply.json["case_id"] as? String {
                        reports.append((name, id, description))
                        cases[name, default: []].append(caseID)
                        outcome.writes += 1
                    }
                }
                if !hubStopped, federation.hub?.isRunning == true, let (name, _) = Self.nodes.randomElement(using: &random),
                    let caseID = cases[name]?.randomElement(using: &random) {
                    let reply = try? await federation.hubHTTP.as("dieu-hanh").request("PATCH", "/api/v1/cases/\(caseID)", json: ["comment": "điều hành \(step)"])
                    if reply?.status == 200 { outcome.writes += 1 }
                }

                let (name, _) = Self.nodes.randomElement(using: &random)!
                switch Int.random(in: 0..<8, using: &random) {
                case 0:
                    outcome.events.append("kill -9 \(name), restart")
                    federation.killNode(name)
                    try await restart(name)
                case 1 where !hubStopped:
                    outcome.events.append("kill -9 hub, restart")
                    federation.killHub()
                    try await federation.startHub()
                case 2 where !hubStopped:
                    outcome.events.append("SIGSTOP hub")
                    federation.hub?.process.send(SIGSTOP)
                    hubStopped = true
                case 3 where !cut.contains(name):
                    outcome.events.append("cut \(name)'s link")
                    proxies[name]!.sync.cut()
                    proxies[name]!.announce.cut()
                    cut.insert(name)
                case 4:
                    let offset = Bool.random(using: &random) ? 7_200_000 : -7_200_000
                    outcome.events.append("\(name) runs \(offset > 0 ? "2 h ahead" : "2 h behind")")
                    environment[name, default: [:]]["IOC_TEST_CLOCK_OFFSET_MS"] = String(offset)
                    await federation.stopNode(name)
                    try await restart(name)
                case 5:
                    outcome.events.append("\(name) duplicates and reorders its requests")
                    environment[name, default: [:]]["IOC_TEST_REPLAY_PERCENT"] = "40"
                    await federation.stopNode(name)
                    try await restart(name)
                case 6 where backup[name] == nil:
                    outcome.events.append("copy \(name)'s data")
                    await federation.stopNode(name)
                    let copy = federation.folder + "/\(name)-backup-\(step)"
                    try FileManager.default.copyItem(atPath: federation.nodeData(name), toPath: copy)
                    backup[name] = copy
                    try await restart(name)
                case 7 where backup[name] != nil && !cut.contains(name) && !hubStopped:
                    // What the hub acknowledged survives a restore; what never left the node
                    // cannot, so the copy goes back only once the node is in sync.
                    let synced = (try? await eventually("\(name) in sync before its restore", timeout: .seconds(5)) {
                        try await Federation.syncPeer(federation.http(name))["not_yet_acknowledged"] as? Int == 0
                    }) != nil
                    guard synced, let copy = backup[name] else { break }
                    outcome.events.append("restore \(name) from its older copy")
                    await federation.stopNode(name)
                    try FileManager.default.removeItem(atPath: federation.nodeData(name))
                    try FileManager.default.copyItem(atPath: copy, toPath: federation.nodeData(name))
                    try await restart(name)
                default:
                    // Heal something, so faults overlap but do not pile up for good.
                    if hubStopped, let hub = federation.hub {
                        outcome.events.append("SIGCONT hub")
                        hub.process.send(SIGCONT)
                        hubStopped = false
                    } else if let healed = cut.first {
                        outcome.events.append("heal \(healed)'s link")
                        proxies[healed]!.sync.heal()
                        proxies[healed]!.announce.heal()
                        cut.remove(healed)
                    }
                }
                try await Task.sleep(for: .milliseconds(Int.random(in: 100...400, using: &random)))
            }

            // Heal everything: links, the hub, clocks and hooks.
            if hubStopped { federation.hub?.process.send(SIGCONT) }
            for name in cut {
                proxies[name]!.sync.heal()
                proxies[name]!.announce.heal()
            }
            if federation.hub?.isRunning != true { try await federation.startHub() }
            for (name, _) in Self.nodes where environment[name] != nil || federation.nodes[name]?.isRunning != true {
                environment[name] = nil
                await federation.stopNode(name)
                try await restart(name)
            }

            var digests: [String: Bool] = [:]
            _ = try? await eventually("every node identical to the hub for its scopes", timeout: .seconds(45)) {
                for (name, district) in Self.nodes {
                    let node = try federation.http(name)
                    let (nodeDigest, _) = try await Federation.digest(node)
                    let (hubDigest, _) = try await Federation.digest(federation.hubHTTP, district: district)
                    let pending = try await Federation.syncPeer(node)["not_yet_acknowledged"] as? Int
                    digests[name] = nodeDigest == hubDigest && pending == 0
                }
                return digests.values.allSatisfy { $0 }
            }
            outcome.diverged = Self.nodes.map(\.0).filter { digests[$0] != true }
            for report in reports {
                let reply = try? await federation.hubHTTP.get("/api/v1/reports/\(report.id)")
                if reply?.status != 200 || (reply?.json["description"] as? String) != report.description {
                    outcome.lost.append("\(report.node) report \(report.id)")
                }
            }
            if !outcome.lost.isEmpty || !outcome.diverged.isEmpty {
                for (name, _) in Self.nodes {
                    let status = (try? await federation.http(name).get("/api/v1/sync")).map { String(decoding: $0.data, as: UTF8.self) } ?? "no answer"
                    print("--- \(name) (seed \(seed)) sync status: \(status)\n--- log ---\n" + (federation.nodes[name]?.log.suffix(4000) ?? ""))
                }
                let hub = (try? await federation.hubHTTP.get("/api/v1/sync")).map { String(decoding: $0.data, as: UTF8.self) } ?? "no answer"
                print("--- hub sync status: \(hub)\n--- hub log ---\n" + (federation.hub?.log.suffix(4000) ?? ""))
            }
        }
        return outcome
    }
}

/// SplitMix64: the schedule's only source of chance, so a seed replays it.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
