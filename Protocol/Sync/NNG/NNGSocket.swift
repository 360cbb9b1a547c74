import CNNG
import Synchronization

/// An nng socket (libnng 1.5.2) speaking one scalability protocol.
///
/// Thread-safety: every method and property may be used from any thread at the
/// same time. nng sockets are themselves thread-safe; the little state this
/// wrapper adds (closed flag, cached options, requests in flight) sits behind a
/// mutex that is never held while waiting for the network or a peer.
///
/// Blocking: `send`, `receive` and `request` block the calling thread (up to the
/// configured timeouts), so call them from dedicated threads or wrap them before
/// using them from Swift concurrency; never from an nng callback.
///
/// Ownership: the socket owns its nng handle and closes it in `close()` or at
/// deinit. Bytes passed in are copied into nng messages; bytes returned are copies.
public final class NNGSocket: @unchecked Sendable {
    /// The scalability protocol a socket speaks.
    public enum Kind: String, Sendable {
        case request = "req0"
        case reply = "rep0"
        case publisher = "pub0"
        case subscriber = "sub0"
        case push = "push0"
        case pull = "pull0"
    }

    /// An aio owned by one `request(_:)` call; `close()` only ever stops it,
    /// under the state lock, while that call keeps it registered.
    private struct InFlightAIO: @unchecked Sendable {
        let pointer: OpaquePointer
    }

    private struct State {
        var closed = false
        var receiveTimeout: Duration?
        var sendTimeout: Duration?
        var maxReceiveSize: Int
        var closeHooks: [ObjectIdentifier: @Sendable () -> Void] = [:]
        /// The aio of every `request(_:)` currently using an nng context.
        var requestsInFlight: [Int: InFlightAIO] = [:]
        var nextRequestID = 0
        /// Reply servers whose worker threads may still be inside nng.
        var serverLeases = 0
        /// Set by `close()` once its hooks have run: the nng socket may now be
        /// closed by whoever sees no request left in flight.
        var readyToCloseHandle = false
        var handleClosed = false

        /// Claims the single `nng_close` call if nothing may still touch a context.
        mutating func claimHandleClose() -> Bool {
            guard readyToCloseHandle, requestsInFlight.isEmpty, serverLeases == 0, !handleClosed else {
                return false
            }
            handleClosed = true
            return true
        }
    }

    /// The protocol this socket was opened with.
    public let kind: Kind
    let handle: nng_socket
    private let state: Mutex<State>

    private init(kind: Kind) throws(NNGError) {
        var socket = nng_socket()
        let rv: Int32
        switch kind {
        case .request: rv = nng_req0_open(&socket)
        case .reply: rv = nng_rep0_open(&socket)
        case .publisher: rv = nng_pub0_open(&socket)
        case .subscriber: rv = nng_sub0_open(&socket)
        case .push: rv = nng_push0_open(&socket)
        case .pull: rv = nng_pull0_open(&socket)
        }
        guard rv == 0 else { throw NNGError.from(rv, operation: "open \(kind.rawValue) socket") }
        var maxSize = 0
        _ = nng_socket_get_size(socket, NNG_OPT_RECVMAXSZ, &maxSize)
        self.kind = kind
        self.handle = socket
        self.state = Mutex(State(maxReceiveSize: maxSize))
    }

    deinit {
        close()
    }

    /// Opens a req0 socket with automatic resending disabled, so each request is
    /// sent once and gets exactly one reply or fails: `timedOut` when no reply
    /// comes in time, `connectionReset` when the connection carrying it breaks.
    public static func request() throws(NNGError) -> NNGSocket {
        let socket = try NNGSocket(kind: .request)
        let rv = nng_socket_set_ms(socket.handle, NNG_OPT_REQ_RESENDTIME, NNG_DURATION_INFINITE)
        guard rv == 0 else {
            socket.close()
            throw NNGError.from(rv, operation: "disable request resend")
        }
        return socket
    }

    /// Opens a rep0 socket; serve it concurrently with `NNGReplyServer`.
    public static func reply() throws(NNGError) -> NNGSocket { try NNGSocket(kind: .reply) }

    /// Opens a pub0 socket. Publishing never blocks on subscribers; messages sent
    /// before a subscriber's connection is up, or while it is slow, are dropped.
    public static func publisher() throws(NNGError) -> NNGSocket { try NNGSocket(kind: .publisher) }

    /// Opens a sub0 socket. It receives nothing until `subscribe(to:)` is called.
    public static func subscriber() throws(NNGError) -> NNGSocket { try NNGSocket(kind: .subscriber) }

    /// Opens a push0 socket (load-balances messages across connected pullers).
    public static func push() throws(NNGError) -> NNGSocket { try NNGSocket(kind: .push) }

    /// Opens a pull0 socket (fair-queues messages from connected pushers).
    public static func pull() throws(NNGError) -> NNGSocket { try NNGSocket(kind: .pull) }

    // MARK: Endpoints

    /// Starts listening on `url` (e.g. `tcp://127.0.0.1:0`, `inproc://name`).
    /// Does not block. Returns the TCP port actually bound, which is how a
    /// caller learns the port chosen for `:0`; returns 0 for transports without
    /// a port. The socket may listen on several URLs.
    @discardableResult
    public func listen(_ url: String) throws(NNGError) -> Int {
        try listener(url).port
    }

    /// Starts listening as `listen(_:)` does and returns the listener, which its owner may
    /// close and open again (see `NNGListener`).
    public func listener(_ url: String) throws(NNGError) -> NNGListener {
        try checkOpen()
        var listener = nng_listener()
        let rv = nng_listen(handle, url, &listener, 0)
        guard rv == 0 else { throw failure(rv, operation: "listen", url: url) }
        return NNGListener(started: listener)
    }

    /// Starts dialing `url` without waiting for the connection: the call returns
    /// at once even if the peer is down, and nng keeps reconnecting in the
    /// background (see `setReconnect`). Only malformed URLs or unknown transports
    /// throw. Until the connection is up, sends on request and push sockets wait
    /// (up to `sendTimeout`) and publications are dropped.
    @discardableResult
    public func dial(_ url: String) throws(NNGError) -> NNGDialer {
        try checkOpen()
        var dialer = nng_dialer()
        let rv = nng_dial(handle, url, &dialer, Int32(NNG_FLAG_NONBLOCK))
        guard rv == 0 else { throw failure(rv, operation: "dial", url: url) }
        return NNGDialer(handle: dialer)
    }

    // MARK: Messages

    /// Sends a copy of `bytes` as one message, blocking up to `sendTimeout`
    /// while the protocol cannot accept it (e.g. push with no puller connected).
    /// On a request socket this abandons any request still awaiting its reply;
    /// prefer `request(_:)`, which is safe to call concurrently.
    public func send(_ bytes: [UInt8]) throws(NNGError) {
        try checkOpen()
        let message = try NNGMessage.make(bytes, operation: "send")
        let rv = nng_sendmsg(handle, message, 0)
        if rv != 0 {
            // nng takes ownership only when the send succeeds.
            nng_msg_free(message)
            throw failure(rv, operation: "send")
        }
    }

    /// Receives one message, blocking up to `receiveTimeout`, and returns a copy
    /// of its body. Throws `timedOut` when the timeout expires and `closed` when
    /// the socket is or becomes closed.
    public func receive() throws(NNGError) -> [UInt8] {
        try checkOpen()
        var message: OpaquePointer?
        let rv = nng_recvmsg(handle, &message, 0)
        guard rv == 0, let message else {
            throw failure(rv == 0 ? NNGError.raw(NNG_EINTERNAL) : rv, operation: "receive")
        }
        return NNGMessage.consume(message)
    }

    /// Sends one request and waits for its reply (request sockets only).
    ///
    /// Each call runs in its own nng context, so any number of threads may call
    /// this concurrently on one socket and each gets the reply to its own
    /// request. Blocks up to `sendTimeout` to hand the request to a connection,
    /// then up to `receiveTimeout` for the reply; throws `timedOut` if either
    /// expires and `connectionReset` if the connection breaks in between (also
    /// what a server does with a request above its `maxReceiveSize`). Nothing is
    /// retried.
    public func request(_ bytes: [UInt8]) throws(NNGError) -> [UInt8] {
        guard kind == .request else {
            throw NNGError.invalidArgument(operation: "request", reason: "socket is \(kind.rawValue), request(_:) needs a req0 socket")
        }
        var allocated: OpaquePointer?
        var rv = nng_aio_alloc(&allocated, nil, nil)
        guard rv == 0, let aio = allocated else { throw NNGError.from(rv, operation: "request: allocate aio") }
        // Registered so close() can abort it: nng 1.5.2 may free the socket under
        // a thread still inside an nng_ctx_* call, so close() must wait for us.
        let (id, sendTimeout, receiveTimeout): (Int, Duration?, Duration?)
        let inFlight = InFlightAIO(pointer: aio)
        do throws(NNGError) {
            (id, sendTimeout, receiveTimeout) = try state.withLock { state throws(NNGError) in
                guard !state.closed else { throw NNGError.closed }
                let id = state.nextRequestID
                state.nextRequestID &+= 1
                state.requestsInFlight[id] = inFlight
                return (id, state.sendTimeout, state.receiveTimeout)
            }
        } catch {
            nng_aio_free(aio)
            throw error
        }
        defer { finishRequest(id: id, aio: aio) }
        var context = nng_ctx()
        rv = nng_ctx_open(&context, handle)
        guard rv == 0 else { throw failure(rv, operation: "request: open context") }
        defer { nng_ctx_close(context) }

        let message = try NNGMessage.make(bytes, operation: "request")
        nng_aio_set_msg(aio, message)
        nng_aio_set_timeout(aio, NNGDuration.milliseconds(sendTimeout))
        nng_ctx_send(context, aio)
        nng_aio_wait(aio)
        rv = nng_aio_result(aio)
        guard rv == 0 else {
            // A failed send leaves the message with us.
            if let unsent = nng_aio_get_msg(aio) { nng_msg_free(unsent) }
            throw failure(rv, operation: "request: send")
        }

        nng_aio_set_timeout(aio, NNGDuration.milliseconds(receiveTimeout))
        nng_ctx_recv(context, aio)
        nng_aio_wait(aio)
        rv = nng_aio_result(aio)
        guard rv == 0 else { throw failure(rv, operation: "request: receive reply") }
        guard let reply = nng_aio_get_msg(aio) else {
            throw NNGError.from(NNGError.raw(NNG_EINTERNAL), operation: "request: receive reply")
        }
        return NNGMessage.consume(reply)
    }

    // MARK: Options

    /// How long `receive()` and the reply half of `request(_:)` wait; `nil`
    /// (the default) waits forever. Setting it on a closed socket has no effect.
    public var receiveTimeout: Duration? {
        get { state.withLock { $0.receiveTimeout } }
        set {
            state.withLock { state in
                guard !state.closed else { return }
                state.receiveTimeout = newValue
                nng_socket_set_ms(handle, NNG_OPT_RECVTIMEO, NNGDuration.milliseconds(newValue))
            }
        }
    }

    /// How long `send(_:)` and the send half of `request(_:)` wait; `nil` (the
    /// default) waits forever. Setting it on a closed socket has no effect.
    public var sendTimeout: Duration? {
        get { state.withLock { $0.sendTimeout } }
        set {
            state.withLock { state in
                guard !state.closed else { return }
                state.sendTimeout = newValue
                nng_socket_set_ms(handle, NNG_OPT_SENDTIMEO, NNGDuration.milliseconds(newValue))
            }
        }
    }

    /// The largest message, in bytes, this socket accepts from a peer; 0 means
    /// no limit, negative values are treated as 0. The default in nng 1.5.2 is
    /// 0 (no limit), so set one on sockets that untrusted peers can reach. nng
    /// applies it to existing and future listeners and dialers. Over TCP an
    /// oversized message is never delivered: nng drops the connection carrying it.
    public var maxReceiveSize: Int {
        get { state.withLock { $0.maxReceiveSize } }
        set {
            let size = max(0, newValue)
            state.withLock { state in
                guard !state.closed else { return }
                state.maxReceiveSize = size
                nng_socket_set_size(handle, NNG_OPT_RECVMAXSZ, size)
            }
        }
    }

    /// Sets the reconnect back-off of this socket's dialers (call it before
    /// `dial`): a retry waits a random time below `minimum`, that bound doubling
    /// on each failure up to `maximum`; a `maximum` of zero disables the doubling.
    /// nng's default is one second with no doubling.
    public func setReconnect(minimum: Duration, maximum: Duration) throws(NNGError) {
        try state.withLock { state throws(NNGError) in
            guard !state.closed else { throw NNGError.closed }
            var rv = nng_socket_set_ms(handle, NNG_OPT_RECONNMINT, NNGDuration.milliseconds(minimum))
            guard rv == 0 else { throw NNGError.from(rv, operation: "set reconnect minimum") }
            rv = nng_socket_set_ms(handle, NNG_OPT_RECONNMAXT, NNGDuration.milliseconds(maximum))
            guard rv == 0 else { throw NNGError.from(rv, operation: "set reconnect maximum") }
        }
    }

    /// Subscribes to messages whose body starts with `prefix` (subscriber
    /// sockets only); an empty prefix receives everything.
    public func subscribe(to prefix: [UInt8]) throws(NNGError) {
        guard kind == .subscriber else {
            throw NNGError.invalidArgument(operation: "subscribe", reason: "socket is \(kind.rawValue), subscribe(to:) needs a sub0 socket")
        }
        try checkOpen()
        var placeholder: UInt8 = 0
        // nng copies the prefix; an empty one still needs a valid pointer.
        let rv = prefix.isEmpty
            ? nng_socket_set(handle, NNG_OPT_SUB_SUBSCRIBE, &placeholder, 0)
            : prefix.withUnsafeBytes { nng_socket_set(handle, NNG_OPT_SUB_SUBSCRIBE, $0.baseAddress, $0.count) }
        guard rv == 0 else { throw NNGError.from(rv, operation: "subscribe") }
    }

    // MARK: Closing

    /// Whether `close()` has been called.
    public var isClosed: Bool { state.withLock { $0.closed } }

    /// Closes the socket. In order: marks it closed, so new calls throw
    /// `closed`; stops every `NNGReplyServer` serving it; aborts `request(_:)`
    /// calls in flight (they throw `closed`); then closes the nng socket, which
    /// breaks its connections and makes `send`/`receive` blocked on other threads
    /// return `closed`. nng 1.5.2 can free a socket under a thread still inside an
    /// `nng_ctx_*` call, so the nng socket is closed only once no request or
    /// server worker is still inside nng, by the last one to leave. That is
    /// immediate unless a server is being stopped concurrently by another thread
    /// (then it happens when that `stop()` finishes), or an aborted request is
    /// still unwinding (microseconds).
    ///
    /// Known libnng 1.5.2 bug (nanomsg/nng#1813, fixed in 1.8.0): closing a
    /// request socket while requests and replies are crossing the wire can, rarely,
    /// hang the final `nng_close` inside nng. Where it matters, stop issuing
    /// requests before closing.
    ///
    /// Idempotent; must not be called from an nng callback.
    public func close() {
        let hooks: [@Sendable () -> Void]? = state.withLock { state in
            guard !state.closed else { return nil }
            state.closed = true
            defer { state.closeHooks = [:] }
            return Array(state.closeHooks.values)
        }
        guard let hooks else { return }
        for hook in hooks { hook() }
        let closeHandleNow = state.withLock { state in
            // Stopping under the lock keeps the requests from freeing these aios
            // meanwhile; it cannot deadlock, as the aios have no callbacks. A
            // stopped aio also fails any operation submitted to it later.
            for aio in state.requestsInFlight.values { nng_aio_stop(aio.pointer) }
            state.readyToCloseHandle = true
            return state.claimHandleClose()
        }
        if closeHandleNow { nng_close(handle) }
    }

    private func finishRequest(id: Int, aio: OpaquePointer) {
        let closeHandleNow = state.withLock { state in
            state.requestsInFlight[id] = nil
            return state.claimHandleClose()
        }
        nng_aio_free(aio)
        if closeHandleNow { nng_close(handle) }
    }

    /// Keeps the nng socket open until `releaseLease()`, even across `close()`.
    /// Returns false, without a lease, if the socket is already closed.
    func acquireLease() -> Bool {
        state.withLock { state in
            guard !state.closed else { return false }
            state.serverLeases += 1
            return true
        }
    }

    func releaseLease() {
        let closeHandleNow = state.withLock { state in
            state.serverLeases -= 1
            return state.claimHandleClose()
        }
        if closeHandleNow { nng_close(handle) }
    }

    /// Registers `hook` to run at the start of `close()`. Returns false, without
    /// registering, if the socket is already closed.
    func addCloseHook(for owner: ObjectIdentifier, _ hook: @escaping @Sendable () -> Void) -> Bool {
        state.withLock { state in
            guard !state.closed else { return false }
            state.closeHooks[owner] = hook
            return true
        }
    }

    func removeCloseHook(for owner: ObjectIdentifier) {
        state.withLock { state in _ = state.closeHooks.removeValue(forKey: owner) }
    }

    /// The error for a failed nng call. Calls interrupted by `close()` may see
    /// a cancellation or a connection reset; they report `closed`, the cause.
    private func failure(_ code: Int32, operation: String, url: String? = nil) -> NNGError {
        isClosed ? .closed : NNGError.from(code, operation: operation, url: url)
    }

    private func checkOpen() throws(NNGError) {
        if isClosed { throw NNGError.closed }
    }
}
