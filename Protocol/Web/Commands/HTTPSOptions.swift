import ArgumentParser
import WebAPI

/// `--https-certificate` and `--https-key`: serve the web UI and API over HTTPS.
public struct HTTPSOptions: ParsableArguments {
    @Option(help: "PEM certificate chain to serve HTTPS with (with --https-key); unset: plain HTTP, for loopback only.")
    public var httpsCertificate: String?
    @Option(help: "PEM private key of --https-certificate (mode 0600).") public var httpsKey: String?

    public init() {}

    public func validate() throws {
        guard (httpsCertificate == nil) == (httpsKey == nil) else {
            throw ValidationError("--https-certificate and --https-key go together, e.g. --https-certificate site.crt --https-key site.key")
        }
    }

    /// The files, when both were given.
    public var files: HTTPSFiles? {
        guard let httpsCertificate, let httpsKey else { return nil }
        return HTTPSFiles(certificatePath: httpsCertificate, keyPath: httpsKey)
    }
}
