/// One event's page (`/ui/traffic/events/{id}`): the event with its whole evidence bundle,
/// and the camera that saw it (for the small map), when this site knows it.
public struct TrafficEventPage: Hashable, Sendable {
    public var event: TrafficEventRow
    public var camera: TrafficCameraSummary?

    public init(event: TrafficEventRow, camera: TrafficCameraSummary? = nil) {
        self.event = event
        self.camera = camera
    }
}
