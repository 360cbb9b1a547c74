import Vietnam

/// The weekly report on overdue and due-soon dossiers (báo cáo hồ sơ quá hạn) the hub sends
/// each unit: an official document with its number, date, sender and recipient, the
/// dossiers by field and handling office, and their counts.
///
/// Guarantees: built once per unit and week from the dossiers as they stood when it was
/// issued, and never rewritten; only its acknowledgment changes after.
public struct OverdueReport: Sendable, Hashable, Codable {
    /// `<week's Monday>_<unit>`: one report per unit and week (safe in a URL).
    public var id: String
    /// Số: `<ISO week>-<unit>/BC-IOC`.
    public var number: String
    public var issuedAt: Int64
    public var sender: String
    /// The unit's area code and the recipient as the document names it.
    public var unit: String
    public var recipient: String
    /// The week the report covers (Monday to Sunday) and the warning window it used.
    public var week: DossierPeriodDays
    public var dueSoonDays: Int
    public var entries: [Entry]

    /// One dossier of the report.
    public struct Entry: Sendable, Hashable, Codable {
        public var code: String
        public var procedure: String
        public var field: ServiceField
        public var office: String
        public var receivedAt: Int64
        public var promisedDay: String
        /// Working days past the promised day (0 for due soon).
        public var daysOverdue: Int
        public var timeliness: Timeliness
    }

    /// One line of the summary: a field and handling office with its counts.
    public struct Line: Sendable, Hashable {
        public var field: ServiceField
        public var office: String
        public var overdue: Int
        public var dueSoon: Int
        public var mostDaysOverdue: Int
    }

    public var overdue: Int { entries.filter { $0.timeliness == .overdue }.count }
    public var dueSoon: Int { entries.filter { $0.timeliness == .dueSoon }.count }

    /// The entries summed by field, then handling office; fields with most overdue first.
    public var lines: [Line] {
        var byKey: [String: Line] = [:]
        for entry in entries {
            let key = entry.field.code + "|" + entry.office
            var line = byKey[key] ?? Line(field: entry.field, office: entry.office, overdue: 0, dueSoon: 0, mostDaysOverdue: 0)
            if entry.timeliness == .overdue { line.overdue += 1 } else { line.dueSoon += 1 }
            line.mostDaysOverdue = max(line.mostDaysOverdue, entry.daysOverdue)
            byKey[key] = line
        }
        return byKey.values.sorted { ($1.overdue, $1.dueSoon, $0.field.name, $0.office) < ($0.overdue, $0.dueSoon, $1.field.name, $1.office) }
    }

    /// Builds the report of `unit` for the week holding `issuedAt` from its open `dossiers`:
    /// every overdue and due-soon one, most overdue first.
    public static func build(
        unit: String, recipient: String, dossiers: some Sequence<Dossier>, clock: DossierClock, issuedAt: Int64, sender: String = Self.sender
    ) -> OverdueReport {
        let today = VietnamTime.date(millis: issuedAt)
        let week = DossierPeriod.week(containing: today)
        var entries: [Entry] = []
        for dossier in dossiers where dossier.unit == unit {
            let timeliness = clock.timeliness(dossier, at: issuedAt)
            guard timeliness.isAtRisk, let promised = clock.promisedDay(dossier, asOf: issuedAt) else { continue }
            entries.append(Entry(
                code: dossier.code, procedure: dossier.procedure.name, field: dossier.field,
                office: dossier.handlingOffices.last ?? dossier.receivingOffice ?? "—", receivedAt: dossier.receivedAt,
                promisedDay: promised.description, daysOverdue: clock.daysOverdue(dossier, at: issuedAt), timeliness: timeliness))
        }
        entries.sort { ($1.daysOverdue, $0.promisedDay, $0.code) < ($0.daysOverdue, $1.promisedDay, $1.code) }
        let weekNumber = isoWeek(week.first)
        return OverdueReport(
            id: "\(week.first)_\(unit)", number: "\(weekNumber.week)-\(unit == "province" ? "TTPVHCC" : unit)/BC-IOC",
            issuedAt: issuedAt, sender: sender, unit: unit, recipient: recipient,
            week: DossierPeriodDays(first: week.first.description, last: week.last.description), dueSoonDays: clock.dueSoonDays, entries: entries)
    }

    public static let sender = "Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Đắk Lắk (IOC)"

    /// The ISO 8601 week number of the week starting on `monday`.
    static func isoWeek(_ monday: CivilDate) -> (year: Int, week: Int) {
        let thursday = monday.adding(days: 3)
        let firstThursday = CivilDate(thursday.year, 1, 1).adding(days: (4 - CivilDate(thursday.year, 1, 1).isoWeekday + 7) % 7)
        return (thursday.year, (thursday.julianDay - firstThursday.julianDay) / 7 + 1)
    }
}

/// A period's first and last day as ISO dates: how a stored report keeps its week.
public struct DossierPeriodDays: Sendable, Hashable, Codable {
    public var first: String
    public var last: String
}

/// Who acknowledged a weekly report, when, and where (a node or the hub).
public struct ReportReading: Sendable, Hashable, Codable {
    public var by: String
    public var at: Int64
    public var site: String

    public init(by: String, at: Int64, site: String) {
        self.by = by
        self.at = at
        self.site = site
    }
}
