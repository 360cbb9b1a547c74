/// One row of the reporting table on the handling of administrative-procedure dossiers
/// (form 06a/VPCP/KSTT of Circular 01/2020/TT-VPCP, the form the province's weekly and
/// quarterly reports follow), with the columns the monitoring adds (paused, supplement
/// requests, refused or withdrawn, online shares, satisfaction).
///
/// Invariant (checked by `isBalanced`): every dossier the period had to handle ends it in
/// exactly one place, so `received == settled + refusedOrWithdrawn + processing + paused`.
public struct DossierCounts: Sendable, Hashable, Codable {
    /// Số kỳ trước chuyển qua: received before the period and still open at its start.
    public var carriedOver = 0
    /// Số mới tiếp nhận, by channel.
    public var newOnline = 0
    public var newInPerson = 0
    public var newPostal = 0
    /// Đã giải quyết: trước hạn, đúng hạn, quá hạn.
    public var settledEarly = 0
    public var settledOnTime = 0
    public var settledLate = 0
    /// Đang giải quyết at the period's end: trong hạn, quá hạn.
    public var processingWithinDeadline = 0
    public var processingOverdue = 0
    /// Tạm dừng / chờ bổ sung at the period's end.
    public var paused = 0
    /// Refused or withdrawn within the period (trả lại / rút hồ sơ).
    public var refusedOrWithdrawn = 0
    /// Supplement requests made within the period (one dossier may have several).
    public var supplementRequests = 0
    /// New dossiers with a fee, and of those the ones paid online.
    public var feeDossiers = 0
    public var paidOnline = 0
    /// Ratings given to dossiers settled in the period, and the satisfied ones.
    public var ratings = 0
    public var satisfied = 0

    public init() {}

    public var newTotal: Int { newOnline + newInPerson + newPostal }
    /// Tổng số hồ sơ tiếp nhận (kỳ trước chuyển qua + mới tiếp nhận).
    public var received: Int { carriedOver + newTotal }
    public var settled: Int { settledEarly + settledOnTime + settledLate }
    public var settledInTime: Int { settledEarly + settledOnTime }
    public var processing: Int { processingWithinDeadline + processingOverdue }

    public var isBalanced: Bool { received == settled + refusedOrWithdrawn + processing + paused }

    /// Share of new dossiers received online, 0…1 (nil with none).
    public var onlineShare: Double? { Self.share(newOnline, of: newTotal) }
    /// Share of fee-bearing new dossiers paid online.
    public var onlinePaymentShare: Double? { Self.share(paidOnline, of: feeDossiers) }
    /// Share of settled dossiers settled early or on time.
    public var inTimeShare: Double? { Self.share(settledInTime, of: settled) }
    public var satisfactionShare: Double? { Self.share(satisfied, of: ratings) }

    static func share(_ part: Int, of whole: Int) -> Double? { whole > 0 ? Double(part) / Double(whole) : nil }

    public static func + (a: DossierCounts, b: DossierCounts) -> DossierCounts {
        var sum = a
        sum.add(b, times: 1)
        return sum
    }

    /// Adds `other` `times` times (-1 takes it away).
    mutating func add(_ other: DossierCounts, times: Int) {
        carriedOver += other.carriedOver * times
        newOnline += other.newOnline * times
        newInPerson += other.newInPerson * times
        newPostal += other.newPostal * times
        settledEarly += other.settledEarly * times
        settledOnTime += other.settledOnTime * times
        settledLate += other.settledLate * times
        processingWithinDeadline += other.processingWithinDeadline * times
        processingOverdue += other.processingOverdue * times
        paused += other.paused * times
        refusedOrWithdrawn += other.refusedOrWithdrawn * times
        supplementRequests += other.supplementRequests * times
        feeDossiers += other.feeDossiers * times
        paidOnline += other.paidOnline * times
        ratings += other.ratings * times
        satisfied += other.satisfied * times
    }

    /// Adds `dossier` as the period `period` saw it (see the type's invariant); a dossier the
    /// period did not handle (received after it, closed before it) adds nothing.
    public mutating func count(_ dossier: Dossier, in period: DossierPeriod, clock: DossierClock) {
        let start = period.startMillis, end = period.endMillis
        guard dossier.receivedAt <= end else { return }
        if let closed = dossier.closedAt, closed < start { return }
        if dossier.receivedAt < start {
            carriedOver += 1
        } else {
            switch dossier.channel {
            case .online: newOnline += 1
            case .inPerson: newInPerson += 1
            case .postal: newPostal += 1
            }
            if (dossier.feeAmount ?? 0) > 0 {
                feeDossiers += 1
                if dossier.paidOnline == true { paidOnline += 1 }
            }
        }
        supplementRequests += dossier.waits.filter { $0.kind == .supplement && $0.from >= start && $0.from <= end }.count
        switch clock.timeliness(dossier, at: end) {
        case .early: settledEarly += 1
        case .onTime: settledOnTime += 1
        case .late: settledLate += 1
        case .notSettled: refusedOrWithdrawn += 1
        case .waiting: paused += 1
        case .overdue: processingOverdue += 1
        case .withinDeadline, .dueSoon: processingWithinDeadline += 1
        // With no deadline to break, a settled dossier is on time and an open one within it.
        case .noDeadline:
            if let closed = dossier.closedAt, closed <= end { settledOnTime += 1 } else { processingWithinDeadline += 1 }
        }
        if let closed = dossier.closedAt, closed <= end, let rating = dossier.rating, dossier.status == .finished || dossier.status == .returned {
            ratings += 1
            if rating.isSatisfied { satisfied += 1 }
        }
    }
}
