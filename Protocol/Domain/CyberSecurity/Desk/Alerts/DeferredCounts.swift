import Synchronization

/// Events added to alerts that already exist, and to hourly counts, not yet written: under a
/// flood a sensor's repeats become one change per alert every few seconds instead of one per
/// batch. New alerts, a band that rises and an alert that recurs are never deferred.
///
/// Guarantees: `take` hands over everything added before it, once; what a failed write
/// gives back with `restore` is written with the next. Until written, counts live in this
/// process only (the raw events are in the local store).
final class DeferredCounts: Sendable {
    struct Alert: Sendable {
        var count: Int64
        var last: Int64
        var title: String
    }

    struct Pending: Sendable {
        var alerts: [String: Alert] = [:]
        var hours: [Int64: [SeverityBand: Int64]] = [:]
        var isEmpty: Bool { alerts.isEmpty && hours.isEmpty }
    }

    private let state = Mutex(Pending())

    var isEmpty: Bool { state.withLock { $0.isEmpty } }

    func add(alert key: String, count: Int64, last: Int64, title: String) {
        state.withLock { state in
            if var alert = state.alerts[key] {
                alert.count += count
                if last >= alert.last { (alert.last, alert.title) = (last, title) }
                state.alerts[key] = alert
            } else {
                state.alerts[key] = Alert(count: count, last: last, title: title)
            }
        }
    }

    func add(hour: Int64, band: SeverityBand, count: Int64) {
        state.withLock { $0.hours[hour, default: [:]][band, default: 0] += count }
    }

    /// Removes and returns what is pending for one alert (written with a change made now).
    func take(alert key: String) -> Alert? { state.withLock { $0.alerts.removeValue(forKey: key) } }

    func take() -> Pending { state.withLock { state in defer { state = Pending() }; return state } }

    func restore(_ pending: Pending) {
        for (key, alert) in pending.alerts { add(alert: key, count: alert.count, last: alert.last, title: alert.title) }
        for (hour, bands) in pending.hours { for (band, count) in bands { add(hour: hour, band: band, count: count) } }
    }
}
