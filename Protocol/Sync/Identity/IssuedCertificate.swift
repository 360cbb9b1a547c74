/// A certificate just issued by a `CertificateAuthority`.
public struct IssuedCertificate: Sendable, Equatable {
    /// The certificate in PEM (`-----BEGIN CERTIFICATE-----`).
    public let pem: String
    /// Its serial number, the handle for revoking it.
    public let serial: CertificateSerial
}
