import Foundation
import Vietnam

/// W3C/ISO 8601 datetimes as GeoReport v2 requires them: written in Vietnam time
/// (`YYYY-MM-DDThh:mm:ss+07:00`, Asia/Ho_Chi_Minh has no daylight saving), truncated to whole
/// seconds; read by the code base's one timestamp reader, `ISO8601Timestamp`, with the zone
/// required as the specification demands.
public enum Open311DateTime {
    /// Formats `date` as `2026-11-23T14:05:00+07:00`. Instants outside years 0001–9999 (or
    /// not finite) are clamped to that range rather than trapping.
    public static func format(_ date: Date) -> String { VietnamTime.iso8601(date) }

    /// Parses a W3C datetime with a zone; nil for anything else, including impossible dates
    /// (2026-02-30).
    public static func parse(_ text: String) -> Date? {
        ISO8601Timestamp.millis(text).map(VietnamTime.instant(millis:))
    }
}
