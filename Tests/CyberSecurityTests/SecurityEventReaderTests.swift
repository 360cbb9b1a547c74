import Testing
import Vietnam

@testable import CyberSecurity

/// Each sensor's message becomes one normalised event with its severity in the four bands.
@Suite struct SecurityEventReaderTests {
    static let receivedAt = ISO8601Timestamp.millis("2026-12-06T10:05:00+07:00")!

    @Test func aWazuhAlertKeepsItsRuleHostTechniqueAndLevelBand() throws {
        let event = try WazuhAlertReader.event(Array(SensorSamples.wazuhBruteForce.utf8), receivedAt: Self.receivedAt)
        #expect(event.source == .wazuh)
        #expect(event.host == "web-soyte")
        #expect(event.rule == "5712")
        #expect(event.techniques == ["T1110"])
        #expect(event.category == "syslog,sshd,authentication_failures")
        #expect(event.sensorSeverity == 10)
        #expect(event.band == .medium)
        #expect(event.sourceAddress == "127.0.0.99")
        #expect(event.time == ISO8601Timestamp.millis("2026-12-06T09:15:02.123+07:00"))
        #expect(event.raw == SensorSamples.wazuhBruteForce)
    }

    @Test func wazuhLevelsFallIntoTheDashboardsBands() {
        #expect([0, 6, 7, 11, 12, 14, 15].map { SeverityBand(wazuhLevel: $0) } == [.low, .low, .medium, .medium, .high, .high, .critical])
    }

    @Test func suricataSeveritiesAndSyslogSeveritiesFallIntoBands() {
        #expect([1, 2, 3, 4].map { SeverityBand(suricataSeverity: $0) } == [.high, .medium, .low, .low])
        #expect((0...7).map { SeverityBand(syslogSeverity: $0) } == [.critical, .critical, .critical, .high, .medium, .low, .low, .low])
    }

    @Test func aWazuhAlertWithoutARuleLevelIsRefusedNamingTheField() {
        let broken = SensorSamples.wazuhIntegrity.replacingOccurrences(of: "\"level\":7,", with: "")
        #expect(throws: SecurityEventProblem.missingField("rule.level")) {
            try WazuhAlertReader.event(Array(broken.utf8), receivedAt: Self.receivedAt)
        }
    }

    @Test func aSuricataAlertIsAboutItsDestinationWithTheSignatureAndTechnique() throws {
        let event = try SuricataEveReader.event(Array(SensorSamples.suricataAlert.utf8), receivedAt: Self.receivedAt)
        #expect(event.host == "127.0.0.21")
        #expect(event.rule == "2019401")
        #expect(event.title == "ET WEB_SERVER Possible CVE-2014-6271 Attempt")
        #expect(event.category == "Attempted Administrator Privilege Gain")
        #expect(event.techniques == ["T1190"])
        #expect(event.band == .high)
        #expect(event.time == ISO8601Timestamp.millis("2026-12-06T10:01:55.251+07:00"))
    }

    @Test func aSuricataFlowRecordIsNotAnAlert() {
        #expect(throws: SecurityEventProblem.notAnAlert(eventType: "flow")) {
            try SuricataEveReader.event(Array(SensorSamples.suricataFlow.utf8), receivedAt: Self.receivedAt)
        }
    }

    @Test func textThatIsNotJSONIsRefusedAsSuch() {
        #expect(throws: SecurityEventProblem.notJSON) { try SuricataEveReader.event(Array("hello".utf8), receivedAt: 0) }
        #expect(throws: SecurityEventProblem.notJSON) { try WazuhAlertReader.event(Array("{\"rule\":".utf8), receivedAt: 0) }
    }

    @Test func anRFC5424MessageFromLoggerIsReadWithItsStructuredDataSkipped() throws {
        let message = #"<34>1 2026-12-06T03:01:02.345678+00:00 web-soyte nginx 811 ID47 [timeQuality tzKnown="1" isSynced="0"][x@1 k="a \"quoted\] value"] "# + "\u{FEFF}login failed for admin"
        let event = try SyslogMessageReader.event(Array(message.utf8), sender: "127.0.0.5", receivedAt: Self.receivedAt)
        #expect(event.host == "web-soyte")
        #expect(event.rule == "nginx")
        #expect(event.title == "login failed for admin")
        #expect(event.category == "auth")
        #expect(event.sensorSeverity == 2)
        #expect(event.band == .critical)
        #expect(event.time == ISO8601Timestamp.millis("2026-12-06T03:01:02.345Z"))
    }

    @Test func anRFC5424MessageWithNilValuesTakesTheSenderAndReceiptTime() throws {
        let event = try SyslogMessageReader.event(Array("<11>1 - - - - - - disk failing".utf8), sender: "127.0.0.5", receivedAt: Self.receivedAt)
        #expect(event.host == "127.0.0.5")
        #expect(event.time == Self.receivedAt)
        #expect(event.rule == "syslog")
        #expect(event.band == .high)
        #expect(event.title == "disk failing")
    }

    @Test func anRFC3164MessageIsReadInVietnamTimeThisYear() throws {
        let event = try SyslogMessageReader.event(
            Array("<86>Dec  6 09:59:01 fw-bmt sshd[4242]: Failed password for root from 127.0.0.99\n".utf8), sender: "127.0.0.5",
            receivedAt: Self.receivedAt)
        #expect(event.host == "fw-bmt")
        #expect(event.rule == "sshd")
        #expect(event.title == "Failed password for root from 127.0.0.99")
        #expect(event.category == "authpriv")
        #expect(event.band == .low)
        #expect(event.time == ISO8601Timestamp.millis("2026-12-06T09:59:01+07:00"))
    }

    @Test func anRFC3164MessageFromDecemberReadInJanuaryBelongsToLastYear() throws {
        let january = ISO8601Timestamp.millis("2027-01-01T00:00:30+07:00")!
        let event = try SyslogMessageReader.event(Array("<13>Dec 31 23:59:50 fw-bmt kernel: drop".utf8), sender: "x", receivedAt: january)
        #expect(event.time == ISO8601Timestamp.millis("2026-12-31T23:59:50+07:00"))
    }

    @Test func anRFC3164MessageWithoutHostnameTakesTheSenders() throws {
        let event = try SyslogMessageReader.event(Array("<13>Dec  6 09:59:01 cron[12]: job done".utf8), sender: "127.0.0.7", receivedAt: Self.receivedAt)
        #expect(event.host == "127.0.0.7")
        #expect(event.rule == "cron")
        #expect(event.title == "job done")
    }

    @Test func messagesWithoutAPriorityOrWithAnImpossibleOneAreRefused() {
        for text in ["hello", "<192>1 - - - - - - x", "<>x", "<12"] {
            #expect(throws: SecurityEventProblem.notSyslog(at: "PRI")) {
                try SyslogMessageReader.event(Array(text.utf8), sender: "x", receivedAt: 0)
            }
        }
    }

    @Test func anRFC5424MessageWithUnclosedStructuredDataIsRefused() {
        #expect(throws: SecurityEventProblem.notSyslog(at: "STRUCTURED-DATA")) {
            try SyslogMessageReader.event(Array(#"<13>1 - h a - - [x k="v" rest"#.utf8), sender: "x", receivedAt: 0)
        }
    }
}

extension SecurityEventReaderTests {
    @Test func aJSONArrayIsNotAnObjectRatherThanAFieldWithNoName() {
        #expect(throws: SecurityEventProblem.notJSON) { try WazuhAlertReader.event(Array("[null, null]".utf8), receivedAt: 0) }
        #expect(throws: SecurityEventProblem.notJSON) { try SuricataEveReader.event(Array("42".utf8), receivedAt: 0) }
    }
}
