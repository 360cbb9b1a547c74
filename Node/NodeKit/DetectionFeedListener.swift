import Dispatch
import Foundation
import Logging
import NNG
import TrafficDesk

/// The node's nng PULL socket for camera and edge-box detections: each message is one batch in
/// the documented text format or the JSON batch form (first non-blank byte `{`).
///
/// Guarantees: messages are analysed one at a time in arrival order on a dedicated thread
/// (blocking nng receives stay off the cooperative pool), which waits for each batch, so a fast
/// sender is held back by nng's buffers instead of piling up work; a malformed batch is counted
/// and logged and never stops the listener; messages larger than ``maxMessageBytes`` are dropped
/// by nng before they reach us.
public final class DetectionFeedListener: Sendable {
    public static let maxMessageBytes = 16 * 1024 * 1024

    let socket: NNGSocket
    let engine: TrafficEngine
    let logger: Logger
    /// The port actually bound (the URL may ask for port 0).
    public let port: Int

    public init(url: String, engine: TrafficEngine, logger: Logger) throws(NNGError) {
        socket = try NNGSocket.pull()
        socket.maxReceiveSize = Self.maxMessageBytes
        socket.receiveTimeout = .milliseconds(500)
        port = try socket.listen(url)
        self.engine = engine
        self.logger = logger
    }

    public func start() {
        let thread = Thread { [self] in self.loop() }
        thread.name = "ioc-detections"
        thread.start()
    }

    public func stop() { socket.close() }

    private func loop() {
        while !socket.isClosed {
            let bytes: [UInt8]
            do { bytes = try socket.receive() } catch .timedOut { continue } catch {
                if socket.isClosed { return }
                logger.warning("detection feed: \(error)")
                continue
            }
            let done = DispatchSemaphore(value: 0)
            let engine = self.engine, logger = self.logger
            Task {
                let report: IngestReport
                if bytes.first(where: { $0 > 32 }) == UInt8(ascii: "{") {
                    do throws(TrafficDeskError) { report = try await engine.ingest(json: Data(bytes)) } catch {
                        logger.warning("detection feed: refused a JSON batch: \(error)")
                        done.signal()
                        return
                    }
                } else {
                    report = await engine.ingest(text: bytes)
                }
                if report.malformed > 0 || !report.unknownCameras.isEmpty {
                    logger.notice(
                        "detection feed: \(report.accepted) analysed, \(report.malformed) malformed (first: \(report.refused.first?.reason ?? "-")), unknown cameras: \(report.unknownCameras.map(\.camera))")
                }
                done.signal()
            }
            done.wait()
        }
    }
}
