import CRDT

/// Renders an entity's merged state as one JSON object of winning values, the form
/// the API returns and SQL queries read (`json_extract(doc, '$.status')`).
///
/// Registers give their winner, sets a sorted array, counters their sum, histories an
/// array of `{"at", "by", "entry"}` oldest first. Field values are JSON fragments already,
/// so rendering concatenates bytes and parses nothing.
enum DocumentRenderer {
    static func render(_ state: EntityState) -> String {
        var out: [UInt8] = [UInt8(ascii: "{")]
        out.reserveCapacity(256)
        var first = true
        func key(_ name: String) {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            JSONFragment.appendString(name, to: &out)
            out.append(UInt8(ascii: ":"))
        }
        for (field, register) in state.registers.sorted(by: { $0.key < $1.key }) {
            guard let value = register.value else { continue }
            key(field)
            out.append(contentsOf: value)
        }
        for (field, set) in state.sets.sorted(by: { $0.key < $1.key }) {
            key(field)
            out.append(UInt8(ascii: "["))
            for (index, element) in set.elements.sorted(by: { $0.lexicographicallyPrecedes($1) }).enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: element)
            }
            out.append(UInt8(ascii: "]"))
        }
        for (field, counter) in state.counters.sorted(by: { $0.key < $1.key }) {
            key(field)
            out.append(contentsOf: Array(String(counter.value).utf8))
        }
        for (field, history) in state.histories.sorted(by: { $0.key < $1.key }) {
            key(field)
            out.append(UInt8(ascii: "["))
            for (index, item) in history.items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: Array("{\"at\":\(item.stamp.hlc.physicalMillis),\"by\":".utf8))
                JSONFragment.appendString(item.author, to: &out)
                out.append(contentsOf: Array(",\"entry\":".utf8))
                out.append(contentsOf: item.entry)
                out.append(UInt8(ascii: "}"))
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }
}
