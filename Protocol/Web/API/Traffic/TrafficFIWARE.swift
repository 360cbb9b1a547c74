import Foundation
import TrafficAnalysis
import TrafficDesk

/// The traffic service's FIWARE Smart Data Models export (NGSI-LD key-values): flow intervals as
/// `TrafficFlowObserved`, events as `Alert`, each array in time order.
enum TrafficFIWARE {
    static func flows(_ flows: [FlowInterval], camera: RegisteredCamera) -> Data {
        array(flows.flatMap { FIWARETrafficFlowObserved.entities(aggregate: $0.aggregate(geometry: camera.geometry), camera: camera.geometry) })
    }

    static func alerts(_ events: [TrafficEventRecord], cameras: TrafficCatalog.Snapshot) -> Data {
        array(events.sorted { $0.timeMillis < $1.timeMillis }.compactMap { record -> FIWAREAlert? in
            guard let event = record.event, let camera = cameras.camera(record.camera) else { return nil }
            return FIWAREAlert(event: event, camera: camera.geometry)
        })
    }

    private static func array<T: Encodable>(_ items: [T]) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(items)) ?? Data("[]".utf8)
    }
}
