import Vietnam

/// The deadline rules of the one-stop mechanism on the province's working calendar.
///
/// - The promised day is `ngayHenTra` when the export gives it (the one-stop system
///   moves it itself when handling pauses). Otherwise it is the reception day plus the
///   procedure's time limit in working days (Decree 61/2018/NĐ-CP, and Decree 118/2025/NĐ-CP
///   that replaced it: time limits count working days from receipt of a complete dossier),
///   plus the working days spent waiting: a pause or a supplement request stops the clock
///   from the day it begins until the day handling resumes.
/// - Settled: early when settled on a day before the promised day, on time on that day,
///   late after it (days in Vietnam's time zone).
/// - Open: overdue after the promised day; due soon when the promised day is within
///   `dueSoonDays` working days of today; a waiting dossier is neither.
///
/// Guarantees: pure; the same dossier, calendar and day give the same answer on every
/// replica.
public struct DossierClock: Sendable, Hashable {
    public var calendar: WorkingCalendar
    /// The warning window in working days (default 2).
    public var dueSoonDays: Int

    public init(calendar: WorkingCalendar = WorkingCalendar(), dueSoonDays: Int = 2) {
        self.calendar = calendar
        self.dueSoonDays = max(0, dueSoonDays)
    }

    /// The promised day, or nil when the dossier has neither a promised day nor a time limit.
    /// `asOf` ends the waits still running (they extend the deadline day by day).
    public func promisedDay(_ dossier: Dossier, asOf now: Int64) -> CivilDate? {
        if let promised = dossier.promisedAt { return VietnamTime.date(millis: promised) }
        guard let limit = dossier.timeLimitDays else { return nil }
        let received = VietnamTime.date(millis: dossier.receivedAt)
        return calendar.addingWorkingDays(limit + waitingWorkingDays(dossier, asOf: now), to: received)
    }

    /// The working days the dossier's clock was stopped, counting each day once however
    /// many waits overlap it: from the day a wait began to the day before it ended.
    public func waitingWorkingDays(_ dossier: Dossier, asOf now: Int64) -> Int {
        var days = Set<Int>()
        for wait in dossier.waits {
            let first = VietnamTime.julianDay(millis: wait.from)
            let last = VietnamTime.julianDay(millis: min(wait.until ?? now, max(now, wait.from))) - 1
            guard last >= first else { continue }
            for day in first...last where calendar.isWorkingDay(CivilDate(julianDay: day)) { days.insert(day) }
        }
        return days.count
    }

    /// The dossier's timeliness at `now` (see the type's rules), as it stood then for a
    /// dossier settled since.
    public func timeliness(_ dossier: Dossier, at now: Int64) -> Timeliness {
        if let closed = dossier.closedAt, closed <= now {
            guard dossier.status == .finished || dossier.status == .returned else { return .notSettled }
            guard let promised = promisedDay(dossier, asOf: closed) else { return .noDeadline }
            let settled = VietnamTime.date(millis: closed)
            return settled < promised ? .early : settled == promised ? .onTime : .late
        }
        if isWaiting(dossier, at: now) { return .waiting }
        guard let promised = promisedDay(dossier, asOf: now) else { return .noDeadline }
        let today = VietnamTime.date(millis: now)
        if today > promised { return .overdue }
        return workingDays(from: today, to: promised) <= dueSoonDays ? .dueSoon : .withinDeadline
    }

    /// Whether a wait covered `now` (for today, the dossier's status says so too).
    public func isWaiting(_ dossier: Dossier, at now: Int64) -> Bool {
        dossier.waits.contains { $0.from <= now && ($0.until ?? Int64.max) > now }
    }

    /// Working days after `start` up to and including `end` (0 when `end` is not after it).
    public func workingDays(from start: CivilDate, to end: CivilDate) -> Int {
        guard end > start else { return 0 }
        var count = 0
        var day = start
        while day < end {
            day = day.adding(days: 1)
            if calendar.isWorkingDay(day) { count += 1 }
        }
        return count
    }

    /// Working days past the promised day at `now` (0 when not overdue).
    public func daysOverdue(_ dossier: Dossier, at now: Int64) -> Int {
        guard let promised = promisedDay(dossier, asOf: now) else { return 0 }
        return workingDays(from: promised, to: VietnamTime.date(millis: now))
    }
}
