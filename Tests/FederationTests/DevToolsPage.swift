import Foundation

/// A headless Chromium page driven over the DevTools protocol (`Peers/devtools_page.py`,
/// the protocol on a pipe: no port is opened): open a URL at a screen size with headers,
/// wait for a condition the page's own scripts make true, evaluate, screenshot. The browser
/// is closed when released.
final class DevToolsPage: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe(), output = Pipe()
    private var buffer = Data()

    init() throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Peers/devtools_page.py").path
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-u", script]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        try? input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// Sends one command and returns its answer; a failed command throws with its reason.
    @discardableResult
    func send(_ command: [String: Any]) async throws -> Any? {
        let line = try JSONSerialization.data(withJSONObject: command) + Data("\n".utf8)
        let answer: Data = try await withCheckedThrowingContinuation { done in
            DispatchQueue.global().async { [self] in
                input.fileHandleForWriting.write(line)
                while true {
                    if let newline = buffer.firstIndex(of: 0x0A) {
                        let answer = buffer[..<newline]
                        buffer = Data(buffer[(newline + 1)...])
                        done.resume(returning: Data(answer))
                        return
                    }
                    let chunk = output.fileHandleForReading.availableData
                    if chunk.isEmpty {
                        done.resume(throwing: HarnessError("the DevTools driver ended"))
                        return
                    }
                    buffer += chunk
                }
            }
        }
        guard let object = try JSONSerialization.jsonObject(with: answer) as? [String: Any] else { throw HarnessError("DevTools: not JSON") }
        guard object["ok"] as? Bool == true else { throw HarnessError("DevTools \(command.keys.sorted()): \(object["error"] ?? "failed")") }
        return object["value"] ?? object["bytes"]
    }

    func open(_ url: String, width: Int, height: Int, user: String) async throws {
        let credentials = Data("\(user):\(HTTP.password)".utf8).base64EncodedString()
        try await send(["open": url, "width": width, "height": height, "headers": ["Authorization": "Basic " + credentials]])
    }

    /// Waits until `expression` is truthy in the page, or throws after `seconds`.
    func wait(_ what: String, _ expression: String, seconds: Int = 20) async throws {
        do { try await send(["wait": expression, "timeout": seconds]) } catch { throw HarnessError("timed out after \(seconds) s waiting for: \(what)") }
    }

    func evaluate(_ expression: String) async throws -> Any? { try await send(["eval": expression]) }

    /// The console's messages and uncaught exceptions so far.
    func console() async throws -> [String] { try await send(["console": true]) as? [String] ?? [] }

    func screenshot(_ path: String) async throws { try await send(["screenshot": path]) }
}
