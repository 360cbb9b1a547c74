import Vietnam

/// Reads one syslog message, RFC 5424 or RFC 3164 (the BSD format most devices still send),
/// into a security event.
///
/// RFC 5424: `<PRI>1 TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA [MSG]`, each
/// header field possibly `-`; structured data is skipped with its escapes (`\"`, `\]`, `\\`)
/// honoured; a UTF-8 BOM before MSG is dropped. RFC 3164: `<PRI>Mmm dd hh:mm:ss HOSTNAME
/// TAG: MSG`, where the timestamp has neither year nor zone (read at `offsetSeconds`, in
/// the year that puts it nearest the receipt time) and HOSTNAME may be missing (a first word
/// ending in `:` or holding `[` is the TAG); a message with only `<PRI>` and text is accepted
/// with the receipt time. PRI must be 0…191. The host is HOSTNAME, or the sender's address.
public enum SyslogMessageReader {
    /// The longest message kept whole; the listener refuses longer ones before reading.
    public static let maxBytes = 65_536

    public static func event(
        _ message: some Collection<UInt8>, sender: String, receivedAt: Int64, offsetSeconds: Int = VietnamTime.offsetSeconds
    ) throws(SecurityEventProblem) -> SecurityEvent {
        let bytes = Array(message)
        guard bytes.count <= maxBytes else { throw .oversized(bytes: bytes.count, limit: maxBytes) }
        var cursor = Cursor(bytes: bytes)
        guard cursor.take(UInt8(ascii: "<")), let pri = cursor.number(maxDigits: 3), pri <= 191, cursor.take(UInt8(ascii: ">")) else {
            throw .notSyslog(at: "PRI")
        }
        let facility = pri / 8, severity = pri % 8
        let raw = String(decoding: bytes, as: UTF8.self)
        if cursor.take(UInt8(ascii: "1")), cursor.take(UInt8(ascii: " ")) {
            return try rfc5424(&cursor, facility: facility, severity: severity, sender: sender, receivedAt: receivedAt, raw: raw)
        }
        return rfc3164(&cursor, facility: facility, severity: severity, sender: sender, receivedAt: receivedAt, offsetSeconds: offsetSeconds, raw: raw)
    }

    private static func rfc5424(
        _ cursor: inout Cursor, facility: Int, severity: Int, sender: String, receivedAt: Int64, raw: String
    ) throws(SecurityEventProblem) -> SecurityEvent {
        guard let timestamp = cursor.word(), let hostname = cursor.word(), let appName = cursor.word(), cursor.word() != nil,
            cursor.word() != nil
        else { throw .notSyslog(at: "HEADER") }
        let time: Int64
        if timestamp == "-" {
            time = receivedAt
        } else {
            guard let millis = ISO8601Timestamp.millis(timestamp) else { throw .notSyslog(at: "TIMESTAMP") }
            time = millis
        }
        guard cursor.skipStructuredData() else { throw .notSyslog(at: "STRUCTURED-DATA") }
        _ = cursor.take(UInt8(ascii: " "))
        cursor.skipBOM()
        let text = cursor.rest()
        return event(
            time: time, host: hostname == "-" ? sender : hostname, rule: appName == "-" ? "syslog" : appName, text: text,
            facility: facility, severity: severity, raw: raw)
    }

    private static func rfc3164(
        _ cursor: inout Cursor, facility: Int, severity: Int, sender: String, receivedAt: Int64, offsetSeconds: Int, raw: String
    ) -> SecurityEvent {
        var time = receivedAt
        var host = sender
        var rule = "syslog"
        if let stamp = cursor.bsdTimestamp() {
            time = nearestYear(stamp, receivedAt: receivedAt, offsetSeconds: offsetSeconds)
            _ = cursor.take(UInt8(ascii: " "))
            let mark = cursor.index
            if let first = cursor.word(), !first.hasSuffix(":"), !first.contains("[") {
                host = first
            } else {
                cursor.index = mark
            }
        }
        let mark = cursor.index
        if let tag = cursor.word(), tag.hasSuffix(":") || tag.contains("[") {
            rule = String(tag.prefix { $0 != "[" && $0 != ":" })
        } else {
            cursor.index = mark
        }
        return event(time: time, host: host, rule: rule.isEmpty ? "syslog" : rule, text: cursor.rest(), facility: facility, severity: severity, raw: raw)
    }

    private static func event(time: Int64, host: String, rule: String, text: String, facility: Int, severity: Int, raw: String) -> SecurityEvent {
        SecurityEvent(
            time: time, source: .syslog, host: host, rule: rule, title: text.isEmpty ? rule : String(text.prefix(500)),
            category: facilityNames[facility], sensorSeverity: severity, band: SeverityBand(syslogSeverity: severity), raw: raw)
    }

    /// RFC 5424 §6.2.1's facility keywords, 0…23.
    static let facilityNames = [
        "kern", "user", "mail", "daemon", "auth", "syslog", "lpr", "news", "uucp", "cron", "authpriv", "ftp", "ntp", "audit", "alert",
        "clock", "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7",
    ]

    /// The year for a yearless timestamp: this year's reading, unless it falls more than a day
    /// after receipt (a December message read in January), then last year's.
    private static func nearestYear(_ stamp: BSDTimestamp, receivedAt: Int64, offsetSeconds: Int) -> Int64 {
        let year = CivilDate(daysSince1970: Int((receivedAt / 1000 + Int64(offsetSeconds)) / 86_400)).year
        func millis(_ year: Int) -> Int64 {
            let day = CivilDate(year, stamp.month, stamp.day)
            return (Int64(day.daysSince1970) * 86_400 + Int64(stamp.secondOfDay - offsetSeconds)) * 1000
        }
        let thisYear = millis(year)
        return thisYear > receivedAt + 86_400_000 ? millis(year - 1) : thisYear
    }

    struct BSDTimestamp {
        var month: Int
        var day: Int
        var secondOfDay: Int
    }

    private struct Cursor {
        let bytes: [UInt8]
        var index = 0

        mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func number(maxDigits: Int) -> Int? {
            var value = 0, count = 0
            while index < bytes.count, count < maxDigits, (48...57).contains(bytes[index]) {
                value = value * 10 + Int(bytes[index] - 48)
                index += 1
                count += 1
            }
            return count == 0 ? nil : value
        }

        /// The next run of non-space bytes, and the one space after it.
        mutating func word() -> String? {
            let start = index
            while index < bytes.count, bytes[index] != 32 { index += 1 }
            guard index > start else { return nil }
            let word = String(decoding: bytes[start..<index], as: UTF8.self)
            _ = take(32)
            return word
        }

        mutating func skipBOM() {
            if bytes.count >= index + 3, bytes[index] == 0xEF, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { index += 3 }
        }

        /// `-` or one or more `[…]` elements; false when an element is not closed.
        mutating func skipStructuredData() -> Bool {
            if take(UInt8(ascii: "-")) { return true }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return false }
            while take(UInt8(ascii: "[")) {
                var inValue = false
                var closed = false
                while index < bytes.count {
                    let byte = bytes[index]
                    index += 1
                    if inValue, byte == UInt8(ascii: "\\") {
                        index += 1
                    } else if byte == UInt8(ascii: "\"") {
                        inValue.toggle()
                    } else if !inValue, byte == UInt8(ascii: "]") {
                        closed = true
                        break
                    }
                }
                guard closed else { return false }
            }
            return true
        }

        /// `Mmm dd hh:mm:ss` with the day space-padded (`Dec  6`) or not.
        mutating func bsdTimestamp() -> BSDTimestamp? {
            let start = index
            guard index + 15 <= bytes.count,
                let month = VietnamTime.englishMonths.firstIndex(of: String(decoding: bytes[index..<index + 3], as: UTF8.self))
            else { return nil }
            index += 3
            guard take(32) else {
                index = start
                return nil
            }
            _ = take(32)
            guard let day = number(maxDigits: 2), (1...31).contains(day), take(32), let hour = number(maxDigits: 2), take(58),
                let minute = number(maxDigits: 2), take(58), let second = number(maxDigits: 2), hour < 24, minute < 60, second < 61
            else {
                index = start
                return nil
            }
            return BSDTimestamp(month: month + 1, day: day, secondOfDay: hour * 3600 + minute * 60 + min(second, 59))
        }


        func rest() -> String {
            var end = bytes.count
            while end > index, bytes[end - 1] == 10 || bytes[end - 1] == 13 || bytes[end - 1] == 0 { end -= 1 }
            return String(decoding: bytes[index..<end], as: UTF8.self)
        }
    }
}
