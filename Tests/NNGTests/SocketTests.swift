import Dispatch
import NNG
import Synchronization
import Testing

@Suite("NNGSocket")
struct SocketTests {
    @Test func listenOnPortZeroReturnsAReachablePort() throws {
        let pull = try NNGSocket.pull()
        defer { pull.close() }
        pull.receiveTimeout = .seconds(10)
        let port = try pull.listen("tcp://127.0.0.1:0")
        #expect(port > 0)

        let push = try NNGSocket.push()
        defer { push.close() }
        push.sendTimeout = .seconds(10)
        try push.dial("tcp://127.0.0.1:\(port)")
        try push.send([4, 2])

        #expect(try pull.receive() == [4, 2])
    }

    @Test func listenOnInprocReturnsZero() throws {
        let pull = try NNGSocket.pull()
        defer { pull.close() }
        #expect(try pull.listen(uniqueInprocURL()) == 0)
    }

    @Test func receiveTimeoutThrowsTimedOut() throws {
        let pull = try NNGSocket.pull()
        defer { pull.close() }
        try pull.listen(uniqueInprocURL())
        pull.receiveTimeout = .milliseconds(50)

        #expect(throws: NNGError.timedOut) { try pull.receive() }
    }

    @Test func dialingAPortNobodyListensOnSucceedsOnceAServerStartsThere() throws {
        let probe = try NNGSocket.reply()
        let port = try probe.listen("tcp://127.0.0.1:0")
        probe.close()
        let url = "tcp://127.0.0.1:\(port)"

        let requester = try NNGSocket.request()
        defer { requester.close() }
        requester.sendTimeout = .seconds(10)
        requester.receiveTimeout = .seconds(10)
        try requester.setReconnect(minimum: .milliseconds(10), maximum: .milliseconds(50))
        try requester.dial(url)

        let socket = try NNGSocket.reply()
        try socket.listen(url)
        let server = try NNGReplyServer(socket: socket, workers: 1) { $0 + [0] }
        defer {
            server.stop()
            socket.close()
        }

        #expect(try requester.request([5]) == [5, 0])
    }

    @Test func listeningTwiceOnOnePortReportsAddressInUseWithTheURL() throws {
        let first = try NNGSocket.pull()
        defer { first.close() }
        let port = try first.listen("tcp://127.0.0.1:0")
        let url = "tcp://127.0.0.1:\(port)"
        let second = try NNGSocket.pull()
        defer { second.close() }

        let error = #expect(throws: NNGError.self) { try second.listen(url) }

        #expect(error == .addressInUse(url: url))
        #expect(error?.description.contains(url) == true)
    }

    @Test func malformedURLIsReportedAsInvalidAddress() throws {
        let socket = try NNGSocket.push()
        defer { socket.close() }

        let error = #expect(throws: NNGError.self) { try socket.dial("nonsense://nowhere") }

        #expect(error?.description.contains("nonsense://nowhere") == true)
        if case .invalidAddress = error {} else { Issue.record("expected invalidAddress, got \(String(describing: error))") }
    }

    @Test func operationsOnAClosedSocketThrowClosed() throws {
        let requester = try NNGSocket.request()
        requester.close()
        requester.close()

        #expect(throws: NNGError.closed) { try requester.send([1]) }
        #expect(throws: NNGError.closed) { try requester.receive() }
        #expect(throws: NNGError.closed) { try requester.request([1]) }
        #expect(throws: NNGError.closed) { try requester.listen(uniqueInprocURL()) }
        #expect(throws: NNGError.closed) { try requester.dial(uniqueInprocURL()) }
        #expect(throws: NNGError.closed) {
            try requester.setReconnect(minimum: .milliseconds(1), maximum: .milliseconds(2))
        }
        let subscriber = try NNGSocket.subscriber()
        subscriber.close()
        #expect(throws: NNGError.closed) { try subscriber.subscribe(to: []) }
        let reply = try NNGSocket.reply()
        reply.close()
        #expect(throws: NNGError.closed) { try NNGReplyServer(socket: reply, workers: 1) { $0 } }
    }

    @Test func closeUnblocksAReceiveWaitingOnAnotherThread() throws {
        let pull = try NNGSocket.pull()
        try pull.listen(uniqueInprocURL())
        let outcome = Mutex<NNGError?>(nil)

        let finished = runOnThreads(2, limit: .seconds(5)) { index in
            if index == 0 {
                do throws(NNGError) {
                    _ = try pull.receive()
                } catch {
                    outcome.withLock { $0 = error }
                }
            } else {
                pull.close()
            }
        }

        #expect(finished)
        #expect(outcome.withLock { $0 } == .closed)
    }

    @Test func closeUnblocksARequestAwaitingItsReply() throws {
        let socket = try NNGSocket.reply()
        let url = uniqueInprocURL()
        try socket.listen(url)
        let requestArrived = DispatchSemaphore(value: 0)
        let server = try NNGReplyServer(socket: socket, workers: 1) { _ in
            requestArrived.signal()
            return nil
        }
        defer {
            server.stop()
            socket.close()
        }
        let requester = try NNGSocket.request()
        try requester.dial(url)
        let outcome = Mutex<NNGError?>(nil)
        let arrivedInTime = Mutex(false)

        let finished = runOnThreads(2, limit: .seconds(5)) { index in
            if index == 0 {
                do throws(NNGError) {
                    _ = try requester.request([1])
                } catch {
                    outcome.withLock { $0 = error }
                }
            } else {
                // Close only once the request is in flight, i.e. the server has seen it.
                arrivedInTime.withLock { $0 = requestArrived.wait(timeout: .now() + .seconds(4)) == .success }
                requester.close()
            }
        }

        #expect(finished)
        #expect(arrivedInTime.withLock { $0 })
        #expect(outcome.withLock { $0 } == .closed)
    }

    @Test func requestOnANonRequestSocketIsRejected() throws {
        let push = try NNGSocket.push()
        defer { push.close() }
        #expect(throws: NNGError.self) { try push.request([1]) }
    }

    @Test func timeoutAndSizeOptionsReadBackWhatWasSet() throws {
        let socket = try NNGSocket.pull()
        defer { socket.close() }
        #expect(socket.receiveTimeout == nil)
        socket.receiveTimeout = .milliseconds(250)
        socket.sendTimeout = .seconds(3)
        socket.maxReceiveSize = 4096

        #expect(socket.receiveTimeout == .milliseconds(250))
        #expect(socket.sendTimeout == .seconds(3))
        #expect(socket.maxReceiveSize == 4096)
    }
}
