import Access
import ArgumentParser
import CRDT
import Dispatch
import Foundation
import HubKit
import Logging
import Synchronization

/// `ioc-bench access`: whether a flood of bad sign-ins slows everyone else. A hub runs in
/// this process on loopback; staff requests (`GET /api/v1/cases` with a session) are sent at
/// a steady rate, first alone, then while `--addresses` loopback addresses (127.0.0.10 …)
/// send wrong passwords through the sign-in form. Their p50 and p99 under the flood stand
/// beside those without it.
struct AccessBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: "Measure staff requests' latency while many addresses send bad sign-ins, beside the latency without them.",
        discussion: """
            JSON keys: access_p50_ms_quiet, access_p99_ms_quiet, access_p50_ms_under_bad_signins,
            access_p99_ms_under_bad_signins, access_p99_ratio (under / quiet), bad_signins_per_s
            (answered), bad_signins_401, bad_signins_429, bad_signins_503, other_errors.
            The bad sign-ins spray a new user name each time, so only the per-address limit and
            the bounded password threads stand between them and the CPU.
            """)

    @Flag(help: "Print one JSON object on stdout instead of the table.") var json = false
    @Option(help: "Seconds of each phase.") var seconds = 10.0
    @Option(help: "Loopback addresses sending bad sign-ins.") var addresses = 40
    @Option(help: "Bad sign-ins per second, all addresses together.") var badPerSecond = 40.0
    @Option(help: "Staff requests per second (the others).") var otherPerSecond = 100.0

    func validate() throws {
        guard seconds >= 1, (1...200).contains(addresses), badPerSecond > 0, otherPerSecond > 0 else {
            throw ValidationError("--seconds ≥ 1, --addresses 1…200, rates > 0")
        }
    }

    func run() throws {
        let settings = self
        let figures = try BlockingRun.wait { try await settings.measure() }
        print(json ? figures.json : figures.table)
    }

    private func measure() async throws -> AccessFigures {
        let scratch = try ScratchDirectory()
        defer { scratch.remove() }
        var configuration = HubConfiguration(dataDirectory: try scratch.folder("hub"))
        configuration.httpPort = 0
        configuration.syncURL = "tcp://127.0.0.1:0"
        configuration.announceURL = "tcp://127.0.0.1:0"
        configuration.allowPlainLoopback = true
        let password = "mat-khau-do-dai-du"
        do {
            let (_, replica, _) = try HubApplication.open(configuration)
            try await AccountBook(replica: replica, workers: PasswordWorkers())
                .create(Account(district: Scope.province, user: "dieu-hanh", name: "Điều hành", roles: [.provincialOperator]), password: password, author: "bench")
        }
        var logger = Logger(label: "ioc-bench.hub")
        logger.logLevel = .critical  // cancelling the hub at the end logs its closing channels as errors
        let hub = Task.detached { [configuration, logger] in try await HubApplication(configuration: configuration, logger: logger).run() }
        defer { hub.cancel() }
        let port = try await Self.httpPort(configuration.portsPath)
        Self.currentPort.withLock { $0 = port }
        StandardError.write("ioc-bench access: hub on 127.0.0.1:\(port)\n")

        let staff = LoopbackHTTPClient(source: "127.0.0.1", port: port)
        _ = try staff.send(LoopbackHTTPClient.request(
            "POST", "/ui/login", headers: ["Content-Type": "application/x-www-form-urlencoded"], body: "user=dieu-hanh&password=\(password)&next=/ui/inbox"))
        guard let cookie = staff.lastHead.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("set-cookie:") })
            .map({ String($0.dropFirst(11).prefix { $0 != ";" }).trimmingCharacters(in: .whitespaces) })
        else { throw BenchmarkFailure("the staff account could not sign in: \(staff.lastHead)") }
        let other = LoopbackHTTPClient.request("GET", "/api/v1/cases?limit=20", headers: ["Cookie": cookie])

        StandardError.write("ioc-bench access: \(Int(seconds)) s of staff requests alone …\n")
        let quiet = try await Self.paced(rate: otherPerSecond, seconds: seconds, threads: 4, sources: ["127.0.0.1"]) { client, _ in try client.send(other) }
        StandardError.write("ioc-bench access: \(Int(seconds)) s of staff requests while \(addresses) addresses send bad sign-ins …\n")
        let sources = (0..<addresses).map { "127.0.\(1 + ($0 + 10) / 250).\(($0 + 10) % 250)" }
        async let flood = Self.paced(rate: badPerSecond, seconds: seconds, threads: addresses, sources: sources) { client, n in
            try client.send(LoopbackHTTPClient.request(
                "POST", "/ui/login", headers: ["Content-Type": "application/x-www-form-urlencoded"], body: "user=khach-\(n)&password=sai-\(n)&next=/ui/inbox"))
        }
        let loaded = try await Self.paced(rate: otherPerSecond, seconds: seconds, threads: 4, sources: ["127.0.0.1"]) { client, _ in try client.send(other) }
        let bad = try await flood
        return AccessFigures(quiet: quiet, loaded: loaded, bad: bad, seconds: seconds, addresses: addresses)
    }

    private static func httpPort(_ portsPath: String) async throws -> Int {
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            if let data = FileManager.default.contents(atPath: portsPath), let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let http = object["http"] as? String, let port = http.split(separator: ":").last.flatMap({ Int($0) })
            {
                return port
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw BenchmarkFailure("the hub did not start within 30 s")
    }

    /// Sends `rate` requests per second for `seconds` from `threads` threads (each its own
    /// connection, from `sources` in turn), each on a fixed schedule; the latencies and statuses.
    private static func paced(
        rate: Double, seconds: Double, threads: Int, sources: [String], _ send: @escaping @Sendable (LoopbackHTTPClient, Int) throws -> Int
    ) async throws -> AccessSamples {
        return try await withCheckedThrowingContinuation { continuation in
            let samples = Mutex(AccessSamples())
            let group = DispatchGroup()
            let interval = Double(threads) / rate
            let start = Date().timeIntervalSince1970
            for index in 0..<threads {
                group.enter()
                let thread = Thread {
                    defer { group.leave() }
                    let client = LoopbackHTTPClient(source: sources[index % sources.count], port: Self.currentPort.withLock { $0 })
                    var next = start + interval * Double(index) / Double(threads)
                    var n = index
                    while next < start + seconds {
                        let wait = next - Date().timeIntervalSince1970
                        if wait > 0 { Thread.sleep(forTimeInterval: wait) }
                        let began = DispatchTime.now().uptimeNanoseconds
                        let status = (try? send(client, n)) ?? -1
                        let millis = Double(DispatchTime.now().uptimeNanoseconds - began) / 1e6
                        samples.withLock { $0.add(status: status, millis: millis) }
                        next += interval
                        n += threads
                    }
                }
                thread.start()
            }
            group.notify(queue: .global()) { continuation.resume(returning: samples.withLock { $0 }) }
        }
    }

    static let currentPort = Mutex(0)
}

/// Latencies and statuses of one kind of request in one phase.
struct AccessSamples: Sendable {
    var millis: [Double] = []
    var statuses: [Int: Int] = [:]

    mutating func add(status: Int, millis: Double) {
        self.millis.append(millis)
        statuses[status, default: 0] += 1
    }

    func percentile(_ p: Double) -> Double { Percentile.of(millis.sorted(), p) }

    /// Answers other than 200, and requests that got none.
    var errors: Int { statuses.filter { $0.key != 200 }.values.reduce(0, +) }
}

/// What `ioc-bench access` prints.
struct AccessFigures {
    let quiet: AccessSamples
    let loaded: AccessSamples
    let bad: AccessSamples
    let seconds: Double
    let addresses: Int

    var entries: [(String, Double)] {
        [
            ("access_p50_ms_quiet", quiet.percentile(0.5)), ("access_p99_ms_quiet", quiet.percentile(0.99)),
            ("access_p50_ms_under_bad_signins", loaded.percentile(0.5)), ("access_p99_ms_under_bad_signins", loaded.percentile(0.99)),
            ("access_p99_ratio", loaded.percentile(0.99) / max(quiet.percentile(0.99), 0.001)),
            ("bad_signins_per_s", Double(bad.millis.count) / seconds), ("bad_signins_401", Double(bad.statuses[401] ?? 0)),
            ("bad_signins_429", Double(bad.statuses[429] ?? 0)), ("bad_signins_503", Double(bad.statuses[503] ?? 0)),
            ("other_errors", Double(quiet.errors + loaded.errors)),
        ]
    }

    var json: String { "{" + entries.map { "\"\($0.0)\":\(Format.json($0.1))" }.joined(separator: ",") + "}" }

    var table: String {
        """
        Staff requests (GET /api/v1/cases, session)     quiet        under \(addresses) addresses' bad sign-ins
          p50 ms                                        \(Format.fixed(quiet.percentile(0.5), 2).padding(toLength: 12, withPad: " ", startingAt: 0)) \(Format.fixed(loaded.percentile(0.5), 2))
          p99 ms                                        \(Format.fixed(quiet.percentile(0.99), 2).padding(toLength: 12, withPad: " ", startingAt: 0)) \(Format.fixed(loaded.percentile(0.99), 2))  (\(Format.fixed(loaded.percentile(0.99) / max(quiet.percentile(0.99), 0.001), 2))×)
          requests / errors                             \(quiet.millis.count) / \(quiet.errors)      \(loaded.millis.count) / \(loaded.errors)
        Bad sign-ins answered: \(Format.fixed(Double(bad.millis.count) / seconds, 1))/s — 401 \(bad.statuses[401] ?? 0), 429 \(bad.statuses[429] ?? 0), 503 \(bad.statuses[503] ?? 0), other \(bad.statuses.filter { ![401, 429, 503].contains($0.key) }.values.reduce(0, +))
        """
    }
}
