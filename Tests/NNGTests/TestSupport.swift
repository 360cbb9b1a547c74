import Foundation
import NNG
import Synchronization

/// A fresh in-process address, so parallel tests never share one.
func uniqueInprocURL() -> String {
    "inproc://nng-tests-\(UUID().uuidString)"
}

/// Runs `body(index)` on `count` dedicated threads and waits for all of them,
/// up to `limit`. Returns false if they did not all finish in time.
@discardableResult
func runOnThreads(_ count: Int, limit: Duration = .seconds(30), _ body: @escaping @Sendable (Int) -> Void) -> Bool {
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        let thread = Thread {
            body(index)
            group.leave()
        }
        thread.start()
    }
    return group.wait(timeout: .now() + .milliseconds(Int(limit.components.seconds * 1000))) == .success
}

/// A reply socket listening on a loopback port chosen by the OS, served by an
/// echo-style handler that prefixes every request with `prefix`.
struct EchoServer {
    let socket: NNGSocket
    let server: NNGReplyServer
    let url: String

    init(workers: Int = 4, prefix: [UInt8] = Array("re:".utf8), configure: (NNGSocket) -> Void = { _ in }) throws {
        socket = try NNGSocket.reply()
        configure(socket)
        let port = try socket.listen("tcp://127.0.0.1:0")
        url = "tcp://127.0.0.1:\(port)"
        server = try NNGReplyServer(socket: socket, workers: workers) { request in prefix + request }
    }

    func shutDown() {
        server.stop()
        socket.close()
    }
}

/// A request socket dialed to `url` with finite timeouts, so a failing test
/// reports an error instead of hanging.
func makeRequester(dialing url: String, timeout: Duration = .seconds(10)) throws -> NNGSocket {
    let socket = try NNGSocket.request()
    socket.sendTimeout = timeout
    socket.receiveTimeout = timeout
    try socket.dial(url)
    return socket
}

/// Collects values appended from several threads.
final class Collector<Value: Sendable>: Sendable {
    private let values = Mutex<[Value]>([])
    func append(_ value: Value) { values.withLock { $0.append(value) } }
    var all: [Value] { values.withLock { $0 } }
}
