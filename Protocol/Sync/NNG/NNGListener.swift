import CNNG

/// One listener of an `NNGSocket`: the endpoint that accepts connections on one address.
///
/// libnng 1.5.2 stops accepting for good when an accepted connection ends in `NNG_ECLOSED`
/// before it becomes a pipe (a client that hangs up during the TLS handshake: its core
/// listener takes "no further action" on that error). The socket and its pipes stay up; only
/// new connections are never accepted. An owner that hears nothing for long can `close()` the
/// listener and listen again on the same port.
public struct NNGListener: Sendable {
    let handle: nng_listener
    /// The TCP port bound (0 for transports without one).
    public let port: Int

    /// A started listener, with the port it bound.
    init(started handle: nng_listener) {
        self.handle = handle
        var port: Int32 = 0
        self.port = nng_listener_get_int(handle, NNG_OPT_TCP_BOUND_PORT, &port) == 0 ? Int(port) : 0
    }

    /// Stops accepting and closes the connections this listener accepted; idempotent. The
    /// socket stays open.
    public func close() { nng_listener_close(handle) }
}
