import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The fake one-stop system (`Peers/fake_one_stop.py`, a real HTTP server) on a loopback
/// port, steered through its admin endpoint. Stopped when released (terminated; it also
/// exits when its stdin closes).
final class FakeOneStop: @unchecked Sendable {
    let process = Process()
    /// Held open while the server should run: it exits when this closes.
    let input = Pipe()
    let port: Int
    var url: URL { URL(string: "http://127.0.0.1:\(port)/dossiers")! }

    init() throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Peers/fake_one_stop.py")
        process.executableURL = URL(fileURLWithPath: Self.python)
        process.arguments = [script.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = input
        try process.run()
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), let first = byte.first, first != 0x0A { line.append(first) }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            process.terminate()
            throw CocoaError(.fileReadCorruptFile)
        }
        self.port = port
    }

    /// Stops the server within a bounded time: stdin closed, SIGTERM, and SIGKILL if it is
    /// still there after two seconds, so a stuck peer cannot hold the suite.
    deinit {
        try? input.fileHandleForWriting.close()
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(2)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// The interpreter itself, not a launcher (pyenv's shim) that a signal would stop while
    /// the server goes on.
    static let python: String = {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import sys; print(sys.executable)"]
        let output = Pipe()
        probe.standardOutput = output
        try? probe.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        probe.waitUntilExit()
        let path = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return path.isEmpty ? "/usr/bin/python3" : path
    }()

    /// POSTs `body` to `/admin`: `add` dossiers, `fail_next` requests, `fail_page`, `token`.
    func admin(_ body: [String: Any]) async throws {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/admin")!)
        request.httpMethod = "POST"
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        request.timeoutInterval = 10
        _ = try await URLSession.shared.data(for: request)
    }

    /// The request paths the server has seen, oldest first.
    func requests() async throws -> [String] {
        let (data, _) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/admin")!)
        return ((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["requests"] as? [String]) ?? []
    }

    /// A dossier in the national portal's shape, changed at `changed` (yyyyMMddHHmmss).
    static func dossier(_ n: Int, changed: String, status: String = "4", unit: String = "651") -> [String: Any] {
        [
            "MaHoSo": "G09.51-20260105-\(String(format: "%07d", n))", "MaTTHC": "1.010855", "TenTTHC": "Khai lệ phí trước bạ nhà, đất", "MaLinhVuc": "thue",
            "TenLinhVuc": "Thuế", "KenhThucHien": "2", "MaDonVi": unit, "NgayTiepNhan": "20260105083000", "ThoiHanGiaiQuyet": "5", "TrangThaiHoSo": status,
            "NgayCapNhat": changed,
        ]
    }
}
