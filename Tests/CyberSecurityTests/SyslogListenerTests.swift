import Foundation
import SyslogListener
import Testing

@testable import CyberSecurity

/// The syslog port, fed by the system's own `logger` (util-linux) on loopback.
@Suite(.serialized) struct SyslogListenerTests {
    static func listening() async throws -> (SyslogListener, SecurityIntake, Int, String) {
        let (desk, folder) = try SecurityDeskTests.desk()
        let intake = SecurityIntake(desk: desk)
        let listener = SyslogListener(host: "127.0.0.1", intake: intake)
        let port = try await listener.start(port: 0)
        return (listener, intake, port, folder)
    }

    static func stored(_ intake: SecurityIntake, count: Int) async throws -> [SecurityEvent] {
        try await eventually("\(count) events stored") { try await intake.desk.store.count() >= count }
        await intake.drained()
        return try await intake.desk.store.events().map(\.event)
    }

    @Test func anRFC5424MessageOverUDPFromLoggerBecomesAnEvent() async throws {
        let (listener, intake, port, folder) = try await Self.listening()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try #require(try run("/usr/bin/logger", ["--rfc5424", "--server", "127.0.0.1", "--port", "\(port)", "--udp", "-t", "nginx", "-p", "auth.crit", "--msgid", "LOGIN", "login failed for admin"]) == 0)
        let events = try await Self.stored(intake, count: 1)
        listener.stop()
        #expect(events.first?.rule == "nginx")
        #expect(events.first?.title == "login failed for admin")
        #expect(events.first?.category == "auth")
        #expect(events.first?.band == .critical)
        #expect(try await intake.desk.alerts().count == 1)
    }

    @Test func rfc3164MessagesOverTCPWithNewlineFramingEachBecomeAnEvent() async throws {
        let (listener, intake, port, folder) = try await Self.listening()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try #require(try run("/usr/bin/logger", ["--rfc3164", "--server", "127.0.0.1", "--port", "\(port)", "--tcp", "-t", "sshd", "-p", "authpriv.warning"], input: "Failed password for root\nFailed password for admin\n") == 0)
        let events = try await Self.stored(intake, count: 2)
        listener.stop()
        #expect(Set(events.map(\.title)) == ["Failed password for root", "Failed password for admin"])
        #expect(events.allSatisfy { $0.rule == "sshd" && $0.band == .medium })
    }

    @Test func octetCountedTCPMessagesFromLoggerAreSplitByTheirCounts() async throws {
        let (listener, intake, port, folder) = try await Self.listening()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try #require(try run("/usr/bin/logger", ["--rfc5424", "--octet-count", "--server", "127.0.0.1", "--port", "\(port)", "--tcp", "-t", "waf"], input: "blocked /wp-login.php\nblocked /xmlrpc.php\nblocked /.env\n") == 0)
        let events = try await Self.stored(intake, count: 3)
        listener.stop()
        #expect(events.map(\.title).sorted() == ["blocked /.env", "blocked /wp-login.php", "blocked /xmlrpc.php"])
        #expect(try await intake.desk.alerts().first?.count == 3)
    }

    @Test func garbageIsCountedWithItsSampleAndTheListenerGoesOnServing() async throws {
        let (listener, intake, port, folder) = try await Self.listening()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A peer that is not syslog at all, over both transports.
        let script = """
            import socket, sys
            port = int(sys.argv[1])
            u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.sendto(b"GET / HTTP/1.1", ("127.0.0.1", port)); u.close()
            t = socket.create_connection(("127.0.0.1", port)); t.sendall(b"12x<13>junk\\n<99999>nope\\n"); t.close()
            """
        try #require(try run("/usr/bin/python3", ["-c", script, "\(port)"]) == 0)
        try await eventually("three bad messages counted") { intake.counts.refused == 3 }
        try #require(try run("/usr/bin/logger", ["--rfc5424", "--server", "127.0.0.1", "--port", "\(port)", "--udp", "-t", "after", "still here"]) == 0)
        let events = try await Self.stored(intake, count: 1)
        listener.stop()
        #expect(events.map(\.rule) == ["after"])
        let problems = try await intake.desk.store.problems()
        #expect(problems.reduce(0) { $0 + $1.count } == 3)
        #expect(Set(problems.map(\.code)) == ["not_syslog", "bad_framing"])
        #expect(problems.contains { $0.lastSample == "GET / HTTP/1.1" || $0.lastSample == "<99999>nope" })
    }
}
