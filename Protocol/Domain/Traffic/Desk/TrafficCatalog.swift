import CRDT
import FieldReports
import Foundation
import Replica
import Synchronization
import TrafficAnalysis
import TrafficPlates
import Vietnam

/// The province's traffic reference data, as replicated entities of scope `province`: the
/// camera registry (geometry included) and the plate watch-list. The hub writes them; every
/// node receives and reads them.
///
/// Guarantees: ids derive from the camera id and the plate's normalised key, so writing the
/// same camera or plate twice (or at two hubs) edits one entity; a removed watch-list entry is
/// kept as inactive, so the removal replicates; reads are cached for `cacheMillis` and dropped
/// on every write made through this catalog.
public final class TrafficCatalog: Sendable {
    public static let cameraType = "camera"
    public static let watchType = "watch_plate"

    public struct Snapshot: Sendable {
        public var cameras: [RegisteredCamera]
        public var watchlist: Watchlist

        public func camera(_ id: String) -> RegisteredCamera? { cameras.first { $0.id == id } }
        public func cameras(inDistrict code: String) -> [RegisteredCamera] { cameras.filter { $0.districtCode == code } }
    }

    let replica: Replica
    private let cache = Mutex<(at: UInt64, snapshot: Snapshot)?>(nil)
    static let cacheMillis: UInt64 = 2_000

    public init(replica: Replica) { self.replica = replica }

    public func snapshot() async throws(TrafficDeskError) -> Snapshot {
        let now = Replica.systemMillis()
        if let cached = cache.withLock({ $0 }), now &- cached.at < Self.cacheMillis { return cached.snapshot }
        let cameras: [RegisteredCamera]
        let watch: [WatchlistEntry]
        do {
            cameras = try await replica.list(type: Self.cameraType, scope: Scope.province, limit: 100_000)
                .compactMap { Self.camera(from: $0.document) }.sorted { ($0.districtCode, $0.id) < ($1.districtCode, $1.id) }
            watch = try await replica.list(type: Self.watchType, scope: Scope.province, limit: 100_000).compactMap { Self.watchEntry(from: $0.document) }
        } catch { throw .storage(error) }
        let snapshot = Snapshot(cameras: cameras, watchlist: Watchlist(entries: watch))
        cache.withLock { $0 = (now, snapshot) }
        return snapshot
    }

    // MARK: Writes (at the hub)

    /// Registers or replaces a camera after validating its geometry.
    public func put(_ camera: RegisteredCamera, author: String) async throws(TrafficDeskError) {
        do { try camera.geometry.validate() } catch { throw .badGeometry(camera: camera.id, error) }
        guard AdministrativeUnit.named(camera.districtCode) != nil || camera.districtCode.count == 3 else {
            throw .invalid(field: "districtCode", .unknownDistrict(camera.districtCode))
        }
        let name = camera.name.trimmed
        guard !name.isEmpty else { throw .invalid(field: "name", .required) }
        let geometry = TrafficJSON.encode(camera.geometry)
        try await write(StableID.make(Self.cameraType, camera.id), Self.cameraType, [
            Edit("geometry", .assign(geometry)), Edit("name", .assign(RecordDesk.fragment(name))),
            Edit("active", .assign(RecordDesk.fragment(camera.active))), Edit("id", .assign(RecordDesk.fragment(camera.id))),
        ], author: author)
    }

    /// Puts a plate on the watch-list (or updates its reason and expiry).
    public func watch(_ entry: WatchlistEntry, author: String) async throws(TrafficDeskError) {
        guard entry.plate.isRecognised else {
            throw .invalid(field: "plate", .notAPlate(entry.plate.raw))
        }
        let reason = entry.reason.trimmed
        guard !reason.isEmpty else { throw .invalid(field: "reason", .required) }
        var edits = [
            Edit("plate", .assign(RecordDesk.fragment(entry.plate.raw))), Edit("key", .assign(RecordDesk.fragment(entry.plate.key))),
            Edit("reason", .assign(RecordDesk.fragment(reason))), Edit("added_by", .assign(RecordDesk.fragment(entry.addedBy))),
            Edit("added_ms", .assign(RecordDesk.fragment(entry.addedAtMillis))), Edit("active", .assign(RecordDesk.fragment(true))),
        ]
        edits.append(Edit("expires_ms", .assign(entry.expiresAtMillis.map { RecordDesk.fragment($0) } ?? Array("null".utf8))))
        try await write(StableID.make(Self.watchType, entry.plate.key), Self.watchType, edits, author: author)
    }

    /// Takes a plate off the watch-list; returns false when it was not on it.
    @discardableResult
    public func unwatch(_ plate: VehiclePlate, author: String) async throws(TrafficDeskError) -> Bool {
        guard try await snapshot().watchlist.entry(forKey: plate.key) != nil else { return false }
        try await write(StableID.make(Self.watchType, plate.key), Self.watchType, [Edit("active", .assign(RecordDesk.fragment(false)))], author: author)
        return true
    }

    /// Writes the demo cameras that are not registered yet.
    public func seedIfEmpty(_ cameras: [RegisteredCamera], author: String) async throws(TrafficDeskError) {
        let existing = Set(try await snapshot().cameras.map(\.id))
        for camera in cameras where !existing.contains(camera.id) { try await put(camera, author: author) }
    }

    private func write(_ id: EntityID, _ type: String, _ edits: [Edit], author: String) async throws(TrafficDeskError) {
        do { try await replica.write(entity: id, type: type, scope: Scope.province, edits: edits, author: author) } catch { throw .storage(error) }
        cache.withLock { $0 = nil }
    }

    // MARK: Decoding

    private struct CameraDocument: Decodable {
        var geometry: CameraGeometry
        var name: String?
        var active: Bool?
    }

    static func camera(from document: String) -> RegisteredCamera? {
        guard let doc = TrafficJSON.decode(CameraDocument.self, document) else { return nil }
        return RegisteredCamera(geometry: doc.geometry, name: doc.name ?? doc.geometry.id, active: doc.active ?? true)
    }

    private struct WatchDocument: Decodable {
        var plate: String
        var reason: String?
        var added_by: String?
        var added_ms: Int64?
        var expires_ms: Int64?
        var active: Bool?
    }

    static func watchEntry(from document: String) -> WatchlistEntry? {
        guard let doc = TrafficJSON.decode(WatchDocument.self, document), doc.active ?? true,
            let plate = try? VehiclePlate(parsing: doc.plate)
        else { return nil }
        return WatchlistEntry(
            plate: plate, reason: doc.reason ?? "", addedBy: doc.added_by ?? "", addedAtMillis: doc.added_ms ?? 0, expiresAtMillis: doc.expires_ms)
    }
}
