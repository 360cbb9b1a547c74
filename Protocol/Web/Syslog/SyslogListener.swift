import CyberSecurity
import NIOCore
import NIOPosix
import Synchronization

/// The SOC's syslog port: RFC 5424 and RFC 3164 messages over UDP (one per datagram) and
/// TCP (RFC 6587 octet-counted or newline framing, per frame), on one port number for both.
///
/// Guarantees: messages are read on NIO's event loops and handed to the intake without
/// waiting; a message that is not syslog, an oversized one or broken framing is counted
/// with its sample and the listener goes on (a TCP connection's later frames are still
/// read); datagrams are received whole up to 64 KiB; at most `maxConnections` TCP senders
/// are served at once, the next ones closed on accept.
public final class SyslogListener: Sendable {
    public let host: String
    public let maxConnections: Int
    private let intake: SecurityIntake
    private let group: any EventLoopGroup
    private let channels = Mutex<[any Channel]>([])
    private let connections = Atomic<Int>(0)

    public init(host: String, intake: SecurityIntake, maxConnections: Int = 512, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.host = host
        self.intake = intake
        self.maxConnections = maxConnections
        self.group = group
    }

    /// Binds TCP on `port` (0: a free one) and UDP on the same number; returns it.
    public func start(port: Int) async throws -> Int {
        let intake = self.intake, listener = self
        var attempts = 0
        while true {
            attempts += 1
            let tcp = try await ServerBootstrap(group: group)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelInitializer { channel in
                    guard listener.connections.wrappingAdd(1, ordering: .relaxed).newValue <= listener.maxConnections else {
                        listener.connections.wrappingSubtract(1, ordering: .relaxed)
                        return channel.close()
                    }
                    channel.closeFuture.whenComplete { _ in listener.connections.wrappingSubtract(1, ordering: .relaxed) }
                    return channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(StreamHandler(intake: intake))
                    }
                }
                .bind(host: host, port: port).get()
            let bound = tcp.localAddress?.port ?? port
            do {
                let udp = try await DatagramBootstrap(group: group)
                    .channelOption(.recvAllocator, value: FixedSizeRecvByteBufferAllocator(capacity: 65_536))
                    .channelInitializer { channel in
                        channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(DatagramHandler(intake: intake)) }
                    }
                    .bind(host: host, port: bound).get()
                channels.withLock { $0 += [tcp, udp] }
                return bound
            } catch {
                try? await tcp.close()
                // Port 0 gave a TCP port whose UDP twin is taken: try another pair.
                guard port == 0, attempts < 8 else { throw error }
            }
        }
    }

    /// Closes both sockets; messages already read still reach the intake.
    public func stop() {
        for channel in channels.withLock({ list in defer { list = [] }; return list }) { channel.close(promise: nil) }
    }

    private final class DatagramHandler: ChannelInboundHandler, Sendable {
        typealias InboundIn = AddressedEnvelope<ByteBuffer>
        let intake: SecurityIntake

        init(intake: SecurityIntake) { self.intake = intake }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let envelope = unwrapInboundIn(data)
            let bytes = Array(envelope.data.readableBytesView)
            let sender = envelope.remoteAddress.ipAddress ?? "?"
            do throws(SecurityEventProblem) {
                intake.submit([try SyslogMessageReader.event(bytes, sender: sender, receivedAt: intake.desk.nowMillis)], source: "syslog")
            } catch {
                intake.submit([], problems: [(error, bytes)], source: "syslog")
            }
        }
    }

    private final class StreamHandler: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        let intake: SecurityIntake
        var decoder = SyslogFrameDecoder()
        var sender = "?"

        init(intake: SecurityIntake) { self.intake = intake }

        func channelActive(context: ChannelHandlerContext) {
            sender = context.remoteAddress?.ipAddress ?? "?"
            context.fireChannelActive()
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let buffer = unwrapInboundIn(data)
            submit(decoder.feed(buffer.readableBytesView))
        }

        func channelInactive(context: ChannelHandlerContext) {
            if let last = decoder.finish() { submit([.success(last)]) }
            context.fireChannelInactive()
        }

        private func submit(_ frames: [Result<[UInt8], SecurityEventProblem>]) {
            guard !frames.isEmpty else { return }
            var events: [SecurityEvent] = []
            var problems: [(SecurityEventProblem, [UInt8])] = []
            let now = intake.desk.nowMillis
            for frame in frames {
                switch frame {
                case .success(let bytes):
                    do throws(SecurityEventProblem) {
                        events.append(try SyslogMessageReader.event(bytes, sender: sender, receivedAt: now))
                    } catch {
                        problems.append((error, bytes))
                    }
                case .failure(let problem): problems.append((problem, []))
                }
            }
            intake.submit(events, problems: problems, source: "syslog")
        }
    }
}
