import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A TCP proxy on 127.0.0.1 between a node and the hub, whose link a fault schedule cuts
/// and heals: `cut()` drops every open connection and refuses new ones until `heal()`.
/// The TLS inside passes through untouched (the node checks the hub's name, not its port).
///
/// Threads: one accepts, one connects each connection upstream, two pump bytes per
/// connection; all end at `stop()`.
final class FaultProxy: Sendable {
    let port: Int
    private let target: Int
    private let listener: Int32
    private let state = Mutex<(cut: Bool, stopped: Bool, open: Set<Int32>)>((false, false, []))

    init(target: Int) throws {
        self.target = target
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw HarnessError("proxy: socket() failed") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = Self.loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, Glibc.listen(fd, 64) == 0 else {
            close(fd)
            throw HarnessError("proxy: bind/listen failed: \(errno)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "fault-proxy-accept"
        thread.start()
    }

    /// Drops every open connection; new ones are closed at once until `heal()`.
    func cut() {
        // Under the lock: a descriptor closed and reused elsewhere in the process must never
        // be shut down by a stale copy of the set.
        state.withLock { state in
            state.cut = true
            for fd in state.open { shutdown(fd, Int32(SHUT_RDWR)) }
        }
    }

    func heal() { state.withLock { $0.cut = false } }

    func stop() {
        state.withLock { state in
            guard !state.stopped else { return }
            state.stopped = true
            shutdown(listener, Int32(SHUT_RDWR))
            close(listener)
            for fd in state.open { shutdown(fd, Int32(SHUT_RDWR)) }
        }
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if state.withLock({ $0.stopped }) { return }
                continue
            }
            if state.withLock({ $0.cut || $0.stopped }) {
                close(client)
                if state.withLock({ $0.stopped }) { return }
                continue
            }
            // Connecting upstream can block for many seconds (a SIGSTOPped hub whose accept
            // queue is full drops SYNs, and the kernel retries with backoff): never in this
            // loop, or every later connection would wait behind it.
            let connector = Thread { [self] in connect(client) }
            connector.name = "fault-proxy-connect"
            connector.start()
        }
    }

    /// Connects `client` to the hub and pumps bytes both ways until either side closes.
    private func connect(_ client: Int32) {
        let upstream = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = Self.loopback(port: target)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(upstream, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        let admitted = upstream >= 0 && connected == 0 && state.withLock { state -> Bool in
            guard !state.cut, !state.stopped else { return false }
            state.open.formUnion([client, upstream])
            return true
        }
        guard admitted else {
            close(client)
            if upstream >= 0 { close(upstream) }
            return
        }
        let pair = Mutex(2)
        for (from, to) in [(client, upstream), (upstream, client)] {
            let pump = Thread { [self] in
                var buffer = [UInt8](repeating: 0, count: 64 * 1024)
                while true {
                    let count = buffer.withUnsafeMutableBytes { read(from, $0.baseAddress, $0.count) }
                    if count <= 0 { break }
                    var sent = 0
                    while sent < count {
                        let written = buffer.withUnsafeBytes { send(to, $0.baseAddress! + sent, count - sent, Int32(MSG_NOSIGNAL)) }
                        if written <= 0 { break }
                        sent += written
                    }
                    if sent < count { break }
                }
                // Both descriptors stay open (and in `open`) until the second pump ends,
                // which closes them under the lock.
                state.withLock { state in
                    shutdown(to, Int32(SHUT_RDWR))
                    shutdown(from, Int32(SHUT_RDWR))
                    guard pair.withLock({ $0 -= 1; return $0 == 0 }) else { return }
                    state.open.subtract([client, upstream])
                    close(client)
                    close(upstream)
                }
            }
            pump.name = "fault-proxy-pump"
            pump.start()
        }
    }
}
