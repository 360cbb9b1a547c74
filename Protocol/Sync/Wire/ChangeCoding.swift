import CRDT
import Foundation

extension Ioc_Sync_V1_Stamp {
    public init(_ stamp: Stamp) {
        self.init()
        hlc = stamp.hlc.rawValue
        site = stamp.site.rawValue
    }

    public var stamp: Stamp { Stamp(hlc: HLCTimestamp(rawValue: hlc), site: SiteID(site)) }
}

extension Ioc_Sync_V1_Change {
    /// The wire form of a change. Lossless: `change()` gives back an equal value.
    public init(_ change: Change) {
        self.init()
        origin = change.origin.rawValue
        seq = change.seq
        hlc = change.hlc.rawValue
        entityType = change.entityType
        entityID = Data(change.entityID.bytes)
        scope = change.scope
        author = change.author
        ops = change.ops.map { op in
            var wire = Ioc_Sync_V1_FieldOp()
            wire.field = op.field
            wire.kind = Ioc_Sync_V1_FieldOp.Kind(rawValue: Int(op.kind.rawValue)) ?? .assign
            wire.value = Data(op.value)
            wire.base = op.base.map(Ioc_Sync_V1_Stamp.init)
            return wire
        }
    }

    /// The change this message carries; throws on a malformed id, an unknown operation or
    /// a sequence number outside `SequenceNumber.allowed`.
    public func change() throws(WireError) -> Change {
        _ = try SequenceNumber.checked(seq, "change.seq")
        guard let id = EntityID(bytes: entityID) else { throw .malformedEntityID(byteCount: entityID.count) }
        var decoded: [FieldOp] = []
        decoded.reserveCapacity(ops.count)
        for op in ops {
            guard let kind = FieldOp.Kind(rawValue: UInt8(clamping: op.kind.rawValue)), op.kind.rawValue >= 0 else {
                throw .unknownOperation(rawValue: op.kind.rawValue)
            }
            if kind == .snapshot {
                do { _ = try EntityStateCodec.decode(Array(op.value)) } catch { throw .undecodable("snapshot of \(id): \(error)") }
            }
            decoded.append(FieldOp(field: op.field, kind: kind, value: Array(op.value), base: op.base.map(\.stamp)))
        }
        return Change(
            origin: SiteID(origin), seq: seq, hlc: HLCTimestamp(rawValue: hlc), entityType: entityType,
            entityID: id, scope: scope, author: author, ops: decoded)
    }
}

extension Ioc_Sync_V1_SiteSeq {
    public init(site: SiteID, seq: UInt64) {
        self.init()
        self.site = site.rawValue
        self.seq = seq
    }
}

extension VersionVector {
    /// The vector a peer sent; refuses any entry above `SequenceNumber.allowed`.
    public init(wire: [Ioc_Sync_V1_SiteSeq]) throws(WireError) {
        var vector = VersionVector()
        for entry in wire {
            let seq = try SequenceNumber.checked(entry.seq, "seq of site \(SiteID(entry.site))", allowZero: true)
            if seq > vector[SiteID(entry.site)] { vector[SiteID(entry.site)] = seq }
        }
        self = vector
    }

    public var wire: [Ioc_Sync_V1_SiteSeq] {
        entries.sorted { $0.key < $1.key }.map { Ioc_Sync_V1_SiteSeq(site: $0.key, seq: $0.value) }
    }
}
