import StaffUI
import Testing

@testable import WebAPI

/// `PublicIntakeQuota`: what one client and one site may submit in a Vietnamese day.
@Suite struct PublicIntakeQuotaTests {
    /// 2026-12-05 10:00 in Đắk Lắk (03:00 UTC).
    let morning: Int64 = 1_796_439_600_000
    let limits = PublicIntakeQuota.Limits(reportsPerClient: 3, photoBytesPerClient: 1_000, photoBytesPerReport: 600, reportsPerSite: 5, photoBytesPerSite: 10_000)

    @Test func aClientsReportBeyondTheDailyLimitIsRefusedUntilLocalMidnight() throws {
        let quota = PublicIntakeQuota(limits: limits)
        for _ in 0..<3 {
            try quota.check(client: "127.0.0.2", photoBytes: 0, nowMillis: morning)
            quota.record(client: "127.0.0.2", photoBytes: 0, nowMillis: morning)
        }
        #expect(throws: IntakeRefusal(.reportsPerClient(limit: 3), retryAfterSeconds: 14 * 3_600)) {
            try quota.check(client: "127.0.0.2", photoBytes: 0, nowMillis: morning)
        }
        try quota.check(client: "127.0.0.3", photoBytes: 0, nowMillis: morning)
        try quota.check(client: "127.0.0.2", photoBytes: 0, nowMillis: morning + 14 * 3_600_000)
    }

    @Test func oneReportsPhotosBeyondTheLimitAreRefusedWithoutAWait() {
        let quota = PublicIntakeQuota(limits: limits)
        #expect(throws: IntakeRefusal(.photoBytesPerReport(limit: 600), retryAfterSeconds: nil)) {
            try quota.check(client: "a", photoBytes: 601, nowMillis: morning)
        }
    }

    @Test func aClientsPhotoBytesAddUpOverTheDay() throws {
        let quota = PublicIntakeQuota(limits: limits)
        quota.record(client: "a", photoBytes: 600, nowMillis: morning)
        #expect(throws: IntakeRefusal.self) { try quota.check(client: "a", photoBytes: 500, nowMillis: morning) }
        try quota.check(client: "a", photoBytes: 400, nowMillis: morning)
    }

    @Test func theSitesQuotaStopsEveryoneAndIsVisible() {
        let quota = PublicIntakeQuota(limits: limits)
        for index in 0..<5 { quota.record(client: "client-\(index)", photoBytes: 100, nowMillis: morning) }
        #expect(throws: IntakeRefusal(.reportsPerSite(limit: 5), retryAfterSeconds: 14 * 3_600)) {
            try quota.check(client: "someone-new", photoBytes: 0, nowMillis: morning)
        }
        let usage = quota.usage(nowMillis: morning)
        #expect(usage.reports == 5 && usage.photoBytes == 500 && usage.clients == 5 && usage.limits == limits)
        #expect(quota.usage(nowMillis: morning + 14 * 3_600_000).reports == 0, "a new day")
    }

    @Test func refusalsAreWordedInVietnameseAndEnglish() {
        let refusal = IntakeRefusal(.reportsPerClient(limit: 20), retryAfterSeconds: 60)
        #expect(Localizer(.vi).message(refusal).contains("20 phản ánh hôm nay"))
        #expect(Localizer(.en).message(refusal).contains("20 reports today"))
    }
}
