import Synchronization

/// Failed sign-ins counted per account name and per client address, so guessing is slow
/// and a flood is answered cheaply: once a key has failed too often it is locked out, and
/// its sign-ins are refused before any password is hashed.
///
/// Guarantees:
/// - a key that failed `limit` times within `window` is locked out; each further failure
///   doubles the lockout, up to `longest`; `retryAfter` tells how long, in whole seconds;
/// - a successful sign-in clears that account's failures (never the address's, so a guesser
///   cannot reset its address with an account of its own);
/// - memory stays bounded: at most `capacity` keys are kept, the stalest dropped first;
/// - every method is safe from any thread and never blocks on I/O.
public final class SignInThrottle: Sendable {
    /// What a limit applies to.
    public enum Key: Hashable, Sendable {
        /// The account name as typed, lower-cased (`can-bo@651`, `quan-tri`).
        case account(String)
        /// The client's IP address.
        case address(String)
    }

    /// A key locked out now, for the administrators' view.
    public struct Lockout: Sendable, Hashable {
        public var key: Key
        public var failures: Int
        /// Unix milliseconds when sign-ins from this key are tried again.
        public var untilMillis: Int64
    }

    public struct Limits: Sendable {
        /// Failures of one account name within `windowMillis` that lock it.
        public var perAccount: Int
        /// Failures from one address within `windowMillis` that lock it.
        public var perAddress: Int
        public var windowMillis: Int64
        /// The first lockout; each failure after it doubles, up to `longestMillis`.
        public var firstLockoutMillis: Int64
        public var longestMillis: Int64
        public var capacity: Int

        public init(
            perAccount: Int = 5, perAddress: Int = 20, windowMillis: Int64 = 15 * 60_000, firstLockoutMillis: Int64 = 60_000,
            longestMillis: Int64 = 15 * 60_000, capacity: Int = 10_000
        ) {
            self.perAccount = max(1, perAccount)
            self.perAddress = max(1, perAddress)
            self.windowMillis = windowMillis
            self.firstLockoutMillis = firstLockoutMillis
            self.longestMillis = max(firstLockoutMillis, longestMillis)
            self.capacity = max(16, capacity)
        }
    }

    private struct Record {
        var failures: [Int64] = []
        var lockedUntil: Int64 = 0
        var lastSeen: Int64 = 0
    }

    public let limits: Limits
    private let records = Mutex<[Key: Record]>([:])

    public init(limits: Limits = Limits()) { self.limits = limits }

    /// The account key of a name as typed.
    public static func account(_ typed: String) -> Key { .account(String(typed.trimmingCharacters(in: .whitespaces).lowercased().prefix(80))) }

    /// Seconds to wait before `keys` may try again (the longest of them), or nil when none is locked.
    public func retryAfter(_ keys: [Key], nowMillis: Int64) -> Int? {
        let until = records.withLock { records in keys.compactMap { records[$0]?.lockedUntil }.max() ?? 0 }
        guard until > nowMillis else { return nil }
        return Int((until - nowMillis + 999) / 1000)
    }

    /// Counts a failed sign-in against every key.
    public func failed(_ keys: [Key], nowMillis: Int64) {
        records.withLock { records in
            for key in keys {
                var record = records[key] ?? Record()
                record.failures = record.failures.filter { nowMillis - $0 < limits.windowMillis }.suffix(64) + [nowMillis]
                record.lastSeen = nowMillis
                let limit = if case .account = key { limits.perAccount } else { limits.perAddress }
                if record.failures.count >= limit {
                    let doublings = min(record.failures.count - limit, 20)
                    let length = min(limits.firstLockoutMillis << doublings, limits.longestMillis)
                    record.lockedUntil = max(record.lockedUntil, nowMillis + length)
                }
                records[key] = record
            }
            if records.count > limits.capacity { evict(&records, nowMillis: nowMillis) }
        }
    }

    /// Forgets an account's failures after it signed in.
    public func succeeded(_ account: Key) {
        _ = records.withLock { $0.removeValue(forKey: account) }
    }

    /// The keys locked out now, the latest to end first.
    public func lockouts(nowMillis: Int64) -> [Lockout] {
        records.withLock { records in
            records.compactMap { key, record in
                record.lockedUntil > nowMillis
                    ? Lockout(key: key, failures: record.failures.filter { nowMillis - $0 < limits.windowMillis }.count, untilMillis: record.lockedUntil)
                    : nil
            }
        }.sorted { ($0.untilMillis, "\($0.key)") > ($1.untilMillis, "\($1.key)") }
    }

    /// Ends a lockout early (an administrator's decision).
    public func release(_ key: Key) {
        _ = records.withLock { $0.removeValue(forKey: key) }
    }

    private func evict(_ records: inout [Key: Record], nowMillis: Int64) {
        let stale = records.filter { $0.value.lockedUntil <= nowMillis && $0.value.failures.allSatisfy { nowMillis - $0 >= limits.windowMillis } }
        for key in stale.keys { records.removeValue(forKey: key) }
        guard records.count > limits.capacity else { return }
        let oldest = records.sorted { $0.value.lastSeen < $1.value.lastSeen }.prefix(records.count - limits.capacity)
        for (key, _) in oldest { records.removeValue(forKey: key) }
    }
}
