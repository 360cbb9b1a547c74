/// Where a request's time went, in milliseconds from its start (libcurl's phase clocks):
/// the name resolved, the TCP connection made, the TLS handshake done, the first byte of the
/// answer, the whole answer. A phase the request did not reach is nil.
public struct ProbeTimings: Sendable, Hashable, Codable {
    public var dns: Double?
    public var connect: Double?
    public var tls: Double?
    public var firstByte: Double?
    public var total: Double

    public init(dns: Double? = nil, connect: Double? = nil, tls: Double? = nil, firstByte: Double? = nil, total: Double) {
        self.dns = dns
        self.connect = connect
        self.tls = tls
        self.firstByte = firstByte
        self.total = total
    }
}
