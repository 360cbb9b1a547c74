import CNNG

/// One dialer of an `NNGSocket`: the endpoint that connects, and reconnects, to one address.
///
/// libnng 1.5.2 stops redialling for good when a connection attempt ends in `NNG_ECLOSED`
/// (a peer or a middlebox that accepts TCP and closes it during the TLS handshake): a
/// caller that sees its requests time out for long can `close()` the dialer and dial
/// again. Closing a dialer never closes its socket or the requests waiting on it.
public struct NNGDialer: Sendable {
    let handle: nng_dialer

    /// Stops this dialer and drops its connection; idempotent.
    public func close() { nng_dialer_close(handle) }
}
