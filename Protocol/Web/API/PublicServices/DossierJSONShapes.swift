import PublicServices
import Vietnam

/// A dossier as the API shows it: the record (applicant masked outside the owning unit)
/// with its deadline as the working calendar reads it now.
struct DossierJSON: Encodable {
    var dossier: Dossier
    var timeliness: Timeliness
    var promisedDay: String?
    var daysOverdue: Int
    var applicantErased: Bool?

    init(_ dossier: Dossier, clock: DossierClock, now: Int64, applicantErased: Bool? = nil) {
        self.dossier = dossier
        timeliness = clock.timeliness(dossier, at: now)
        promisedDay = clock.promisedDay(dossier, asOf: now)?.description
        daysOverdue = timeliness == .overdue ? clock.daysOverdue(dossier, at: now) : 0
        self.applicantErased = applicantErased
    }

    enum CodingKeys: String, CodingKey { case timeliness, promisedDay, daysOverdue, applicantErased }

    func encode(to encoder: any Encoder) throws {
        try dossier.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(timeliness, forKey: .timeliness)
        try container.encodeIfPresent(promisedDay, forKey: .promisedDay)
        try container.encode(daysOverdue, forKey: .daysOverdue)
        try container.encodeIfPresent(applicantErased, forKey: .applicantErased)
    }
}

/// One row of the reporting table with its shares.
struct CountsJSON: Encodable {
    var key: String
    var name: String
    var counts: DossierCounts
    var received: Int
    var settled: Int
    var processing: Int
    var onlineShare: Double?
    var onlinePaymentShare: Double?
    var inTimeShare: Double?
    var satisfactionShare: Double?

    init(key: String, name: String, counts: DossierCounts) {
        self.key = key
        self.name = name
        self.counts = counts
        received = counts.received
        settled = counts.settled
        processing = counts.processing
        onlineShare = counts.onlineShare
        onlinePaymentShare = counts.onlinePaymentShare
        inTimeShare = counts.inTimeShare
        satisfactionShare = counts.satisfactionShare
    }
}

struct StatisticsJSON: Encodable {
    var from: String
    var to: String
    var groupBy: String
    var form: String = "06a/VPCP/KSTT (Thông tư 01/2020/TT-VPCP)"
    var rows: [CountsJSON]
    var total: CountsJSON

    init(_ s: DossierStatistics) {
        from = s.period.first.description
        to = s.period.last.description
        groupBy = s.grouping.rawValue
        rows = s.rows.map { CountsJSON(key: $0.key, name: $0.name, counts: $0.counts) }
        total = CountsJSON(key: "total", name: "Tổng cộng", counts: s.total)
    }
}

struct ScoreJSON: Encodable {
    struct Item: Encodable {
        var id: String
        var group: String
        var name: String
        var max: Double
        var computed: Bool
        var ratio: Double?
        var points: Double?
    }
    var unit: String
    var month: String
    var total: Double
    var possible: Double
    var items: [Item]

    init(_ s: ServiceScore) {
        unit = s.unit
        month = String(s.period.first.description.prefix(7))
        total = (s.total * 100).rounded() / 100
        possible = s.possible
        items = s.items.map {
            Item(id: $0.indicator.id, group: $0.indicator.group.rawValue, name: $0.indicator.name, max: $0.indicator.max, computed: $0.indicator.isComputed,
                ratio: $0.ratio, points: $0.points.map { ($0 * 100).rounded() / 100 })
        }
    }
}

struct ReportJSON: Encodable {
    var report: OverdueReport
    var overdue: Int
    var dueSoon: Int
    var read: ReportReading?

    init(_ record: DossierDesk.ReportRecord) {
        report = record.report
        overdue = record.report.overdue
        dueSoon = record.report.dueSoon
        read = record.reading
    }
}
