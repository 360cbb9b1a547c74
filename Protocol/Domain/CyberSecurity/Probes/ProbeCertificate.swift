/// The server certificate a probe was shown: who it names, who signed it, when it expires
/// and whether the chain verified against the trusted roots.
public struct ProbeCertificate: Sendable, Hashable, Codable {
    public var subject: String
    public var issuer: String
    /// Unix milliseconds of `notAfter`.
    public var expires: Int64
    /// Whether the chain verified (libcurl's peer verification with the system's or the
    /// site's own CA bundle), and the name matched.
    public var chainValid: Bool
    /// OpenSSL's verification result when it failed (`X509_V_ERR_…` number), 0 when valid.
    public var verifyResult: Int

    public init(subject: String, issuer: String, expires: Int64, chainValid: Bool, verifyResult: Int) {
        self.subject = subject
        self.issuer = issuer
        self.expires = expires
        self.chainValid = chainValid
        self.verifyResult = verifyResult
    }

    /// Whole days left at `now` (negative once expired).
    public func daysLeft(at now: Int64) -> Int {
        let left = expires - now
        return Int(left >= 0 ? left / 86_400_000 : -((-left + 86_399_999) / 86_400_000))
    }
}
