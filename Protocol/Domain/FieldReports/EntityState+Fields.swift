import CRDT
import Foundation

extension EntityState {
    /// The winning value of a register holding a JSON string, or nil.
    func string(_ field: String) -> String? {
        guard let bytes = registers[field]?.value, bytes.first == UInt8(ascii: "\"") else { return nil }
        if !bytes.contains(UInt8(ascii: "\\")) { return String(decoding: bytes.dropFirst().dropLast(), as: UTF8.self) }
        return (try? JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed)) as? String
    }

    /// The winning value of a register holding a JSON integer, or nil.
    func int(_ field: String) -> Int64? {
        guard let bytes = registers[field]?.value, !bytes.isEmpty else { return nil }
        return Int64(String(decoding: bytes, as: UTF8.self))
    }
}
