/// Why a probe did not get an answer, told as a site's operator reads it.
public enum ProbeFailure: String, Sendable, Hashable, Codable {
    /// The name did not resolve.
    case dns
    /// No TCP connection (refused, unreachable).
    case connect
    /// The TLS handshake failed (other than the certificate's verification).
    case tls
    /// No answer within the time limit.
    case timeout
    /// More redirects than followed.
    case tooManyRedirects = "too_many_redirects"
    /// Anything else libcurl reports (its message is kept beside).
    case other
}
