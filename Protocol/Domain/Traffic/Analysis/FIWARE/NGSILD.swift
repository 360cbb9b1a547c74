import Foundation
import Vietnam

/// Shared pieces of the NGSI-LD (FIWARE Smart Data Models) exports: entity ids, dates, numbers and
/// the deterministic JSON encoding.
enum NGSILD {
    /// The NGSI-LD core context, last in every entity's `@context` (after the data model's context, as
    /// in the Smart Data Models key-values examples), so its protected core terms are never redefined.
    static let coreContext = "https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context.jsonld"

    /// An id component for `urn:ngsi-ld:<Type>:<a>:<b>…`: ASCII letters, digits, `-`, `.` and `_` as
    /// they are, every other UTF-8 byte (`:` included, so components never run into each other)
    /// percent-encoded.
    static func urnComponent(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                out.unicodeScalars.append("%")
                out.unicodeScalars.append(hex[Int(byte >> 4)])
                out.unicodeScalars.append(hex[Int(byte & 15)])
            }
        }
        return out
    }

    /// ISO 8601 UTC date-time, extended format: `2024-06-01T00:05:00Z`, with `.sss` when the
    /// milliseconds are not zero (`2024-06-01T00:05:00.040Z`).
    static func dateTime(millis: Int64) -> String {
        let p = parts(millis)
        var s = "\(pad(p.year, 4))-\(pad(p.month, 2))-\(pad(p.day, 2))T\(pad(p.hour, 2)):\(pad(p.minute, 2)):\(pad(p.second, 2))"
        if p.millisecond != 0 { s += ".\(pad(p.millisecond, 3))" }
        return s + "Z"
    }

    /// ISO 8601 UTC date-time, basic format (no `:`, so it can sit inside a URN): `20240601T000500Z`,
    /// `20240601T000500.040Z`.
    static func compactDateTime(millis: Int64) -> String {
        let p = parts(millis)
        var s = "\(pad(p.year, 4))\(pad(p.month, 2))\(pad(p.day, 2))T\(pad(p.hour, 2))\(pad(p.minute, 2))\(pad(p.second, 2))"
        if p.millisecond != 0 { s += ".\(pad(p.millisecond, 3))" }
        return s + "Z"
    }

    /// ISO 8601 duration of a period: `PT30S`, `PT5M`, `PT15M`.
    static func duration(millis: Int64) -> String {
        if millis % 60_000 == 0 { return "PT\(millis / 60_000)M" }
        if millis % 1000 == 0 { return "PT\(millis / 1000)S" }
        return "PT\(millis / 1000).\(pad(millis % 1000, 3))S"
    }

    /// Seconds of a millisecond count for text: `300`, `239.16`.
    static func seconds(millis: Int64) -> String {
        let whole = "\(millis / 1000)"
        let fraction = abs(millis % 1000)
        guard fraction != 0 else { return whole }
        var digits = pad(fraction, 3)
        while digits.hasSuffix("0") { digits.removeLast() }
        return (millis < 0 && millis / 1000 == 0 ? "-" : "") + whole + "." + digits
    }

    /// `value` rounded to `decimals`, or `nil` when it is not a finite number (JSON has no NaN).
    static func number(_ value: Double?, decimals: Int) -> Double? {
        guard let value, value.isFinite else { return nil }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return (value * scale).rounded() / scale
    }

    /// JSON with sorted keys and unescaped slashes: the same value always gives the same bytes.
    /// The exports hold only strings, integers, booleans and finite numbers, which always encode.
    static func json<T: Encodable>(_ value: T) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(value)
        } catch {
            preconditionFailure("an NGSI-LD entity failed to encode: \(error)")
        }
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(abs(value))
        let padded = digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        return value < 0 ? "-" + padded : padded
    }

    private struct Parts {
        var year, month, day, hour, minute, second, millisecond: Int64
    }

    /// Civil UTC date and time of epoch milliseconds.
    private static func parts(_ millis: Int64) -> Parts {
        let days = millis >= 0 ? millis / 86_400_000 : -((-millis + 86_399_999) / 86_400_000)
        let rest = millis - days * 86_400_000
        let date = CivilDate(daysSince1970: Int(days))
        return Parts(
            year: Int64(date.year), month: Int64(date.month), day: Int64(date.day), hour: rest / 3_600_000,
            minute: rest / 60_000 % 60, second: rest / 1000 % 60, millisecond: rest % 1000)
    }
}
