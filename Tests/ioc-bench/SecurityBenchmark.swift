import ArgumentParser
import CRDT
import CyberSecurity
import GRDB
import Foundation
import Replica
import SiteProbes
import Synthetic
import Vietnam

/// `ioc-bench security`: a SOC's stream at the hub, one core. A mix of sensor messages
/// (RFC 3164 and RFC 5424 syslog, Wazuh alerts, Suricata EVE alerts, over a few dozen hosts
/// and a few hundred rules) is read and ingested through `SecurityDesk.ingest` in batches of
/// 5,000 (raw events into the bounded local store, one replicated change per alert and per
/// hour per batch), beside reading the same messages alone: the baseline is the parsing
/// that any ingest must do.
struct SecurityBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "security",
        abstract: "Measure security-event ingest at the hub beside parsing alone.",
        discussion: """
            JSON keys: events_per_s (read and ingested, batches of 5,000, counts of known alerts
            written as the intake paces them), parse_only_per_s (read alone, the same
            messages), events_ratio (events_per_s / parse_only_per_s), events_target_per_s (20000),
            events, alerts (after the run), stored_events (kept by the bounded store),
            replicated_changes (changes the ingest made), cpu_seconds; probes_per_s (a vantage
            point's monitor checking sites on a loopback HTTP server, 16 at once),
            probes_per_s_serial (HTTPProbe.run one at a time, one round), probes_ratio.
            """)

    @Flag(help: "Print one JSON object on stdout instead of the table.") var json = false
    @Option(help: "Messages to ingest.") var events = 400_000
    @Option(help: "The raw-event store's cap (the oldest dropped first).") var storeCap = 250_000
    @Option(help: "Sites probed at once against the loopback server.") var probeSites = 64
    @Option(help: "Rounds of probes of every site.") var probeRounds = 10

    func validate() throws {
        guard (10_000...20_000_000).contains(events), storeCap >= 1000 else { throw ValidationError("--events 10000…20000000, --store-cap ≥ 1000") }
    }

    func run() throws {
        let settings = self
        let figures = try BlockingRun.wait { try await settings.measure() }
        if json {
            print("{" + figures.map { "\"\($0.0)\": \(Format.json($0.1))" }.joined(separator: ", ") + "}")
        } else {
            print(Self.table(Dictionary(figures, uniquingKeysWith: { a, _ in a })))
        }
    }

    /// The stream: each message with its format.
    static func messages(_ count: Int, now: Int64) -> [(SecurityEventSource, [UInt8])] {
        var rng = SplitMix64(seed: 20_261_206)
        return (0..<count).map { index in
            let host = "srv-\(rng.next() % 40)", rule = Int(rng.next() % 300), at = now - Int64(count - index) * 20
            let date = VietnamStamp(millis: at)
            switch rng.next() % 20 {
            case 0..<8:
                let text = "<\(32 + rule % 8)>\(VietnamTime.englishMonths[date.month - 1]) \(date.day < 10 ? " " : "")\(date.day) \(date.clock) \(host) sshd[\(rule)]: Failed password for invalid user u\(rule) from 127.0.0.\(rule % 250) port 5\(rule)"
                return (.syslog, Array(text.utf8))
            case 8..<12:
                let text = "<\(80 + rule % 8)>1 \(date.iso) \(host) app\(rule % 30) \(rule) ID\(rule % 7) [meta sequenceId=\"\(index)\"] request denied by policy \(rule)"
                return (.syslog, Array(text.utf8))
            case 12..<17:
                let text = #"{"timestamp":"\#(date.iso)","rule":{"level":\#(rule % 16),"description":"Rule \#(rule) fired on \#(host)","id":"\#(5000 + rule)","mitre":{"id":["T\#(1000 + rule % 90)"],"tactic":["Credential Access"]},"groups":["syslog","sshd"],"firedtimes":\#(index % 50)},"agent":{"id":"0\#(rule % 90)","name":"\#(host)","ip":"127.0.0.\#(rule % 250)"},"manager":{"name":"wazuh"},"id":"1733451302.\#(index)","full_log":"Dec  6 09:15:02 \#(host) sshd[1240]: Invalid user test from 127.0.0.99 port 52230","decoder":{"name":"sshd"},"data":{"srcip":"127.0.0.99","srcuser":"test"},"location":"/var/log/auth.log"}"#
                return (.wazuh, Array(text.utf8))
            default:
                let text = #"{"timestamp":"\#(date.iso)","flow_id":\#(index),"in_iface":"eth0","event_type":"alert","src_ip":"127.0.0.\#(rule % 250)","src_port":4\#(rule),"dest_ip":"127.1.0.\#(rule % 40)","dest_port":443,"proto":"TCP","alert":{"action":"allowed","gid":1,"signature_id":\#(2_010_000 + rule),"rev":3,"signature":"ET SCAN rule \#(rule)","category":"Attempted Information Leak","severity":\#(1 + rule % 3),"metadata":{"mitre_technique_id":["T1046"]}},"app_proto":"tls"}"#
                return (.suricata, Array(text.utf8))
            }
        }
    }

    /// Wall-clock milliseconds, as the intake's desk tells time.
    static func millis() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

    static func read(_ message: (SecurityEventSource, [UInt8]), at now: Int64) -> SecurityEvent? {
        switch message.0 {
        case .syslog: try? SyslogMessageReader.event(message.1, sender: "127.0.0.1", receivedAt: now)
        case .wazuh: try? WazuhAlertReader.event(message.1, receivedAt: now)
        case .suricata: try? SuricataEveReader.event(message.1, receivedAt: now)
        }
    }

    private func measure() async throws -> [(String, Double)] {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        let stream = Self.messages(events, now: now)
        let replica = try Replica(path: try scratch.folder("hub") + "/hub.sqlite", site: SiteID(1), servesScopes: true, projections: [SecurityProjection()])
        let store = try SecurityEventStore(path: try scratch.folder("events") + "/events.sqlite", maxEvents: storeCap)
        let desk = SecurityDesk(replica: replica, store: store, homeScope: Scope.province, now: { now })

        // Reading alone.
        let parseBar = ProgressBar("reading \(Format.grouped(Double(events))) messages alone", total: events)
        let parseStart = ContinuousClock.now
        var read = 0
        for (index, message) in stream.enumerated() {
            if Self.read(message, at: now) != nil { read += 1 }
            if index % 10_000 == 0 { parseBar.update(index) }
        }
        let parseSeconds = (ContinuousClock.now - parseStart).seconds
        guard read == events else { throw BenchmarkFailure("only \(read) of \(events) messages were read") }
        parseBar.finish("\(Format.grouped(Double(events) / parseSeconds))/s")

        // Reading and ingesting, batch by batch.
        let before = try await replica.versionVector()[replica.site]
        let bar = ProgressBar("reading and ingesting \(Format.grouped(Double(events))) messages at the hub", total: events)
        let cpuStart = CPUTime.now()
        let start = ContinuousClock.now
        var pacing = CountFlushPacing(now: Self.millis())
        for first in stride(from: 0, to: stream.count, by: 5_000) {
            let batch = stream[first..<min(stream.count, first + 5_000)].compactMap { Self.read($0, at: now) }
            try await desk.ingest(batch, deferring: true)
            // As the intake does: counts of known alerts written as the pacing says, and at the end.
            if pacing.isDue(at: Self.millis()) {
                let flushStart = Self.millis()
                try await desk.flushDeferred()
                pacing.flushed(from: flushStart, to: Self.millis())
            }
            bar.update(first + batch.count)
        }
        try await desk.flushDeferred()
        let seconds = (ContinuousClock.now - start).seconds
        let cpu = CPUTime.now() - cpuStart
        let rate = Double(events) / seconds, parseRate = Double(events) / parseSeconds
        bar.finish("\(Format.grouped(rate))/s")
        let changes = try await replica.versionVector()[replica.site] - before
        let alerts = try await replica.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM security_alert") ?? 0 }
        let (probes, serialProbes) = try await Self.probes(folder: try scratch.folder("probes"), sites: probeSites, rounds: probeRounds)
        return [
            ("probes_per_s", probes), ("probes_per_s_serial", serialProbes), ("probes_ratio", serialProbes > 0 ? probes / serialProbes : 0),
            ("events_per_s", rate), ("parse_only_per_s", parseRate), ("events_ratio", rate / parseRate), ("events_target_per_s", 20_000),
            ("events", Double(events)), ("alerts", Double(alerts)), ("stored_events", Double(try await store.count())),
            ("replicated_changes", Double(changes)), ("cpu_seconds", cpu),
        ]
    }

    /// Website probes against a real HTTP server on loopback (Python's threaded http.server):
    /// `sites` sites checked `rounds` times by one vantage point's monitor (16 at once, each
    /// read, fingerprinted and recorded), beside the same number of `HTTPProbe.run` one at a time.
    static func probes(folder: String, sites: Int, rounds: Int) async throws -> (Double, Double) {
        try Data("<html><body><h1>Cổng thông tin điện tử tỉnh Đắk Lắk</h1><p>Tin tức</p></body></html>".utf8).write(to: URL(fileURLWithPath: folder + "/index.html"))
        let server = Process()
        let output = Pipe()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        // Python's threaded HTTP server with a listen backlog for sixteen at once (http.server's is 5).
        let script = """
            import functools, http.server
            class Server(http.server.ThreadingHTTPServer):
                request_queue_size = 256
                daemon_threads = True
            handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=\(String(reflecting: folder)))
            handler.log_message = lambda *args: None
            server = Server(("127.0.0.1", 0), handler)
            print("port", server.server_address[1], flush=True)
            server.serve_forever()
            """
        server.arguments = ["-u", "-c", script]
        server.standardOutput = output
        server.standardError = output
        try server.run()
        defer { kill(server.processIdentifier, SIGKILL) }
        var seen = "", port = 0
        let deadline = ContinuousClock.now + .seconds(15)
        while port == 0, ContinuousClock.now < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
            if let match = seen.firstMatch(of: /port (\d+)/) { port = Int(match.output.1) ?? 0 }
        }
        guard port > 0 else { throw BenchmarkFailure("the loopback HTTP server did not start: \(seen)") }
        let replica = try Replica(path: folder + "/probes.sqlite", site: SiteID(2), projections: [SecurityProjection()])
        let store = try SecurityEventStore(path: folder + "/events.sqlite")
        let desk = SecurityDesk(replica: replica, store: store, homeScope: Scope.province)
        for index in 0..<sites {
            try await desk.register(
                MonitoredSite(code: "site-\(index)", name: "Site \(index)", url: "http://127.0.0.1:\(port)/?site=\(index)", owner: "bench",
                    expectation: SiteExpectation(keyword: "Đắk Lắk")), author: "bench")
        }
        var settings = SiteMonitor.Settings()
        settings.probeOptions = HTTPProbe.Options(timeoutMillis: 5_000)
        let monitor = SiteMonitor(desk: desk, vantage: SiteVantages.hubName, writeScope: Scope.hub, recordsPages: true, settings: settings)
        await monitor.checkAll()  // warms the server and the registry
        let bar = ProgressBar("probing \(sites) loopback sites \(rounds) times (16 at once), then one at a time", total: rounds * 2)
        let start = ContinuousClock.now
        for round in 0..<rounds {
            await monitor.checkAll()
            bar.update(round + 1)
        }
        let concurrent = Double(sites * rounds) / (ContinuousClock.now - start).seconds
        // One round one at a time, each probe with a one-second limit: a stalled answer counts
        // as failed instead of holding the baseline for the whole limit.
        let serialStart = ContinuousClock.now
        var failed = 0
        for index in 0..<sites {
            let result = HTTPProbe.run("http://127.0.0.1:\(port)/?site=\(index)", options: HTTPProbe.Options(timeoutMillis: 1_000), now: 0)
            if !result.answered { failed += 1 }
        }
        bar.update(rounds * 2)
        let serial = Double(sites) / (ContinuousClock.now - serialStart).seconds
        bar.finish("\(Format.grouped(concurrent))/s at once, \(Format.grouped(serial))/s one at a time")
        guard monitor.checksMade >= sites * (rounds + 1) else { throw BenchmarkFailure("only \(monitor.checksMade) checks were made") }
        guard failed * 10 <= sites else { throw BenchmarkFailure("\(failed) of \(sites) probes one at a time failed") }
        return (concurrent, serial)
    }

    static func table(_ f: [String: Double]) -> String {
        func v(_ key: String) -> Double { f[key] ?? 0 }
        let met = v("events_per_s") >= 20_000
        return """
            ioc-bench security: \(Format.grouped(v("events"))) sensor messages (syslog 3164 and 5424, Wazuh, Suricata EVE) at the hub, one core

            figure                          measured             baseline                       ratio      target
            ──────────────────────────────  ───────────────────  ─────────────────────────────  ─────────  ──────────────
            events read and ingested        \(Format.grouped(v("events_per_s")))/s          \(Format.grouped(v("parse_only_per_s")))/s read alone        \(Format.fixed(v("events_ratio"), 2))×      ≥ 20,000/s \(met ? "MET" : "NOT MET")
            website probes, 16 at once      \(Format.grouped(v("probes_per_s")))/s          \(Format.grouped(v("probes_per_s_serial")))/s one at a time      \(Format.fixed(v("probes_ratio"), 2))×

            \(Format.grouped(v("alerts"))) alerts from \(Format.grouped(v("replicated_changes"))) replicated changes; the store kept \(Format.grouped(v("stored_events"))) raw events (its cap); \(Format.fixed(v("cpu_seconds"), 1)) s of CPU
            """
    }
}

/// The text forms of one instant that the sensors write (Vietnam time).
private struct VietnamStamp {
    var month: Int
    var day: Int
    var clock: String
    var iso: String

    init(millis: Int64) {
        let local = millis / 1000 + 7 * 3600
        let days = Int(local / 86_400), second = Int(local % 86_400)
        let date = CivilDate(daysSince1970: days)
        month = date.month
        day = date.day
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        clock = "\(pad(second / 3600)):\(pad(second % 3600 / 60)):\(pad(second % 60))"
        iso = "\(date.year)-\(pad(date.month))-\(pad(date.day))T\(clock).\(millis % 1000 < 100 ? "0" : "")\(millis % 1000 < 10 ? "0" : "")\(millis % 1000)+07:00"
    }
}
