import Foundation

/// A real server the test starts (Python's http.server, OpenSSL's s_server, a silent TCP
/// listener) on a loopback port it picks itself and prints; stopped when the test ends.
final class PeerServer: @unchecked Sendable {
    let process = Process()
    let port: Int
    private let output = Pipe()

    /// Starts `tool` and waits until a line of its output matches `ready` (whose first
    /// capture is the port).
    init(_ tool: String, _ arguments: [String], directory: String? = nil, ready: Regex<(Substring, Substring)>, timeout: Duration = .seconds(15)) throws {
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let reader = output.fileHandleForReading
        var seen = ""
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let chunk = reader.availableData
            guard !chunk.isEmpty else { break }
            seen += String(decoding: chunk, as: UTF8.self)
            if let match = seen.firstMatch(of: ready), let port = Int(match.output.1) {
                self.port = port
                return
            }
        }
        kill(process.processIdentifier, SIGKILL)
        throw TimedOut(description: "\(tool) did not start: \(seen)")
    }

    deinit { stop() }

    /// SIGKILL, then waits at most 5 s: a child may inherit a mask that blocks SIGTERM, and
    /// these servers hold nothing to save.
    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning, Date() < deadline { usleep(5_000) }
    }

    /// Python's http.server serving `directory` on 127.0.0.1.
    static func http(serving directory: String) throws -> PeerServer {
        try PeerServer("/usr/bin/python3", ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", directory], ready: /port (\d+)/)
    }

    /// OpenSSL's s_server serving the files of `directory` over TLS with `certificate` and `key`.
    static func tls(serving directory: String, certificate: String, key: String) throws -> PeerServer {
        try PeerServer(
            "/usr/bin/openssl", ["s_server", "-accept", "127.0.0.1:0", "-cert", certificate, "-key", key, "-WWW"], directory: directory,
            ready: /ACCEPT 127\.0\.0\.1:(\d+)/)
    }

    /// A listener that accepts connections and never answers.
    static func silent() throws -> PeerServer {
        let script = "import socket,time\ns=socket.socket()\ns.bind(('127.0.0.1',0))\ns.listen(16)\nprint('port', s.getsockname()[1], flush=True)\ntime.sleep(120)"
        return try PeerServer("/usr/bin/python3", ["-u", "-c", script], ready: /port (\d+)/)
    }
}

/// A temporary folder removed when the test ends.
struct Scratch {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "ioc-probe-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
