import Vietnam

/// The one reader of the dates one-stop systems export.
///
/// Accepted: the national portal's `yyyyMMddHHmmss` (and `yyyyMMdd`), Vietnam's local time;
/// ISO 8601 with or without a zone (without one it is Vietnam's time; iGate's `+0700` is
/// read too); `dd/MM/yyyy` with an optional `HH:mm` or `HH:mm:ss`, as officers type them;
/// Unix milliseconds as a JSON number. An empty text is no date. A day alone is its start.
public enum ExportedDate {
    public static func millis(_ text: String) -> Int64? {
        let text = text.trimmingCharacters(in: .whitespaces)
        let digits = text.allSatisfy(\.isASCIIDigit)
        if digits, text.count == 14 || text.count == 8 {
            let d = Array(text.utf8).map { Int($0) - 48 }
            func number(_ from: Int, _ count: Int) -> Int { d[from..<(from + count)].reduce(0) { $0 * 10 + $1 } }
            let hour = text.count == 14 ? number(8, 2) : 0, minute = text.count == 14 ? number(10, 2) : 0, second = text.count == 14 ? number(12, 2) : 0
            return local(year: number(0, 4), month: number(4, 2), day: number(6, 2), hour: hour, minute: minute, second: second)
        }
        if digits, text.count >= 11, let value = Int64(text) { return value }
        if let millis = ISO8601Timestamp.millis(text, defaultOffsetSeconds: VietnamTime.offsetSeconds) { return millis }
        if let day = CivilDate(iso: text) { return local(year: day.year, month: day.month, day: day.day, hour: 0, minute: 0, second: 0) }
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard (1...2).contains(parts.count) else { return nil }
        let date = parts[0].split(separator: "/")
        guard date.count == 3, let day = Int(date[0]), let month = Int(date[1]), let year = Int(date[2]), date[2].count == 4 else { return nil }
        var clock = [0, 0, 0]
        if parts.count == 2 {
            let fields = parts[1].split(separator: ":").map { Int($0) }
            guard (2...3).contains(fields.count), fields.allSatisfy({ $0 != nil }) else { return nil }
            for (i, value) in fields.enumerated() { clock[i] = value! }
        }
        return local(year: year, month: month, day: day, hour: clock[0], minute: clock[1], second: clock[2])
    }

    static func local(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> Int64? {
        guard (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        let date = CivilDate(year, month, day)
        guard CivilDate(julianDay: date.julianDay) == date else { return nil }
        return (Int64(date.daysSince1970) * 86_400 + Int64(hour * 3600 + minute * 60 + second) - Int64(VietnamTime.offsetSeconds)) * 1000
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
