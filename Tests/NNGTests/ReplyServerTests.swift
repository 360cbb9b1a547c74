import NNG
import Synchronization
import Testing

@Suite("NNGReplyServer")
struct ReplyServerTests {
    @Test func concurrentRequestersEachReceiveTheReplyToTheirOwnRequest() throws {
        let echo = try EchoServer(workers: 4)
        defer { echo.shutDown() }
        let mismatches = Collector<String>()

        let finished = runOnThreads(4) { thread in
            do {
                let requester = try makeRequester(dialing: echo.url)
                defer { requester.close() }
                for index in 0..<50 {
                    let body = Array("t\(thread)-r\(index)".utf8)
                    let reply = try requester.request(body)
                    if reply != Array("re:".utf8) + body { mismatches.append("\(body) -> \(reply)") }
                }
            } catch {
                mismatches.append("thread \(thread): \(error)")
            }
        }

        #expect(finished)
        #expect(mismatches.all.isEmpty)
    }

    @Test func requestIsSafeToCallConcurrentlyOnOneSharedSocket() throws {
        let echo = try EchoServer(workers: 2)
        defer { echo.shutDown() }
        let requester = try makeRequester(dialing: echo.url)
        defer { requester.close() }
        let mismatches = Collector<String>()

        let finished = runOnThreads(4) { thread in
            for index in 0..<50 {
                let body = Array("shared-t\(thread)-r\(index)".utf8)
                do {
                    let reply = try requester.request(body)
                    if reply != Array("re:".utf8) + body { mismatches.append("\(body) -> \(reply)") }
                } catch {
                    mismatches.append("thread \(thread) request \(index): \(error)")
                }
            }
        }

        #expect(finished)
        #expect(mismatches.all.isEmpty)
    }

    @Test func oversizedRequestNeverReachesHandlerAndServerKeepsAnsweringOthers() throws {
        let limit = 1024
        let largestSeen = Mutex(0)
        let socket = try NNGSocket.reply()
        socket.maxReceiveSize = limit
        let port = try socket.listen("tcp://127.0.0.1:0")
        let server = try NNGReplyServer(socket: socket, workers: 2) { request in
            largestSeen.withLock { $0 = max($0, request.count) }
            return request
        }
        defer {
            server.stop()
            socket.close()
        }
        let url = "tcp://127.0.0.1:\(port)"

        // nng drops the connection that carried the oversized message, which the
        // requester sees as a reset rather than a timeout.
        let oversized = try makeRequester(dialing: url)
        defer { oversized.close() }
        #expect(throws: NNGError.connectionReset) {
            try oversized.request([UInt8](repeating: 7, count: 64 * 1024))
        }

        let wellBehaved = try makeRequester(dialing: url)
        defer { wellBehaved.close() }
        #expect(try wellBehaved.request([1, 2, 3]) == [1, 2, 3])
        #expect(largestSeen.withLock { $0 } <= limit)
    }

    @Test func handlerReturningNilSendsNoReply() throws {
        let socket = try NNGSocket.reply()
        let url = uniqueInprocURL()
        try socket.listen(url)
        let server = try NNGReplyServer(socket: socket, workers: 1) { request in
            request == [0] ? nil : request
        }
        defer {
            server.stop()
            socket.close()
        }
        let requester = try makeRequester(dialing: url, timeout: .milliseconds(200))
        defer { requester.close() }

        #expect(throws: NNGError.timedOut) { try requester.request([0]) }
        #expect(try requester.request([1]) == [1])
    }

    @Test func stopThenCloseReturnsPromptly() throws {
        let echo = try EchoServer(workers: 4)
        let requester = try makeRequester(dialing: echo.url)
        defer { requester.close() }
        #expect(try requester.request([9]) == Array("re:".utf8) + [9])

        let elapsed = ContinuousClock().measure {
            echo.server.stop()
            echo.socket.close()
        }

        #expect(elapsed < .seconds(2))
    }

    @Test func closingTheSocketStopsItsRunningServer() throws {
        let echo = try EchoServer(workers: 3)
        let requester = try makeRequester(dialing: echo.url)
        defer { requester.close() }
        #expect(try requester.request([1]) == Array("re:".utf8) + [1])

        let elapsed = ContinuousClock().measure { echo.socket.close() }

        #expect(elapsed < .seconds(2))
        echo.server.stop()
    }

    @Test func stopCalledFromInsideTheHandlerDoesNotDeadlock() throws {
        let socket = try NNGSocket.reply()
        let url = uniqueInprocURL()
        try socket.listen(url)
        let serverBox = Mutex<NNGReplyServer?>(nil)
        let server = try NNGReplyServer(socket: socket, workers: 2) { _ in
            serverBox.withLock { $0 }?.stop()
            return [1]
        }
        serverBox.withLock { $0 = server }
        defer { socket.close() }
        let requester = try makeRequester(dialing: url, timeout: .milliseconds(300))
        defer { requester.close() }

        #expect(throws: NNGError.timedOut) { try requester.request([0]) }
        server.stop()
    }

    @Test func serverRejectsNonReplySocketAndZeroWorkers() throws {
        let pull = try NNGSocket.pull()
        defer { pull.close() }
        #expect(throws: NNGError.self) { try NNGReplyServer(socket: pull, workers: 1) { $0 } }

        let reply = try NNGSocket.reply()
        defer { reply.close() }
        #expect(throws: NNGError.self) { try NNGReplyServer(socket: reply, workers: 0) { $0 } }
    }
}
