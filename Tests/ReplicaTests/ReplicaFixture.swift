import CRDT
import Foundation
import Replica
import Wire

/// Replicas in a temporary folder that disappears with the fixture.
final class ReplicaFixture: @unchecked Sendable {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "ioc-replica-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func replica(
        _ name: String, site: UInt64, projections: [any ReplicaProjection] = [],
        physicalMillis: @escaping @Sendable () -> UInt64 = Replica.systemMillis
    ) throws -> Replica {
        try Replica(path: folder + "/\(name).sqlite", site: SiteID(site), projections: projections, physicalMillis: physicalMillis)
    }
}

extension Replica {
    /// Every change this replica made itself, decoded, in sequence order.
    func allOwnChanges() throws -> [Change] {
        try ownChanges(after: 0, maxBytes: .max).map { try $0.change() }
    }

    @discardableResult
    func assign(_ id: EntityID, _ field: String, _ json: String, scope: String = "651", author: String = "test") throws -> Change {
        try write(entity: id, type: "case", scope: scope, edits: [.assign(field, json: json)], author: author)
    }
}
