/// What became of one notification: delivered, or why not (libcurl's code and words).
public enum DeliveryResult: Sendable, Hashable {
    /// Accepted by the receiver; `status` is the webhook's HTTP status or the SMTP server's last reply code.
    case delivered(status: Int)
    case failed(code: Int, detail: String)

    public var isDelivered: Bool { if case .delivered = self { true } else { false } }
}
