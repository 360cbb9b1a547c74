/// Lower-case hexadecimal encoding used for keys, digests and key files.
public enum Hex {
    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    public static func encode(_ bytes: [UInt8]) -> String {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Why a string is not hex; used to build precise error messages.
    public enum DecodeFailure: Error, Equatable {
        case oddLength(Int)
        case invalidCharacter(offset: Int)

        var reason: String {
            switch self {
            case .oddLength(let count):
                return "odd number of hex characters (\(count))"
            case .invalidCharacter(let offset):
                return "non-hex character at offset \(offset)"
            }
        }
    }

    /// Decodes upper- or lower-case hex; the whole input must be hex digits.
    public static func decode<S: Collection>(_ utf8: S) throws(DecodeFailure) -> [UInt8] where S.Element == UInt8 {
        var out = [UInt8]()
        out.reserveCapacity(utf8.count / 2)
        var high: UInt8? = nil
        for (offset, character) in utf8.enumerated() {
            guard let nibble = nibble(character) else { throw .invalidCharacter(offset: offset) }
            if let h = high {
                out.append(h << 4 | nibble)
                high = nil
            } else {
                high = nibble
            }
        }
        guard high == nil else { throw .oddLength(utf8.count) }
        return out
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
