import CNNG

extension NNGSocket {
    /// Starts listening on a `tls+tcp://` URL (e.g. `tls+tcp://127.0.0.1:0`) with
    /// mutual TLS as described by `tls`, which must be a `.server` configuration.
    /// Does not block. Returns the TCP port actually bound, as `listen(_:)` does.
    ///
    /// Connections are accepted only after a completed handshake in which the
    /// client presented a certificate that chains to the configured CA and is not
    /// in its CRL; nng drops other connections silently (the client sees no
    /// connection, so its sends time out). Plain `tcp://` peers are dropped too.
    ///
    /// Throws `invalidArgument` for a non-TLS URL, a client configuration or empty
    /// PEM text; `failed` naming the TLS step when nng/mbedTLS rejects a
    /// certificate, key or CRL; and what `listen(_:)` throws for the address.
    @discardableResult
    public func listen(_ url: String, tls: NNGTLSConfiguration) throws(NNGError) -> Int {
        try listener(url, tls: tls).port
    }

    /// Starts listening as `listen(_:tls:)` does and returns the listener, which its owner
    /// may close and open again (see `NNGListener`).
    public func listener(_ url: String, tls: NNGTLSConfiguration) throws(NNGError) -> NNGListener {
        let operation = "listen"
        try checkTLSEndpoint(url, tls: tls, expected: .server, operation: operation)
        var listener = nng_listener()
        var rv = nng_listener_create(&listener, handle, url)
        guard rv == 0 else { throw tlsEndpointFailure(rv, operation: operation, url: url) }
        do throws(NNGError) {
            try Self.withTLSConfig(tls, serverName: nil, operation: operation, url: url) { config throws(NNGError) in
                let rv = nng_listener_set_ptr(listener, NNG_OPT_TLS_CONFIG, UnsafeMutableRawPointer(config))
                guard rv == 0 else { throw NNGError.failed(operation: "\(operation): set TLS configuration", url: url, code: rv) }
            }
            rv = nng_listener_start(listener, 0)
            guard rv == 0 else { throw tlsEndpointFailure(rv, operation: operation, url: url) }
        } catch {
            nng_listener_close(listener)
            throw error
        }
        return NNGListener(started: listener)
    }

    /// Starts dialing a `tls+tcp://` URL with mutual TLS as described by `tls`,
    /// which must be a `.client` configuration. Like `dial(_:)` it does not wait
    /// for the connection (`NNG_FLAG_NONBLOCK`): nng connects and reconnects in the
    /// background. A handshake that fails — server certificate from another CA, not
    /// naming the server name, or this client rejected by the server — is not
    /// reported here: the connection simply never comes up, so sends and requests
    /// time out, while nng keeps retrying at the reconnect interval.
    ///
    /// The server certificate must name `tls.serverName`, or the URL's host when
    /// that is nil.
    ///
    /// Throws `invalidArgument` for a non-TLS URL, a server configuration or empty
    /// PEM text; `failed` naming the TLS step when nng/mbedTLS rejects a
    /// certificate, key or CRL; and what `dial(_:)` throws for the address.
    @discardableResult
    public func dial(_ url: String, tls: NNGTLSConfiguration) throws(NNGError) -> NNGDialer {
        let operation = "dial"
        try checkTLSEndpoint(url, tls: tls, expected: .client, operation: operation)
        let serverName = if let name = tls.serverName { name } else { try Self.host(of: url, operation: operation) }
        var dialer = nng_dialer()
        var rv = nng_dialer_create(&dialer, handle, url)
        guard rv == 0 else { throw tlsEndpointFailure(rv, operation: operation, url: url) }
        do throws(NNGError) {
            try Self.withTLSConfig(tls, serverName: serverName, operation: operation, url: url) { config throws(NNGError) in
                let rv = nng_dialer_set_ptr(dialer, NNG_OPT_TLS_CONFIG, UnsafeMutableRawPointer(config))
                guard rv == 0 else { throw NNGError.failed(operation: "\(operation): set TLS configuration", url: url, code: rv) }
            }
            rv = nng_dialer_start(dialer, Int32(NNG_FLAG_NONBLOCK))
            guard rv == 0 else { throw tlsEndpointFailure(rv, operation: operation, url: url) }
        } catch {
            nng_dialer_close(dialer)
            throw error
        }
        return NNGDialer(handle: dialer)
    }

    /// The checks made before any nng call.
    private func checkTLSEndpoint(
        _ url: String, tls: NNGTLSConfiguration, expected: NNGTLSConfiguration.Role, operation: String
    ) throws(NNGError) {
        if isClosed { throw NNGError.closed }
        let schemes = ["tls+tcp://", "tls+tcp4://", "tls+tcp6://"]
        guard schemes.contains(where: { url.hasPrefix($0) }) else {
            throw NNGError.invalidArgument(
                operation: "\(operation) \(url)",
                reason: "a TLS configuration needs a tls+tcp:// URL; use \(operation)(_:) without tls: for other transports")
        }
        guard tls.role == expected else {
            throw NNGError.invalidArgument(
                operation: "\(operation) \(url)",
                reason: "\(operation) needs a \(expected.rawValue) TLS configuration, got a \(tls.role.rawValue) one")
        }
        if let problem = tls.problem() {
            throw NNGError.invalidArgument(operation: "\(operation) \(url)", reason: "TLS configuration: \(problem)")
        }
    }

    /// Like the socket's own error mapping: calls interrupted by `close()` report `closed`.
    private func tlsEndpointFailure(_ code: Int32, operation: String, url: String) -> NNGError {
        isClosed ? .closed : NNGError.from(code, operation: operation, url: url)
    }

    /// Calls `body` with an nng TLS configuration built from `tls`, and drops this
    /// function's reference afterwards (endpoints hold their own).
    private static func withTLSConfig(
        _ tls: NNGTLSConfiguration, serverName: String?, operation: String, url: String,
        _ body: (OpaquePointer) throws(NNGError) -> Void
    ) throws(NNGError) {
        var allocated: OpaquePointer?
        var rv = nng_tls_config_alloc(&allocated, tls.role == .server ? NNG_TLS_MODE_SERVER : NNG_TLS_MODE_CLIENT)
        guard rv == 0, let config = allocated else {
            throw NNGError.failed(operation: "\(operation): allocate TLS configuration", url: url, code: rv)
        }
        defer { nng_tls_config_free(config) }

        rv = nng_tls_config_auth_mode(config, NNG_TLS_AUTH_MODE_REQUIRED)
        guard rv == 0 else { throw NNGError.failed(operation: "\(operation): require peer certificates", url: url, code: rv) }
        rv = nng_tls_config_ca_chain(config, tls.caCertificatePEM, tls.revocationListPEM)
        guard rv == 0 else {
            let what = tls.revocationListPEM == nil ? "CA certificate" : "CA certificate or CRL"
            throw NNGError.failed(operation: "\(operation): load TLS \(what)", url: url, code: rv)
        }
        rv = nng_tls_config_own_cert(config, tls.certificateChainPEM, tls.privateKeyPEM, nil)
        guard rv == 0 else {
            throw NNGError.failed(operation: "\(operation): load own TLS certificate chain and private key", url: url, code: rv)
        }
        if let serverName {
            rv = nng_tls_config_server_name(config, serverName)
            guard rv == 0 else { throw NNGError.failed(operation: "\(operation): set TLS server name", url: url, code: rv) }
        }
        try body(config)
    }

    /// The host part of `url`, as nng parses it.
    private static func host(of url: String, operation: String) throws(NNGError) -> String {
        var parsed: UnsafeMutablePointer<nng_url>?
        let rv = nng_url_parse(&parsed, url)
        guard rv == 0, let parsed else { throw NNGError.from(rv, operation: operation, url: url) }
        defer { nng_url_free(parsed) }
        guard let hostname = parsed.pointee.u_hostname, hostname.pointee != 0 else {
            throw NNGError.invalidArgument(
                operation: "\(operation) \(url)", reason: "the URL has no host to check the server certificate against; set serverName")
        }
        return String(cString: hostname)
    }
}
