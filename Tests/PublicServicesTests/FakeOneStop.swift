import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The fake one-stop system (`Peers/fake_one_stop.py`, a real HTTP server) on a loopback
/// port, steered through its admin endpoint. Stopped when released (it exits when its
/// stdin closes, whatever launcher stands between).
final class FakeOneStop: @unchecked Sendable {
    let process = Process()
    /// Held open while the server should run: it exits when this closes.
    let input = Pipe()
    let port: Int
    var url: URL { URL(string: "http://127.0.0.1:\(port)/dossiers")! }

    init() throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Peers/fake_one_stop.py")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path]
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

    deinit {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

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
