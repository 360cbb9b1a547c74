/// Removes what a photo says about its taker: EXIF (GPS position, camera, time), XMP, IPTC
/// and comments, keeping the pixels and what draws them (colour profile, JFIF/Adobe headers).
///
/// Guarantees: the result is a valid file of the same format whenever the input's
/// structure is; stripping is idempotent (a stripped photo strips to the same bytes, so its
/// SHA-256 is stable across the federation); nil when the structure is broken.
/// Orientation lives in EXIF and goes with it: a photo may show turned.
public enum PhotoMetadata {
    public static func stripped(_ bytes: [UInt8], _ type: MediaType) -> [UInt8]? {
        switch type {
        case .jpeg: jpeg(bytes)
        case .png: png(bytes)
        case .webp: webp(bytes)
        }
    }

    // MARK: JPEG — markers up to the start of scan

    /// APP1 (EXIF, XMP), APP3…APP13 (IPTC, maker data), APP15 and COM go; APP0 (JFIF),
    /// APP2 (ICC profile) and APP14 (Adobe colour transform) stay.
    private static func jpeg(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
        var out: [UInt8] = [0xFF, 0xD8]
        out.reserveCapacity(bytes.count)
        var at = 2
        while at + 4 <= bytes.count {
            guard bytes[at] == 0xFF else { return nil }
            let marker = bytes[at + 1]
            if marker == 0xFF { at += 1; continue }  // fill byte
            if marker == 0xDA {  // start of scan: the rest is image data
                out.append(contentsOf: bytes[at...])
                return out
            }
            let length = Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
            guard length >= 2, at + 2 + length <= bytes.count else { return nil }
            let drop = marker == 0xE1 || (0xE3...0xED).contains(marker) || marker == 0xEF || marker == 0xFE
            if !drop { out.append(contentsOf: bytes[at..<(at + 2 + length)]) }
            at += 2 + length
        }
        return nil
    }

    // MARK: PNG — chunks

    private static let pngDropped: Set<String> = ["eXIf", "tEXt", "zTXt", "iTXt", "tIME"]

    private static func png(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 8 else { return nil }
        var out = Array(bytes[0..<8])
        var at = 8
        while at + 12 <= bytes.count {
            let length = Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
            let end = at + 12 + length
            guard length >= 0, end <= bytes.count else { return nil }
            let name = String(decoding: bytes[(at + 4)..<(at + 8)], as: UTF8.self)
            if !pngDropped.contains(name) { out.append(contentsOf: bytes[at..<end]) }
            at = end
            if name == "IEND" { return out }
        }
        return nil
    }

    // MARK: WebP — RIFF chunks

    private static func webp(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 12 else { return nil }
        var chunks: [UInt8] = []
        var at = 12
        var extendedHeader: Int?
        while at + 8 <= bytes.count {
            let name = String(decoding: bytes[at..<(at + 4)], as: UTF8.self)
            let size = Int(bytes[at + 4]) | Int(bytes[at + 5]) << 8 | Int(bytes[at + 6]) << 16 | Int(bytes[at + 7]) << 24
            let end = at + 8 + size + (size & 1)
            guard end <= bytes.count else { return nil }
            if name != "EXIF", name != "XMP " {
                if name == "VP8X" { extendedHeader = 12 + chunks.count }
                chunks.append(contentsOf: bytes[at..<end])
            }
            at = end
        }
        guard at == bytes.count else { return nil }
        var out = Array("RIFF".utf8) + Self.littleEndian(UInt32(4 + chunks.count)) + Array("WEBP".utf8) + chunks
        if let header = extendedHeader, header + 8 < out.count { out[header + 8] &= ~UInt8(0x0C) }  // no EXIF (0x08), no XMP (0x04)
        return out
    }

    private static func littleEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24)]
    }
}
