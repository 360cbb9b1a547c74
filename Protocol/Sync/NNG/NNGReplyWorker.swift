import CNNG
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One nng context of a reply socket and the dedicated OS thread that serves it.
///
/// The thread is a plain pthread, not a Swift concurrency worker, because it
/// blocks in `nng_aio_wait` for as long as no request arrives. The context and
/// aio are owned by whoever ends the worker: `NNGReplyServer.stop()` after
/// joining the thread, or the thread itself when `stop()` runs on it (a handler
/// that stops its own server) and so cannot join it.
final class NNGReplyWorker: @unchecked Sendable {
    private let context: nng_ctx
    private let aio: OpaquePointer
    private let handler: @Sendable ([UInt8]) -> [UInt8]?
    private let sendTimeout: nng_duration
    private let stopping = Atomic<Bool>(false)
    private let cleansUpOnExit = Atomic<Bool>(false)
    private let thread = Mutex<pthread_t?>(nil)

    init(
        socket: NNGSocket, sendTimeout: Duration?,
        handler: @escaping @Sendable ([UInt8]) -> [UInt8]?
    ) throws(NNGError) {
        var context = nng_ctx()
        var rv = nng_ctx_open(&context, socket.handle)
        guard rv == 0 else { throw NNGError.from(rv, operation: "reply server: open context") }
        var aio: OpaquePointer?
        rv = nng_aio_alloc(&aio, nil, nil)
        guard rv == 0, let aio else {
            nng_ctx_close(context)
            throw NNGError.from(rv == 0 ? NNGError.raw(NNG_ENOMEM) : rv, operation: "reply server: allocate aio")
        }
        self.context = context
        self.aio = aio
        self.handler = handler
        self.sendTimeout = NNGDuration.milliseconds(sendTimeout)
    }

    /// Starts the serving thread. On failure nothing was started and `release()`
    /// must still be called.
    func start() throws(NNGError) {
        let retained = Unmanaged.passRetained(self)
        var tid = pthread_t()
        let rv = pthread_create(&tid, nil, { argument in
            guard let argument else { return nil }
            let worker = Unmanaged<NNGReplyWorker>.fromOpaque(argument).takeRetainedValue()
            worker.run()
            return nil
        }, retained.toOpaque())
        guard rv == 0 else {
            retained.release()
            throw NNGError.failed(operation: "reply server: start worker thread", url: nil, code: NNGError.raw(NNG_ESYSERR) | rv)
        }
        thread.withLock { $0 = tid }
    }

    /// Asks the thread to finish and aborts whatever nng operation it is waiting
    /// for, without waiting for the thread itself; call `finish()` afterwards.
    func requestStop() {
        stopping.store(true, ordering: .sequentiallyConsistent)
        nng_aio_stop(aio)
        // Also closes the context, in case the thread submitted a new operation
        // between checking the flag and the aio being stopped.
        nng_ctx_close(context)
    }

    /// Waits for the thread to end and frees the aio. When called on the worker's
    /// own thread it instead leaves the cleanup to the thread, which exits as
    /// soon as the current handler returns.
    func finish() {
        guard let tid = thread.withLock({ $0 }) else {
            release()
            return
        }
        if pthread_equal(tid, pthread_self()) != 0 {
            cleansUpOnExit.store(true, ordering: .sequentiallyConsistent)
            pthread_detach(tid)
        } else {
            pthread_join(tid, nil)
            nng_aio_free(aio)
        }
    }

    /// Frees the nng resources of a worker whose thread never started.
    func release() {
        nng_ctx_close(context)
        nng_aio_free(aio)
    }

    private func run() {
        while !stopping.load(ordering: .sequentiallyConsistent) {
            nng_aio_set_timeout(aio, NNG_DURATION_INFINITE)
            nng_ctx_recv(context, aio)
            nng_aio_wait(aio)
            let received = nng_aio_result(aio)
            if received == NNGError.raw(NNG_ECLOSED) || received == NNGError.raw(NNG_ECANCELED) { break }
            guard received == 0, let message = nng_aio_get_msg(aio) else { continue }
            nng_aio_set_msg(aio, nil)
            let request = NNGMessage.consume(message)
            if stopping.load(ordering: .sequentiallyConsistent) { break }

            guard let reply = handler(request),
                  let replyMessage = try? NNGMessage.make(reply, operation: "reply")
            else { continue }
            nng_aio_set_msg(aio, replyMessage)
            nng_aio_set_timeout(aio, sendTimeout)
            nng_ctx_send(context, aio)
            nng_aio_wait(aio)
            let sent = nng_aio_result(aio)
            if sent != 0 {
                // A failed send leaves the message with us.
                if let unsent = nng_aio_get_msg(aio) { nng_msg_free(unsent) }
                nng_aio_set_msg(aio, nil)
                // ECLOSED here may name only the requester's connection, gone while its
                // request was handled (a node killed, or redialling): the worker goes on
                // serving the others. Only a closing socket ends it.
                if stopping.load(ordering: .sequentiallyConsistent) { break }
            }
        }
        if cleansUpOnExit.load(ordering: .sequentiallyConsistent) {
            nng_aio_free(aio)
        }
    }
}
