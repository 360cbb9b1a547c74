import StaffUI
import Synchronization

/// How much the public may submit at one site in a day (Vietnam's day, UTC+7): reports and
/// photo bytes per client (an address, or a chat sender), photo bytes per report, and the
/// site's own totals — the node's quota, which staff see at `GET /api/v1/intake/usage`.
///
/// Guarantees: `check` refuses before anything is stored, with the seconds until the day
/// turns; `record` counts only what was accepted; counts start again at local midnight;
/// memory stays bounded (one entry per client seen today); safe from any thread.
public final class PublicIntakeQuota: Sendable {
    public struct Limits: Sendable, Equatable {
        public var reportsPerClient: Int
        public var photoBytesPerClient: Int
        public var photoBytesPerReport: Int
        public var reportsPerSite: Int
        public var photoBytesPerSite: Int
        public var clientsTracked: Int

        public init(
            reportsPerClient: Int = 20, photoBytesPerClient: Int = 60 * 1_048_576, photoBytesPerReport: Int = 15 * 1_048_576,
            reportsPerSite: Int = 5_000, photoBytesPerSite: Int = 4 * 1_073_741_824, clientsTracked: Int = 100_000
        ) {
            self.reportsPerClient = reportsPerClient
            self.photoBytesPerClient = photoBytesPerClient
            self.photoBytesPerReport = photoBytesPerReport
            self.reportsPerSite = reportsPerSite
            self.photoBytesPerSite = photoBytesPerSite
            self.clientsTracked = clientsTracked
        }
    }

    /// Today's counts at this site, beside their limits.
    public struct Usage: Sendable {
        public var day: Int64
        public var reports: Int
        public var photoBytes: Int
        public var clients: Int
        public var limits: Limits
    }

    private struct Day {
        var number: Int64 = -1
        var reports = 0
        var photoBytes = 0
        var clients: [String: (reports: Int, photoBytes: Int)] = [:]
    }

    public let limits: Limits
    private let today = Mutex(Day())

    public init(limits: Limits = Limits()) { self.limits = limits }

    /// Vietnam's day number of a Unix time, and the seconds until it ends.
    static func day(_ nowMillis: Int64) -> (number: Int64, secondsLeft: Int) {
        let local = nowMillis + 7 * 3_600_000
        let number = local / 86_400_000
        return (number, Int(((number + 1) * 86_400_000 - local + 999) / 1000))
    }

    /// Whether `client` may submit a report with `photoBytes` of photos now.
    /// - Throws: the refusal, whose `retryAfterSeconds` runs to local midnight.
    public func check(client: String, photoBytes: Int, nowMillis: Int64) throws(IntakeRefusal) {
        let (number, secondsLeft) = Self.day(nowMillis)
        if photoBytes > limits.photoBytesPerReport { throw IntakeRefusal(.photoBytesPerReport(limit: limits.photoBytesPerReport), retryAfterSeconds: nil) }
        let refusal: IntakeRefusal.Reason? = today.withLock { day in
            if day.number != number { day = Day(number: number) }
            if day.reports + 1 > limits.reportsPerSite { return .reportsPerSite(limit: limits.reportsPerSite) }
            if day.photoBytes + photoBytes > limits.photoBytesPerSite { return .photoBytesPerSite(limit: limits.photoBytesPerSite) }
            let used = day.clients[client] ?? (0, 0)
            if used.reports + 1 > limits.reportsPerClient { return .reportsPerClient(limit: limits.reportsPerClient) }
            if used.photoBytes + photoBytes > limits.photoBytesPerClient { return .photoBytesPerClient(limit: limits.photoBytesPerClient) }
            return nil
        }
        if let refusal { throw IntakeRefusal(refusal, retryAfterSeconds: secondsLeft) }
    }

    /// Counts an accepted report of `client` with `photoBytes` of photos.
    public func record(client: String, photoBytes: Int, nowMillis: Int64) {
        let number = Self.day(nowMillis).number
        today.withLock { day in
            if day.number != number { day = Day(number: number) }
            day.reports += 1
            day.photoBytes += photoBytes
            if day.clients[client] == nil, day.clients.count >= limits.clientsTracked { return }
            day.clients[client, default: (0, 0)].reports += 1
            day.clients[client, default: (0, 0)].photoBytes += photoBytes
        }
    }

    public func usage(nowMillis: Int64) -> Usage {
        let number = Self.day(nowMillis).number
        return today.withLock { day in
            day.number == number
                ? Usage(day: number, reports: day.reports, photoBytes: day.photoBytes, clients: day.clients.count, limits: limits)
                : Usage(day: number, reports: 0, photoBytes: 0, clients: 0, limits: limits)
        }
    }
}
