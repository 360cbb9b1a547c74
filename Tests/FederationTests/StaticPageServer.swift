import Foundation

/// Python's `http.server` serving a folder on 127.0.0.1, on a port the kernel chose when the
/// server bound it (read back from its first line), so no other test can take the port
/// between choosing and binding. Stopped when released.
final class StaticPageServer: Sendable {
    let base: String
    let port: Int
    private let process: FederationProcess

    init(name: String, serving folder: String, logFolder: String) async throws {
        process = try FederationProcess(
            name: name, executable: "/usr/bin/env", arguments: ["python3", "-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", folder],
            folder: logFolder)
        var port = 0
        let running = process
        do {
            // A loaded CI machine starts ~40 processes at once; Python may take its time.
            try await eventually("\(name): http.server to say its port", timeout: .seconds(90)) {
                guard let match = running.log.firstMatch(of: /port (\d+)/), let chosen = Int(match.output.1) else { return false }
                port = chosen
                return true
            }
        } catch {
            throw HarnessError("\(error); the server is \(running.isRunning ? "running" : "not running"), its log: \(running.log.suffix(2_000))")
        }
        self.port = port
        base = "http://127.0.0.1:\(port)"
        let base = base
        try await eventually("\(name): the page server to answer") { try await HTTP(base: base).get("/").status < 500 }
    }

    deinit { process.kill() }

    func stop() { process.kill() }
}
