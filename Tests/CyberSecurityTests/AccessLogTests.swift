import Testing
import Vietnam

@testable import CyberSecurity

/// Access logs as Apache and nginx write them, counted hour by hour.
@Suite struct AccessLogTests {
    @Test func aCommonLogFormatLineIsRead() throws {
        let line = try #require(AccessLogLine(#"127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326"#))
        #expect(line.client == "127.0.0.1")
        #expect(line.user == "frank")
        #expect(line.method == "GET")
        #expect(line.path == "/apache_pb.gif")
        #expect(line.status == 200)
        #expect(line.bytes == 2326)
        #expect(line.time == ISO8601Timestamp.millis("2000-10-10T13:55:36-07:00"))
        #expect(line.referer == nil)
    }

    @Test func aCombinedLineKeepsRefererAndAgentAndDropsTheQuery() throws {
        let text = #"127.0.0.9 - - [06/Dec/2026:09:15:02 +0700] "GET /tin-tuc/lich-tiem?id=3 HTTP/1.1" 404 - "https://daklak.gov.vn/" "Mozilla/5.0 (X11; \"Linux\")""#
        let line = try #require(AccessLogLine(Substring(text)))
        #expect(line.path == "/tin-tuc/lich-tiem")
        #expect(line.status == 404)
        #expect(line.bytes == 0)
        #expect(line.referer == "https://daklak.gov.vn/")
        #expect(line.userAgent == #"Mozilla/5.0 (X11; "Linux")"#)
    }

    @Test func aScannersGarbageRequestIsStillARequest() throws {
        let line = try #require(AccessLogLine(#"127.0.0.66 - - [06/Dec/2026:09:15:02 +0700] "\x16\x03\x01" 400 157"#))
        #expect(line.status == 400)
        #expect(line.method == "-")
    }

    @Test func linesThatAreNotAccessLogsAreCountedNotRead() {
        var summary = AccessLogSummary()
        summary.add(log: "hello\n127.0.0.1 - - [99/Foo/2026:00:00:00 +0700] \"GET / HTTP/1.1\" 200 1\n")
        #expect(summary.unreadable == 2)
        #expect(summary.hours.isEmpty)
    }

    @Test func requestsErrorsBytesAndTopPathsAreCountedPerHour() {
        var summary = AccessLogSummary()
        summary.add(log: """
            127.0.0.1 - - [06/Dec/2026:09:05:00 +0700] "GET / HTTP/1.1" 200 1000
            127.0.0.2 - - [06/Dec/2026:09:10:00 +0700] "GET /wp-login.php HTTP/1.1" 404 100
            127.0.0.2 - - [06/Dec/2026:09:11:00 +0700] "GET /wp-login.php HTTP/1.1" 404 100
            127.0.0.3 - - [06/Dec/2026:09:59:59 +0700] "POST /dich-vu HTTP/1.1" 502 50
            127.0.0.1 - - [06/Dec/2026:10:00:00 +0700] "GET / HTTP/1.1" 200 1000
            """)
        let nine = ISO8601Timestamp.millis("2026-12-06T09:00:00+07:00")!
        let hour = try? #require(summary.hours[nine])
        #expect(hour?.requests == 4)
        #expect(hour?.clientErrors == 2)
        #expect(hour?.serverErrors == 1)
        #expect(hour?.bytes == 1250)
        #expect(hour?.top(1).first?.path == "/wp-login.php")
        #expect(summary.hours[nine + 3_600_000]?.requests == 1)
    }

    @Test func anHourKeepsItsMostRequestedPathsAndCountsTheRest() {
        var summary = AccessLogSummary()
        for index in 0..<500 {
            summary.add(log: #"127.0.0.1 - - [06/Dec/2026:09:05:00 +0700] "GET /p\#(index % 200) HTTP/1.1" 200 1"#)
        }
        let hour = summary.hours.values.first
        #expect(hour?.requests == 500)
        #expect((hour?.paths.count ?? 0) <= 2 * AccessLogSummary.maxPaths)
        #expect((hour?.paths.values.reduce(0, +) ?? 0) + (hour?.otherPaths ?? 0) == 500)
    }
}
