import Foundation
import Synchronization

/// How much of the hub one node may take, so that no node starves the others: at most
/// `inFlight` of its requests are answered at once (the hub has a few worker threads for
/// every district), and it may send `burst` requests at once, then `perSecond` a second.
///
/// Guarantees: checked after the request's signature, so a stranger cannot spend an
/// enrolled node's quota; a refused request costs no database access; thread-safe;
/// memory is one small entry per enrolled node.
public final class NodeQuota: Sendable {
    public let inFlight: Int
    public let burst: Double
    public let perSecond: Double

    private struct Bucket {
        var tokens: Double
        var refilled: ContinuousClock.Instant
        var running: Int
    }

    private let buckets = Mutex<[String: Bucket]>([:])

    /// A sync round is a handful of requests; a node catching up after a week sends a
    /// few per second. These limits sit far above both.
    public init(inFlight: Int = 2, burst: Double = 200, perSecond: Double = 100) {
        self.inFlight = max(1, inFlight)
        self.burst = max(1, burst)
        self.perSecond = max(0.1, perSecond)
    }

    /// Takes one request of `node`; call `release(_:)` when it is answered.
    public func admit(_ node: String) throws(SyncRefusal) {
        let now = ContinuousClock.now
        let refusal: SyncRefusal? = buckets.withLock { buckets in
            var bucket = buckets[node] ?? Bucket(tokens: burst, refilled: now, running: 0)
            let elapsed = now - bucket.refilled
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            bucket.tokens = min(burst, bucket.tokens + seconds * perSecond)
            bucket.refilled = now
            defer { buckets[node] = bucket }
            guard bucket.running < inFlight else {
                return SyncRefusal(.rateLimited, "\(node) already has \(bucket.running) request(s) being answered: one at a time per connection; back off")
            }
            guard bucket.tokens >= 1 else {
                return SyncRefusal(.rateLimited, "\(node) sent more than \(Int(perSecond)) requests a second: back off")
            }
            bucket.tokens -= 1
            bucket.running += 1
            return nil
        }
        if let refusal { throw refusal }
    }

    public func release(_ node: String) {
        buckets.withLock { buckets in
            if let running = buckets[node]?.running, running > 0 { buckets[node]?.running = running - 1 }
        }
    }
}
