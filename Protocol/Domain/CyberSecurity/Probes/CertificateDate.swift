import Vietnam

/// Reads the dates libcurl prints for a certificate: OpenSSL's `Mar  4 12:00:00 2027 GMT`
/// or the ISO-like `2027-03-04 12:00:00 GMT`.
enum CertificateDate {

    static func millis(_ text: String) -> Int64? {
        let words = text.split(separator: " ").map(String.init)
        var year = 0, month = 0, day = 0
        var clock: [Int] = []
        if words.count >= 4, let m = VietnamTime.englishMonths.firstIndex(of: words[0]), let d = Int(words[1]), let y = Int(words[3]) {
            (year, month, day) = (y, m + 1, d)
            clock = words[2].split(separator: ":").compactMap { Int($0) }
        } else if words.count >= 2 {
            let date = words[0].split(separator: "-").compactMap { Int($0) }
            guard date.count == 3 else { return nil }
            (year, month, day) = (date[0], date[1], date[2])
            clock = words[1].split(separator: ":").compactMap { Int($0) }
        }
        guard (1...12).contains(month), (1...31).contains(day), clock.count == 3 else { return nil }
        let days = Int64(CivilDate(year, month, day).daysSince1970)
        return (days * 86_400 + Int64(clock[0] * 3600 + clock[1] * 60 + clock[2])) * 1000
    }
}
