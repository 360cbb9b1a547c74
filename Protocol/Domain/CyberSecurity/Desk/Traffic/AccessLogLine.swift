import Vietnam

/// One request of a web server's access log in the Common Log Format or the Combined Log
/// Format (Apache's `%h %l %u %t "%r" %>s %b` plus `"%{Referer}i" "%{User-agent}i"`, nginx's
/// `combined`): `127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /a.gif HTTP/1.0" 200 2326`.
///
/// `%b` may be `-` (no body: 0 bytes); the request line may be anything a client sent (a
/// scanner's garbage is a request too: its path is what stands between the first two
/// spaces, or the whole line).
public struct AccessLogLine: Sendable, Hashable, Codable {
    public var client: String
    public var user: String?
    /// Unix milliseconds.
    public var time: Int64
    public var method: String
    /// The path without its query string.
    public var path: String
    public var status: Int
    public var bytes: Int
    public var referer: String?
    public var userAgent: String?


    /// The line read, or nil when it is not a CLF or Combined line.
    public init?(_ line: Substring) {
        var rest = line[...]
        func word() -> Substring? {
            guard let space = rest.firstIndex(of: " ") else { return nil }
            defer { rest = rest[rest.index(after: space)...] }
            return rest[..<space]
        }
        func quoted() -> String? {
            guard rest.first == "\"" else { return nil }
            var index = rest.index(after: rest.startIndex)
            var value = ""
            while index < rest.endIndex {
                let character = rest[index]
                if character == "\\", rest.index(after: index) < rest.endIndex {
                    index = rest.index(after: index)
                    value.append(rest[index])
                } else if character == "\"" {
                    rest = rest[rest.index(after: index)...].drop { $0 == " " }
                    return value
                } else {
                    value.append(character)
                }
                index = rest.index(after: index)
            }
            return nil
        }
        guard let client = word(), let _ = word(), let user = word(), rest.first == "[", let close = rest.firstIndex(of: "]") else { return nil }
        let stamp = rest[rest.index(after: rest.startIndex)..<close]
        rest = rest[rest.index(after: close)...].drop { $0 == " " }
        guard let time = Self.millis(stamp), let request = quoted() else { return nil }
        let statusText = word() ?? rest.prefix { $0 != " " }
        guard let status = Int(statusText), (100...599).contains(status) else { return nil }
        if rest == statusText { rest = rest[rest.endIndex...] }
        let bytesText = rest.prefix { $0 != " " }
        rest = rest.dropFirst(bytesText.count).drop { $0 == " " }
        self.client = String(client)
        self.user = user == "-" ? nil : String(user)
        self.time = time
        let parts = request.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        method = parts.count >= 2 ? String(parts[0]) : "-"
        let target = parts.count >= 2 ? parts[1] : Substring(request)
        path = String(target.prefix { $0 != "?" }.prefix(512))
        self.status = status
        bytes = Int(bytesText) ?? 0
        referer = quoted().flatMap { $0 == "-" ? nil : $0 }
        userAgent = quoted().flatMap { $0 == "-" ? nil : $0 }
    }

    /// `10/Oct/2000:13:55:36 -0700`.
    static func millis(_ text: Substring) -> Int64? {
        let parts = text.split(whereSeparator: { $0 == "/" || $0 == ":" || $0 == " " })
        guard parts.count == 7, let day = Int(parts[0]), let month = VietnamTime.englishMonths.firstIndex(of: String(parts[1])), let year = Int(parts[2]),
            let hour = Int(parts[3]), let minute = Int(parts[4]), let second = Int(parts[5]), parts[6].count == 5,
            let zone = Int(parts[6].dropFirst()), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        let sign = parts[6].first == "-" ? -1 : 1
        let offset = sign * ((zone / 100) * 3600 + (zone % 100) * 60)
        let days = Int64(CivilDate(year, month + 1, day).daysSince1970)
        return (days * 86_400 + Int64(hour * 3600 + minute * 60 + min(second, 59) - offset)) * 1000
    }
}
