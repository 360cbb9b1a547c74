import Foundation

/// A blocking HTTP/1.1 client over one keep-alive TCP connection to a loopback server,
/// bound to a chosen loopback source address (127.0.0.x) so one process can play many
/// clients. Owned by one thread; reconnects after the server closes the connection.
final class LoopbackHTTPClient {
    private let source: String
    private let port: UInt16
    private var descriptor: Int32 = -1
    private var buffer: [UInt8] = []
    /// The status line and headers of the last answer.
    private(set) var lastHead = ""

    init(source: String, port: Int) {
        self.source = source
        self.port = UInt16(port)
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// Sends `request` (a whole HTTP/1.1 request) and returns the answer's status code,
    /// after reading its body.
    func send(_ request: [UInt8]) throws -> Int {
        for attempt in 0..<2 {
            if descriptor < 0 { try connect() }
            if let status = try? exchange(request) { return status }
            close(descriptor)
            descriptor = -1
            buffer.removeAll()
            if attempt == 1 { break }
        }
        throw BenchmarkFailure("no answer from 127.0.0.1:\(port) for a client at \(source)")
    }

    static func request(_ method: String, _ path: String, headers: [String: String] = [:], body: String = "") -> [UInt8] {
        var text = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" { text += "Content-Length: \(body.utf8.count)\r\n" }
        return Array((text + "\r\n" + body).utf8)
    }

    private func connect() throws {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw BenchmarkFailure("socket: \(String(cString: strerror(errno)))") }
        var local = sockaddr_in()
        local.sin_family = sa_family_t(AF_INET)
        inet_pton(AF_INET, source, &local.sin_addr)
        var remote = sockaddr_in()
        remote.sin_family = sa_family_t(AF_INET)
        remote.sin_port = port.bigEndian
        inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr)
        var one: Int32 = 1
        setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &local) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        let connected = withUnsafePointer(to: &remote) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Foundation.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, connected == 0 else {
            let reason = String(cString: strerror(errno))
            close(socket)
            throw BenchmarkFailure("connect from \(source): \(reason)")
        }
        descriptor = socket
    }

    private func exchange(_ request: [UInt8]) throws -> Int {
        var sent = 0
        while sent < request.count {
            let written = request[sent...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { throw BenchmarkFailure("write failed") }
            sent += written
        }
        let headEnd = try readUntil { Self.find([13, 10, 13, 10], in: $0) }
        let head = String(decoding: buffer[..<headEnd], as: UTF8.self)
        lastHead = head
        buffer.removeFirst(headEnd + 4)
        let lines = head.split(separator: "\r\n")
        guard let statusLine = lines.first, let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") else {
            throw BenchmarkFailure("not an HTTP answer")
        }
        var length = 0
        var chunked = false
        for line in lines.dropFirst() {
            let lower = line.lowercased()
            if lower.hasPrefix("content-length:") { length = Int(lower.dropFirst(15).trimmingCharacters(in: .whitespaces)) ?? 0 }
            if lower.hasPrefix("transfer-encoding:"), lower.contains("chunked") { chunked = true }
        }
        if chunked {
            let end = try readUntil { Self.find(Array("0\r\n\r\n".utf8), in: $0) }
            buffer.removeFirst(end + 5)
        } else {
            _ = try readUntil { $0.count >= length ? length : nil }
            buffer.removeFirst(length)
        }
        return status
    }

    /// Reads until `complete` finds its mark in the buffer; returns what it returned.
    private func readUntil(_ complete: ([UInt8]) -> Int?) throws -> Int {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            if let found = complete(buffer) { return found }
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { throw BenchmarkFailure("connection closed") }
            buffer.append(contentsOf: chunk[..<count])
        }
    }

    private static func find(_ mark: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= mark.count else { return nil }
        for start in 0...(bytes.count - mark.count) where bytes[start] == mark[0] && Array(bytes[start..<(start + mark.count)]) == mark {
            return start
        }
        return nil
    }
}
