import NNG
import Testing

@Suite("Publish/subscribe")
struct PubSubTests {
    /// pub/sub drops messages until the connection is up, so publish repeatedly
    /// until the subscriber sees one or the deadline passes.
    private func publishUntilReceived(
        publisher: NNGSocket, subscriber: NNGSocket, messages: [[UInt8]]
    ) throws -> [UInt8]? {
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            for message in messages { try publisher.send(message) }
            do {
                return try subscriber.receive()
            } catch .timedOut {
                continue
            }
        }
        return nil
    }

    @Test func subscriberReceivesAPublishedMessage() throws {
        let publisher = try NNGSocket.publisher()
        defer { publisher.close() }
        let port = try publisher.listen("tcp://127.0.0.1:0")
        let subscriber = try NNGSocket.subscriber()
        defer { subscriber.close() }
        subscriber.receiveTimeout = .milliseconds(50)
        try subscriber.subscribe(to: [])
        try subscriber.dial("tcp://127.0.0.1:\(port)")

        let received = try publishUntilReceived(
            publisher: publisher, subscriber: subscriber, messages: [Array("hello".utf8)])

        #expect(received == Array("hello".utf8))
    }

    @Test func subscriberOnlyReceivesMessagesMatchingItsPrefix() throws {
        let url = uniqueInprocURL()
        let publisher = try NNGSocket.publisher()
        defer { publisher.close() }
        try publisher.listen(url)
        let subscriber = try NNGSocket.subscriber()
        defer { subscriber.close() }
        subscriber.receiveTimeout = .milliseconds(50)
        try subscriber.subscribe(to: Array("alerts/".utf8))
        try subscriber.dial(url)

        let received = try publishUntilReceived(
            publisher: publisher, subscriber: subscriber,
            messages: [Array("metrics/1".utf8), Array("alerts/1".utf8)])

        #expect(received == Array("alerts/1".utf8))
    }
}
