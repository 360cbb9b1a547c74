/// `application/x-www-form-urlencoded` decoding, for POST bodies and query strings.
public enum Open311URLEncodedForm {
    /// The name/value pairs of `bytes`, in order, repeated names kept.
    ///
    /// Pairs are separated by `&`; empty pairs are skipped; a pair without `=` has the value "". `+` is a space and
    /// `%XX` a byte; a `%` not followed by two hex digits is kept literally. Names and values must be UTF-8 once
    /// decoded (Vietnamese arrives as percent-encoded UTF-8); nil when one is not.
    public static func parse(_ bytes: some Collection<UInt8>) -> [(String, String)]? {
        var pairs: [(String, String)] = []
        for piece in Array(bytes).split(separator: 0x26, omittingEmptySubsequences: true) {
            let equals = piece.firstIndex(of: 0x3D)
            guard let name = decode(piece[..<(equals ?? piece.endIndex)]) else { return nil }
            let value: String
            if let equals {
                guard let decoded = decode(piece[piece.index(after: equals)...]) else { return nil }
                value = decoded
            } else {
                value = ""
            }
            pairs.append((name, value))
        }
        return pairs
    }

    /// Percent-decodes one name or value (`+` is a space); nil when the result is not UTF-8.
    public static func decode(_ component: some Collection<UInt8>) -> String? {
        percentDecode(component, plusIsSpace: true)
    }

    /// Percent-decodes `component`; `+` is a space only in form encoding, not in paths.
    static func percentDecode(_ component: some Collection<UInt8>, plusIsSpace: Bool) -> String? {
        let input = Array(component)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == 0x2B, plusIsSpace {
                output.append(0x20)
            } else if byte == 0x25, index + 2 < input.count, let high = hex(input[index + 1]),
                let low = hex(input[index + 2])
            {
                output.append(high << 4 | low)
                index += 2
            } else {
                output.append(byte)
            }
            index += 1
        }
        return String(validating: output, as: UTF8.self)
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
