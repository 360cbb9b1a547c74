/// The queue one lane of synthetic traffic forms at a red signal: who waits where, and when
/// each leaves once the light turns green.
struct RedQueue {
    /// Seconds between departures from a queue, once it moves.
    static let departureHeadwaySeconds = 0.8
    /// Gap between the stop line and the first vehicle, metres. Synthetic stops are
    /// instantaneous; a tracker's smoothing carries such a stop on by a frame or two (about
    /// 1.3 m a frame at 48 km/h and 10 fps), which must not reach the line.
    static let stopLineGapMetres = 4.0

    private var green = -1.0
    private var waiting = 0
    private var length = 0.0

    /// Where a vehicle arriving at `start` stops and for how long, if it would reach the stop
    /// line (`stopLineAt` metres along its path) on amber or red; `nil` when it reaches it on green.
    /// Vehicles join in arrival order, each one queue slot behind the last.
    mutating func join(
        _ cycle: SyntheticScenario.SignalCycle, stopLineAt: Double, speed: Double, start: Double, vehicleClass: VehicleClass
    ) -> (distance: Double, seconds: Double)? {
        let arrive = start + stopLineAt / speed
        guard SyntheticTraffic.phase(cycle, at: arrive) != .green else { return nil }
        let next = SyntheticTraffic.nextStart(of: .green, cycle, atOrAfter: arrive)
        if next != green {
            green = next
            waiting = 0
            length = 0
        }
        let distance = max(0, stopLineAt - Self.stopLineGapMetres - length)
        let leave = green + 1 + Self.departureHeadwaySeconds * Double(waiting)
        waiting += 1
        let slot: Double =
            switch vehicleClass {
            case .motorbike, .bicycle, .pedestrian: 2
            case .car: 6.5
            case .bus, .truck: 13
            }
        length += slot
        return (distance, max(0, leave - (start + distance / speed)))
    }
}
