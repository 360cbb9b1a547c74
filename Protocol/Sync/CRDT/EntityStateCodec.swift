/// The storage format of an entity's merged state in SQLite: a compact binary
/// encoding, written and read on every edit and every applied change, so it is built
/// for speed (one pass, no intermediate objects) and size (rows stay in their b-tree
/// page instead of spilling into overflow pages).
///
/// Layout (version 1): a version byte, type, scope, a table of the distinct stamps and one
/// of the distinct authors, then the scope stamp (marker 0 none, 1 set at creation, 2 set by
/// a transfer) and the registers, sets, histories and
/// counters, each as a count followed by its entries. Stamps and authors in the body are
/// indexes into their tables (an entity's fields mostly share a few stamps and authors).
/// Integers are LEB128 varints, table stamps 16 fixed bytes (HLC and site,
/// little-endian), strings and payloads a varint length and bytes.
///
/// Guarantees: `decode(encode(s)) == s` for every state; malformed bytes throw, never trap.
public enum EntityStateCodec {
    public static let version: UInt8 = 1

    public struct Malformed: Error, CustomStringConvertible {
        public let description: String
    }

    public static func encode(_ state: EntityState) -> [UInt8] {
        var out = Writer()
        out.bytes.reserveCapacity(384)
        encodeBody(state, into: &out)
        var head = Writer()
        head.bytes.reserveCapacity(out.bytes.count + 16 * out.stampTable.count + 64)
        head.bytes.append(version)
        head.string(state.entityType)
        head.string(state.scope)
        head.varint(out.stampTable.count)
        for stamp in out.stampTable {
            head.fixed(stamp.hlc.rawValue)
            head.fixed(stamp.site.rawValue)
        }
        head.varint(out.authorTable.count)
        for author in out.authorTable { head.string(author) }
        head.bytes.append(contentsOf: out.bytes)
        return head.bytes
    }

    private static func encodeBody(_ state: EntityState, into out: inout Writer) {
        if let stamp = state.scopeStamp {
            out.bytes.append(state.scopeMovedByTransfer ? 2 : 1)
            out.stamp(stamp)
        } else {
            out.bytes.append(0)
        }
        out.varint(state.registers.count)
        for (field, register) in state.registers {
            out.string(field)
            out.varint(register.frontier.count)
            for write in register.frontier {
                out.stamp(write.stamp)
                out.payload(write.value)
                out.stamps(write.base)
                out.author(write.author)
            }
            out.stamps(register.superseded)
            out.varint(register.seen.count)
            for (site, hlc) in register.seen { out.stamp(Stamp(hlc: hlc, site: site)) }
        }
        out.varint(state.sets.count)
        for (field, set) in state.sets {
            out.string(field)
            out.varint(set.tags.count)
            for (element, tags) in set.tags {
                out.payload(element)
                out.stamps(tags)
            }
            out.stamps(set.removed)
        }
        out.varint(state.histories.count)
        for (field, history) in state.histories {
            out.string(field)
            out.varint(history.items.count)
            for item in history.items {
                out.stamp(item.stamp)
                out.payload(item.entry)
                out.author(item.author)
            }
        }
        out.varint(state.counters.count)
        for (field, counter) in state.counters {
            out.string(field)
            out.varint(counter.totals.count)
            for entry in counter.totals.values {
                out.stamp(entry.stamp)
                out.varint(UInt64(bitPattern: (entry.total << 1) ^ (entry.total >> 63)))
            }
        }
    }

    public static func decode(_ bytes: [UInt8]) throws(Malformed) -> EntityState {
        try bytes.withUnsafeBufferPointer { buffer throws(Malformed) in
            var input = Reader(buffer: buffer)
            guard try input.byte() == version else { throw Malformed(description: "unknown state format") }
            var state = EntityState(entityType: try input.string(), scope: try input.string())
            for _ in 0..<(try input.count()) {
                input.stampTable.append(Stamp(hlc: HLCTimestamp(rawValue: try input.fixed()), site: SiteID(try input.fixed())))
            }
            for _ in 0..<(try input.count()) { input.authorTable.append(try input.string()) }
            switch try input.byte() {
            case 0: break
            case 1: state.scopeStamp = try input.stamp()
            case 2:
                state.scopeStamp = try input.stamp()
                state.scopeMovedByTransfer = true
            default: throw Malformed(description: "unknown scope marker")
            }
            for _ in 0..<(try input.count()) {
                let field = try input.string()
                var frontier: [MVRegister<Payload>.Write] = []
                for _ in 0..<(try input.count()) {
                    frontier.append(.init(stamp: try input.stamp(), value: try input.payload(), base: try input.stamps(), author: try input.author()))
                }
                let superseded = Set(try input.stamps())
                var seen: [SiteID: HLCTimestamp] = [:]
                for _ in 0..<(try input.count()) {
                    let stamp = try input.stamp()
                    seen[stamp.site] = stamp.hlc
                }
                state.registers[field] = MVRegister(frontier: frontier, superseded: superseded, seen: seen)
            }
            for _ in 0..<(try input.count()) {
                let field = try input.string()
                var tags: [Payload: Set<Stamp>] = [:]
                for _ in 0..<(try input.count()) { tags[try input.payload()] = Set(try input.stamps()) }
                state.sets[field] = ORSet(tags: tags, removed: Set(try input.stamps()))
            }
            for _ in 0..<(try input.count()) {
                let field = try input.string()
                var items: [History<Payload>.Item] = []
                for _ in 0..<(try input.count()) {
                    items.append(.init(stamp: try input.stamp(), entry: try input.payload(), author: try input.author()))
                }
                state.histories[field] = History(items: items)
            }
            for _ in 0..<(try input.count()) {
                let field = try input.string()
                var totals: [SiteID: SiteCounter.Entry] = [:]
                for _ in 0..<(try input.count()) {
                    let stamp = try input.stamp()
                    let zigzag = try input.varint()
                    totals[stamp.site] = .init(stamp: stamp, total: Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
                }
                state.counters[field] = SiteCounter(totals: totals)
            }
            guard input.isAtEnd else { throw Malformed(description: "trailing bytes after the state") }
            return state
        }
    }

    struct Writer {
        var bytes: [UInt8] = []
        var stampTable: [Stamp] = []
        var stampIndex: [Stamp: Int] = [:]
        var authorTable: [String] = []
        var authorIndex: [String: Int] = [:]

        mutating func varint(_ value: UInt64) {
            var value = value
            while value >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
                value >>= 7
            }
            bytes.append(UInt8(value))
        }

        mutating func varint(_ value: Int) { varint(UInt64(value)) }

        mutating func fixed(_ value: UInt64) {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }

        /// A stamp as an index into the stamp table.
        mutating func stamp(_ stamp: Stamp) {
            if let index = stampIndex[stamp] { return varint(index) }
            stampIndex[stamp] = stampTable.count
            varint(stampTable.count)
            stampTable.append(stamp)
        }

        /// An author as an index into the author table.
        mutating func author(_ author: String) {
            if let index = authorIndex[author] { return varint(index) }
            authorIndex[author] = authorTable.count
            varint(authorTable.count)
            authorTable.append(author)
        }

        mutating func stamps(_ stamps: some Collection<Stamp>) {
            varint(stamps.count)
            for stamp in stamps { self.stamp(stamp) }
        }

        mutating func payload(_ payload: Payload) {
            varint(payload.count)
            bytes.append(contentsOf: payload)
        }

        mutating func string(_ string: String) {
            var string = string
            string.withUTF8 { utf8 in
                varint(utf8.count)
                bytes.append(contentsOf: utf8)
            }
        }
    }

    struct Reader {
        let buffer: UnsafeBufferPointer<UInt8>
        var offset = 0
        var stampTable: [Stamp] = []
        var authorTable: [String] = []

        var isAtEnd: Bool { offset == buffer.count }

        mutating func byte() throws(Malformed) -> UInt8 {
            guard offset < buffer.count else { throw Malformed(description: "state ends early") }
            defer { offset += 1 }
            return buffer[offset]
        }

        mutating func varint() throws(Malformed) -> UInt64 {
            var result: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let byte = try self.byte()
                guard shift < 64 else { throw Malformed(description: "varint too long") }
                result |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return result }
                shift += 7
            }
        }

        /// A count or length, bounded by what is left (a corrupt count cannot allocate).
        mutating func count() throws(Malformed) -> Int {
            let value = try varint()
            guard value <= UInt64(buffer.count - offset) else { throw Malformed(description: "count \(value) exceeds the state") }
            return Int(value)
        }

        mutating func fixed() throws(Malformed) -> UInt64 {
            guard buffer.count - offset >= 8 else { throw Malformed(description: "state ends early") }
            var value: UInt64 = 0
            for index in 0..<8 { value |= UInt64(buffer[offset + index]) << (8 * UInt64(index)) }
            offset += 8
            return value
        }

        mutating func stamp() throws(Malformed) -> Stamp {
            let index = try varint()
            guard index < UInt64(stampTable.count) else { throw Malformed(description: "stamp #\(index) is not in the table") }
            return stampTable[Int(index)]
        }

        mutating func author() throws(Malformed) -> String {
            let index = try varint()
            guard index < UInt64(authorTable.count) else { throw Malformed(description: "author #\(index) is not in the table") }
            return authorTable[Int(index)]
        }

        mutating func stamps() throws(Malformed) -> [Stamp] {
            let count = try self.count()
            var stamps: [Stamp] = []
            stamps.reserveCapacity(count)
            for _ in 0..<count { stamps.append(try stamp()) }
            return stamps
        }

        mutating func payload() throws(Malformed) -> Payload {
            let length = try count()
            defer { offset += length }
            return Array(buffer[offset..<offset + length])
        }

        mutating func string() throws(Malformed) -> String {
            let length = try count()
            defer { offset += length }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[offset..<offset + length]), as: UTF8.self)
        }
    }
}
