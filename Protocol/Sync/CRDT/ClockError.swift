/// Why a clock reading was refused.
public enum ClockError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A remote stamp lies further ahead of local physical time than the skew guard allows.
    case remoteTooFarAhead(remoteMillis: UInt64, localMillis: UInt64, allowedMillis: UInt64)

    public var description: String {
        switch self {
        case let .remoteTooFarAhead(remote, local, allowed):
            let aheadSeconds = (remote &- local) / 1000
            return "a change is stamped \(aheadSeconds) s ahead of this machine's clock (at most \(allowed / 1000) s allowed); "
                + "it is quarantined: check the clock of the machine that made it (NTP)"
        }
    }
}
