import CNNG
import Synchronization

/// Serves a reply (rep0) socket concurrently.
///
/// Each of `workers` nng contexts is owned by its own dedicated OS thread (not
/// the Swift cooperative pool), which receives a request, calls `handler`
/// synchronously on that thread, and sends back what the handler returns. Up to
/// `workers` requests are therefore handled at once; further requests wait for a
/// free worker. Every reply goes to the requester whose request produced it.
///
/// The handler may be called from several threads at the same time and must be
/// thread-safe. It may block, which occupies only its own worker; the requester
/// waits for it and may time out.
///
/// Lifetime: the server runs until `stop()` is called or its socket is closed
/// (`NNGSocket.close()` stops it first, so no aio is in flight when nng tears the
/// socket down). Either may be called from a handler.
public final class NNGReplyServer: Sendable {
    private let socket: NNGSocket
    private let workers: [NNGReplyWorker]
    private let stopped = Mutex(false)

    /// Starts serving `socket`, which must be a reply socket.
    ///
    /// - Parameters:
    ///   - workers: number of contexts and threads, at least 1.
    ///   - handler: returns the reply body, or `nil` to send nothing (the
    ///     requester then sees a timeout; with resend disabled it is not retried).
    ///     Replies wait up to the socket's `sendTimeout` at the time of this call
    ///     to be handed to the connection, then are dropped.
    /// - Throws: `invalidArgument` for a non-reply socket or fewer than one worker,
    ///   `closed` if the socket is closed, or the nng/thread failure that
    ///   prevented starting; nothing keeps running after a throw.
    public init(
        socket: NNGSocket, workers: Int,
        handler: @escaping @Sendable ([UInt8]) -> [UInt8]?
    ) throws(NNGError) {
        guard socket.kind == .reply else {
            throw NNGError.invalidArgument(operation: "reply server", reason: "socket is \(socket.kind.rawValue), a reply server needs a rep0 socket")
        }
        guard workers >= 1 else {
            throw NNGError.invalidArgument(operation: "reply server", reason: "workers must be at least 1, got \(workers)")
        }
        // Keeps nng from freeing the socket while our threads may be inside it.
        guard socket.acquireLease() else { throw NNGError.closed }

        let sendTimeout = socket.sendTimeout
        var created: [NNGReplyWorker] = []
        do throws(NNGError) {
            for _ in 0..<workers {
                created.append(try NNGReplyWorker(socket: socket, sendTimeout: sendTimeout, handler: handler))
            }
        } catch {
            for worker in created { worker.release() }
            socket.releaseLease()
            throw error
        }

        var started = 0
        do throws(NNGError) {
            for worker in created {
                try worker.start()
                started += 1
            }
        } catch {
            for worker in created[..<started] { worker.requestStop() }
            for worker in created[..<started] { worker.finish() }
            for worker in created[started...] { worker.release() }
            socket.releaseLease()
            throw error
        }

        self.socket = socket
        self.workers = created
        // Registered only now, so a concurrent close() can never see half-started workers.
        guard socket.addCloseHook(for: ObjectIdentifier(self), { [self] in self.stop() }) else {
            stop()
            throw NNGError.closed
        }
    }

    /// Stops serving: aborts every pending nng operation (`nng_aio_stop`), closes
    /// the contexts and joins the worker threads, so once it returns the handler
    /// is no longer running (except when called from the handler itself: that
    /// worker finishes once the handler returns, without sending its reply).
    /// The socket stays open. Idempotent; a concurrent second call returns at
    /// once without waiting for the first to finish. A concurrent
    /// `NNGSocket.close()` leaves closing the nng socket to this call's end.
    public func stop() {
        let first = stopped.withLock { stopped in
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        socket.removeCloseHook(for: ObjectIdentifier(self))
        for worker in workers { worker.requestStop() }
        for worker in workers { worker.finish() }
        socket.releaseLease()
    }
}
