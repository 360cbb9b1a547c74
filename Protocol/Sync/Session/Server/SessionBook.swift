import Foundation
import Identity
import Synchronization

/// The sessions the hub opened in its Welcomes: what makes a captured request useless
/// to replay. A request other than a Hello names a session and a counter; the hub takes
/// it only if it issued that session to the same key and has not seen a counter as high.
///
/// Guarantees: no wall clock decides anything (district clocks are wrong); a counter is
/// taken at most once per session; memory is bounded: `perKey` sessions per enrolled
/// key (the oldest is dropped), and sessions unused for `idleMillis` are forgotten (the
/// node then gets `UNKNOWN_SESSION` and says Hello again). Thread-safe.
public final class SessionBook: Sendable {
    public static let perKey = 4
    public static let idleMillis: UInt64 = 10 * 60_000

    private struct Session {
        var key: PublicKey
        var counter: UInt64
        var lastUsedMillis: UInt64
    }

    private let sessions = Mutex<[Data: Session]>([:])
    private let now: @Sendable () -> UInt64

    public init(now: @escaping @Sendable () -> UInt64 = { UInt64(Date().timeIntervalSince1970 * 1000) }) { self.now = now }

    /// A fresh session for `key` (16 random bytes).
    public func open(for key: PublicKey) -> Data {
        let nonce = Data(SecureRandom.bytes(16))
        let time = now()
        sessions.withLock { sessions in
            sessions = sessions.filter { time &- $0.value.lastUsedMillis < Self.idleMillis }
            let own = sessions.filter { $0.value.key == key }.sorted { $0.value.lastUsedMillis < $1.value.lastUsedMillis }
            for stale in own.prefix(max(0, own.count - Self.perKey + 1)) { sessions[stale.key] = nil }
            sessions[nonce] = Session(key: key, counter: 0, lastUsedMillis: time)
        }
        return nonce
    }

    /// Takes request number `counter` of `session` from `key`, or refuses it.
    public func admit(session: Data, counter: UInt64, key: PublicKey) throws(SyncRefusal) {
        let time = now()
        let verdict: SyncRefusal? = sessions.withLock { sessions in
            guard var known = sessions[session], known.key == key, time &- known.lastUsedMillis < Self.idleMillis else {
                return SyncRefusal(.unknownSession, "this session is not one the hub opened for this key (or it expired): say Hello again")
            }
            guard counter > known.counter else {
                return SyncRefusal(.replay, "request #\(counter) of this session was already answered (last #\(known.counter)): a replay, refused")
            }
            known.counter = counter
            known.lastUsedMillis = time
            sessions[session] = known
            return nil
        }
        if let verdict { throw verdict }
    }
}
